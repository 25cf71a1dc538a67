/** What the CLI does with the outside world, so tests can run it in-process. */
import { WorkbookError, cliBoth, problemMessage } from '../core';

export interface CliIO {
  out: (s: string) => void;
  /** Resolves once what `out` was given has been handed on (a pipe that reads slowly holds the next report back). */
  drain?: () => Promise<void>;
  /** What the process does between two files of a batch, given how many are done (the CLI keeps its memory flat there). */
  settle?: (filesDone: number) => void;
  err: (s: string) => void;
  readFile: (path: string) => Promise<Uint8Array>;
  writeFile: (path: string, data: Uint8Array) => Promise<void>;
  isTTY?: boolean;
  /** A progress line for a person watching (stderr on a terminal only); '' clears it. */
  progress?: (line: string) => void;
}

/** A file-system failure or an unreadable workbook, in both languages. */
export function ioMessage(e: unknown): { vi: string; en: string } {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return cliBoth({ code: 'file-not-found' });
  if (code === 'EISDIR') return cliBoth({ code: 'is-folder' });
  if (code === 'EACCES' || code === 'EPERM') return cliBoth({ code: 'no-permission' });
  if (e instanceof WorkbookError) return { vi: problemMessage(e.problem, 'vi'), en: problemMessage(e.problem, 'en') };
  return cliBoth({ code: 'unreadable' });
}
