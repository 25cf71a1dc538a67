/// <reference types="office-js" />
/** What the adapter needs from Office.js; the real one wraps the globals, tests pass a fake. */

/** The Common API's document settings (`Office.context.document.settings`, every Excel since 2013). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Where the stored state lives on Excel without workbook settings (ExcelApi 1.4). */
  documentSettings?: DocumentSettings;
}

/** The host over the global `Excel` and `Office` namespaces, once Office.onReady has resolved. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentSettings: Office.context.document?.settings as unknown as DocumentSettings | undefined,
  };
}
