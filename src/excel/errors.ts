/// <reference types="office-js" />
/** Office.js failures as coded problems (their sentences are in the core's message tables). */
import { Changed, WorkbookError, WritePlan } from '../core';
import { ExcelHost } from './host';

/** What Excel says about a failure: its message and, where the client gives it, `debugInfo` (the failing statement, Excel's own message). */
function detailsOf(e: unknown): { message: string; debug: string } {
  const err = e as { message?: unknown; debugInfo?: { message?: unknown; errorLocation?: unknown; statement?: unknown } } | null;
  const message = typeof err?.message === 'string' ? err.message : '';
  const d = err?.debugInfo;
  const debug = d ? [d.message, d.errorLocation, d.statement].filter((x) => typeof x === 'string').join(' ') : '';
  return { message, debug };
}

/** Excel's words for protection (its messages follow Office's language; the statement names the protection object). */
const PROTECTION = /protect|bảo vệ|WorksheetProtection|WorkbookProtection/i;

/** Maps an Office.js failure (an OfficeExtension.Error, by its code) to a WorkbookError; `changed` says what the workbook holds after it. */
export function toWorkbookError(e: unknown, changed: Changed = 'nothing'): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: string })?.code ?? '';
  switch (code) {
    case 'AccessDenied':
      return new WorkbookError({ code: 'sheet-protected', changed });
    case 'InvalidOperation': {
      // Not always protection: part of a merged cell, an array formula, a table's structure refuse too.
      const { message, debug } = detailsOf(e);
      if (PROTECTION.test(`${message} ${debug}`)) return new WorkbookError({ code: 'sheet-protected', changed });
      return new WorkbookError({ code: 'excel-refused', ...(message ? { detail: message } : {}), changed });
    }
    case 'InvalidOperationInCellEditMode':
      return new WorkbookError({ code: 'cell-editing', changed });
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return new WorkbookError({ code: 'api-unsupported', feature: code, changed });
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new WorkbookError({ code: 'too-large', limit: 'payload', changed });
    case 'ActivityLimitReached':
      return new WorkbookError({ code: 'busy', changed });
    default:
      return new WorkbookError({
        code: 'host-error',
        detail: [code, (e as Error)?.message].filter(Boolean).join(': ') || String(e),
        changed,
      });
  }
}

/**
 * A refusal Excel gave without naming protection, checked explicitly where the sheet's protection can
 * be read (ExcelApi 1.2): a protected sheet among those the plan writes makes it "sheet protected",
 * with the sheet's name; otherwise it stays Excel's own refusal.
 */
export async function explainRefusal(host: ExcelHost, plan: WritePlan, err: WorkbookError): Promise<WorkbookError> {
  if (err.problem.code !== 'excel-refused' || !host.isSetSupported('ExcelApi', '1.2')) return err;
  const changed = err.problem.changed;
  const names = [...new Set([...plan.cells, ...plan.fills].map((w) => w.sheet))];
  if (names.length === 0) return err;
  try {
    const states = await host.run(async (context) => {
      const all = names.map((n) => {
        const p = context.workbook.worksheets.getItem(n).protection;
        p.load('protected');
        return p;
      });
      await context.sync();
      return all.map((p) => p.protected);
    });
    const at = states.findIndex(Boolean);
    return at >= 0 ? new WorkbookError({ code: 'sheet-protected', sheet: names[at], changed }) : err;
  } catch {
    return err;
  }
}
