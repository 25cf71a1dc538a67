/**
 * The page's side of the preview's workbook: a file opened in a worker (in the page itself where
 * workers are missing), the WorkbookPort the pane uses over it, the sheets and their views.
 */
import type { FillReading, WorkbookPort, WorkbookProbe, WorkbookSnapshot } from '../core';
import { WorkbookError } from '../core';
import type { SheetView, ViewData } from './sheet-view';
import { viewFromData } from './sheet-view';
import type { OpenStage, Opened, WorkbookReply, WorkbookRequest } from './workbook-service';
import type { WorkerMessage } from './worker';

/** The worker holding the file stopped: the file on disk is untouched, changes not downloaded are gone. */
export class WorkerStopped extends Error {
  constructor() {
    super('the preview’s worker stopped');
    this.name = 'WorkerStopped';
  }
}

/** Carries requests to the side holding the file and its answers back. */
export interface Channel {
  send(id: number, file: number, req: WorkbookRequest, transfer: Transferable[]): void;
  /** Called with every progress note and answer. */
  listen(on: (msg: { id: number; progress?: OpenStage; reply?: WorkbookReply }) => void): void;
  /** Called if the other side dies (a worker that ran out of memory, a message that could not be read). */
  onFailure?(on: () => void): void;
}

/** The worker beside the page (built as its own script by webpack). */
export function workerChannel(url: string): Channel {
  const worker = new Worker(url);
  return {
    send: (id, file, req, transfer) => worker.postMessage({ id, file, req } satisfies WorkerMessage, transfer),
    listen: (on) => worker.addEventListener('message', (e) => on(e.data)),
    onFailure: (on) => {
      worker.addEventListener('error', on);
      worker.addEventListener('messageerror', on);
    },
  };
}

/**
 * The same service in this thread, every message structured-cloned as a worker's would be. Its code
 * is loaded only here: with a worker, the page never carries the .xlsx engine.
 */
export function localChannel(): Channel {
  const service = import('./workbook-service').then((m) => m.createWorkbookService());
  const listeners: ((msg: { id: number; progress?: OpenStage; reply?: WorkbookReply }) => void)[] = [];
  const emit = (msg: { id: number; progress?: OpenStage; reply?: WorkbookReply }) => {
    const copy = structuredClone(msg);
    setTimeout(() => listeners.forEach((l) => l(copy)), 0);
  };
  return {
    send: (id, file, req, transfer) => {
      const copy = structuredClone(req, { transfer });
      void service.then((s) => s.handle(copy, file, (progress) => emit({ id, progress })).then(({ reply }) => emit({ id, reply })));
    },
    listen: (on) => listeners.push(on),
  };
}

/** A workbook open on the other side of a channel. */
export interface RemoteFile {
  name: string;
  /** The visible sheets, in workbook order, as of the last open or change. */
  sheets: string[];
  /** The port the pane checks and writes through. */
  port: WorkbookPort;
  view(sheet: string): Promise<SheetView | null>;
  /** A value typed into a cell; answers the sheets after it. */
  edit(sheet: string, cell: string, value: string | number | null): Promise<void>;
  /** The verified file to save. */
  download(): Promise<Uint8Array>;
}

/** Opens workbooks through one channel; requests are answered in order. */
export function workbooks(channel: Channel) {
  let next = 1;
  const waiting = new Map<number, { resolve: (v: unknown) => void; reject: (e: unknown) => void; progress?: (s: OpenStage) => void }>();
  // Once the other side has failed, nothing it holds can be trusted: every request fails from then on.
  let failed = false;
  channel.onFailure?.(() => {
    failed = true;
    for (const w of waiting.values()) w.reject(new WorkerStopped());
    waiting.clear();
  });
  channel.listen(({ id, progress, reply }) => {
    const w = waiting.get(id);
    if (!w) return;
    if (progress) return w.progress?.(progress);
    if (!reply) return;
    waiting.delete(id);
    if (reply.ok) w.resolve(reply.value);
    else w.reject(reply.problem ? new WorkbookError(reply.problem) : new Error('the preview’s workbook failed'));
  });
  const ask = <T>(file: number, req: WorkbookRequest, transfer: Transferable[] = [], progress?: (s: OpenStage) => void): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      if (failed) return reject(new WorkerStopped());
      const id = next++;
      waiting.set(id, { resolve: resolve as (v: unknown) => void, reject, progress });
      channel.send(id, file, req, transfer);
    });

  /** Opens bytes (moved to the other side); throws the coded WorkbookError of a file it cannot read. */
  async function open(name: string, bytes: Uint8Array, progress?: (s: OpenStage) => void): Promise<RemoteFile> {
    const opened = await ask<Opened>(0, { op: 'open', name, bytes }, [bytes.buffer as ArrayBuffer], progress);
    const on = <T>(req: WorkbookRequest, transfer: Transferable[] = []) => ask<T>(opened.file, req, transfer);
    const file: RemoteFile = {
      name: opened.name,
      sheets: opened.sheets,
      port: {
        probe: () => on<WorkbookProbe>({ op: 'probe' }),
        load: (regions) => on<WorkbookSnapshot>({ op: 'load', regions }),
        readFills: (cells) => on<FillReading>({ op: 'readFills', cells }),
        apply: async (plan) => {
          file.sheets = await on<string[]>({ op: 'apply', plan });
        },
        // The page shows the selection; nothing to ask the file.
        select: async () => undefined,
      },
      view: async (sheet) => {
        const d = await on<ViewData | null>({ op: 'view', sheet });
        return d && viewFromData(d);
      },
      edit: async (sheet, cell, value) => {
        file.sheets = await on<string[]>({ op: 'edit', sheet, cell, value });
      },
      download: () => on<Uint8Array>({ op: 'download' }),
    };
    return file;
  }
  return { open };
}
