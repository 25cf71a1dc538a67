/**
 * Writing `fix`'s output safely: never to anything that is the input (same real path, or the same
 * file through a symlink, hard link or linked folder), never over an existing file without --force,
 * and only whole: a temporary file in the output's folder, then a rename.
 */
import { randomBytes } from 'crypto';
import { realpath, rename, stat, unlink, writeFile } from 'fs/promises';
import { basename, dirname, join, resolve } from 'path';
import { WorkbookError } from '../core';

async function statOrNull(path: string) {
  try {
    return await stat(path);
  } catch {
    return null;
  }
}

async function realOrResolved(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    // The output usually does not exist yet: resolve its folder.
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

/** Throws `output-is-input` or `output-exists` (as WorkbookErrors) before anything is written. */
export async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  const same = new WorkbookError({ code: 'output-is-input', path: output, changed: 'nothing' });
  if (resolve(input) === resolve(output) || (await realOrResolved(input)) === (await realOrResolved(output))) throw same;
  const a = await statOrNull(input);
  const b = await statOrNull(output);
  if (a && b && a.dev === b.dev && a.ino === b.ino) throw same;
  if (b && !force) throw new WorkbookError({ code: 'output-exists', path: output, changed: 'nothing' });
}

/** Writes the bytes to a temporary file beside the output, then renames it over the output. */
export async function writeWhole(output: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(resolve(output)), `.${basename(output)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(tmp, data, { flag: 'wx' });
    await rename(tmp, output);
  } catch (e) {
    await unlink(tmp).catch(() => undefined);
    throw e;
  }
}
