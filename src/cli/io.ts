/** What the CLI does with the outside world, so tests can run it in-process. */
import { WorkbookError, problemMessage } from '../core';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  isTTY?: boolean;
}

/** A file-system failure or an unreadable workbook, in both languages. */
export function ioMessage(e: unknown): { vi: string; en: string } {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { vi: 'không tìm thấy tệp', en: 'file not found' };
  if (code === 'EISDIR') return { vi: 'đây là thư mục, không phải tệp', en: 'this is a folder, not a file' };
  if (code === 'EACCES' || code === 'EPERM')
    return { vi: 'không có quyền đọc hoặc ghi tệp', en: 'no permission to read or write the file' };
  if (e instanceof WorkbookError) return { vi: problemMessage(e.problem, 'vi'), en: problemMessage(e.problem, 'en') };
  return { vi: 'không đọc được tệp', en: 'the file cannot be read' };
}
