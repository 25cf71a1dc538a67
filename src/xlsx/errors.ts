/** A file the CLI or the preview cannot read as a workbook, with a sentence for the user in both languages. */
export class UnreadableWorkbookError extends Error {
  readonly vi: string;
  readonly en: string;
  constructor(vi: string, en: string) {
    super(en);
    this.name = 'UnreadableWorkbookError';
    this.vi = vi;
    this.en = en;
  }
}
