/** A NewSheetPlan as the sheet it becomes, to read back as a user's edited sheet. */
import { NewSheetPlan, SheetSnapshot } from '../../src/core';

export function planToSheet(plan: NewSheetPlan): SheetSnapshot {
  return { name: plan.name, origin: { row: 1, col: 1 }, values: plan.rows.map((r) => r.map((v) => v)), merges: [...plan.merges] };
}
