/**
 * A fake of the parts of Office.js the adapter uses, strict the way Office.js is: reading a property
 * that was not loaded, or before `context.sync()`, throws; every command waits in a queue and runs,
 * in order, at `sync()`; writes to a protected sheet fail there with AccessDenied, and a failing command
 * leaves the earlier commands of its batch applied (Excel batches are not transactions). Each host
 * profile refuses, at sync, members above its ExcelApi set (ApiNotFound); Excel on the web refuses
 * requests and responses over 5 MB. It counts syncs and the bytes of each request and response,
 * writes addresses as Excel does (`'Phụ lục 2, năm 2021'!A1:B2`), and fails
 * `getMergedAreasOrNullObject` over more than 512 areas. Backed by an in-memory workbook that tests
 * build from the seed fixtures.
 */
import {
  CellFill,
  CellValue,
  GRID_COLS,
  GRID_ROWS,
  RangeRef,
  SheetSnapshot,
  encode,
  isErrorValue,
  parseRange,
  rangeToA1,
  sheetAddress,
} from '../../src/core';
import { DocumentSettings, ExcelHost } from '../../src/excel';

/** An Excel as the add-in meets it: the highest ExcelApi set it implements, and Excel on the web's payload limits. */
export interface HostProfile {
  name: string;
  api: string;
  /** Request and response limit per sync in bytes (Excel on the web: 5 MB); none on desktop. */
  payloadLimit?: number;
}

export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** The Excels district offices run, oldest first. */
export const PROFILES: HostProfile[] = [
  { name: 'Office 2016 (ExcelApi 1.1)', api: '1.1' },
  { name: 'Office 2016 updated (1.4)', api: '1.4' },
  { name: 'Office 2019 (1.8)', api: '1.8' },
  { name: 'Office 2021 (1.14)', api: '1.14' },
  { name: 'Office 2024 (1.17)', api: '1.17' },
  { name: 'Microsoft 365 desktop', api: '1.20' },
  { name: 'Excel on the web', api: '1.20', payloadLimit: WEB_PAYLOAD_LIMIT },
];

export const LATEST: HostProfile = PROFILES[5];

/** a ≤ b for 'major.minor' versions. */
export function versionAtMost(a: string, b: string): boolean {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 < b1 || (a1 === b1 && a2 <= b2);
}

const hostError = (code: string, message: string) => Object.assign(new Error(message), { code });

/** Bytes of a value as JSON, as it would travel. */
function bytesOf(v: unknown): number {
  return Buffer.byteLength(JSON.stringify(v) ?? '', 'utf8');
}

/**
 * Request pricing, as Microsoft's client builds a request inside `Excel.run` (held to it within 25% by
 * test/excel/calibration.test.ts): each proxy is an object path and an instantiate action (`path`, plus
 * its arguments); a range also gets `_KeepReference` and a second instantiate (`keep`); each command is
 * an action listing the paths it uses (`action`, plus its arguments); a request opens with the workbook
 * and its worksheets (`request`).
 */
export const PRICE = { request: 250, path: 130, keep: 145, action: 190 };

export interface FakeCell {
  value: string | number | boolean;
  formula: string | null;
  numberFormat: string;
  fill: CellFill | null;
}

export class FakeSheet {
  cells = new Map<string, FakeCell>();
  merges: string[] = [];
  protected = false;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  frozenRows = 0;
  frozenCols = 0;
  printArea: string | null = null;
  orientation = 'Portrait';
  printTitleRows: string | null = null;
  columnWidths = new Map<number, number>();
  bold = new Set<number>();
  rowHeights = new Map<number, number>();
  /** Each cell's font and alignment as written (`row,col`); a cell's font name is read back from here too. */
  looks = new Map<string, { name?: string; size?: number; italic?: boolean; align?: string }>();
  /** The font of every cell without its own (the workbook's Normal style). */
  font = 'Calibri';
  footer: string | null = null;
  pageBreaks: number[] = [];
  /** A large block of data computed on demand (a 100,000-row sheet without 2 million objects). */
  bulk: { rows: number; cols: number; value: (row: number, col: number) => string | number } | null = null;
  /** A host glitch: every merged-areas query on this sheet fails. */
  failMerges = false;
  /** Cells formatted (borders, fills) without values: they count in `getUsedRange()` without valuesOnly. */
  formatted: RangeRef | null = null;
  /** Writes here fail with this (Excel's InvalidOperation for part of an array formula, or a protected sheet's refusal in Office's language). */
  refusal: { code: string; message: string } | null = null;
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell {
    const own = this.cells.get(`${row},${col}`);
    if (own) return own;
    if (this.bulk && row <= this.bulk.rows && col <= this.bulk.cols)
      return { value: this.bulk.value(row, col), formula: null, numberFormat: 'General', fill: null };
    return { value: '', formula: null, numberFormat: 'General', fill: null };
  }

  /** A data sheet of `rows` × `cols` from A1: a header row, then numbers and short texts. */
  static data(name: string, rows: number, cols: number): FakeSheet {
    const sh = new FakeSheet(name);
    sh.bulk = {
      rows,
      cols,
      value: (row, col) => (row === 1 ? `Cột ${col}` : col % 2 === 0 ? row * col : `Hồ sơ ${row}-${col}`),
    };
    return sh;
  }
  /** A cell's font name, as Excel reports it. */
  fontOf(row: number, col: number): string {
    return this.looks.get(`${row},${col}`)?.name ?? this.font;
  }
  set(row: number, col: number, patch: Partial<FakeCell>): void {
    this.cells.set(`${row},${col}`, { ...this.get(row, col), ...patch });
    this.usedCache = undefined;
  }
  private usedCache: RangeRef | null | undefined;
  /** The used range of values (cells holding a value or a formula), as Office.js computes it. */
  used(): RangeRef | null {
    if (this.usedCache === undefined) this.usedCache = this.computeUsed();
    return this.usedCache;
  }
  private computeUsed(): RangeRef | null {
    let r: RangeRef | null = this.bulk ? { top: 1, left: 1, bottom: this.bulk.rows, right: this.bulk.cols } : null;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.formula) continue;
      const [row, col] = k.split(',').map(Number);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /**
   * A sheet of a snapshot typed in TCVN3 as test/fixtures/legacy.ts types it: capitals lines in
   * `.VnTimeH`, the rest in `.VnTime`; a cell TCVN3 writes only with rich-text runs (Excel's API reads
   * none) stays Unicode in Times New Roman, the sheet's font.
   */
  static tcvn3(s: SheetSnapshot): FakeSheet {
    const capitals = (t: string) => /\p{L}/u.test(t) && t === t.toUpperCase();
    const fonts: (string | null)[][] = [];
    const values = s.values.map((row, i) =>
      row.map((v, j) => {
        if (typeof v !== 'string') return v;
        const upper = capitals(v) ? encode(v, 'tcvn3', { upper: true }) : null;
        const plain = upper === null ? encode(v, 'tcvn3') : null;
        (fonts[i] ??= [])[j] = upper !== null ? '.VnTimeH' : plain !== null ? '.VnTime' : 'Times New Roman';
        return upper ?? plain ?? v;
      }),
    );
    const sheet = FakeSheet.from({ ...s, values, fonts });
    sheet.font = 'Times New Roman';
    return sheet;
  }

  /** A sheet from a snapshot (values, formats, formulas, merges, fills, and the fonts it records). */
  static from(s: SheetSnapshot): FakeSheet {
    const sh = new FakeSheet(s.name);
    s.fonts?.forEach((row, i) =>
      row?.forEach((f, j) => {
        if (f) sh.looks.set(`${s.origin.row + i},${s.origin.col + j}`, { name: f });
      }),
    );
    s.values.forEach((row, i) =>
      row.forEach((v: CellValue, j) => {
        const formula = s.formulas?.[i]?.[j] ?? null;
        const fill = s.fills?.[i]?.[j] ?? null;
        const fmt = s.formats?.[i]?.[j] ?? 'General';
        if (v === null && !formula && !fill && fmt === 'General') return;
        sh.set(s.origin.row + i, s.origin.col + j, {
          value: v === null ? '' : isErrorValue(v) ? v.error : v,
          formula,
          numberFormat: fmt,
          fill,
        });
      }),
    );
    sh.merges = [...s.merges];
    sh.protected = Boolean(s.protected);
    return sh;
  }
}

export class FakeWorkbook {
  settings = new Map<string, string>();
  /** The Common API's document settings (Office.context.document.settings), saved with the file. */
  documentSettings = new Map<string, unknown>();
  structureProtected = false;
  active: string | null = null;
  selected: string | null = null;
  /** Change-event handlers: a sheet's own (`Worksheet.onChanged`, 1.7) or every sheet's (`WorksheetCollection.onChanged`, 1.9). */
  changeHandlers: { sheet: FakeSheet | null; api: string; handler: (e: FakeChangedArgs) => unknown }[] = [];
  /** `WorksheetCollection.onAdded` handlers (1.7). */
  addedHandlers: ((e: { worksheetId: string; type: string }) => unknown)[] = [];
  constructor(public sheets: FakeSheet[]) {}
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: 'ItemNotFound' });
    return s;
  }
  /** The user types a value: the cell changes and the change events fire, from outside the add-in. */
  userEdit(sheet: string, row: number, col: number, value: string | number): Promise<void> {
    const s = this.sheet(sheet);
    s.set(row, col, { value, formula: null });
    return this.fireChanged(s, rangeToA1({ top: row, left: col, bottom: row, right: col }), 'Unknown');
  }
  /** The user adds a sheet. */
  async userAddSheet(name: string): Promise<void> {
    this.sheets.push(new FakeSheet(name));
    for (const h of [...this.addedHandlers]) await h({ worksheetId: name, type: 'WorksheetAdded' });
  }
  /** Fires onChanged for an edit of `address` on `s`; `triggerSource` exists from ExcelApi 1.14 (as the handler's host has it). */
  async fireChanged(s: FakeSheet, address: string, source: 'Unknown' | 'ThisLocalAddin'): Promise<void> {
    for (const h of [...this.changeHandlers])
      if (h.sheet === null || h.sheet === s)
        await h.handler({
          type: 'WorksheetChanged',
          changeType: 'RangeEdited',
          source: 'Local',
          worksheetId: s.name,
          address,
          ...(versionAtMost('1.14', h.api) ? { triggerSource: source } : {}),
        });
  }
}

/** What a change event carries (the members the adapter reads). */
export interface FakeChangedArgs {
  type: string;
  changeType: string;
  source: string;
  worksheetId: string;
  address: string;
  triggerSource?: string;
}

/** An event's handler list, as `OfficeExtension.EventHandlers`: `add` is queued and registered at sync. */
function eventHandlers<A>(ctx: FakeContext, set: string, member: string, register: (h: (e: A) => unknown) => () => void) {
  return {
    add(handler: (e: A) => unknown) {
      ctx.need(set, member);
      let unregister: (() => void) | null = null;
      ctx.push(() => (unregister = register(handler)));
      return {
        context: ctx,
        remove: () => ctx.push(() => unregister?.()),
      };
    },
  };
}

class NotLoaded extends Error {
  constructor(prop: string) {
    super(
      `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
    this.name = 'PropertyNotLoaded';
  }
}

/** The request context: a queue of commands, run at sync. */
/** One round trip's payload. */
export interface Trip {
  request: number;
  response: number;
}

export class FakeContext {
  queue: (() => void)[] = [];
  syncs = 0;
  trips: Trip[] = [];
  requestBytes = 0;
  responseBytes = 0;
  workbook: FakeWorkbookProxy;
  /** Cells the add-in's own writes changed in this sync (their change events fire after it, as Excel's echo). */
  edited: { sheet: FakeSheet; address: string }[] = [];
  constructor(
    public book: FakeWorkbook,
    public profile: HostProfile = LATEST,
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Queues a command; `bytes` is what it adds to the request. */
  push(run: () => void, bytes = PRICE.action): void {
    this.queue.push(run);
    this.requestBytes += bytes;
  }
  /** A member of ExcelApi `set`: on a host below it, the batch fails there with ApiNotFound. */
  need(set: string, member: string): void {
    if (!versionAtMost(set, this.profile.api))
      this.push(() => {
        throw hostError('ApiNotFound', `The API you are trying to use could not be found (${member}, ExcelApi ${set}).`);
      });
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.queue;
    const trip = { request: this.requestBytes + (this.requestBytes > 0 ? PRICE.request : 0), response: 0 };
    this.queue = [];
    this.requestBytes = 0;
    this.responseBytes = 0;
    this.trips.push(trip);
    const limit = this.profile.payloadLimit;
    if (limit && trip.request > limit)
      throw hostError('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
    try {
      for (const cmd of q) cmd();
    } finally {
      trip.response = this.responseBytes;
      const edited = this.edited.splice(0);
      for (const e of edited) await this.book.fireChanged(e.sheet, e.address, 'ThisLocalAddin');
    }
    if (limit && trip.response > limit)
      throw hostError('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullObject: boolean | undefined;
  constructor(protected ctx: FakeContext) {}
  /** A loaded property, counted in the response. */
  protected put(prop: string, value: unknown, bytes = bytesOf(value) + prop.length + 4): void {
    this.loaded.set(prop, value);
    this.ctx.responseBytes += bytes;
  }
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoaded(prop);
    return this.loaded.get(prop) as T;
  }
  protected write(prop: string, run: () => void, bytes = PRICE.action): void {
    this.ctx.push(run, bytes);
    this.loaded.delete(prop);
  }
  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new NotLoaded('isNullObject');
    return this.nullObject;
  }
}

class FakeWorkbookProxy {
  worksheets: FakeWorksheets;
  settings: FakeSettings;
  protection: FakeWorkbookProtection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
  }
}

/** Workbook structure protection (ExcelApi 1.7). */
class FakeWorkbookProtection extends Proxy {
  load(_p: string): this {
    this.ctx.need('1.7', 'WorkbookProtection');
    this.ctx.push(() => this.put('protected', this.ctx.book.structureProtected));
    return this;
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

class FakeWorksheets extends Proxy {
  load(props: string): this {
    this.ctx.push(() => {
      const items = this.ctx.book.sheets.map((s) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.fill(props);
        return ws;
      });
      this.put(
        'items',
        items,
        this.ctx.book.sheets.reduce((n, s) => n + bytesOf({ name: s.name, visibility: s.visibility }), 0),
      );
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  /** Every sheet's changes: ExcelApi 1.9 (not 1.7, which has only each sheet's own). */
  get onChanged() {
    const ctx = this.ctx;
    return eventHandlers<FakeChangedArgs>(ctx, '1.9', 'WorksheetCollection.onChanged', (handler) => {
      const entry = { sheet: null, api: ctx.profile.api, handler };
      ctx.book.changeHandlers.push(entry);
      return () => (ctx.book.changeHandlers = ctx.book.changeHandlers.filter((h) => h !== entry));
    });
  }
  /** Sheets added (ExcelApi 1.7). */
  get onAdded() {
    const ctx = this.ctx;
    return eventHandlers<{ worksheetId: string; type: string }>(ctx, '1.7', 'WorksheetCollection.onAdded', (handler) => {
      ctx.book.addedHandlers.push(handler);
      return () => (ctx.book.addedHandlers = ctx.book.addedHandlers.filter((h) => h !== handler));
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, bindSheet(this.ctx, name));
  }
  add(name: string): FakeWorksheet {
    this.ctx.push(() => {
      if (this.ctx.book.structureProtected) throw hostError('AccessDenied', 'The workbook is protected.');
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw Object.assign(new Error(`A sheet named ${name} already exists`), { code: 'ItemAlreadyExists' });
      if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw Object.assign(new Error('Invalid sheet name'), { code: 'InvalidArgument' });
      this.ctx.book.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.ctx, bindSheet(this.ctx, name));
  }
}

/** A worksheet proxy stays bound to the sheet it first found, as Excel's proxies follow a sheet through a rename. */
function bindSheet(ctx: FakeContext, name: string): () => FakeSheet {
  ctx.requestBytes += PRICE.path + bytesOf(name);
  let bound: FakeSheet | undefined;
  return () => (bound ??= ctx.book.sheet(name));
}

class FakeWorksheet extends Proxy {
  protection: { load: (p: string) => void; readonly protected: boolean };
  delete(): void {
    this.ctx.push(() => {
      const s = this.resolve();
      if (this.ctx.book.structureProtected) throw hostError('AccessDenied', 'The workbook is protected.');
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
    });
  }
  freezePanes: { freezeRows: (n: number) => void; freezeAt: (range: string) => void };
  pageLayout: {
    orientation: string;
    paperSize: string;
    setPrintTitleRows: (r: string) => void;
    setPrintArea: (r: string) => void;
    headersFooters: { defaultForAllPages: { centerFooter: string } };
  };
  horizontalPageBreaks: { add: (cell: string) => void };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    const loaded = new Map<string, unknown>();
    this.protection = {
      load: () => {
        ctx.need('1.2', 'WorksheetProtection');
        ctx.push(() => {
          loaded.set('protected', resolve().protected);
          ctx.responseBytes += 20;
        });
      },
      get protected(): boolean {
        if (!loaded.has('protected')) throw new NotLoaded('protected');
        return loaded.get('protected') as boolean;
      },
    };
    this.freezePanes = {
      freezeRows: (n) => {
        ctx.need('1.7', 'WorksheetFreezePanes');
        ctx.push(() => (resolve().frozenRows = n));
      },
      freezeAt: (range) => {
        ctx.need('1.7', 'WorksheetFreezePanes');
        const [, col, row] = /^A1:([A-Z]+)(\d+)$/.exec(range) ?? [];
        ctx.push(() => {
          resolve().frozenRows = Number(row);
          resolve().frozenCols = col ? col.charCodeAt(col.length - 1) - 64 : 0;
        });
      },
    };
    const page = { orientation: 'Portrait', paperSize: 'Letter' };
    this.pageLayout = {
      set orientation(v: string) {
        ctx.need('1.9', 'PageLayout');
        ctx.push(() => (resolve().orientation = v));
        page.orientation = v;
      },
      get orientation() {
        throw new NotLoaded('orientation');
      },
      set paperSize(v: string) {
        ctx.need('1.9', 'PageLayout');
        page.paperSize = v;
      },
      get paperSize() {
        throw new NotLoaded('paperSize');
      },
      setPrintTitleRows: (r) => {
        ctx.need('1.9', 'PageLayout');
        ctx.push(() => (resolve().printTitleRows = r));
      },
      setPrintArea: (r) => {
        ctx.need('1.9', 'PageLayout');
        ctx.push(() => (resolve().printArea = r));
      },
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            ctx.need('1.9', 'HeaderFooter');
            ctx.push(() => (resolve().footer = v));
          },
          get centerFooter(): string {
            throw new NotLoaded('centerFooter');
          },
        },
      },
    };
    this.horizontalPageBreaks = {
      add: (cell) => {
        ctx.need('1.9', 'PageBreakCollection');
        ctx.push(() => resolve().pageBreaks.push(Number(cell.replace(/^[A-Z]+/, ''))));
      },
    };
  }
  /** Fills loaded properties from the model (run inside the queue). */
  fill(props: string): void {
    const s = this.resolve();
    for (const p of props.split(',').map((x) => x.trim().replace(/^items\//, ''))) {
      if (p === 'name') this.loaded.set('name', s.name);
      if (p === 'visibility') this.loaded.set('visibility', s.visibility);
    }
  }
  get name(): string {
    return this.read('name');
  }
  /** Renames the sheet (ExcelApi 1.1); Excel refuses a name another sheet has. */
  set name(v: string) {
    this.ctx.push(() => {
      const s = this.resolve();
      if (this.ctx.book.structureProtected) throw hostError('AccessDenied', 'The workbook is protected.');
      if (this.ctx.book.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
        throw Object.assign(new Error(`A sheet named ${v} already exists`), { code: 'ItemAlreadyExists' });
      s.name = v;
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  /** This sheet's changes (ExcelApi 1.7). */
  get onChanged() {
    const ctx = this.ctx;
    return eventHandlers<FakeChangedArgs>(ctx, '1.7', 'Worksheet.onChanged', (handler) => {
      const entry = { sheet: this.resolve(), api: ctx.profile.api, handler };
      ctx.book.changeHandlers.push(entry);
      return () => (ctx.book.changeHandlers = ctx.book.changeHandlers.filter((h) => h !== entry));
    });
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.need('1.4', 'getUsedRangeOrNullObject');
    return new FakeRange(this.ctx, this.resolve, () => this.resolve().used());
  }
  /** On a blank sheet, A1 (as Excel documents it). */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    if (valuesOnly !== undefined) this.ctx.need('1.2', 'getUsedRange(valuesOnly)');
    return new FakeRange(this.ctx, this.resolve, () => {
      const s = this.resolve();
      const values = s.used();
      // Without valuesOnly (1.2), formatted cells count too: borders or fills far below the data.
      const used = valuesOnly !== true && s.formatted ? (values ? unionBox(values, s.formatted) : s.formatted) : values;
      return used ?? { top: 1, left: 1, bottom: 1, right: 1 };
    });
  }
  getRange(address: string): FakeRange {
    const whole = /^(\d+):(\d+)$/.exec(address);
    const ref = whole ? { top: Number(whole[1]), bottom: Number(whole[2]), left: 1, right: 16384 } : parseRange(address);
    return new FakeRange(this.ctx, this.resolve, () => ref);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    this.ctx.need('1.7', 'getRangeByIndexes');
    return new FakeRange(this.ctx, this.resolve, () => ({ top: r + 1, left: c + 1, bottom: r + rows, right: c + cols }));
  }
  activate(): void {
    this.ctx.push(() => (this.ctx.book.active = this.resolve().name));
  }
}

function assertWritable(s: FakeSheet): void {
  if (s.refusal) throw Object.assign(new Error(s.refusal.message), { code: s.refusal.code });
  if (s.protected)
    throw Object.assign(new Error('The cell or chart that you are trying to change is protected.'), { code: 'AccessDenied' });
}

/** Most merged areas `getMergedAreasOrNullObject` returns; above it the call fails. */
export const MERGED_AREAS_LIMIT = 512;

const overlaps = (a: RangeRef, b: RangeRef) => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

class FakeRange extends Proxy {
  format: {
    fill: {
      color: string;
      pattern: string;
      patternColor: string;
      patternTintAndShade: number;
      tintAndShade: number;
      clear: () => void;
      load: (p: string) => void;
    };
    wrapText: boolean;
    verticalAlignment: string;
    columnWidth: number;
    rowHeight: number;
    horizontalAlignment: string;
    font: { bold: boolean; italic: boolean; name: string; size: number; load: (p: string) => void };
    borders: { getItem: (edge: string) => { style: string } };
  };
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly ref: () => RangeRef | null,
  ) {
    super(ctx);
    ctx.requestBytes += PRICE.path + PRICE.keep;
    const each = (f: (s: FakeSheet, row: number, col: number) => void) => () => {
      const s = sheet();
      const r = ref();
      if (!r) throw hostError('InvalidArgument', 'null range');
      assertWritable(s);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(s, row, col);
    };
    // The first format command pays for the format's own paths (format, then fill or font).
    let formatPaths = 2 * PRICE.path;
    const q = (run: () => void) => {
      ctx.push(run, PRICE.action + formatPaths);
      formatPaths = 0;
    };
    const fillLoaded = new Map<string, unknown>();
    const fontLoaded = new Map<string, unknown>();
    this.format = {
      fill: {
        set color(c: string) {
          q(each((s, row, col) => s.set(row, col, { fill: { color: c, pattern: 'Solid' } })));
        },
        get color(): string {
          if (!fillLoaded.has('color')) throw new NotLoaded('color');
          return fillLoaded.get('color') as string;
        },
        set pattern(p: string) {
          ctx.need('1.9', 'RangeFill.pattern');
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), pattern: p } })));
        },
        get pattern(): string {
          throw new NotLoaded('pattern');
        },
        // A pattern's colour and the tints (ExcelApi 1.9), kept on the cell's fill.
        set patternColor(c: string) {
          ctx.need('1.9', 'RangeFill.patternColor');
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), patternColor: c } })));
        },
        get patternColor(): string {
          throw new NotLoaded('patternColor');
        },
        set patternTintAndShade(t: number) {
          ctx.need('1.9', 'RangeFill.patternTintAndShade');
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), patternTint: t } })));
        },
        get patternTintAndShade(): number {
          throw new NotLoaded('patternTintAndShade');
        },
        set tintAndShade(t: number) {
          ctx.need('1.9', 'RangeFill.tintAndShade');
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), tint: t } })));
        },
        get tintAndShade(): number {
          throw new NotLoaded('tintAndShade');
        },
        clear: () => q(each((s, row, col) => s.set(row, col, { fill: null }))),
        // RangeFill.color (1.1): the top-left cell's colour; white where there is no fill.
        load: (_p: string) =>
          q(() => {
            const r = ref();
            if (!r) throw hostError('InvalidArgument', 'null range');
            fillLoaded.set('color', sheet().get(r.top, r.left).fill?.color ?? '#FFFFFF');
            ctx.responseBytes += 24;
          }),
      },
      set wrapText(_v: boolean) {
        q(each(() => undefined));
      },
      get wrapText(): boolean {
        throw new NotLoaded('wrapText');
      },
      set verticalAlignment(_v: string) {
        q(each(() => undefined));
      },
      get verticalAlignment(): string {
        throw new NotLoaded('verticalAlignment');
      },
      set columnWidth(w: number) {
        ctx.need('1.2', 'RangeFormat.columnWidth');
        q(() => {
          const r = ref() as RangeRef;
          for (let c = r.left; c <= r.right; c++) sheet().columnWidths.set(c, w);
        });
      },
      get columnWidth(): number {
        throw new NotLoaded('columnWidth');
      },
      set rowHeight(h: number) {
        ctx.need('1.2', 'RangeFormat.rowHeight');
        q(() => {
          const r = ref() as RangeRef;
          for (let row = r.top; row <= r.bottom; row++) sheet().rowHeights.set(row, h);
        });
      },
      get rowHeight(): number {
        throw new NotLoaded('rowHeight');
      },
      set horizontalAlignment(v: string) {
        q(each((s, row, col) => s.looks.set(`${row},${col}`, { ...s.looks.get(`${row},${col}`), align: v })));
      },
      get horizontalAlignment(): string {
        throw new NotLoaded('horizontalAlignment');
      },
      font: {
        set name(v: string) {
          q(each((s, row, col) => s.looks.set(`${row},${col}`, { ...s.looks.get(`${row},${col}`), name: v })));
        },
        get name(): string {
          if (!fontLoaded.has('name')) throw new NotLoaded('name');
          return fontLoaded.get('name') as string;
        },
        // RangeFont.name (1.1): the range's font, null when its cells differ.
        load: (_p: string) =>
          q(() => {
            const r = ref();
            if (!r) throw hostError('InvalidArgument', 'null range');
            const s = sheet();
            let name: string | null | undefined;
            for (let row = r.top; row <= r.bottom && name !== null; row++)
              for (let col = r.left; col <= r.right && name !== null; col++) {
                const f = s.fontOf(row, col);
                name = name === undefined || name === f ? f : null;
              }
            fontLoaded.set('name', name ?? null);
            ctx.responseBytes += bytesOf({ name: name ?? null });
          }),
        set size(v: number) {
          q(each((s, row, col) => s.looks.set(`${row},${col}`, { ...s.looks.get(`${row},${col}`), size: v })));
        },
        get size(): number {
          throw new NotLoaded('size');
        },
        set italic(v: boolean) {
          q(each((s, row, col) => s.looks.set(`${row},${col}`, { ...s.looks.get(`${row},${col}`), italic: v })));
        },
        get italic(): boolean {
          throw new NotLoaded('italic');
        },
        set bold(_b: boolean) {
          q(() => {
            const r = ref() as RangeRef;
            for (let row = r.top; row <= r.bottom; row++) sheet().bold.add(row);
          });
        },
        get bold(): boolean {
          throw new NotLoaded('bold');
        },
      },
      borders: { getItem: () => ({ style: 'None' }) },
    };
  }

  load(props: string): this {
    this.ctx.push(() => {
      const r = this.ref();
      this.nullObject = r === null;
      this.ctx.responseBytes += 20;
      if (!r) return;
      const s = this.sheet();
      const grid = <T>(f: (c: FakeCell) => T): T[][] => {
        const out: T[][] = [];
        for (let row = r.top; row <= r.bottom; row++) {
          const line: T[] = [];
          for (let col = r.left; col <= r.right; col++) line.push(f(s.get(row, col)));
          out.push(line);
        }
        return out;
      };
      for (const p of props.split(',').map((x) => x.trim())) {
        if (p === 'address') this.put('address', sheetAddress(s.name, rangeToA1(r)));
        else if (p === 'values')
          this.put(
            'values',
            grid((c) => c.value),
          );
        else if (p === 'formulas')
          this.put(
            'formulas',
            grid((c) => c.formula ?? c.value),
          );
        else if (p === 'numberFormat')
          this.put(
            'numberFormat',
            grid((c) => c.numberFormat),
          );
        else if (p === 'valueTypes')
          this.put(
            'valueTypes',
            grid((c) =>
              c.value === ''
                ? 'Empty'
                : typeof c.value === 'number'
                  ? 'Double'
                  : typeof c.value === 'boolean'
                    ? 'Boolean'
                    : /^#/.test(String(c.value))
                      ? 'Error'
                      : 'String',
            ),
          );
        else if (p === 'rowCount') this.put('rowCount', r.bottom - r.top + 1);
        else if (p === 'columnCount') this.put('columnCount', r.right - r.left + 1);
      }
    });
    return this;
  }
  get address(): string {
    return this.read('address');
  }
  get values(): unknown[][] {
    return this.read('values');
  }
  set values(v: unknown[][]) {
    this.writeGrid('values', v, (s, row, col, x) => s.set(row, col, { value: x as string | number | boolean, formula: null }));
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }
  set formulas(v: unknown[][]) {
    this.writeGrid('formulas', v, (s, row, col, x) =>
      typeof x === 'string' && x.startsWith('=')
        ? s.set(row, col, { formula: x, value: evaluate(s, x) })
        : s.set(row, col, { value: x as string | number, formula: null }),
    );
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(v: unknown[][]) {
    this.writeGrid('numberFormat', v, (s, row, col, x) => s.set(row, col, { numberFormat: String(x) }));
  }
  get valueTypes(): unknown[][] {
    return this.read('valueTypes');
  }
  private writeGrid(prop: string, v: unknown[][], f: (s: FakeSheet, row: number, col: number, x: unknown) => void): void {
    this.write(
      prop,
      () => {
        const r = this.ref() as RangeRef;
        const s = this.sheet();
        assertWritable(s);
        if (v.length !== r.bottom - r.top + 1 || v.some((line) => line.length !== r.right - r.left + 1))
          throw hostError(
            'InvalidArgument',
            "The number of rows or columns in the input array doesn't match the size or dimensions of the range.",
          );
        v.forEach((line, i) => line.forEach((x, j) => f(s, r.top + i, r.left + j, x)));
        if (prop !== 'numberFormat') this.ctx.edited.push({ sheet: s, address: rangeToA1(r) });
      },
      bytesOf(v) + PRICE.action,
    );
  }
  private derived(f: () => RangeRef | null): FakeRange {
    return new FakeRange(this.ctx, this.sheet, f);
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.ctx.need('1.4', 'getIntersectionOrNullObject');
    return this.derived(() => intersect(this.ref(), other.ref()));
  }
  /** ExcelApi 1.1: fails at sync when the ranges do not meet. */
  getIntersection(other: FakeRange): FakeRange {
    return this.derived(() => {
      const r = intersect(this.ref(), other.ref());
      if (!r) throw hostError('InvalidArgument', 'The ranges do not intersect.');
      return r;
    });
  }
  /** ExcelApi 1.1: a cell relative to the top left, which may lie outside the range but not outside the grid (InvalidArgument at sync). */
  getCell(row: number, col: number): FakeRange {
    return this.derived(() => {
      const r = this.ref();
      if (r && (r.top + row > GRID_ROWS || r.left + col > GRID_COLS))
        throw hostError('InvalidArgument', 'The argument is invalid or missing or has an incorrect format.');
      return r && { top: r.top + row, left: r.left + col, bottom: r.top + row, right: r.left + col };
    });
  }
  /** ExcelApi 1.1: the smallest range holding both. */
  getBoundingRect(other: FakeRange): FakeRange {
    return this.derived(() => {
      const a = this.ref();
      const b = other.ref();
      if (!a || !b) return null;
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }
  getMergedAreasOrNullObject(): Proxy & { load: (p: string) => void; readonly address: string } {
    const ctx = this.ctx;
    ctx.need('1.13', 'getMergedAreasOrNullObject');
    const sheetOf = this.sheet;
    const within = this.ref;
    return new (class extends Proxy {
      load(_p: string) {
        ctx.push(() => {
          const r = within();
          const s = sheetOf();
          if (s.failMerges) throw hostError('GeneralException', 'There were issues while processing the request.');
          const merges = r ? s.merges.filter((m) => overlaps(parseRange(m), r)) : [];
          if (merges.length > MERGED_AREAS_LIMIT)
            throw hostError('GeneralException', 'There were issues while processing the request (too many merged areas).');
          this.nullObject = merges.length === 0;
          ctx.responseBytes += 20;
          if (merges.length) this.put('address', merges.map((m) => sheetAddress(s.name, m)).join(','));
        });
      }
      get address(): string {
        return this.read('address');
      }
    })(ctx);
  }
  /** ExcelApi 1.9: what the spec asks of each cell, the fill and/or the font's name. */
  getCellProperties(spec: { format?: { fill?: unknown; font?: unknown } }): { readonly value: FakeProps[][] } {
    this.ctx.need('1.9', 'getCellProperties');
    this.ctx.requestBytes += bytesOf(spec);
    let value: FakeProps[][] | undefined;
    this.ctx.push(() => {
      const r = this.ref();
      if (!r) return;
      const s = this.sheet();
      value = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line: FakeProps[] = [];
        for (let col = r.left; col <= r.right; col++) {
          const f = s.get(row, col).fill;
          const format: FakeProps['format'] = {};
          if (spec.format?.fill)
            format.fill = f
              ? {
                  color: f.color,
                  pattern: f.pattern ?? 'Solid',
                  patternColor: f.patternColor ?? 'Automatic',
                  patternTintAndShade: f.patternTint ?? 0,
                  tintAndShade: f.tint ?? 0,
                }
              : { color: '#FFFFFF', pattern: 'None', patternColor: 'Automatic', patternTintAndShade: 0, tintAndShade: 0 };
          if (spec.format?.font) format.font = { name: s.fontOf(row, col) };
          line.push({ format });
        }
        value.push(line);
      }
      this.ctx.responseBytes += bytesOf(value);
    });
    return {
      get value() {
        if (value === undefined) throw new NotLoaded('value');
        return value;
      },
    };
  }
  merge(_across?: boolean): void {
    this.ctx.need('1.2', 'Range.merge');
    this.ctx.push(() => {
      assertWritable(this.sheet());
      this.sheet().merges.push(rangeToA1(this.ref() as RangeRef));
    });
  }
  select(): void {
    this.ctx.push(() => (this.ctx.book.selected = `${this.sheet().name}!${rangeToA1(this.ref() as RangeRef)}`));
  }
}

const unionBox = (a: RangeRef, b: RangeRef): RangeRef => ({
  top: Math.min(a.top, b.top),
  left: Math.min(a.left, b.left),
  bottom: Math.max(a.bottom, b.bottom),
  right: Math.max(a.right, b.right),
});

/** A cell's properties as `getCellProperties` gives them (ExcelApi 1.9): what was asked. */
interface FakeProps {
  format: { fill?: FakePropsFill; font?: { name: string } };
}

/** A cell's fill as `getCellProperties` gives it (ExcelApi 1.9). */
interface FakePropsFill {
  color: string;
  pattern: string;
  patternColor: string;
  patternTintAndShade: number;
  tintAndShade: number;
}

function intersect(a: RangeRef | null, b: RangeRef | null): RangeRef | null {
  if (!a || !b) return null;
  const r = {
    top: Math.max(a.top, b.top),
    left: Math.max(a.left, b.left),
    bottom: Math.min(a.bottom, b.bottom),
    right: Math.min(a.right, b.right),
  };
  return r.top > r.bottom || r.left > r.right ? null : r;
}

/** Workbook settings (ExcelApi 1.4). */
class FakeSettings {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string) {
    const ctx = this.ctx;
    ctx.need('1.4', 'Workbook.settings');
    return new (class extends Proxy {
      load(_p: string) {
        ctx.push(() => {
          this.nullObject = !ctx.book.settings.has(key);
          ctx.responseBytes += 20;
          if (!this.nullObject) this.put('value', ctx.book.settings.get(key));
        });
      }
      get value(): string {
        return this.read('value');
      }
      delete() {
        ctx.push(() => ctx.book.settings.delete(key));
      }
    })(ctx);
  }
  add(key: string, value: string): void {
    this.ctx.need('1.4', 'Workbook.settings');
    this.ctx.push(() => this.ctx.book.settings.set(key, value), bytesOf([key, value]) + 2 * PRICE.path);
  }
}

/** Just enough of a formula engine for the formulas the product writes: ROUND, NUMBERVALUE, / and *. */
function evaluate(s: FakeSheet, formula: string): number | string {
  const num = (ref: string) => {
    const { top, left } = parseRange(ref);
    const v = s.get(top, left).value;
    return typeof v === 'number' ? v : Number(String(v).replace(/\./g, '').replace(',', '.'));
  };
  const expr = formula
    .slice(1)
    .replace(/NUMBERVALUE\(([A-Z]+\d+),"[^"]*","[^"]*"\)/g, (_m, ref) => String(num(ref)))
    .replace(/\b([A-Z]{1,3}\d+)\b/g, (_m, ref) => String(num(ref)))
    .replace(/ROUND\(/g, 'round(');
  const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
  try {
    return Function('round', `return ${expr}`)(round) as number;
  } catch {
    return '#NAME?';
  }
}

/**
 * The Common API's document settings over the fake workbook: each host (a runtime: the ribbon's, the pane's)
 * holds its own copy, taken when it starts and again at refreshAsync; saveAsync writes that copy back.
 */
class FakeDocumentSettings implements DocumentSettings {
  private pending: Map<string, unknown>;
  failSave = false;
  constructor(private book: FakeWorkbook) {
    this.pending = new Map(book.documentSettings);
  }
  get(name: string): unknown {
    return this.pending.has(name) ? this.pending.get(name) : null;
  }
  set(name: string, value: unknown): void {
    this.pending.set(name, value);
  }
  remove(name: string): void {
    this.pending.delete(name);
  }
  /** Saves this runtime's whole copy over the document's (as Office does: keys another runtime saved since are overwritten). */
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    if (this.failSave) return callback?.({ status: 'failed', error: { message: 'save failed' } });
    this.book.documentSettings = new Map(this.pending);
    callback?.({ status: 'succeeded' });
  }
  /** Reloads this runtime's copy from the document. */
  refreshAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void {
    this.pending = new Map(this.book.documentSettings);
    callback?.({ status: 'succeeded' });
  }
}

/** An ExcelHost over a fake workbook as one profile of Excel, counting syncs and payload across every `run`. */
export class FakeHost implements ExcelHost {
  syncs = 0;
  trips: Trip[] = [];
  profile: HostProfile;
  documentSettings: FakeDocumentSettings;
  constructor(
    public book: FakeWorkbook,
    profile: HostProfile | string = LATEST,
  ) {
    this.profile = typeof profile === 'string' ? { name: `ExcelApi ${profile}`, api: profile } : profile;
    this.documentSettings = new FakeDocumentSettings(book);
  }
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this.book, this.profile);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      this.syncs += ctx.syncs;
      this.trips.push(...ctx.trips);
    }
  }
  isSetSupported(name: string, version: string): boolean {
    return name === 'ExcelApi' && versionAtMost(version, this.profile.api);
  }
  /** Round trips and largest payloads since `from` (an index into `trips`). */
  since(from: number): { trips: number; request: number; response: number } {
    const t = this.trips.slice(from);
    return {
      trips: t.length,
      request: t.reduce((m, x) => Math.max(m, x.request), 0),
      response: t.reduce((m, x) => Math.max(m, x.response), 0),
    };
  }
}
