/// <reference types="office-js" />
/** What the adapter needs from Office.js; the real one wraps the globals, tests pass a fake. */

/** The Common API's per-document settings (`Office.context.document.settings`): every host has them. */
export interface DocumentSettings {
  get(key: string): unknown;
  set(key: string, value: string): void;
  remove(key: string): void;
  saveAsync(callback?: (result: { status: 'succeeded' | 'failed' | string }) => void): void;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Where the stored state lives on hosts without workbook settings (ExcelApi 1.4). */
  documentSettings?: DocumentSettings;
}

/** The host over the global `Excel` and `Office` namespaces, once Office.onReady has resolved. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentSettings: {
      get: (key) => Office.context.document.settings.get(key),
      set: (key, value) => Office.context.document.settings.set(key, value),
      remove: (key) => Office.context.document.settings.remove(key),
      saveAsync: (callback) =>
        Office.context.document.settings.saveAsync((r) =>
          callback?.({ status: r.status === Office.AsyncResultStatus.Succeeded ? 'succeeded' : 'failed' }),
        ),
    },
  };
}
