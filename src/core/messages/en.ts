import { Finding } from '../findings';
import { formatNumber } from '../numbers';
import { num, rowName } from './common';

const n = (x: number | string) => num(x, 'en');

/** English messages, one per rule. */
export function messageEn(f: Finding): string {
  const row = rowName(f);
  switch (f.rule) {
    case 'value.error':
      return `Indicator ${row}: the cell shows the error ${f.actual}; a figure is needed.`;
    case 'type.count':
      return typeof f.actual === 'number'
        ? `Indicator ${row}: a count must be a whole number, found ${n(f.actual)}.`
        : `Indicator ${row}: a number is needed, found the text ${n(f.actual)}.`;
    case 'range.count':
      return `Indicator ${row}: a count cannot be negative, found ${n(f.actual)}.`;
    case 'type.percent':
      return `Indicator ${row}: a percentage is needed, found ${n(f.actual)}.`;
    case 'range.percent':
      return `Indicator ${row}: a percentage must be between 0 and 100, found ${n(f.actual)}%.`;
    case 'enum.code':
      return `Indicator ${row}: ${n(f.actual)} is not one of the codes ${f.expected.join(', ')} given in the unit column.`;
    case 'relation.leq':
      return `Indicator ${row} (${n(f.actual)}) is greater than ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.part':
      return `Indicator ${row} (${n(f.actual)}) is a part but exceeds its total ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'relation.partition':
      return `The parts add up to ${n(f.actual)}, not to the total ${rowName(f.related[0])} (${n(f.expected)}).`;
    case 'shares.sum':
      return `Shares of one whole add up to ${n(f.actual)}%; they must make 100%.`;
    case 'ratio.mismatch':
      return `Indicator ${row}: the stated ratio is ${n(f.actual)}% but ${n(f.numerator)}/${n(f.denominator)} gives ${n(f.expected)}%.`;
    case 'implied.missing':
      return `Indicator ${rowName(f.related[0])} says “yes” but indicator ${row} has no figure.`;
    case 'required.missing':
      return `The required indicator ${row} is missing.`;
    case 'row.unknown':
      return `Row ${f.row} (${row}) is not in the indicator catalogue; it is kept as it is.`;
    case 'benchmark.below':
      return `Criterion ${f.criterion}: ${formatNumber(f.actual, 'en', 2)}%, below the benchmark of ${n(f.expected)}% — ${n(f.points)}/${n(f.max)} points.`;
    case 'rubric.invalid':
      return `Scoring sheet, row ${f.row}, column ${f.columnName} (${f.column}): ${f.detail.en}. Nothing was scored.`;
  }
}
