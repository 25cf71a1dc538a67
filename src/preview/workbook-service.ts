/**
 * The preview's workbook, behind messages: the side that holds the file (a worker in the browser)
 * answers requests; the page sends them. Everything that crosses is plain data (structured clone),
 * so the same requests work through a Worker and in the page itself.
 */
import type { FillRequest, TableRegion, WorkbookProblem, WritePlan } from '../core';
import { WorkbookError } from '../core';
import { openFile } from './files';
import type { OpenedFile } from './files';

/** Where an opening file is: read from disk (in the page), unzipped, its first sheet laid out. */
export type OpenStage = 'read' | 'unzip' | 'layout';

export type WorkbookRequest =
  | { op: 'open'; name: string; bytes: Uint8Array }
  | { op: 'probe' }
  | { op: 'load'; regions: TableRegion[] }
  | { op: 'readFills'; cells: FillRequest[] }
  | { op: 'apply'; plan: WritePlan }
  | { op: 'edit'; sheet: string; cell: string; value: string | number | null }
  | { op: 'view'; sheet: string }
  | { op: 'download' };

/** A request's answer: its value, or the coded problem (null: an unexpected failure). */
export type WorkbookReply = { ok: true; value: unknown } | { ok: false; problem: WorkbookProblem | null };

/** What `open` answers: the file's number (later requests name it) and its visible sheets. */
export interface Opened {
  file: number;
  name: string;
  sheets: string[];
}

export interface WorkbookService {
  /** Answers a request about file number `file` (ignored by `open`, which opens the next file). */
  handle(
    req: WorkbookRequest,
    file: number,
    progress: (stage: OpenStage) => void,
  ): Promise<{ reply: WorkbookReply; transfer: Transferable[] }>;
}

const ok = (value: unknown, transfer: Transferable[] = []) => ({ reply: { ok: true, value } as WorkbookReply, transfer });

/**
 * One open workbook at a time; a file that cannot be opened leaves the previous one in place. A
 * request about a file opened before the current one fails (the page has moved on).
 */
export function createWorkbookService(): WorkbookService {
  let current: { id: number; file: OpenedFile } | null = null;
  let ids = 0;
  const run = async (req: WorkbookRequest, id: number, progress: (stage: OpenStage) => void) => {
    const opened = (): OpenedFile => {
      if (!current || current.id !== id) throw new Error('that workbook is no longer open');
      return current.file;
    };
    switch (req.op) {
      case 'open': {
        progress('unzip');
        const file = openFile(req.name, req.bytes);
        current = { id: ++ids, file };
        progress('layout');
        return ok({ file: current.id, name: file.name, sheets: file.sheets() } satisfies Opened);
      }
      case 'probe':
        return ok(await opened().port.probe());
      case 'load':
        return ok(await opened().port.load(req.regions));
      case 'readFills':
        return ok(await opened().port.readFills(req.cells));
      case 'apply':
        await opened().port.apply(req.plan);
        return ok(opened().sheets());
      case 'edit':
        await opened().edit(req.sheet, req.cell, req.value);
        return ok(opened().sheets());
      case 'view':
        // Copied, not moved: the file keeps its view until the package changes.
        return ok(opened().viewData(req.sheet));
      case 'download': {
        const bytes = opened().download().slice();
        return ok(bytes, [bytes.buffer]);
      }
    }
  };
  return {
    async handle(req, file, progress) {
      try {
        return await run(req, file, progress);
      } catch (e) {
        return { reply: { ok: false, problem: e instanceof WorkbookError ? e.problem : null }, transfer: [] };
      }
    },
  };
}
