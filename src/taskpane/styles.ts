/** The pane's own styles, shipped with it so the add-in and the preview look the same. Made for 300–500 px. */
export const PANE_CSS = `
.pane-root { min-width: 0; }
.pane { display: flex; flex-direction: column; gap: 8px; padding: 12px; box-sizing: border-box; width: 100%; min-width: 0; overflow-wrap: anywhere; }
.pane p { margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; }
.status { display: flex; flex-direction: column; gap: 2px; min-width: 0; flex: 1; font-size: 12px; line-height: 16px; }
.status-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0 4px; min-width: 0; }
.status .dot { width: 6px; height: 6px; border-radius: 50%; flex: none; background: var(--colorPaletteRedBackground3); }
.status[data-recognized='true'] .dot { background: var(--colorPaletteGreenBackground3); }
.status .where { color: #424242; }
.primary { width: 100%; }
.more { display: flex; flex-direction: column; align-items: stretch; }
.more > button { justify-content: flex-start; font-weight: normal; min-width: 0; }
.live { display: flex; flex-direction: column; gap: 6px; }
.live:empty { display: none; }
.derivable { font-size: 12px; color: #424242; }
.legend { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 12px; font-size: 12px; color: #424242; }
.legend li { display: flex; align-items: center; gap: 4px; }
.legend .swatch { width: 12px; height: 12px; border: 1px solid #8a8886; display: inline-block; }
.filter { display: flex; flex-wrap: wrap; gap: 4px; }
.findings { list-style: none; margin: 4px 0 0; padding: 0; display: flex; flex-direction: column; }
.finding-row { border-bottom: 1px solid #edebe9; padding: 4px 0; display: flex; flex-direction: column; align-items: flex-start; gap: 4px; border-left: 3px solid transparent; padding-left: 4px; }
.finding-row[data-severity='error'] { border-left-color: #c50f1f; }
.finding-row[data-severity='warning'] { border-left-color: #bc4b09; }
.finding-row[data-severity='info'] { border-left-color: #616161; }
.finding { width: 100%; min-width: 0; max-width: 100%; display: flex !important; flex-direction: column; align-items: stretch !important; text-align: left; font-weight: normal !important; padding: 4px !important; height: auto !important; }
.finding .line1 { display: flex; gap: 8px; align-items: baseline; }
.finding .cell { font-family: Consolas, 'Courier New', monospace; font-weight: 600; background: #f0f0f0; border-radius: 4px; padding: 0 4px; }
.finding .code { color: #424242; }
.finding .message { display: block; white-space: normal; overflow-wrap: anywhere; }
.confirm { display: flex; flex-wrap: wrap; gap: 4px; align-items: center; font-size: 12px; }
.toggle { display: flex; align-items: center; gap: 8px; font-size: 14px; line-height: 20px; padding: 4px 0; }
.toggle input { appearance: none; -webkit-appearance: none; margin: 0; flex: none; position: relative; box-sizing: border-box; width: 40px; height: 20px; border-radius: 10px; border: 1px solid var(--colorNeutralStrokeAccessible); background: var(--colorNeutralBackground1); cursor: pointer; }
.toggle input::after { content: ''; position: absolute; top: 3px; left: 3px; width: 12px; height: 12px; border-radius: 50%; background: var(--colorNeutralForeground3); transition: left 0.1s; }
.toggle input:checked { background: var(--colorCompoundBrandBackground); border-color: transparent; }
.toggle input:checked::after { left: 23px; background: var(--colorNeutralForegroundInverted); }
.toggle input:focus-visible { outline: 2px solid var(--colorStrokeFocus2); outline-offset: 2px; }
.toggle label { cursor: pointer; }
.busy { display: flex; align-items: center; gap: 8px; font-size: 14px; }
.busy .ring { width: 16px; height: 16px; box-sizing: border-box; border-radius: 50%; border: 2px solid var(--colorBrandStroke2); border-top-color: var(--colorBrandStroke1); animation: cchc-spin 1.5s linear infinite; }
.notice { display: grid; grid-template-columns: auto 1fr auto; grid-template-areas: 'icon body dismiss' 'actions actions actions'; align-items: start; box-sizing: border-box; min-height: 36px; padding: 10px 0 0 12px; border: 1px solid var(--colorNeutralStroke1); border-radius: 4px; background: var(--colorNeutralBackground3); font-family: var(--fontFamilyBase); font-size: 14px; line-height: 20px; color: var(--colorNeutralForeground1); }
.notice-icon { grid-area: icon; display: flex; margin-right: 8px; color: var(--colorNeutralForeground3); }
.notice-body { grid-area: body; padding: 0 12px 10px 0; white-space: normal; min-width: 0; }
.notice-title { font-weight: 600; }
.notice-dismiss { grid-area: dismiss; margin-top: -6px; padding-right: 12px; }
.notice-actions { grid-area: actions; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 8px; padding: 0 12px 8px; }
.notice[data-intent='error'] { background: var(--colorStatusDangerBackground1); border-color: var(--colorStatusDangerBorder1); }
.notice[data-intent='error'] .notice-icon { color: var(--colorStatusDangerForeground1); }
.notice[data-intent='warning'] { background: var(--colorStatusWarningBackground1); border-color: var(--colorStatusWarningBorder1); }
.notice[data-intent='warning'] .notice-icon { color: var(--colorStatusWarningForeground3); }
.notice[data-intent='success'] { background: var(--colorStatusSuccessBackground1); border-color: var(--colorStatusSuccessBorder1); }
.notice[data-intent='success'] .notice-icon { color: var(--colorStatusSuccessForeground1); }
.changes { width: 100%; border-collapse: collapse; font-size: 12px; line-height: 16px; }
.changes caption { text-align: left; font-weight: 600; font-size: 14px; line-height: 20px; padding-bottom: 4px; }
.changes th { text-align: left; font-weight: 600; color: #424242; border-bottom: 1px solid #d1d1d1; padding: 2px 4px; }
.changes td { border-bottom: 1px solid #edebe9; padding: 2px 4px; vertical-align: top; }
.changes .num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
.changes .code { white-space: nowrap; }
.changes .label { overflow-wrap: anywhere; }
@keyframes cchc-spin { to { transform: rotate(360deg); } }
@media (prefers-reduced-motion: reduce) { .busy .ring { animation-duration: 6s; } }
`;
