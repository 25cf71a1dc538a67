/** `cchc fix IN.xlsx -o OUT.xlsx`: fill ratios, highlight, add the remediation sheet; never writes over IN. */
import {
  CliMessage,
  Lang,
  Rubric,
  WorkbookError,
  WritePlan,
  check,
  cliMessage,
  planFillRatios,
  planHighlights,
  planRemediation,
  refusalText,
} from '../core';
import type { PlanResult, Report, WorkbookPort, WorkbookSnapshot } from '../core';
import { planWithFills, readTables } from '../app/session';
import { PackagePort, STATE_SHEET_NAME, createPackagePort, plannedCells, verifyPackage } from '../xlsx';
import { checkOutput, writeWhole } from './output';
import { CliIO, ioMessage } from './io';
import { loadRubric } from '../core/data-schemas';

export interface FixArgs {
  input: string;
  output: string;
  rubric: string | null;
  highlight: boolean;
  force: boolean;
  lang: Lang;
}

class FixStop extends Error {
  constructor(readonly line: string) {
    super(line);
  }
}

async function loadRubricFile(path: string, io: CliIO, lang: Lang): Promise<Rubric> {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(await io.readFile(path)).toString('utf8'));
  } catch (e) {
    throw new FixStop(e instanceof SyntaxError ? cliMessage({ code: 'not-json', path }, lang) : `${path}: ${ioMessage(e)[lang]}`);
  }
  try {
    return loadRubric(raw);
  } catch (e) {
    const issue = (e as { issues?: { path: (string | number)[]; message: string }[] }).issues?.[0];
    throw new FixStop(
      cliMessage({ code: 'rubric-invalid', path, detail: issue ? `${issue.path.join('.')}: ${issue.message}` : String(e) }, lang),
    );
  }
}

/** Reads, checks, plans and applies one step; a refusal stops the fix before anything is written. */
async function step(
  port: WorkbookPort,
  opts: { lang: Lang; rubric?: Rubric; file: string },
  plan: (r: Report, s: WorkbookSnapshot) => PlanResult,
) {
  const snap = await readTables(port);
  const report = check(snap, opts);
  if (!report.recognized) throw new FixStop(report.reason ?? '');
  const { result: r } = await planWithFills(port, snap, (s) => plan(report, s));
  if (!r.ok) return { report, plan: null as WritePlan | null, refusal: refusalText(r, opts.lang) };
  try {
    await port.apply(r.plan);
  } catch (e) {
    if (e instanceof WorkbookError) throw new FixStop(`${opts.file}: ${ioMessage(e)[opts.lang]}`);
    throw e;
  }
  return { report, plan: r.plan, refusal: null };
}

export async function runFix(a: FixArgs, io: CliIO): Promise<number> {
  const say = (m: CliMessage) => cliMessage(m, a.lang);
  try {
    try {
      await checkOutput(a.input, a.output, a.force);
    } catch (e) {
      throw new FixStop(`${a.output}: ${ioMessage(e)[a.lang]}`);
    }
    let bytes: Uint8Array;
    try {
      bytes = await io.readFile(a.input);
    } catch (e) {
      throw new FixStop(`${a.input}: ${ioMessage(e)[a.lang]}`);
    }
    let port: PackagePort;
    try {
      port = createPackagePort(bytes);
    } catch (e) {
      throw new FixStop(`${a.input}: ${ioMessage(e)[a.lang]}`);
    }
    const rubric = a.rubric ? await loadRubricFile(a.rubric, io, a.lang) : undefined;
    const opts = { lang: a.lang, rubric, file: a.input };
    const lines: string[] = [];
    const fill = await step(port, opts, planFillRatios);
    if (fill.refusal) throw new FixStop(fill.refusal);
    lines.push(say({ code: 'filled', count: fill.plan!.cells.length }));
    if (a.highlight) {
      const hl = await step(port, opts, planHighlights);
      if (hl.refusal) throw new FixStop(hl.refusal);
      lines.push(say({ code: 'highlighted', count: hl.plan!.fills.length }));
    }
    const rem = await step(port, opts, (r, s) => planRemediation(r, s, { replace: a.force }));
    if (rem.refusal) lines.push(rem.refusal);
    else lines.push(say({ code: 'added-sheet', name: rem.plan!.newSheet!.name }));
    const written = port.bytes();
    const allowed = new Set(port.applied.flatMap((p) => plannedCells(p)).map((c) => `${c.sheet}!${c.cell.replace(/\$/g, '')}`));
    for (const p of port.applied) if (p.newSheet?.replaces) allowed.add(`${p.newSheet.name}!*`);
    allowed.add(`${STATE_SHEET_NAME}!A1`);
    try {
      verifyPackage(bytes, written, allowed);
      await writeWhole(a.output, written);
    } catch (e) {
      throw new FixStop(`${a.output}: ${ioMessage(e)[a.lang]}`);
    }
    const final = check(await readTables(port), opts);
    lines.push(say({ code: 'wrote', output: a.output, errors: final.summary.error }));
    io.out(lines.join('\n'));
    return final.summary.error > 0 ? 1 : 0;
  } catch (e) {
    io.err(`cchc: ${e instanceof FixStop ? e.line : say({ code: 'unexpected', detail: String((e as Error)?.message ?? e) })}`);
    return 2;
  }
}
