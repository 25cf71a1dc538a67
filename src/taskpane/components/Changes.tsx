import type { ChangeOut, Lang } from '../../core';
import { formatNumber } from '../../core';
import type { Strings } from '../i18n';

/** A change as the reader writes it, signed: +1.234 / −15,00. */
function signed(x: number, lang: Lang): string {
  const text = formatNumber(Math.abs(x), lang);
  return x > 0 ? `+${text}` : x < 0 ? `−${text}` : text;
}

/** The figures given in both years, compact: code, indicator, last year, this year, change. */
export function Changes({ changes, lang, t }: { changes: ChangeOut[]; lang: Lang; t: Strings }) {
  const c = t.changeColumns;
  return (
    <section aria-label={t.changes} className="changes-section">
      <table className="changes">
        <caption>{t.changes}</caption>
        <thead>
          <tr>
            <th scope="col">{c.code}</th>
            <th scope="col">{c.indicator}</th>
            <th scope="col">{c.previous}</th>
            <th scope="col">{c.current}</th>
            <th scope="col">{c.delta}</th>
          </tr>
        </thead>
        <tbody>
          {changes.map((x) => (
            <tr key={`${x.sheet}!${x.cell}`} data-cell={`${x.sheet}!${x.cell}`}>
              <td className="code">{x.code ?? x.cell}</td>
              <td className="label">{x.label}</td>
              <td className="num">{formatNumber(x.previous, lang)}</td>
              <td className="num">{formatNumber(x.current, lang)}</td>
              <td className="num">{signed(x.delta, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
