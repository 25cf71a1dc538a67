/** The one small port every host adapter implements (Excel through its JavaScript API, the .xlsx package, the browser preview). */
import { FillReading, FillRequest, TableRegion, WorkbookProbe } from './probe';
import { WorkbookSnapshot } from './snapshot';
import { FinishingTouch, WritePlan } from './write-plan';

export interface WorkbookPort {
  /** Sheet names, visibility, used ranges, protection, the top of each sheet and the stored state: one round trip. */
  probe(): Promise<WorkbookProbe>;
  /** Values, formats and formulas of the regions the core located (merges inside them where the host has them). */
  load(regions: TableRegion[]): Promise<WorkbookSnapshot>;
  /** The own fills of the cells the product is about to colour, so it can give them back exactly. */
  readFills(cells: FillRequest[]): Promise<FillReading>;
  /** Applies a whole plan at once; throws a WorkbookError saying what changed when it cannot. */
  apply(plan: WritePlan): Promise<void>;
  /** The finishing touches of a plan this host cannot apply (the data is written all the same); none when absent. */
  touchesSkipped?(plan: WritePlan): FinishingTouch[];
  /** Shows a cell: activates its sheet, then selects it. */
  select(sheet: string, cell: string): Promise<void>;
}
