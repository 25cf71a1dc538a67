import { Badge, Button, Text, ToggleButton, Toolbar } from '@fluentui/react-components';
import { useState } from 'react';
import type { FindingOut, Lang, Report, Severity } from '../../core';
import type { Strings } from '../i18n';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };

/** Findings grouped by severity, with counts; clicking one selects its cell. */
export function Findings(props: { report: Report; lang: Lang; t: Strings; onSelect: (f: FindingOut) => void; disabled: boolean }) {
  const { report, lang, t, onSelect, disabled } = props;
  const [filter, setFilter] = useState<Severity | 'all'>('all');
  const count = (s: Severity) => report.findings.filter((f) => f.severity === s).length;
  const shown = SEVERITIES.filter((s) => (filter === 'all' || filter === s) && count(s) > 0);
  return (
    <section aria-label={t.findings}>
      <Toolbar aria-label={t.findings} size="small">
        <ToggleButton size="small" checked={filter === 'all'} onClick={() => setFilter('all')}>
          {t.all} ({report.findings.length})
        </ToggleButton>
        {SEVERITIES.map((s) => (
          <ToggleButton key={s} size="small" checked={filter === s} onClick={() => setFilter(s)} data-severity={s}>
            {t[s]} ({count(s)})
          </ToggleButton>
        ))}
      </Toolbar>
      {report.findings.length === 0 && <Text>{t.noFindings}</Text>}
      {shown.map((s) => (
        <div key={s} className="group">
          <Text weight="semibold" as="h3">
            <Badge color={COLOR[s]} appearance="filled" size="small" style={{ marginRight: 6 }}>
              {count(s)}
            </Badge>
            {t[s]}
          </Text>
          <ul className="findings">
            {report.findings
              .filter((f) => f.severity === s)
              .map((f, i) => (
                <li key={`${f.rule}-${f.cell}-${i}`}>
                  <Button
                    appearance="subtle"
                    className="finding"
                    disabled={disabled}
                    onClick={() => onSelect(f)}
                    aria-label={`${t.goTo(f.cell)}: ${f.messages[lang]}`}
                    data-cell={f.cell}
                  >
                    <span className="cell">{f.cell}</span>
                    <span className="code">{f.code ?? ''}</span>
                    <span className="message">{f.messages[lang]}</span>
                  </Button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
