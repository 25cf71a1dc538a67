/**
 * A fake of the parts of Office.js the adapter uses, strict the way Office.js is: reading a property
 * that was not loaded, or before `context.sync()`, throws; every command waits in a queue and runs,
 * in order, at `sync()`; writes to a protected sheet fail there with AccessDenied. It counts syncs.
 * Backed by an in-memory workbook that tests build from the seed fixtures.
 */
import { CellFill, CellValue, RangeRef, SheetSnapshot, isErrorValue, parseRange, rangeToA1 } from '../../src/core';
import { ExcelHost } from '../../src/excel';

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
  constructor(public name: string) {}

  get(row: number, col: number): FakeCell {
    return this.cells.get(`${row},${col}`) ?? { value: '', formula: null, numberFormat: 'General', fill: null };
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
    let r: RangeRef | null = null;
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
  queue: (() => void)[] = [];
  syncs = 0;
  workbook: FakeWorkbookProxy;
  constructor(public book: FakeWorkbook) {
    this.workbook = new FakeWorkbookProxy(this);
  }
  async sync(): Promise<void> {
    this.syncs++;
    const q = this.queue;
    this.queue = [];
    for (const cmd of q) cmd();
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
    this.ctx.queue.push(run);
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
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.settings = new FakeSettings(ctx);
  }
}

class FakeWorksheets extends Proxy {
  load(props: string): this {
    this.ctx.queue.push(() => {
      this.loaded.set(
        'items',
        this.ctx.book.sheets.map((s) => {
          const ws = new FakeWorksheet(this.ctx, () => s);
          ws.fill(props);
          return ws;
        }),
      );
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    return this.read('items');
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
  add(name: string): FakeWorksheet {
    this.ctx.queue.push(() => {
      if (this.ctx.book.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
        throw Object.assign(new Error(`A sheet named ${name} already exists`), { code: 'ItemAlreadyExists' });
      if (name.length > 31 || /[:\\/?*[\]]/.test(name)) throw Object.assign(new Error('Invalid sheet name'), { code: 'InvalidArgument' });
      this.ctx.book.sheets.push(new FakeSheet(name));
    });
    return new FakeWorksheet(this.ctx, () => this.ctx.book.sheet(name));
  }
}

class FakeWorksheet extends Proxy {
  protection: { load: (p: string) => void; readonly protected: boolean };
  freezePanes: { freezeRows: (n: number) => void };
  pageLayout: { orientation: string; paperSize: string; setPrintTitleRows: (r: string) => void };
  constructor(
    ctx: FakeContext,
    readonly resolve: () => FakeSheet,
  ) {
    super(ctx);
    const loaded = new Map<string, unknown>();
    this.protection = {
      load: () => ctx.queue.push(() => loaded.set('protected', resolve().protected)),
      get protected(): boolean {
        if (!loaded.has('protected')) throw new NotLoaded('protected');
        return loaded.get('protected') as boolean;
      },
    };
    this.freezePanes = { freezeRows: (n) => ctx.queue.push(() => (resolve().frozenRows = n)) };
    const page = { orientation: 'Portrait', paperSize: 'Letter' };
    this.pageLayout = {
      set orientation(v: string) {
        ctx.queue.push(() => (resolve().orientation = v));
        page.orientation = v;
      },
      get orientation() {
        throw new NotLoaded('orientation');
      },
      set paperSize(v: string) {
        page.paperSize = v;
      },
      get paperSize() {
        throw new NotLoaded('paperSize');
      },
      setPrintTitleRows: (r) => ctx.queue.push(() => (resolve().printTitleRows = r)),
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
  get visibility(): string {
    return this.read('visibility');
  }
  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => this.resolve().used());
  }
  getRange(address: string): FakeRange {
    const whole = /^(\d+):(\d+)$/.exec(address);
    const ref = whole ? { top: Number(whole[1]), bottom: Number(whole[2]), left: 1, right: 16384 } : parseRange(address);
    return new FakeRange(this.ctx, this.resolve, () => ref);
  }
  getRangeByIndexes(r: number, c: number, rows: number, cols: number): FakeRange {
    return new FakeRange(this.ctx, this.resolve, () => ({ top: r + 1, left: c + 1, bottom: r + rows, right: c + cols }));
  }
  activate(): void {
    this.ctx.queue.push(() => (this.ctx.book.active = this.resolve().name));
  }
}

function assertWritable(s: FakeSheet): void {
  if (s.protected)
    throw Object.assign(new Error('The cell or chart that you are trying to change is protected.'), { code: 'AccessDenied' });
}

class FakeRange extends Proxy {
  format: {
    fill: { color: string; pattern: string; clear: () => void };
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
    const q = (run: () => void) => ctx.queue.push(run);
    this.format = {
      fill: {
        set color(c: string) {
          q(each((s, row, col) => s.set(row, col, { fill: { color: c, pattern: 'Solid' } })));
        },
        get color(): string {
          throw new NotLoaded('color');
        },
        set pattern(p: string) {
          q(each((s, row, col) => s.set(row, col, { fill: { ...(s.get(row, col).fill ?? { color: '#FFFFFF' }), pattern: p } })));
        },
        get pattern(): string {
          throw new NotLoaded('pattern');
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
    this.ctx.queue.push(() => {
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
        if (p === 'address') this.loaded.set('address', `${s.name}!${rangeToA1(r)}`);
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
  getMergedAreasOrNullObject(): Proxy & { load: (p: string) => void; readonly address: string } {
    const ctx = this.ctx;
    const areas = new (class extends Proxy {
      load(_p: string) {
        ctx.queue.push(() => {
          const merges = sheetOf().merges;
          this.nullObject = merges.length === 0;
          this.loaded.set('address', merges.map((m) => `${sheetOf().name}!${m}`).join(','));
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
    this.ctx.queue.push(() => {
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
    });
    return {
      get value() {
        if (value === undefined) throw new NotLoaded('value');
        return value;
      },
    };
  }
  merge(_across?: boolean): void {
    this.ctx.queue.push(() => {
      assertWritable(this.sheet());
      this.sheet().merges.push(rangeToA1(this.ref() as RangeRef));
    });
  }
  select(): void {
    this.ctx.queue.push(() => (this.ctx.book.selected = `${this.sheet().name}!${rangeToA1(this.ref() as RangeRef)}`));
  }
}

class FakeSettings {
  constructor(private ctx: FakeContext) {}
  getItemOrNullObject(key: string) {
    const ctx = this.ctx;
    return new (class extends Proxy {
      load(_p: string) {
        ctx.queue.push(() => {
          this.nullObject = !ctx.book.settings.has(key);
          if (!this.nullObject) this.loaded.set('value', ctx.book.settings.get(key));
        });
      }
      get value(): string {
        return this.read('value');
      }
      delete() {
        ctx.queue.push(() => ctx.book.settings.delete(key));
      }
    })(ctx);
  }
  add(key: string, value: string): void {
    this.ctx.queue.push(() => this.ctx.book.settings.set(key, value));
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

/** An ExcelHost over a fake workbook, counting syncs across every `run`. */
export class FakeHost implements ExcelHost {
  syncs = 0;
  constructor(
    public book: FakeWorkbook,
    private apiVersion = '1.13',
  ) {}
  async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    const ctx = new FakeContext(this.book);
    try {
      return await batch(ctx as unknown as Excel.RequestContext);
    } finally {
      this.syncs += ctx.syncs;
    }
  }
  isSetSupported(name: string, version: string): boolean {
    const v = (x: string) => x.split('.').map(Number);
    const [a, b] = v(version);
    const [c, d] = v(this.apiVersion);
    return name === 'ExcelApi' && (a < c || (a === c && b <= d));
  }
}
