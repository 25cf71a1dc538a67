/** What the core offers. Pure TypeScript: no Office JavaScript API, no ExcelJS, React or DOM. */
export {
  GRID_COLS,
  GRID_ROWS,
  InvalidAddressError,
  columnLetters,
  columnNumber,
  parseA1,
  parseRange,
  quoteSheetName,
  rangeToA1,
  sheetAddress,
  sheetArea,
  splitAreas,
  toA1,
  unionRange,
} from './figures/address';
export type { CellRef, RangeRef, SheetArea } from './figures/address';
export {
  allSheetNames,
  cellAt,
  cellText,
  fillAt,
  formatAt,
  formulaAt,
  isErrorValue,
  parseProductState,
  storedState,
  STATE_SHEET_NAME,
  readProductState,
  sheetBounds,
} from './workbook/snapshot';
export type {
  CellFill,
  CellValue,
  ErrorValue,
  FilledRecord,
  HighlightKind,
  HighlightRecord,
  ProductState,
  MadeSheet,
  SheetSnapshot,
  UndoCell,
  UndoRecord,
  WorkbookSnapshot,
} from './workbook/snapshot';
export { cleanText, fold, labelSimilarity } from './figures/text';
export { formatNumber, isPercentFormat, parseNumberText, readNumber } from './figures/numbers';
export type { NumberReading, ValueKind } from './figures/numbers';
export { parseCodes, readUnit } from './figures/units';
export { APPENDIX_2021 } from './kinds/appendix/catalogue';
export type { Catalogue, CatalogueRow, Ratio, Relation } from './kinds/appendix/catalogue';
export { recognize, normalizeCode } from './kinds/appendix/recognize';
export type { Layout, RawRow, Recognition } from './kinds/appendix/recognize';
export { buildIndicators, matchRows } from './kinds/appendix/indicators';
export type { Indicator } from './kinds/appendix/indicators';
export { noteFraction } from './derive/ratios';
export { derive, measures } from './derive/derive';
export type { Derived, Measure } from './derive/derive';
export { validate } from './rules/validate';
export { placeOf, shownCode } from './rules/findings';
export type { Finding, RubricProblem, RuleId, Severity } from './rules/findings';
export { message, noteMessage, problemMessage, touchesSkippedMessage } from './messages';
export { noteTone } from './notes';
export type { Note, NoteCode } from './notes';
export type { Lang } from './messages';
export { check, unreadableReport } from './report';
export { withPrevious } from './year';
export type { CompareRefusal } from './year';
export { compareReports } from './combine/compare';
export type { ChangeOut, PreviousOut } from './report-types';
export type { CheckOptions, FindingOut, IndicatorOut, Report, SipasComponent, SipasOut, TableOut, UnitRowOut } from './report';
export {
  HIGHLIGHT_COLORS,
  PlanConflictError,
  composePlans,
  isWritable,
  planClearHighlights,
  planFillRatios,
  planHighlights,
  uniqueSheetName,
} from './write/plan';
export type { PlanRefusal, PlanResult } from './write/plan';
export type { CellWrite, FillWrite, FinishingTouch, NewSheetPlan, RangeStyle, WritePlan } from './workbook/write-plan';
export { DOCUMENT_MARGINS, PAGE_NUMBER_FOOTER, plainSheet } from './workbook/write-plan';
export { WorkbookError } from './workbook/outcomes';
export type { Changed, FileFormat, ProblemCode, WorkbookProblem } from './workbook/outcomes';
export type { WorkbookPort } from './workbook/port';
export {
  DEEP_COLS,
  PROBE_COLS,
  PROBE_ROWS,
  fillKey,
  fillsFromSnapshot,
  loadFromSnapshot,
  probeFromSnapshot,
  sliceSheet,
  withFills,
} from './workbook/probe';
export type { FillReading, FillRequest, SheetProbe, SheetVisibility, TableRegion, WorkbookProbe } from './workbook/probe';
export * from './check';
export { officeLevel } from './kinds/appendix/offices';
export type { OfficeLevel } from './kinds/appendix/offices';
export { SATISFACTION_BY_UNIT, SIPAS_COMPONENTS, SURVEY_TALLY, UNIT_KINDS } from './kinds/units';
export type { KnownRow, TableKind, UnitColumn, UnitKind } from './kinds/units';
export { recognizeUnits } from './kinds/units/recognize';
export type { UnitCell, UnitRow, UnitTable } from './kinds/units/recognize';
export { RULE_INDEX, TABLE_RULES, UnknownRuleError, runTableRules } from './rules/registry';
export type { Hit, RuleMeta, TableRule, TableRuleContext } from './rules/registry';
export { notFoundMessage } from './messages/reasons';
export { cliBoth, cliMessage } from './messages/cli';
export type { CliMessage } from './messages/cli';
export { kindNameEn } from './messages/en';
export { kindNameVi } from './messages/vi';
export type { NotFound } from './messages/reasons';
export { refusalText, scoreLine, scoreText, summarize } from './messages/summary';
export { DEFAULT_RUBRIC, areaOf, checkRubric, codeOf } from './scoring';
export type { Band, Criterion, Heading, Rubric, RubricCheck, RubricInput, RubricIssue, Scale } from './scoring';
export {
  RUBRIC_SHEET,
  bandsText,
  criteriaInSheet,
  findRubricSheet,
  measureText,
  parseBands,
  parseMeasure,
  parseScale,
  readRubricSheet,
  rubricSheetPlan,
  scaleText,
} from './scoring/sheet';
export type { RubricSheetError, RubricSheetResult, ScoreProblem } from './scoring/sheet';
export { pointsFor, ratingFor, score, totals } from './scoring/score';
export { planRubricSheet } from './write/rubric';
export type { CriterionEntry, CriterionScore, PointsSource, ScoreTotals, Subtotal } from './scoring/score';
export {
  REMEDIATION_FONT,
  attachedTo,
  bulletLines,
  causeText,
  linesNeeded,
  planRemediation,
  pointsText,
  remediationSheet,
} from './write/remediation';
export type { RemediationOptions } from './write/remediation';
export { UNDO_DEPTH, lastUndo, planQuickFix, planUndo, quickFixFor, quickFixKey, quickFixes } from './write/quickfix';
export type { QuickFix, QuickFixKind } from './write/quickfix';
export { PREVIEW_EN, UI_EN } from './messages/en';
export { PREVIEW_VI, UI_VI } from './messages/vi';
export type { PreviewWords, UiWords } from './messages/vi';
export { Consolidator, consolidate, officeKey } from './combine/consolidate';
export { expectedOffices } from './combine/expected';
export { HEADER_ROW, consolidationSheets } from './combine/sheets';
export type { CellStyle, ChartSpec, SheetSpec, SpecCell } from './combine/sheets';
export type {
  Basis,
  CodeCount,
  Consolidation,
  CrossFinding,
  CrossRule,
  FileFinding,
  IndicatorTotal,
  RankRow,
  TallyFigures,
  TallyTotal,
  UnitOut,
  UnitStatus,
  UnitSummary,
} from './combine/types';
export type { CombineChart, CombineColumn, CombineSheet, CombineText } from './combine/words';
export { combineText, crossMessage } from './messages/combine';
export { decode, encode, fontEncoding, guessEncoding, legacyCells, sheetEncoding, unicodeSheet, unicodeWorkbook } from './text/legacy';
export type { FontEncoding, LegacyCell, LegacyEncoding, TextEncoding } from './text/legacy';
export type { LegacyText, TextRun } from './workbook/snapshot';
export { planToUnicode } from './text/plan';
export type { UnicodePlan } from './text/plan';
