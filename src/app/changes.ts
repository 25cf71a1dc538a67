/**
 * Edits the user makes in the workbook, as a second small interface beside the port: the pane
 * re-checks the tables a moment after the user stops typing. Excel gives worksheet change events
 * from ExcelApi 1.7; the preview reports its own cell edits.
 */
export interface ChangeFeed {
  /** Calls `listener` after each edit of cells by the user; resolves to a function that stops it. */
  subscribe(listener: () => void): Promise<() => void>;
  /** Whether re-checking after edits starts switched on here (off where round trips are slow). */
  onByDefault: boolean;
  /** The host itself leaves out the echo of the pane's own writes (Excel's `triggerSource`); otherwise the pane drops events right after its writes. */
  exact?: boolean;
}

/** A feed the page itself drives (the preview): `emit` after each edit. */
export function localFeed(onByDefault = true): ChangeFeed & { emit(): void } {
  const listeners = new Set<() => void>();
  return {
    onByDefault,
    emit: () => listeners.forEach((l) => l()),
    subscribe: async (l) => {
      listeners.add(l);
      return () => void listeners.delete(l);
    },
  };
}

/** Calls `run` once `ms` after the last of a burst of calls. */
export function debounce(run: () => void, ms: number): { call(): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    call() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run();
      }, ms);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
