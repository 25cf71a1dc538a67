/** The pane's own styles, shipped with it so the add-in and the preview look the same. Made for 300–500 px. */
export const PANE_CSS = `
.pane-root { min-width: 0; }
.pane { display: flex; flex-direction: column; gap: 8px; padding: 12px; box-sizing: border-box; width: 100%; min-width: 0; overflow-wrap: anywhere; }
.pane p { margin: 0; }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.top { display: flex; gap: 8px; align-items: flex-start; justify-content: space-between; }
.status { display: flex; flex-direction: column; gap: 2px; min-width: 0; flex: 1; font-size: 12px; line-height: 16px; }
.status-line { display: flex; flex-wrap: wrap; align-items: center; gap: 0 4px; min-width: 0; }
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
`;
