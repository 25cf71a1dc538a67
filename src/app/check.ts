/** The check both the pane's Kiểm tra and the ribbon's "check now" run: read, check, highlight. */
import type { Lang, Report, WorkbookPort, WorkbookSnapshot } from '../core';
import { refusalText } from '../core';
import { planWithFills, readTables } from './session';
import type { Engine } from './engine';

export interface Checked {
  report: Report;
  /** Why the highlights were not applied (a protected sheet), in plain words. */
  refusal: string | null;
  /** Cells left unhighlighted because their own fill could not be read. */
  skipped: number;
  /** The tables as read for this check (before its highlights): quick fixes are planned from it. */
  snapshot?: WorkbookSnapshot;
}

/**
 * Reads, checks and highlights the findings (the previous check's highlights are replaced).
 * `onReport` receives the report as soon as it exists, so a pane can list the findings while the
 * highlights are still being applied.
 */
export async function checkAndHighlight(
  port: WorkbookPort,
  engine: Pick<Engine, 'check' | 'planHighlights'>,
  lang: Lang,
  onReport?: (report: Report) => void,
): Promise<Checked> {
  const snap = await readTables(port);
  const report = engine.check(snap, { lang });
  onReport?.(report);
  if (!report.recognized) return { report, refusal: null, skipped: 0, snapshot: snap };
  const { result: plan } = await planWithFills(port, snap, (s) => engine.planHighlights(report, s));
  if (!plan.ok) return { report, refusal: refusalText(plan, lang), skipped: 0, snapshot: snap };
  await port.apply(plan.plan);
  return { report, refusal: null, skipped: plan.skipped.length, snapshot: snap };
}
