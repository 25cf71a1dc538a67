/** What an action returns, apart from the actions themselves (the on-demand module `many.ts` returns them too). */
import type { Note, QuickFix, Report } from '../core';

/** How an action ended, with what a front shows. */
export interface Outcome {
  /** done: it did what was asked (notes may still warn); refused: the core refused, nothing changed; failed: reading or writing failed (the note's `problem.changed` says what the workbook holds); ask: a question for the user, nothing changed. */
  status: 'done' | 'refused' | 'failed' | 'ask';
  /** What happened, coded: drawn with `noteMessage` in the language shown. */
  notes: Note[];
  /** The report of the tables after the action, when the action read them. */
  report?: Report;
  /** Cells the action wrote or coloured (the CLI counts them). */
  written?: number;
  /** The quick fix of each finding that has one, by `quickFixKey` (after a check). */
  fixes?: Map<string, QuickFix>;
  /** Whether the workbook holds a quick fix Hoàn tác can take back. */
  canUndo?: boolean;
}

/** A file picked in a front (the pane's file picker, the preview's drop): its name and bytes. */
export type PickedFile = { name: string; bytes: Uint8Array };

/** A new workbook an action made: its verified bytes, and the year it is about. */
export type MadeWorkbook = Outcome & { bytes?: Uint8Array; year?: number | null };
