/** Every pane action and the ribbon command on every host profile, on the sample alone and beside large sheets. */
import { ACTIONS, SCENES, measureAll, sceneBook } from './actions';
import { PROFILES } from './fake-excel';

const MB = 1024 * 1024;

describe.each(PROFILES.map((p) => [p.name, p] as const))('%s', (_name, profile) => {
  test.each(SCENES.map((s) => [s]))('%s: every action completes, reads in ≤ 3 round trips, no response over 1 MB', async (scene) => {
    const before = sceneBook(scene).sheets.map((s) => s.name);
    const { measured: m, host } = await measureAll(profile, scene);
    // The two sheets the actions add, whole; no half-made sheet anywhere.
    const added = host.book.sheets.map((s) => s.name).filter((n) => !before.includes(n));
    expect(added).toEqual([expect.stringMatching(/^Khắc phục/), 'Thang điểm']);
    for (const n of added) expect(host.book.sheet(n).used()!.bottom).toBeGreaterThan(3);
    // The ribbon (the last action) highlighted the wrong figure again after Xóa đánh dấu.
    expect([...host.book.sheet('Phụ lục 2').cells.values()].some((c) => c.fill?.color === '#FFC7CE')).toBe(true);
    // Fill ratios wrote the ratio the sample left empty.
    expect([...host.book.sheet('Phụ lục 2').cells.values()].some((c) => c.formula?.startsWith('=ROUND('))).toBe(true);
    for (const a of ACTIONS) {
      const r = m.get(a)!;
      // Each action completes; what this Excel lacks is a named finishing touch, never a failure half way.
      expect([a, r.outcome.done]).toEqual([a, true]);
      expect([a, r.response < MB]).toEqual([a, true]);
    }
    expect(m.get('read')!.trips).toBeLessThanOrEqual(3);
    expect(m.get('select')!.trips).toBe(1);
    // Check = read, fills of the cells to colour, apply.
    expect(m.get('check')!.trips).toBeLessThanOrEqual(5);
    const oldest = profile.api === '1.1';
    const touches = m.get('remediation sheet')!.outcome;
    if (touches.done) expect(touches.touches.length > 0).toBe(oldest || profile.api === '1.4' || profile.api === '1.8');
  });
});
