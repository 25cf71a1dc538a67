/**
 * Every pane action and the ribbon command on every host profile, end to end through Microsoft's own
 * Excel client (Windows' build on desktop profiles, the web's on Excel on the web), answered by the fake
 * workbook: each completes, and no request or response is over 1 MB as the client builds and reads it.
 */
import { ACTIONS, SCENES, measureAll } from './actions';
import { PROFILES } from './fake-excel';
import { RealClientHost } from './real-client/host';

const MB = 1024 * 1024;

describe.each(PROFILES.map((p) => [p.name, p] as const))('%s, through Microsoft’s client', (_name, profile) => {
  test.each(SCENES.map((s) => [s]))('%s: every action completes; requests and responses under 1 MB', async (scene) => {
    const { measured: m, host } = await measureAll(profile, scene, (book, p) => new RealClientHost(book, p));
    for (const a of ACTIONS) {
      const r = m.get(a)!;
      expect([a, r.outcome.done]).toEqual([a, true]);
      expect([a, r.request < MB, r.response < MB]).toEqual([a, true, true]);
    }
    // The wrong figure is highlighted again by the ribbon, after Xóa đánh dấu; the ratio was filled.
    expect([...host.book.sheet('Phụ lục 2').cells.values()].some((c) => c.fill?.color === '#FFC7CE')).toBe(true);
    expect([...host.book.sheet('Phụ lục 2').cells.values()].some((c) => c.formula?.startsWith('=ROUND('))).toBe(true);
    expect(m.get('read')!.trips).toBeLessThanOrEqual(3);
    expect(m.get('select')!.trips).toBe(1);
  });
});
