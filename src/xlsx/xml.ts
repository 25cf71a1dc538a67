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

/** Every element `<prefix:name …>` (open or self-closing) with its attributes text, in order. */
export function* elements(xml: string, name: string): Generator<{ attrs: string; start: number; end: number; selfClosing: boolean }> {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])([^>]*?)(/?)>`, 'g');
  let m: RegExpExecArray | null;
  while ((m = re.exec(xml))) yield { attrs: m[1], start: m.index, end: re.lastIndex, selfClosing: m[2] === '/' };
}

const closers = new Map<string, RegExp>();

/** The element's inner text up to its closing tag, from `from` (just after the start tag). */
export function innerUntilClose(xml: string, name: string, from: number): { inner: string; end: number } {
  let re = closers.get(name);
  if (!re) closers.set(name, (re = new RegExp(`</(?:[\\w.-]+:)?${name}\\s*>`, 'g')));
  re.lastIndex = from;
  const m = re.exec(xml);
  if (!m) return { inner: xml.slice(from), end: xml.length };
  return { inner: xml.slice(from, m.index), end: re.lastIndex };
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;

/**
 * A cell's `r`, `s` and `t` (the hot path of every sheet read). Attributes written the way every
 * writer writes them (`name="value"`, no prefix, no entity) are read directly; anything else goes
 * through `pickAttrs`.
 */
export function cellAttrs(s: string): { r?: string; s?: string; t?: string } {
  return cellAttrsAt(s, 0, s.length);
}

/** `cellAttrs` of the attribute text `xml[from, to)`, read in place. */
export function cellAttrsAt(xml: string, from: number, to: number): { r?: string; s?: string; t?: string } {
  const out: { r?: string; s?: string; t?: string } = {};
  let i = xml.indexOf('=', from);
  while (i >= 0 && i < to) {
    // `name="value"`: anything else (spaces around `=`, single quotes) is read the general way.
    if (xml.charCodeAt(i + 1) !== 34) return pickAttrs(xml.slice(from, to), CELL_NAMES);
    const end = xml.indexOf('"', i + 2);
    if (end < 0 || end >= to) return pickAttrs(xml.slice(from, to), CELL_NAMES);
    const name = xml.charCodeAt(i - 1);
    if (isSpace(name)) return pickAttrs(xml.slice(from, to), CELL_NAMES);
    if (name === 114 || name === 115 || name === 116) {
      const before = xml.charCodeAt(i - 2);
      if (isSpace(before)) {
        const value = xml.slice(i + 2, end);
        if (value.indexOf('&') >= 0) return pickAttrs(xml.slice(from, to), CELL_NAMES);
        if (name === 114) out.r ??= value;
        else if (name === 115) out.s ??= value;
        else out.t ??= value;
        // A prefixed `x:r`, `x:s`, `x:t` is theirs under another name: the general reader sorts prefixes out.
      } else if (before === 58) return pickAttrs(xml.slice(from, to), CELL_NAMES);
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
export function stringItemText(inner: string): string {
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
