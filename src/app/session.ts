/**
 * The "read → check → plan → apply" steps every front shares (the pane, the ribbon command, the
 * preview and the CLI): a probe, the core locating the tables, a load of just those, and plans
 * that read the fills they need before colouring.
 */
import type { PlanResult, WorkbookPort, WorkbookSnapshot } from '../core';
import { fillKey, locateTables, unicodeSheet, withFills } from '../core';

/** Reads what the tables need: probe, locate, load. With no table found, the top of each sheet (so the report can say what is missing). */
export async function readTables(port: WorkbookPort): Promise<WorkbookSnapshot> {
  const probe = await port.probe();
  const regions = locateTables(probe);
  const loaded = regions.length > 0 ? await port.load(regions) : { sheets: probe.sheets.map((s) => s.head) };
  const prot = new Map(probe.sheets.map((s) => [s.name, s.protected]));
  return {
    ...loaded,
    // Text in an old encoding (TCVN3, VNI) is read as Unicode NFC, as every action then sees it.
    sheets: loaded.sheets.map((s) => unicodeSheet({ ...s, protected: s.protected ?? prot.get(s.name) })),
    sheetNames: probe.sheets.map((s) => s.name),
    structureProtected: probe.structureProtected ?? false,
    state: probe.state ?? null,
    stateProblem: probe.stateProblem ?? null,
  };
}

/**
 * Makes a plan; when it skipped cells whose own fill was not read, reads those fills (one round trip)
 * and plans again, so every highlight records the fill it replaces.
 */
export async function planWithFills(
  port: WorkbookPort,
  snap: WorkbookSnapshot,
  make: (snap: WorkbookSnapshot) => PlanResult,
): Promise<{ result: PlanResult; snapshot: WorkbookSnapshot }> {
  const first = make(snap);
  if (!first.ok || !first.unreadFills?.length) return { result: first, snapshot: snap };
  const wanted = first.unreadFills.map((k) => {
    const bang = k.lastIndexOf('!');
    return { sheet: k.slice(0, bang), cell: k.slice(bang + 1) };
  });
  const fills = await port.readFills(wanted);
  if (![...fills.keys()].some((k) => wanted.some((w) => fillKey(w.sheet, w.cell) === k))) return { result: first, snapshot: snap };
  const snapshot = withFills(snap, fills);
  return { result: make(snapshot), snapshot };
}
