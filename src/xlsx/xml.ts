/**
 * A small XML scanner for the parts of an .xlsx: element tags matched by local name (any namespace
 * prefix), attributes, text. No DTD, no entity but the five predefined and numeric ones, so neither
 * "billion laughs" nor external entities can do anything.
 */

export function attrs(s: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const key = m[1];
    const local = key.slice(key.indexOf(':') + 1);
    const v = unescapeXml(m[3] ?? m[4]);
    out[key] = v;
    if (!(local in out) || !key.startsWith('xmlns')) out[local] ??= v;
  }
  return out;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
    }
    return NAMED[e] ?? all;
  });
}

export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/** Excel's `_xHHHH_` escapes in strings (a literal `_x` is itself written `_x005F_x`). */
export function unescapeOoxml(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Markup the scanner steps over: comments, CDATA sections, processing instructions (to their end, or the text's end). */
const SKIPPED = String.raw`<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)`;
/** Attribute text up to the tag's `>`: a quoted value may hold `>` (`formatCode="[>=100]0"` is legal XML). */
const ATTRS = String.raw`((?:[^>"']|"[^"]*"|'[^']*')*?)`;
const skipped = (m: RegExpExecArray) => {
  const c = m[0].charCodeAt(1);
  return c === 33 || c === 63; // `<!` or `<?`
};

const openers = new Map<string, RegExp>();

/**
 * Every element `<prefix:name …>` (open or self-closing) with its attributes text, in order; tags
 * inside comments, CDATA sections and processing instructions are not elements and are not returned.
 */
export function* elements(xml: string, name: string): Generator<{ attrs: string; start: number; end: number; selfClosing: boolean }> {
  let source = openers.get(name);
  if (!source) openers.set(name, (source = new RegExp(`${SKIPPED}|<(?:[\\w.-]+:)?${name}(?=[\\s/>])${ATTRS}(/?)>`, 'g')));
  const re = new RegExp(source.source, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) if (!skipped(m)) yield { attrs: m[1], start: m.index, end: re.lastIndex, selfClosing: m[2] === '/' };
}

const closers = new Map<string, RegExp>();

/** The element's inner text up to its closing tag, from `from` (just after the start tag); comments and CDATA are stepped over. */
export function innerUntilClose(xml: string, name: string, from: number): { inner: string; end: number } {
  let re = closers.get(name);
  if (!re) closers.set(name, (re = new RegExp(`${SKIPPED}|</(?:[\\w.-]+:)?${name}\\s*>`, 'g')));
  re.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml)) && skipped(m));
  if (!m) return { inner: xml.slice(from), end: xml.length };
  return { inner: xml.slice(from, m.index), end: re.lastIndex };
}

/** Whether the text holds a comment, CDATA section or processing instruction past its declaration. */
export function hasSkippedMarkup(xml: string): boolean {
  return xml.indexOf('<!') >= 0 || xml.indexOf('<?', 1) >= 0;
}

/**
 * The text with comments and processing instructions removed and CDATA sections written as escaped
 * text: what a reader that only looks at elements and text needs (never for text written back).
 */
export function plainMarkup(xml: string): string {
  if (!hasSkippedMarkup(xml)) return xml;
  return xml.replace(new RegExp(SKIPPED, 'g'), (m) =>
    m.startsWith('<![CDATA[') ? escapeXml(m.slice(9, m.endsWith(']]>') ? -3 : undefined)) : '',
  );
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A cell's `r`, `s` and `t` (the hot path of every sheet read). Attributes written the way every
 * writer writes them (`name="value"`, no prefix, no entity) are read directly; anything else goes
 * through `pickAttrs`.
 */
export function cellAttrs(s: string): CellAttrs {
  return cellAttrsAt(s, 0, s.length);
}

/** A cell's `r`, `s` and `t` attributes (undefined where absent). */
export interface CellAttrs {
  r: string | undefined;
  s: string | undefined;
  t: string | undefined;
}

/** `cellAttrs` of the attribute text `xml[from, to)`, read in place. */
export function cellAttrsAt(xml: string, from: number, to: number): CellAttrs {
  // One shape for every cell, whichever attributes it has and in whatever order: the reader's hot
  // code then reads `r`, `s` and `t` from objects it has seen before.
  const out: CellAttrs = { r: undefined, s: undefined, t: undefined };
  const general = (): CellAttrs => {
    const a = pickAttrs(xml.slice(from, to), CELL_NAMES);
    return { r: a.r, s: a.s, t: a.t };
  };
  let i = xml.indexOf('=', from);
  while (i >= 0 && i < to) {
    // `name="value"`: anything else (spaces around `=`, single quotes) is read the general way.
    if (xml.charCodeAt(i + 1) !== 34) return general();
    const end = xml.indexOf('"', i + 2);
    if (end < 0 || end >= to) return general();
    const name = xml.charCodeAt(i - 1);
    if (isSpace(name)) return general();
    if (name === 114 || name === 115 || name === 116) {
      const before = xml.charCodeAt(i - 2);
      if (isSpace(before)) {
        const value = xml.slice(i + 2, end);
        if (value.indexOf('&') >= 0) return general();
        if (name === 114) out.r ??= value;
        else if (name === 115) out.s ??= value;
        else out.t ??= value;
        // A prefixed `x:r`, `x:s`, `x:t` is theirs under another name: the general reader sorts prefixes out.
      } else if (before === 58) return general();
    }
    i = xml.indexOf('=', end + 1);
  }
  return out;
}

const CELL_NAMES = ['r', 's', 't'] as const;

/**
 * The values of a few attributes from an element's attribute text, read in one pass without building
 * an object (the hot path: every cell's `r`, `s`, `t`). Names are matched without their prefix.
 */
export function pickAttrs<K extends string>(s: string, names: readonly K[]): Partial<Record<K, string>> {
  const out: Partial<Record<K, string>> = {};
  const n = s.length;
  let i = 0;
  let c = s.charCodeAt(0);
  while (i < n) {
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (i >= n) break;
    const start = i;
    let colon = -1;
    while (i < n && c !== 61 && !isSpace(c)) {
      if (c === 58) colon = i;
      c = s.charCodeAt(++i);
    }
    const keyEnd = i;
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 61) continue;
    c = s.charCodeAt(++i);
    while (isSpace(c)) c = s.charCodeAt(++i);
    if (c !== 34 && c !== 39) break;
    const end = s.indexOf(c === 34 ? '"' : "'", i + 1);
    if (end < 0) break;
    const local = colon >= 0 ? colon + 1 : start;
    if (!(colon >= 0 && s.startsWith('xmlns', start)))
      for (const name of names)
        if (name.length === keyEnd - local && s.startsWith(name, local) && out[name] === undefined) {
          out[name] = unescapeXml(s.slice(i + 1, end));
          break;
        }
    i = end + 1;
    c = s.charCodeAt(i);
  }
  return out;
}

/** Text of `<t>` elements in a string item (`<si>`, `<is>`), phonetic runs left out. */
export function stringItemText(item: string): string {
  const inner = plainMarkup(item);
  const noPhonetic = inner.indexOf('rPh') >= 0 ? inner.replace(/<(?:[\w.-]+:)?rPh\b[\s\S]*?<\/(?:[\w.-]+:)?rPh>/g, '') : inner;
  let out = '';
  const re = /<(?:[\w.-]+:)?t(?:\s[^>]*)?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?t>)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(noPhonetic))) out += m[1] ?? '';
  return unescapeOoxml(unescapeXml(out));
}

/** Resolves a relationship target against the folder of its source part. */
export function resolvePart(source: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = source.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

/** The .rels part of a part ('xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'). */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string): Relationship[] {
  const out: Relationship[] = [];
  for (const e of elements(xml, 'Relationship')) {
    const a = attrs(e.attrs);
    out.push({ id: a.Id, type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' });
  }
  return out;
}

/**
 * Whether `xml` is a well-formed XML document as far as a part of a package needs: one root element,
 * every tag closed in order, attributes quoted, references `&name;` or `&#n;`, no control character, comments, CDATA and
 * processing instructions closed, nothing but those and spaces outside the root. One pass, no regex
 * per tag. A DOCTYPE is stepped over (its entities are never expanded: `&lol;` stays text).
 */
const REFERENCE = /^(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z_][\w.-]*)$/;
/** A character XML 1.0 does not allow, or an `&` that starts no reference: when the whole text has neither, no text needs a look. */
// eslint-disable-next-line no-control-regex
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|&(?!(?:#\d+|#x[0-9A-Fa-f]+|[A-Za-z_][\w.-]*);)/;

export function wellFormed(xml: string): boolean {
  const n = xml.length;
  // One native scan instead of a look at every text: most parts have no suspect character at all.
  const clean = !SUSPECT.test(xml);
  // Open elements: where each name starts and how long it is.
  let starts = new Int32Array(64);
  let lengths = new Int32Array(64);
  let depth = 0;
  let roots = 0;
  let i = 0;
  const space = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
  const nameChar = (c: number) =>
    !(space(c) || c === 47 || c === 62 || c === 61 || c === 34 || c === 39 || c === 60 || c === 38 || Number.isNaN(c));
  /** Checks the references in xml[from, to) (text or an attribute value: no `<` there), char by char: never past `to`. */
  const textOk = (from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const c = xml.charCodeAt(k);
      if (c === 60 || (c < 32 && c !== 9 && c !== 10 && c !== 13)) return false; // `<`, or a character XML 1.0 does not allow
      if (c !== 38) continue;
      const semi = xml.indexOf(';', k + 1);
      if (semi < 0 || semi >= to || semi - k > 40 || !REFERENCE.test(xml.slice(k + 1, semi))) return false;
      k = semi;
    }
    return true;
  };
  while (i < n) {
    const lt = xml.indexOf('<', i);
    const textEnd = lt < 0 ? n : lt;
    if (depth === 0) {
      for (let k = i; k < textEnd; k++) if (!space(xml.charCodeAt(k)) && !(k === 0 && xml.charCodeAt(0) === 0xfeff)) return false;
    } else if (!clean && textEnd > i && !textOk(i, textEnd)) return false;
    if (lt < 0) break;
    const c1 = xml.charCodeAt(lt + 1);
    if (c1 === 33) {
      // `<!--…-->`, `<![CDATA[…]]>` (only inside the root), or a DOCTYPE before the root (skipped, never expanded).
      if (xml.startsWith('<!--', lt)) {
        const end = xml.indexOf('-->', lt + 4);
        if (end < 0) return false;
        i = end + 3;
      } else if (depth > 0 && xml.startsWith('<![CDATA[', lt)) {
        const end = xml.indexOf(']]>', lt + 9);
        if (end < 0) return false;
        i = end + 3;
      } else if (depth === 0 && roots === 0 && xml.startsWith('<!DOCTYPE', lt)) {
        const bracket = xml.indexOf('[', lt);
        const gt = xml.indexOf('>', lt);
        if (gt < 0) return false;
        const end = bracket >= 0 && bracket < gt ? xml.indexOf(']', bracket) : gt;
        const close = end < 0 ? -1 : xml.indexOf('>', end);
        if (close < 0) return false;
        i = close + 1;
      } else return false;
      continue;
    }
    if (c1 === 63) {
      const end = xml.indexOf('?>', lt + 2);
      if (end < 0) return false;
      i = end + 2;
      continue;
    }
    if (c1 === 47) {
      // An end tag: the name of the innermost open element, spaces, `>`.
      if (depth === 0) return false;
      depth--;
      const s = starts[depth];
      const len = lengths[depth];
      let k = lt + 2;
      for (let j = 0; j < len; j++, k++) if (xml.charCodeAt(k) !== xml.charCodeAt(s + j)) return false;
      if (nameChar(xml.charCodeAt(k))) return false;
      while (space(xml.charCodeAt(k))) k++;
      if (xml.charCodeAt(k) !== 62) return false;
      i = k + 1;
      continue;
    }
    // A start tag: name, attributes `name = "value"`, then `>` or `/>`.
    let k = lt + 1;
    const nameStart = k;
    while (k < n && nameChar(xml.charCodeAt(k))) k++;
    if (k === nameStart) return false;
    const nameLen = k - nameStart;
    let selfClosing = false;
    for (;;) {
      const before = k;
      while (space(xml.charCodeAt(k))) k++;
      const c = xml.charCodeAt(k);
      if (c === 62) break;
      if (c === 47) {
        if (xml.charCodeAt(k + 1) !== 62) return false;
        selfClosing = true;
        k++;
        break;
      }
      if (k === before) return false; // attributes are separated by spaces
      const attrStart = k;
      while (k < n && nameChar(xml.charCodeAt(k))) k++;
      if (k === attrStart) return false;
      while (space(xml.charCodeAt(k))) k++;
      if (xml.charCodeAt(k) !== 61) return false;
      k++;
      while (space(xml.charCodeAt(k))) k++;
      const q = xml.charCodeAt(k);
      if (q !== 34 && q !== 39) return false;
      const end = xml.indexOf(q === 34 ? '"' : "'", k + 1);
      if (end < 0) return false;
      if (clean) {
        for (let v = k + 1; v < end; v++) if (xml.charCodeAt(v) === 60) return false;
      } else if (!textOk(k + 1, end)) return false;
      k = end + 1;
    }
    i = k + 1;
    if (selfClosing) {
      if (depth === 0 && ++roots > 1) return false;
      continue;
    }
    if (depth === 0 && ++roots > 1) return false;
    if (depth === starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      starts = grow(starts);
      lengths = grow(lengths);
    }
    starts[depth] = nameStart;
    lengths[depth] = nameLen;
    depth++;
  }
  return depth === 0 && roots === 1;
}

/** XML text built by `el` (or taken verbatim from a part with `raw`): never escaped again. */
export type Markup = string & { readonly __markup: unique symbol };

/** Attribute values: a number or string is written escaped; null, undefined and false leave the attribute out. */
export type XmlAttrs = Record<string, string | number | boolean | null | undefined>;

/** Text copied as it stands from a part we read (already XML), or written by our own constants. */
export const raw = (xml: string): Markup => xml as Markup;

/**
 * One element, escaped in one place: `el('c', { r: 'A1', s: 3 }, [el('v', null, '1')])` is
 * `<c r="A1" s="3"><v>1</v></c>`. A string child is text (escaped); Markup children are written as
 * they are; no children (undefined) is a self-closing tag, `[]` an empty pair.
 */
export function el(name: string, attributes?: XmlAttrs | null, children?: string | readonly Markup[]): Markup {
  let open = `<${name}`;
  if (attributes)
    for (const key in attributes) {
      const v = attributes[key];
      if (v === null || v === undefined || v === false) continue;
      open += ` ${key}="${escapeXml(v === true ? '1' : String(v))}"`;
    }
  if (children === undefined) return `${open}/>` as Markup;
  return `${open}>${typeof children === 'string' ? escapeXml(children) : children.join('')}</${name}>` as Markup;
}
