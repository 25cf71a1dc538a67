/**
 * A memo for a batch of workbooks, bounded by what recurs: the labels, units and header words met in
 * every file stay; what one file alone brought (its office's name, its figures as text) goes.
 * Two generations of at most `size` entries each: an entry met again while old moves to the young
 * one; when the young one is full, the old one is dropped and the young one becomes old. So at most
 * 2 × size entries are kept, and an entry met once a generation is never dropped.
 */
export class Memo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  /**
   * With `ownKeys`, a key is kept as a copy of its own: a text cut from a part's XML would keep the
   * whole part alive for as long as the memo keeps it.
   */
  constructor(
    private readonly size: number,
    private readonly ownKeys = false,
  ) {}

  /** The value kept for `key`, else `make(key)`'s (given the key as kept), kept. */
  get(key: string, make: (key: string) => V): V {
    const known = this.young.get(key);
    if (known !== undefined) return known;
    let value = this.old.get(key);
    if (this.ownKeys) key = (' ' + key).slice(1);
    if (value === undefined) value = make(key);
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, value);
    return value;
  }
}
