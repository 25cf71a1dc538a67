/** What the core offers. Pure TypeScript: no Office JavaScript API, no ExcelJS, React or DOM. */
export { InvalidAddressError, columnLetters, columnNumber, parseA1, parseRange, rangeToA1, toA1 } from './address';
export type { CellRef, RangeRef } from './address';
export { cellAt, cellText, fillAt, formatAt, formulaAt, isErrorValue, parseProductState, sheetBounds } from './snapshot';
export type {
  CellFill,
  CellValue,
  ErrorValue,
  FilledRecord,
  HighlightKind,
  HighlightRecord,
  ProductState,
  SheetSnapshot,
  WorkbookSnapshot,
} from './snapshot';
export { cleanText, fold, labelSimilarity } from './text';
export { formatNumber, isPercentFormat, parseNumberText, readNumber } from './numbers';
export type { NumberReading, ValueKind } from './numbers';
export { parseCodes, readUnit } from './units';
export { APPENDIX_2021, CatalogueSchema, loadCatalogue } from './catalogue';
export type { Catalogue, CatalogueRow, Ratio, Relation } from './catalogue';
export { recognize, normalizeCode } from './recognize';
export type { Layout, RawRow, Recognition } from './recognize';
export { buildIndicators, matchRows } from './indicators';
export type { Indicator } from './indicators';
export { noteFraction } from './ratios';
export { derive, measures } from './derive';
export type { Derived, Measure } from './derive';
export { validate } from './validate';
export type { Finding, RuleId, Severity } from './findings';
export { message } from './messages';
export type { Lang } from './messages';
export { check, unreadableReport } from './report';
export type { CheckOptions, FindingOut, IndicatorOut, Report } from './report';
export { HIGHLIGHT_COLORS, isWritable, planClearHighlights, planFillRatios, planHighlights, uniqueSheetName } from './plan';
export type { CellWrite, FillWrite, NewSheetPlan, PlanRefusal, PlanResult, WritePlan } from './plan';
export { WorkbookError } from './port';
export type { WorkbookErrorKind, WorkbookPort } from './port';
export { refusalText, summarize } from './messages/summary';
export { DEFAULT_RUBRIC, RubricSchema, loadRubric } from './rubric';
export type { Criterion, Rubric, Scale } from './rubric';
export { RUBRIC_SHEET, findRubricSheet, parseScale, readRubricSheet, rubricSheetPlan, scaleText } from './rubric/sheet';
export type { RubricSheetError, RubricSheetResult } from './rubric/sheet';
export { pointsFor, score, totals } from './rubric/score';
export type { CriterionScore, ScoreTotals } from './rubric/score';
export { causeText, planRemediation, remediationSheet } from './remediation';
