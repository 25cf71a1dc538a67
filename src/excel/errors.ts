/// <reference types="office-js" />
/** Office.js failures as coded problems (their sentences are in the core's message tables). */
import { Changed, WorkbookError } from '../core';

/** Maps an Office.js failure (an OfficeExtension.Error, by its code) to a WorkbookError; `changed` says what the workbook holds after it. */
export function toWorkbookError(e: unknown, changed: Changed = 'nothing'): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: string })?.code ?? '';
  switch (code) {
    case 'AccessDenied':
    case 'InvalidOperation':
      return new WorkbookError({ code: 'sheet-protected', changed });
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
