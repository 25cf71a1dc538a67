/** What the CLI does with the outside world, so tests can run it in-process. */
import { WorkbookError, problemMessage, texts } from '../core';
import type { FileProblem } from '../core';

export interface CliIO {
  out: (s: string) => void;
  err: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  isTTY?: boolean;
}

/** The code of a file-system failure or an unreadable workbook. */
export function ioCode(e: unknown): string {
  if (e instanceof WorkbookError) return e.problem.code;
  return ioProblem(e).code;
}

function ioProblem(e: unknown): FileProblem {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return { code: 'file.not-found' };
  if (code === 'EISDIR') return { code: 'file.is-folder' };
  if (code === 'EACCES' || code === 'EPERM') return { code: 'file.no-permission' };
  return { code: 'file.unreadable' };
}

/** A file-system failure or an unreadable workbook, in both languages. */
export function ioMessage(e: unknown): { vi: string; en: string } {
  if (e instanceof WorkbookError) return { vi: problemMessage(e.problem, 'vi'), en: problemMessage(e.problem, 'en') };
  return texts(ioProblem(e));
}
