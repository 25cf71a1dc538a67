/// <reference types="office-js" />
/**
 * Microsoft's own Excel client (`@microsoft/office-js`, the debug script Excel on the web or Windows
 * loads) run in a jsdom window in Node: its proxy objects, its queue and its request building, with a
 * request executor of ours in place of the host bridge. What it would send is `RequestMessage.Body`,
 * the JSON of a batch's Actions and ObjectPaths; what it expects back is `ResponseMessage`.
 */
import { readFileSync } from 'fs';
import { JSDOM } from 'jsdom';

/** The two builds district offices meet: Excel on the web, and Excel for Windows (2016 to Microsoft 365). */
export type ClientBuild = 'web' | 'win32';

const SCRIPT: Record<ClientBuild, string> = {
  web: 'excel-web-16.00.debug.js',
  win32: 'excel-win32-16.01.debug.js',
};

/** What the client hands its executor for one sync. */
export interface RequestMessage {
  Url: string;
  Headers: Record<string, string>;
  Body: RequestBody;
}

export interface ObjectPathInfo {
  Id: number;
  /** 1 global object, 2 new object, 3 method, 4 property, 5 indexer, 6 reference id, 7 null object. */
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
}

export interface ActionInfo {
  Id: number;
  /** 1 instantiate, 2 query, 3 method, 4 set property, 5 trace, 7 recursive query. */
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: { Arguments?: unknown[]; ReferencedObjectPathIds?: number[] };
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
}

export interface RequestBody {
  AutoKeepReference?: boolean;
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface ResponseMessage {
  HttpStatusCode: number;
  ErrorCode: string | null;
  ErrorMessage: string | null;
  Headers: Record<string, string>;
  Body: ResponseBody | null;
}

export interface ResponseBody {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: { Code: string; Message: string; HttpStatusCode: number; ActionIndex?: number; Location?: string };
}

export interface RequestExecutor {
  executeAsync(customData: unknown, requestFlags: number, message: RequestMessage): Promise<ResponseMessage>;
}

/** The client's globals we use: `Excel` with its request context, whose executor can be replaced. */
export interface ExcelClient {
  build: ClientBuild;
  Excel: typeof Excel;
  /** A request context whose every sync goes to `executor` (the host bridge's place). */
  context(executor: RequestExecutor): Excel.RequestContext;
  /** The answer `Office.context.requirements.isSetSupported` gives the client from now on. */
  requirements(isSetSupported: (name: string, version: string) => boolean): void;
}

const loaded = new Map<ClientBuild, ExcelClient>();

/** Loads the client once per build (about a quarter of a second) into its own window. */
export function excelClient(build: ClientBuild = 'web'): ExcelClient {
  const have = loaded.get(build);
  if (have) return have;
  const src = readFileSync(require.resolve(`@microsoft/office-js/dist/${SCRIPT[build]}`), 'utf8');
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://localhost/taskpane.html',
  });
  dom.window.eval(src);
  const ns = (dom.window as unknown as { Excel?: typeof Excel }).Excel;
  if (!ns?.run || !ns.RequestContext) throw new Error(`${SCRIPT[build]} did not define Excel.run`);
  let supported = (_name: string, _version: string) => true;
  // Office.context (where the client would ask) is not writable here: its own helper is.
  const ext = (dom.window as unknown as { OfficeExtension: { Utility: { isSetSupported: (n: string, v: string | number) => boolean } } })
    .OfficeExtension;
  ext.Utility.isSetSupported = (name, version) => supported(name, String(version));
  const client: ExcelClient = {
    build,
    Excel: ns,
    context(executor) {
      const ctx = new ns.RequestContext();
      // The field ClientRequestContext.syncPrivate sends through (OfficeJsRequestExecutor on a real host).
      (ctx as unknown as { _requestExecutor: RequestExecutor })._requestExecutor = executor;
      return ctx;
    },
    requirements(f) {
      supported = f;
    },
  };
  loaded.set(build, client);
  return client;
}

/** Bytes of a JSON message as it travels (UTF-8). */
export const jsonBytes = (v: unknown): number => Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
