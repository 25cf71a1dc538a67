/** `cchc fix IN.xlsx -o OUT.xlsx`: fill ratios, highlight, add the remediation sheet; never writes over IN. */
import type { Lang, Note, Rubric } from '../core';
import { fillRatios, check, remediation, toUnicode } from '../app/actions';
import { readDataFile } from '../app/data-file';
import { CliIO } from './io';
import { WriteStop, mustDo, runWrite } from './write';

export interface FixArgs {
  input: string;
  output: string;
  rubric: string | null;
  highlight: boolean;
  force: boolean;
  lang: Lang;
  /** `--unicode`: only turn the text typed in TCVN3 or VNI into Unicode, changing nothing else. */
  unicode?: boolean;
}

async function loadRubricFile(path: string, io: CliIO): Promise<Rubric> {
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(path);
  } catch (e) {
    throw new WriteStop({ io: e }, path);
  }
  const read = await readDataFile('rubric', path, bytes);
  if (!read.ok) throw new WriteStop({ cli: read.problem });
  return read.value;
}

export async function runFix(a: FixArgs, io: CliIO): Promise<number> {
  const opts = { lang: a.lang, file: a.input } as { lang: Lang; file: string; rubric?: Rubric };
  return runWrite({ input: a.input, output: a.output, force: a.force, lang: a.lang, check: opts, errorsExit: true }, io, async (port) => {
    if (a.rubric) opts.rubric = await loadRubricFile(a.rubric, io);
    if (a.unicode) return mustDo(await toUnicode(port, opts), a.input).notes;
    const notes: Note[] = [];
    notes.push(...mustDo(await fillRatios(port, opts), a.input).notes);
    if (a.highlight) {
      const hl = mustDo(await check(port, opts), a.input);
      // A check's refusal to highlight (a protected sheet) stops the fix: nothing is written.
      const refusal = hl.notes.find((n) => n.code === 'refused');
      if (refusal) throw new WriteStop({ note: refusal }, a.input);
      notes.push({ code: 'highlighted', count: hl.written ?? 0 }, ...hl.notes);
    }
    const rem = await remediation(port, { ...opts, replace: a.force });
    if (rem.status === 'ask') {
      const ask = rem.notes[0];
      if (ask.code === 'ask-replace') notes.push({ code: 'remediation-kept', sheet: ask.sheet });
    } else if (rem.status === 'refused') notes.push(...rem.notes);
    else notes.push(...mustDo(rem, a.input).notes);
    return notes;
  });
}
