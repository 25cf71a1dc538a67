/**
 * The preview's worker: holds the open workbook and answers the page's requests, so opening,
 * checking and laying out a large file never blocks the page (see workbook-service.ts).
 */
import { createWorkbookService } from './workbook-service';
import type { WorkbookRequest } from './workbook-service';

/** What the page sends: a request and its number. */
export interface WorkerMessage {
  id: number;
  /** The file the request is about (see Opened.file). */
  file: number;
  req: WorkbookRequest;
}

interface WorkerScope {
  onmessage: ((e: MessageEvent<WorkerMessage>) => void) | null;
  postMessage(message: unknown, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
const service = createWorkbookService();

scope.onmessage = (e) => {
  const { id, file, req } = e.data;
  void service
    .handle(req, file, (stage) => scope.postMessage({ id, progress: stage }))
    .then(({ reply, transfer }) => scope.postMessage({ id, reply }, transfer));
};
