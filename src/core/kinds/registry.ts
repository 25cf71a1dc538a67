/** Every kind read by columns, tried on every sheet. The appendix (rows matched to a catalogue) is checked beside them. */
import { ColumnKind } from './tables';
import { tallyKind } from './tally';
import { satisfactionKind } from './satisfaction';
import { sipasKind } from './sipas';

export const COLUMN_KINDS: ColumnKind[] = [tallyKind, satisfactionKind, sipasKind] as ColumnKind[];
