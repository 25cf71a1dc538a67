/** The pane's own styles, shipped with it so the add-in and the preview look the same. */
export const PANE_CSS = `
.pane { display: flex; flex-direction: column; gap: 12px; padding: 12px; }
.top { display: flex; justify-content: space-between; align-items: center; }
.top h1 { margin: 0; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; }
.status { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 0; }
.status dt { color: #616161; }
.status dd { margin: 0; }
.group h3 { margin: 8px 0 4px; }
.findings { list-style: none; margin: 0; padding: 0; }
.finding { width: 100%; justify-content: flex-start; text-align: left; display: grid !important; grid-template-columns: 4em 4.5em 1fr; gap: 6px; font-weight: normal; }
.finding .cell { font-family: Consolas, monospace; }
.finding .code { color: #616161; }
`;
