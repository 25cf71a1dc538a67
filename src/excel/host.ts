/// <reference types="office-js" />
/** What the adapter needs from Office.js; the real one wraps the globals, tests pass a fake. */
export interface ExcelHost {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The host over the global `Excel` and `Office` namespaces, once Office.onReady has resolved. */
export function officeHost(): ExcelHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
