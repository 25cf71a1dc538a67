import { Button } from '@fluentui/react-components';
import { Wrench20Regular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import type { FindingOut, Lang, QuickFix, Report, Severity } from '../../core';
import { placeOf, quickFixKey, shownCode } from '../../core';
import type { Strings } from '../i18n';
import { figure } from '../usePane';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export interface FindingsProps {
  report: Report;
  lang: Lang;
  t: Strings;
  fixes: Map<string, QuickFix>;
  onSelect: (f: FindingOut) => void;
  onFix: (f: FindingOut) => void;
  disabled: boolean;
}

/**
 * A filter chip: a small round button that stays pressed (Fluent's ToggleButton look, on Button, so
 * the pane does not ship ToggleButton's own style table).
 */
function Chip({
  pressed,
  onClick,
  severity,
  children,
}: {
  pressed: boolean;
  onClick: () => void;
  severity?: Severity;
  children: ReactNode;
}) {
  return (
    <Button
      size="small"
      shape="circular"
      appearance={pressed ? 'primary' : 'secondary'}
      aria-pressed={pressed}
      onClick={onClick}
      data-severity={severity}
    >
      {children}
    </Button>
  );
}

/** The findings as rows (cell and code, then the message full width), a filter with counts, quick fixes. */
export function Findings({ report, lang, t, fixes, onSelect, onFix, disabled }: FindingsProps) {
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const [asking, setAsking] = useState<string | null>(null);
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const shown = report.findings.filter((f) => filter === 'all' || f.severity === filter);
  return (
    <section aria-label={t.findings} className="findings-section">
      <div className="filter" role="group" aria-label={t.findings}>
        <Chip pressed={filter === 'all'} onClick={() => setFilter('all')}>
          {t.all} ({report.findings.length})
        </Chip>
        {SEVERITIES.filter((s) => count(s) > 0).map((s) => (
          <Chip key={s} pressed={filter === s} onClick={() => setFilter(s)} severity={s}>
            {t[s]} ({count(s)})
          </Chip>
        ))}
      </div>
      {report.findings.length === 0 && <p>{t.noFindings}</p>}
      <ul className="findings">
        {shown.map((f, i) => {
          const key = quickFixKey(f);
          const fix = fixes.get(key);
          const code = shownCode(f, report.indicators);
          const to = fix ? figure(fix.to, lang, fix.unit) : '';
          return (
            <li key={`${key}-${i}`} className="finding-row" data-severity={f.severity}>
              <Button appearance="subtle" className="finding" disabled={disabled} onClick={() => onSelect(f)} data-cell={f.cell}>
                <span className="line1">
                  <span className="cell">{placeOf(f, report.tables)}</span> {code && <span className="code">{code}</span>}{' '}
                </span>
                <span className="message">{f.messages[lang]}</span>
              </Button>
              {fix && asking !== key && (
                <Button
                  size="small"
                  appearance="outline"
                  icon={<Wrench20Regular />}
                  disabled={disabled}
                  aria-label={t.quickFixLabel(fix.cell, to)}
                  onClick={() => (fix.confirm ? setAsking(key) : onFix(f))}
                >
                  {t.quickFix}
                </Button>
              )}
              {fix && asking === key && (
                <div className="confirm" role="group">
                  <span>{t.confirmFix(fix.cell, figure(fix.from, lang), to)}</span>
                  <Button
                    size="small"
                    appearance="primary"
                    disabled={disabled}
                    onClick={() => {
                      setAsking(null);
                      onFix(f);
                    }}
                  >
                    {t.confirm}
                  </Button>
                  <Button size="small" onClick={() => setAsking(null)}>
                    {t.cancel}
                  </Button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
