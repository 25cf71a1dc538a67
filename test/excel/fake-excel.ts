/**
 * A fake of the parts of Office.js the adapter uses, strict the way Office.js is: reading a property
 * that was not loaded, or before `context.sync()`, throws; every command waits in a queue and runs,
 * in order, at `sync()`; writes to a protected sheet fail there with AccessDenied. It counts syncs.
 * Backed by an in-memory workbook that tests build from the seed fixtures.
 *
 * Host profiles: a member above the profile's ExcelApi set fails at `sync()` with ApiNotFound (the
 * commands queued before it stay applied: Excel batches are not transactions); Excel on the web refuses
 * a request or a response over 5 MB. Every sync's request and response bytes are accounted.
 */
import { CellFill, CellValue, RangeRef, SheetSnapshot, isErrorValue, parseRange, rangeToA1, sheetAddress } from '../../src/core';
import { DocumentSettings, ExcelHost } from '../../src/excel';

/** An Excel the offices run: the highest ExcelApi 1.x it supports, and its payload limit. */
export interface HostProfile {
  name: string;
  /** The minor version of the highest ExcelApi set (1.4 → 4). */
  api: number;
  /** Bytes per request and per response (Excel on the web: 5 MB); null for none. */
  payloadLimit: number | null;
}

export const MB = 1024 * 1024;

export const PROFILES: HostProfile[] = [
  { name: 'Excel 2016 (ExcelApi 1.1)', api: 1, payloadLimit: null },
  { name: 'ExcelApi 1.4', api: 4, payloadLimit: null },
  { name: 'Excel 2019 (ExcelApi 1.8)', api: 8, payloadLimit: null },
  { name: 'Excel 2021 (ExcelApi 1.14)', api: 14, payloadLimit: null },
  { name: 'ExcelApi 1.17', api: 17, payloadLimit: null },
  { name: 'Microsoft 365 desktop', api: 20, payloadLimit: null },
  { name: 'Excel on the web', api: 20, payloadLimit: 5 * MB },
];

export const profile = (name: string): HostProfile => PROFILES.find((p) => p.name === name) ?? PROFILES[PROFILES.length - 2];

/** One round trip as the fake saw it. */
export interface Trip {
  request: number;
  /** The response's bytes (what it would have been, when refused). */
  response: number;
  /** The error code when the sync failed. */
  failed?: string;
}

const fail = (code: string, message: string) => Object.assign(new Error(message), { code });

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
  orientation = 'Portrait';
  printTitleRows: string | null = null;
  columnWidths = new Map<number, number>();
  bold = new Set<number>();
  /** A large block of generated cells (a data sheet of 100,000 rows) without storing each cell. */
  bulk: { box: RangeRef; at: (row: number, col: number) => string | number } | null = null;
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell {
    const c = this.cells.get(`${row},${col}`);
    if (c) return c;
    const b = this.bulk?.box;
    if (b && row >= b.top && row <= b.bottom && col >= b.left && col <= b.right)
      return { value: this.bulk!.at(row, col), formula: null, numberFormat: 'General', fill: null };
    return { value: '', formula: null, numberFormat: 'General', fill: null };
  }

  /** A data sheet of `rows` × `cols` generated values from A1. */
  static generated(name: string, rows: number, cols: number): FakeSheet {
    const s = new FakeSheet(name);
    s.bulk = { box: { top: 1, left: 1, bottom: rows, right: cols }, at: (r, c) => (c % 2 ? `Hồ sơ ${r}-${c}` : r * c) };
    return s;
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
    let r: RangeRef | null = this.bulk ? { ...this.bulk.box } : null;
    for (const [k, c] of this.cells) {
      if (c.value === '' && !c.formula) continue;
      const [row, col] = k.split(',').map(Number);
      r = r
        ? { top: Math.min(r.top, row), left: Math.min(r.left, col), bottom: Math.max(r.bottom, row), right: Math.max(r.right, col) }
        : { top: row, left: col, bottom: row, right: col };
    }
    return r;
  }

  /** A sheet from a snapshot (values, formats, formulas, merges, fills). */
  static from(s: SheetSnapshot): FakeSheet {
    const sh = new FakeSheet(s.name);
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
  structureProtected = false;
  active: string | null = null;
  selected: string | null = null;
  constructor(public sheets: FakeSheet[]) {}
  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw Object.assign(new Error(`The requested resource doesn't exist: ${name}`), { code: 'ItemNotFound' });
    return s;
  }
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
export class FakeContext {
  queue: { run: () => void; bytes: number }[] = [];
  syncs = 0;
  trips: Trip[] = [];
  workbook: FakeWorkbookProxy;
  private response = 0;
  constructor(
    public book: FakeWorkbook,
    public host: HostProfile = profile('Microsoft 365 desktop'),
  ) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  /** Queues a command; its request weight is a fixed overhead plus its arguments as JSON. */
  push(run: () => void, payload?: unknown): void {
    this.queue.push({ run, bytes: 80 + (payload === undefined ? 0 : JSON.stringify(payload).length) });
  }
  /** A member of ExcelApi 1.`minor`: on a lower host it fails at sync, as Excel does. */
  need(minor: number, member: string): void {
    if (this.host.api < minor)
      this.push(() => {
        throw fail('ApiNotFound', `${member} needs ExcelApi 1.${minor}; this host has 1.${this.host.api}.`);
      });
  }
  /** Accounts a loaded value in the response of the running sync. */
  respond<T>(value: T): T {
    this.response += JSON.stringify(value ?? null).length + 20;
    return value;
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.queue;
    this.queue = [];
    const request = q.reduce((n, c) => n + c.bytes, 0);
    this.response = 0;
    const limit = this.host.payloadLimit;
    let failed: string | undefined;
    try {
      if (limit !== null && request > limit)
        throw fail('RequestPayloadSizeLimitExceeded', 'The request payload size has exceeded the limit.');
      for (const cmd of q) cmd.run();
      if (limit !== null && this.response > limit)
        throw fail('ResponsePayloadSizeLimitExceeded', 'The response payload size has exceeded the limit.');
    } catch (e) {
      failed = (e as { code?: string }).code ?? 'Error';
      throw e;
    } finally {
      this.trips.push({ request, response: this.response, ...(failed ? { failed } : {}) });
    }
  }
}

/** Base of every proxy: properties are readable only once loaded and synced. */
class Proxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullObject: boolean | undefined;
  constructor(protected ctx: FakeContext) {}
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new NotLoaded(prop);
    return this.loaded.get(prop) as T;
  }
  protected write(prop: string, run: () => void): void {
    this.ctx.push(run);
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
  protection: { load: (p: string) => void; readonly protected: boolean };
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
    let loaded: boolean | undefined;
    this.protection = {
      load: () => {
        ctx.need(7, 'Workbook.protection');
        ctx.push(() => (loaded = ctx.respond(ctx.book.structureProtected)));
      },
      get protected(): boolean {
        if (loaded === undefined) throw new NotLoaded('protected');
        return loaded;
      },
    };
  }
}

class FakeWorksheets extends Proxy {
  load(props: string): this {
    this.ctx.push(() => {
      this.loaded.set(
        'items',
        this.ctx.book.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s);
          ws.fill(props);
          return ws;
        }),
      );
      this.ctx.respond(this.ctx.book.sheets.map((s) => [s.name, s.visibility]));
    });
    return this;
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.ctx.need(4, 'WorksheetCollection.getItemOrNullObject');
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
    ws.nullable = () => !this.ctx.book.sheets.some((s) => s.name === name);
    return ws;
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
  add(name: string): FakeWorksheet {
    this.ctx.push(() => {
      if (this.ctx.book.structureProtected) throw fail('AccessDenied', 'The workbook structure is protected.');
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw Object.assign(new Error(`A sheet named ${name} already exists`), { code: 'ItemAlreadyExists' });
      if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw Object.assign(new Error('Invalid sheet name'), { code: 'InvalidArgument' });
      this.ctx.book.sheets.push(new FakeSheet(name));
    }, name);
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
}

class FakeWorksheet extends Proxy {
  protection: { load: (p: string) => void; readonly protected: boolean };
  freezePanes: { freezeRows: (n: number) => void };
  pageLayout: { orientation: string; paperSize: string; setPrintTitleRows: (r: string) => void };
  /** For an …OrNullObject worksheet: whether it is null. */
  nullable: (() => boolean) | null = null;
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    const loaded = new Map<string, unknown>();
    this.protection = {
      load: () => {
        ctx.need(2, 'Worksheet.protection');
        ctx.push(() => loaded.set('protected', ctx.respond(resolve().protected)));
      },
      get protected(): boolean {
        if (!loaded.has('protected')) throw new NotLoaded('protected');
        return loaded.get('protected') as boolean;
      },
    };
    this.freezePanes = {
      freezeRows: (n) => {
        ctx.need(7, 'Worksheet.freezePanes');
        ctx.push(() => (resolve().frozenRows = n));
      },
    };
    const page = { orientation: 'Portrait', paperSize: 'Letter' };
    this.pageLayout = {
      set orientation(v: string) {
        ctx.need(9, 'Worksheet.pageLayout');
        ctx.push(() => (resolve().orientation = v));
        page.orientation = v;
      },
      get orientation() {
        throw new NotLoaded('orientation');
      },
      set paperSize(v: string) {
        ctx.need(9, 'Worksheet.pageLayout');
        page.paperSize = v;
      },
      get paperSize() {
        throw new NotLoaded('paperSize');
      },
      setPrintTitleRows: (r) => {
        ctx.need(9, 'Worksheet.pageLayout');
        ctx.push(() => (resolve().printTitleRows = r));
      },
    };
  }
  /** Fills loaded properties from the model (run inside the queue). */
  fill(props: string): void {
    if (this.nullable) {
      this.nullObject = this.nullable();
      if (this.nullObject) return;
    }
    const s = this.resolve();
    for (const p of props.split(',').map((x) => x.trim().replace(/^items\//, ''))) {
      if (p === 'name') this.loaded.set('name', s.name);
      if (p === 'visibility') this.loaded.set('visibility', s.visibility);
    }
  }
  get name(): string {
    return this.read('name');
  }
  get visibility(): string {
    return this.read('visibility');
  }
  load(props: string): this {
    this.ctx.push(() => {
      this.fill(props);
      this.ctx.respond(props);
    });
    return this;
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    this.ctx.need(4, 'Worksheet.getUsedRangeOrNullObject');
    return new FakeRange(this.ctx, this.resolve, () => this.resolve().used());
  }
  /** On an empty sheet, A1 (as Excel does). */
  getUsedRange(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.resolve().used() ?? { top: 1, left: 1, bottom: 1, right: 1 });
  }
  getRange(address: string): FakeRange {
    const whole = /^(\d+):(\d+)$/.exec(address);
    const ref = whole ? { top: Number(whole[1]), bottom: Number(whole[2]), left: 1, right: 16384 } : parseRange(address);
    return new FakeRange(this.ctx, this.resolve, () => ref);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    this.ctx.need(7, 'Worksheet.getRangeByIndexes');
    return new FakeRange(this.ctx, this.resolve, () => ({ top: r + 1, left: c + 1, bottom: r + rows, right: c + cols }));
  }
  activate(): void {
    this.ctx.push(() => (this.ctx.book.active = this.resolve().name));
  }
  delete(): void {
    this.ctx.push(() => {
      if (this.ctx.book.structureProtected) throw fail('AccessDenied', 'The workbook structure is protected.');
      const s = this.resolve();
      this.ctx.book.sheets = this.ctx.book.sheets.filter((x) => x !== s);
    });
  }
}

function assertWritable(s: FakeSheet): void {
  if (s.protected)
    throw Object.assign(new Error('The cell or chart that you are trying to change is protected.'), { code: 'AccessDenied' });
}

class FakeRange extends Proxy {
  format: {
    fill: { color: string; pattern: string; clear: () => void; load: (p: string) => void };
    wrapText: boolean;
    verticalAlignment: string;
    columnWidth: number;
    font: { bold: boolean };
    borders: { getItem: (edge: string) => { style: string } };
  };
  constructor(
    ctx: FakeContext,
    readonly sheet: () => FakeSheet,
    readonly ref: () => RangeRef | null,
  ) {
    super(ctx);
    const each = (f: (s: FakeSheet, row: number, col: number) => void) => () => {
      const s = sheet();
      const r = ref();
      if (!r) throw Object.assign(new Error('null range'), { code: 'InvalidArgument' });
      assertWritable(s);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) f(s, row, col);
    };
    const q = (run: () => void) => ctx.push(run);
    const fillLoaded = new Map<string, string>();
    this.format = {
      fill: {
        load: (props: string) => {
          if (props.includes('pattern')) ctx.need(9, 'RangeFill.pattern');
          ctx.push(() => {
            const r = ref() as RangeRef;
            const f = sheet().get(r.top, r.left).fill;
            fillLoaded.set('color', ctx.respond(f?.color ?? '#FFFFFF'));
            fillLoaded.set('pattern', ctx.respond(f ? (f.pattern ?? 'Solid') : 'None'));
          });
        },
        set color(c: string) {
          q(each((s, row, col) => s.set(row, col, { fill: { color: c, pattern: 'Solid' } })));
        },
        get color(): string {
          if (!fillLoaded.has('color')) throw new NotLoaded('color');
          return fillLoaded.get('color')!;
        },
        set pattern(p: string) {
          ctx.need(9, 'RangeFill.pattern');
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), pattern: p } })));
        },
        get pattern(): string {
          if (!fillLoaded.has('pattern')) throw new NotLoaded('pattern');
          return fillLoaded.get('pattern')!;
        },
        clear: () => q(each((s, row, col) => s.set(row, col, { fill: null }))),
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
        ctx.need(2, 'RangeFormat.columnWidth');
        q(() => {
          const r = ref() as RangeRef;
          for (let c = r.left; c <= r.right; c++) sheet().columnWidths.set(c, w);
        });
      },
      get columnWidth(): number {
        throw new NotLoaded('columnWidth');
      },
      font: {
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
        if (p === 'address') this.loaded.set('address', sheetAddress(s.name, rangeToA1(r)));
        else if (p === 'values')
          this.loaded.set(
            'values',
            grid((c) => c.value),
          );
        else if (p === 'formulas')
          this.loaded.set(
            'formulas',
            grid((c) => c.formula ?? c.value),
          );
        else if (p === 'numberFormat')
          this.loaded.set(
            'numberFormat',
            grid((c) => c.numberFormat),
          );
        else if (p === 'valueTypes')
          this.loaded.set(
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
        else if (p === 'rowCount') this.loaded.set('rowCount', r.bottom - r.top + 1);
        else if (p === 'columnCount') this.loaded.set('columnCount', r.right - r.left + 1);
        else if (p === 'rowIndex') this.loaded.set('rowIndex', r.top - 1);
        else if (p === 'columnIndex') this.loaded.set('columnIndex', r.left - 1);
        if (this.loaded.has(p)) this.ctx.respond(this.loaded.get(p));
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
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  private writeGrid(prop: string, v: unknown[][], f: (s: FakeSheet, row: number, col: number, x: unknown) => void): void {
    this.ctx.queue.push({ run: () => undefined, bytes: JSON.stringify(v).length });
    this.write(prop, () => {
      const r = this.ref() as RangeRef;
      const s = this.sheet();
      assertWritable(s);
      if (v.length !== r.bottom - r.top + 1 || v.some((line) => line.length !== r.right - r.left + 1))
        throw Object.assign(
          new Error("The number of rows or columns in the input array doesn't match the size or dimensions of the range."),
          { code: 'InvalidArgument' },
        );
      v.forEach((line, i) => line.forEach((x, j) => f(s, r.top + i, r.left + j, x)));
    });
  }
  getIntersectionOrNullObject(other: FakeRange): FakeRange {
    this.ctx.need(4, 'Range.getIntersectionOrNullObject');
    return this.intersect(other);
  }
  /** Fails at sync when the ranges do not meet. */
  getIntersection(other: FakeRange): FakeRange {
    const r = this.intersect(other);
    this.ctx.push(() => {
      if (!r.ref()) throw fail('InvalidArgument', 'The ranges do not intersect.');
    });
    return r;
  }
  getCell(row: number, col: number): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.ref() as RangeRef;
      return { top: a.top + row, left: a.left + col, bottom: a.top + row, right: a.left + col };
    });
  }
  getBoundingRect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.ref() as RangeRef;
      const b = other.ref() as RangeRef;
      return {
        top: Math.min(a.top, b.top),
        left: Math.min(a.left, b.left),
        bottom: Math.max(a.bottom, b.bottom),
        right: Math.max(a.right, b.right),
      };
    });
  }
  getResizedRange(rows: number, cols: number): FakeRange {
    this.ctx.need(7, 'Range.getResizedRange');
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.ref() as RangeRef;
      return { ...a, bottom: a.bottom + rows, right: a.right + cols };
    });
  }
  private intersect(other: FakeRange): FakeRange {
    return new FakeRange(this.ctx, this.sheet, () => {
      const a = this.ref();
      const b = other.ref();
      if (!a || !b) return null;
      const r = {
        top: Math.max(a.top, b.top),
        left: Math.max(a.left, b.left),
        bottom: Math.min(a.bottom, b.bottom),
        right: Math.min(a.right, b.right),
      };
      return r.top > r.bottom || r.left > r.right ? null : r;
    });
  }
  /** The merged areas overlapping the range, each with its quoted sheet name; fails above 512 areas. */
  getMergedAreasOrNullObject(): Proxy & { load: (p: string) => void; readonly address: string } {
    const ctx = this.ctx;
    const within = this.ref;
    ctx.need(13, 'Range.getMergedAreasOrNullObject');
    const areas = new (class extends Proxy {
      load(_p: string) {
        ctx.push(() => {
          const box = within();
          const merges = sheetOf().merges.filter((m) => {
            const r = parseRange(m);
            return box && r.bottom >= box.top && r.top <= box.bottom && r.right >= box.left && r.left <= box.right;
          });
          if (merges.length > 512) throw fail('GeneralException', 'There are more than 512 merged areas in the range.');
          this.nullObject = merges.length === 0;
          this.loaded.set('address', ctx.respond(merges.map((m) => sheetAddress(sheetOf().name, m)).join(',')));
        });
      }
      get address(): string {
        return this.read('address');
      }
    })(ctx);
    const sheetOf = this.sheet;
    return areas;
  }
  getCellProperties(_spec: unknown): { readonly value: { format: { fill: { color: string; pattern: string } } }[][] } {
    let value: { format: { fill: { color: string; pattern: string } } }[][] | undefined;
    this.ctx.need(9, 'Range.getCellProperties');
    this.ctx.push(() => {
      const r = this.ref();
      if (!r) return;
      const s = this.sheet();
      value = [];
      for (let row = r.top; row <= r.bottom; row++) {
        const line = [];
        for (let col = r.left; col <= r.right; col++) {
          const f = s.get(row, col).fill;
          line.push({ format: { fill: f ? { color: f.color, pattern: f.pattern ?? 'Solid' } : { color: '#FFFFFF', pattern: 'None' } } });
        }
        value.push(line);
      }
      this.ctx.respond(value);
    });
    return {
      get value() {
        if (value === undefined) throw new NotLoaded('value');
        return value;
      },
    };
  }
  merge(_across?: boolean): void {
    this.ctx.need(2, 'Range.merge');
    this.ctx.push(() => {
      assertWritable(this.sheet());
      this.sheet().merges.push(rangeToA1(this.ref() as RangeRef));
    });
  }
  select(): void {
    this.ctx.push(() => (this.ctx.book.selected = `${this.sheet().name}!${rangeToA1(this.ref() as RangeRef)}`));
  }
}

class FakeSettings {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string) {
    const ctx = this.ctx;
    ctx.need(4, 'Workbook.settings');
    return new (class extends Proxy {
      load(_p: string) {
        ctx.push(() => {
          this.nullObject = !ctx.book.settings.has(key);
          if (!this.nullObject) this.loaded.set('value', ctx.respond(ctx.book.settings.get(key)));
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
    this.ctx.need(4, 'Workbook.settings');
    this.ctx.push(() => this.ctx.book.settings.set(key, value), value);
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

/** An ExcelHost over a fake workbook on a host profile, counting syncs and payloads across every `run`. */
export class FakeHost implements ExcelHost {
  syncs = 0;
  trips: Trip[] = [];
  profile: HostProfile;
  /** The Common API's document settings (every host has them); saved ones land in `book.settings` too. */
  documentSettings: DocumentSettings;
  constructor(
    public book: FakeWorkbook,
    host: HostProfile | string = 'Microsoft 365 desktop',
  ) {
    this.profile = typeof host === 'string' ? profile(host) : host;
    const pending = new Map<string, string | null>();
    this.documentSettings = {
      get: (key) => (pending.has(key) ? pending.get(key) : book.settings.get(key)) ?? null,
      set: (key, value) => void pending.set(key, value),
      remove: (key) => void pending.set(key, null),
      saveAsync: (callback) => {
        for (const [k, v] of pending) {
          if (v === null) book.settings.delete(k);
          else book.settings.set(k, v);
        }
        pending.clear();
        callback?.({ status: 'succeeded' });
      },
    };
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
    const [major, minor] = version.split('.').map(Number);
    return name === 'ExcelApi' && major === 1 && (minor ?? 0) <= this.profile.api;
  }
  /** Round trips and largest payloads since `mark` (a count of trips). */
  since(mark: number): { trips: number; request: number; response: number } {
    const t = this.trips.slice(mark);
    return { trips: t.length, request: Math.max(0, ...t.map((x) => x.request)), response: Math.max(0, ...t.map((x) => x.response)) };
  }
}
