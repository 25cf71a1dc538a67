/**
 * A data file given on the command line (`--catalogue F.json`, `--rubric F.json`): its bytes read
 * as JSON and checked against the core's schema, or the coded reason why not. zod is loaded only
 * here, when such a file is given: a plain `cchc check` starts without it.
 */
import type { Catalogue, CliMessage, Rubric } from '../core';

export type DataFile<T> = { ok: true; value: T } | { ok: false; problem: CliMessage };

/** The catalogue or rubric in `bytes` (from `path`), checked. */
export async function readDataFile(kind: 'catalogue', path: string, bytes: Uint8Array): Promise<DataFile<Catalogue>>;
export async function readDataFile(kind: 'rubric', path: string, bytes: Uint8Array): Promise<DataFile<Rubric>>;
export async function readDataFile(kind: 'catalogue' | 'rubric', path: string, bytes: Uint8Array): Promise<DataFile<Catalogue | Rubric>> {
  let raw: unknown;
  try {
    raw = JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    return { ok: false, problem: { code: 'not-json', path } };
  }
  const { loadCatalogue, loadRubric } = await import('../core/data-schemas');
  try {
    return { ok: true, value: kind === 'catalogue' ? loadCatalogue(raw) : loadRubric(raw) };
  } catch (e) {
    const issue = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues?.[0];
    const detail = issue ? `${issue.path.join('.')}: ${issue.message}` : String(e);
    return { ok: false, problem: { code: kind === 'catalogue' ? 'catalogue-invalid' : 'rubric-invalid', path, detail } };
  }
}
