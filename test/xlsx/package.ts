/** Builds .xlsx packages from raw part texts, for tests of the package engine (any prefix, any part name). */
import { strToU8, zipSync } from 'fflate';

export const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PR = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface SheetSpec {
  name: string;
  xml: string;
  state?: 'hidden' | 'veryHidden';
}

/** A package with the given sheets; the workbook under `xl/book.xml`, shared strings under `xl/strings/ss.xml`. */
export function makePackage(
  sheets: SheetSpec[],
  opts: { sharedStrings?: string[]; styles?: string | null; workbookPr?: string; extra?: Record<string, string | Uint8Array> } = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  files['[Content_Types].xml'] = strToU8(
    `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/book.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>`,
  );
  files['_rels/.rels'] = strToU8(
    `<?xml version="1.0"?><Relationships xmlns="${PR}"><Relationship Id="rId1" Type="${RNS}/officeDocument" Target="xl/book.xml"/></Relationships>`,
  );
  const rels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${RNS}/worksheet" Target="ws/s${i + 1}.xml"/>`);
  rels.push(`<Relationship Id="rIdS" Type="${RNS}/sharedStrings" Target="strings/ss.xml"/>`);
  if (opts.styles !== null) rels.push(`<Relationship Id="rIdT" Type="${RNS}/styles" Target="st.xml"/>`);
  files['xl/_rels/book.xml.rels'] = strToU8(`<?xml version="1.0"?><Relationships xmlns="${PR}">${rels.join('')}</Relationships>`);
  files['xl/book.xml'] = strToU8(
    `<?xml version="1.0"?><x:workbook xmlns:x="${NS}" xmlns:relationships="${RNS}">${opts.workbookPr ?? ''}<x:sheets>${sheets
      .map((s, i) => `<x:sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} relationships:id="rId${i + 1}"/>`)
      .join('')}</x:sheets></x:workbook>`,
  );
  sheets.forEach((s, i) => (files[`xl/ws/s${i + 1}.xml`] = strToU8(s.xml)));
  const ss = opts.sharedStrings ?? [];
  files['xl/strings/ss.xml'] = strToU8(
    `<?xml version="1.0"?><sst xmlns="${NS}" count="${ss.length}">${ss.map((t) => `<si><t>${t}</t></si>`).join('')}</sst>`,
  );
  if (opts.styles !== null)
    files['xl/st.xml'] = strToU8(
      opts.styles ??
        `<?xml version="1.0"?><styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/></patternFill></fill></fills><borders count="1"><border/></borders><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" applyNumberFormat="1"/><xf numFmtId="10" fontId="0" fillId="2" borderId="0" applyFill="1"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`,
    );
  for (const [k, v] of Object.entries(opts.extra ?? {})) files[k] = typeof v === 'string' ? strToU8(v) : v;
  return zipSync(files);
}

export const sheetXml = (data: string, after = '') =>
  `<?xml version="1.0"?><worksheet xmlns="${NS}"><sheetData>${data}</sheetData>${after}</worksheet>`;
