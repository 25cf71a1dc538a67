/**
 * Adds the scoring sheet ("Thang điểm") from the defaults, or refreshes one the product made
 * (to today's columns, keeping every score, evidence, cause and band typed in it). A sheet the
 * user made under that name is never replaced.
 */
import { APPENDIX_2021, Catalogue } from '../kinds/appendix/catalogue';
import { fold } from '../figures/text';
import { PlanResult, emptyState, uniqueSheetName } from './plan';
import { WorkbookSnapshot, allSheetNames, cellText } from '../workbook/snapshot';
import { DEFAULT_RUBRIC } from '../scoring';
import { RUBRIC_SHEET, findRubricSheet, readRubricSheet, rubricSheetPlan } from '../scoring/sheet';

/** Whether the sheet is the product's: recorded in its state, or titled as the product titles it (older versions). */
function madeByProduct(wb: WorkbookSnapshot, name: string): boolean {
  if ((wb.state?.sheets ?? []).some((s) => s.kind === 'rubric' && s.name === name)) return true;
  const sheet = wb.sheets.find((s) => s.name === name);
  const a1 = sheet ? cellText(sheet.values[0]?.[0] ?? null) : '';
  return fold(a1).startsWith('thang diem cac tieu chi');
}

export function planRubricSheet(wb: WorkbookSnapshot, cat: Catalogue = APPENDIX_2021): PlanResult & { refreshed?: boolean } {
  if (wb.structureProtected) return { ok: false, refused: 'protected', sheet: allSheetNames(wb)[0] ?? '' };
  if (wb.stateProblem) return { ok: false, refused: 'state-unreadable', reason: wb.stateProblem };
  const existing = findRubricSheet(wb);
  const state = emptyState(wb);
  if (!existing) {
    const name = uniqueSheetName(RUBRIC_SHEET, allSheetNames(wb));
    state.sheets = [...(state.sheets ?? []), { name, kind: 'rubric' }];
    return {
      ok: true,
      plan: { cells: [], fills: [], newSheet: rubricSheetPlan(DEFAULT_RUBRIC, name, cat), state, activate: { sheet: name, cell: 'A1' } },
      skipped: [],
    };
  }
  if (!madeByProduct(wb, existing.name)) return { ok: false, refused: 'user-sheet', sheet: existing.name };
  if (existing.protected) return { ok: false, refused: 'protected', sheet: existing.name };
  const read = readRubricSheet(wb, cat);
  if (!read.found || !('rubric' in read)) return { ok: false, refused: 'rubric-invalid' };
  state.sheets = [...(state.sheets ?? []).filter((s) => s.name !== existing.name), { name: existing.name, kind: 'rubric' }];
  const sheet = rubricSheetPlan(read.rubric, existing.name, cat, read.entries);
  return {
    ok: true,
    refreshed: true,
    plan: { cells: [], fills: [], newSheet: { ...sheet, replaces: true }, state, activate: { sheet: existing.name, cell: 'A1' } },
    skipped: [],
  };
}
