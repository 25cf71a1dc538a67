import { Memo } from '../../src/core/memo';

/** A memo whose `make` counts its calls per key. */
function counted<V>(size: number, value: (key: string) => V) {
  const made = new Map<string, number>();
  const memo = new Memo<V>(size);
  const get = (key: string) =>
    memo.get(key, (k) => {
      made.set(k, (made.get(k) ?? 0) + 1);
      return value(k);
    });
  return { get, made: (key: string) => made.get(key) ?? 0 };
}

describe('Memo: a bounded memo for a batch, keeping what recurs', () => {
  test('a value is made once while it is kept, null values too', () => {
    const m = counted(4, (k) => (k === 'none' ? null : k.toUpperCase()));
    expect(m.get('đơn vị')).toBe('ĐƠN VỊ');
    expect(m.get('đơn vị')).toBe('ĐƠN VỊ');
    expect(m.get('none')).toBeNull();
    expect(m.get('none')).toBeNull();
    expect(m.made('đơn vị')).toBe(1);
    expect(m.made('none')).toBe(1);
  });

  test('what one file alone brought is dropped after two generations; the memo never holds more than twice its size', () => {
    const m = counted(3, (k) => k.length);
    for (const k of ['a', 'b', 'c', 'd', 'e', 'f', 'g']) m.get(k);
    // 'a'..'c' filled the first generation, 'd'..'f' the second: 'a' was dropped when 'g' came.
    m.get('a');
    expect(m.made('a')).toBe(2);
    m.get('f');
    expect(m.made('f')).toBe(1);
  });

  test('a label met in every file is never made again, however many one-off texts pass', () => {
    const m = counted(8, (k) => k);
    for (let file = 0; file < 700; file++) {
      m.get('Số hồ sơ giải quyết đúng hạn');
      for (let j = 0; j < 5; j++) m.get(`Huyện ${file} / ${j}`);
    }
    expect(m.made('Số hồ sơ giải quyết đúng hạn')).toBe(1);
    expect(m.made('Huyện 0 / 0')).toBe(1);
    m.get('Huyện 0 / 0');
    expect(m.made('Huyện 0 / 0')).toBe(2);
  });

  test('with ownKeys, the value is made from the key as kept (equal text)', () => {
    const memo = new Memo<string>(4, true);
    const xml = '<si><t>Bảo hiểm xã hội huyện Tân Uyên</t></si>';
    const cut = xml.slice(8, 40);
    const kept = memo.get(cut, (own) => own);
    expect(kept).toBe(cut);
    expect(memo.get(cut, () => 'made again')).toBe(cut);
  });
});
