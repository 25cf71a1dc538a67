/// <reference types="office-js" />
/** Office.js errors as sentences a user can act on. */
import { WorkbookError } from '../core';

/** Maps an Office.js failure (an OfficeExtension.Error, by its code) to a WorkbookError. */
export function toWorkbookError(e: unknown): WorkbookError {
  if (e instanceof WorkbookError) return e;
  const code = (e as { code?: string })?.code ?? '';
  switch (code) {
    case 'AccessDenied':
    case 'InvalidOperation':
      return new WorkbookError(
        'protected',
        'Trang tính đang được bảo vệ hoặc chỉ đọc: hãy bỏ bảo vệ (Xem lại › Bỏ bảo vệ trang tính) rồi thử lại. Chưa có gì bị thay đổi.',
        'The sheet is protected or read-only: unprotect it (Review › Unprotect Sheet) and try again. Nothing was changed.',
      );
    case 'InvalidOperationInCellEditMode':
      return new WorkbookError(
        'editing',
        'Excel đang ở chế độ sửa ô: hãy nhấn Enter hoặc Esc để kết thúc rồi thử lại. Chưa có gì bị thay đổi.',
        'Excel is editing a cell: press Enter or Esc to finish, then try again. Nothing was changed.',
      );
    case 'ApiNotFound':
    case 'NotImplemented':
    case 'UnsupportedOperation':
      return new WorkbookError(
        'unsupported',
        'Phiên bản Excel này chưa hỗ trợ thao tác cần thiết; hãy cập nhật Excel hoặc dùng Excel trên web. Chưa có gì bị thay đổi.',
        'This version of Excel does not support the operation; update Excel or use Excel on the web. Nothing was changed.',
      );
    case 'ActivityLimitReached':
    case 'RequestPayloadSizeLimitExceeded':
    case 'ResponsePayloadSizeLimitExceeded':
      return new WorkbookError(
        'busy',
        'Sổ tính quá lớn để xử lý một lần trong Excel trên web; hãy thử trên Excel máy tính. Chưa có gì bị thay đổi.',
        'The workbook is too large to handle at once in Excel on the web; try desktop Excel. Nothing was changed.',
      );
    default:
      return new WorkbookError(
        'unknown',
        `Excel báo lỗi${code ? ` (${code})` : ''}: ${(e as Error)?.message ?? e}. Chưa có gì bị thay đổi.`,
        `Excel reported an error${code ? ` (${code})` : ''}: ${(e as Error)?.message ?? e}. Nothing was changed.`,
      );
  }
}
