/**
 * The fake's request bytes against Microsoft's own client: the same batches (fills, formulas, values,
 * number formats, reads; per cell and in blocks; inside Excel.run) through both, within 25%.
 */
import { PROFILES } from './fake-excel';
import { batches, price } from './real-client/calibrate';

const WEB = PROFILES.find((p) => p.payloadLimit)!;

describe.each([
  ['Excel on the web', WEB],
  ['Excel for Windows', PROFILES[5]],
] as const)('%s', (_n, profile) => {
  test.each(batches().map((b) => [b.name, b] as const))('%s: the fake’s request within 25%% of the real client’s', async (_b, batch) => {
    const p = await price(batch, profile);
    expect([batch.name, p.fake.request / p.real.request]).toEqual([batch.name, expect.any(Number)]);
    expect(p.fake.request / p.real.request).toBeGreaterThan(0.75);
    expect(p.fake.request / p.real.request).toBeLessThan(1.25);
    // What a read brings back is counted alike too.
    if (batch.name === 'reads in a block') expect(Math.abs(p.fake.response / p.real.response - 1)).toBeLessThan(0.25);
  });

  test('inside Excel.run a highlighted cell costs the client about 900 bytes and a formula about 650; the fake within 25% of each', async () => {
    const [fill, , formula] = batches();
    const one = async (b: typeof fill) => {
      const p = await price(b, profile);
      return { real: p.real.request / b.commands, fake: p.fake.request / b.commands };
    };
    const f = await one(fill);
    const g = await one(formula);
    expect(f.real).toBeGreaterThan(800);
    expect(f.real).toBeLessThan(1000);
    expect(g.real).toBeGreaterThan(550);
    expect(g.real).toBeLessThan(800);
    expect(Math.abs(f.fake / f.real - 1)).toBeLessThan(0.25);
    expect(Math.abs(g.fake / g.real - 1)).toBeLessThan(0.25);
  });
});
