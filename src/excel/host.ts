/// <reference types="office-js" />
/** What the adapter needs from Office.js; the real one wraps the globals, tests pass a fake. */

/** What a settings call reports (`Office.AsyncResult`, its status as the string Office.js gives at run time). */
export interface SettingsResult {
  status: string;
  error?: { message: string };
}

/** The Common API's document settings (`Office.context.document.settings`, every Excel since 2013). */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: SettingsResult) => void): void;
  /**
   * Reloads the copy this runtime holds from the document: the ribbon and the pane each hold their own
   * (no shared runtime), so a copy read without it may predate the other's last save.
   */
  refreshAsync?(callback?: (result: SettingsResult) => void): void;
}

export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  /** Where the stored state lives on Excel without workbook settings (ExcelApi 1.4). */
  documentSettings?: DocumentSettings;
}

/** An `Office.AsyncResult` as a SettingsResult (its status enum is a string at run time: 'succeeded' or 'failed'). */
const result = <T>(r: Office.AsyncResult<T>): SettingsResult => ({
  status: String(r.status),
  ...(r.error ? { error: { message: r.error.message } } : {}),
});

/** The document's settings, every call checked by the compiler against Office.js's own typings. */
function documentSettings(settings: Office.Settings | undefined): DocumentSettings | undefined {
  if (!settings) return undefined;
  return {
    get: (name) => settings.get(name),
    set: (name, value) => settings.set(name, value),
    remove: (name) => settings.remove(name),
    saveAsync: (callback) => settings.saveAsync((r) => callback?.(result(r))),
    refreshAsync: (callback) => settings.refreshAsync((r) => callback?.(result(r))),
  };
}

/** The host over the global `Excel` and `Office` namespaces, once Office.onReady has resolved. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentSettings: documentSettings(Office.context.document?.settings),
  };
}
