import type { Lang, Report } from '../../core';
import { scoreLine } from '../../core';
import type { Strings } from '../i18n';

/** One or two lines: what was recognized where (sheet · year · office), then the score. */
export function StatusCard({ report, t, lang }: { report: Report | null; t: Strings; lang: Lang }) {
  if (!report)
    return (
      <div className="status">
        <span className="status-line">{t.notChecked}</span>
      </div>
    );
  const l = report.layout;
  return (
    <div className="status" data-recognized={report.recognized}>
      <span className="status-line">
        <span className="dot" aria-hidden="true" />
        <strong>{report.recognized ? t.found : t.notFound}</strong>
      </span>
      {l && (
        <span className="status-line where" title={`${t.sheet}: ${l.sheet} (${t.headerRow} ${l.headerRow})`}>
          {[l.sheet, l.year, l.office].filter((x) => x !== null && x !== undefined && x !== '').join(' · ')}
        </span>
      )}
      {l && report.score && (
        <span className="status-line" data-testid="score">
          {t.score}: {scoreLine(report.score, lang)} · {t.rubricFrom[report.rubric.source]}
        </span>
      )}
      {l && !report.score && !report.rubric.valid && <span className="status-line">{t.noScore}</span>}
      {!l && <span className="status-line reason">{report.reason}</span>}
    </div>
  );
}
