import { HIGHLIGHT_COLORS, type HighlightKind } from '../../core';
import type { Strings } from '../i18n';

const KINDS: HighlightKind[] = ['error', 'warning', 'below', 'filled'];

/** What the colours the product puts on cells mean. */
export function Legend({ t }: { t: Strings }) {
  return (
    <ul className="legend" aria-label={t.legend}>
      {KINDS.map((k) => (
        <li key={k} data-kind={k}>
          <span className="swatch" style={{ background: HIGHLIGHT_COLORS[k] }} aria-hidden="true" />
          {t.legendItems[k]}
        </li>
      ))}
    </ul>
  );
}
