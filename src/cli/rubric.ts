/**
 * `cchc rubric IN.xlsx -o OUT.xlsx [--force] [--lang vi|en]`: adds the scoring sheet "Thang điểm"
 * from the default criteria tree, or refreshes one the product made (keeping the scores typed in
 * it), like the pane's Thang điểm button; writes through the same verified save as `fix`: never
 * over IN (through a link either), never over an existing OUT without --force, never replacing a
 * sheet the user made.
 */
import { scoringSheet } from '../app/actions';
import { CliIO } from './io';
import { mustDo, runWrite } from './write';
import { Options, UsageError, readOptions } from './options';

export async function runRubric(argv: string[], io: CliIO): Promise<number> {
  let o: Options;
  try {
    o = readOptions(argv, { '--output': 'value', '--force': 'flag' });
    if (o.files.length !== 1 || !o.value('--output')) throw new UsageError({ code: 'rubric-args' });
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(e.text);
    return 2;
  }
  const input = o.files[0];
  const output = o.value('--output') as string;
  const { lang } = o;
  const force = o.flag('--force');
  const file = input;
  return runWrite(
    { input, output, force, lang, check: { lang, file }, errorsExit: false },
    io,
    async (port) => mustDo(await scoringSheet(port, { mode: 'refresh' }), file).notes,
  );
}
