import fc from 'fast-check';
import { formatNumber, parseNumberText, readNumber } from '../../../src/core';
import { storedDecimals } from '../../../src/core/figures/numbers';

describe('reading figures', () => {
  test.each([
    ['171.034', 'count', 171034, 0],
    ['169.800', 'count', 169800, 0],
    ['2.875', 'count', 2875, 0],
    ['171,034', 'count', 171034, 0],
    ['1.234.567', 'count', 1234567, 0],
    ['04', 'count', 4, 0],
    ['1 234', 'count', 1234, 0],
    ['1\u00a0234', 'count', 1234, 0],
    ['99,10', 'percent', 99.1, 2],
    ['99.10', 'percent', 99.1, 2],
    ['99,1%', 'percent', 99.1, 1],
    ['8,38', 'percent', 8.38, 2],
    ['100', 'percent', 100, 0],
    ['1.234,5', 'other', 1234.5, 1],
    ['1,234.5', 'other', 1234.5, 1],
    ['2.55', 'other', 2.55, 2],
    ['-5', 'count', -5, 0],
    ['−12', 'count', -12, 0],
    ['(3)', 'count', -3, 0],
    ['<i>10</i>', 'count', 10, 0],
  ] as const)('%s as %s → %d', (raw, kind, value, decimals) => {
    expect(parseNumberText(raw, kind)).toEqual({ value, decimals });
  });

  test.each(['bảy', '12 người', '1.2.3', '#', '', '1,,2', '25/02/2021', '1.23.456'])('%s is not a number', (raw) => {
    expect(parseNumberText(raw, 'count')).toBeNull();
  });

  test('a % stored as a fraction with a % format reads as a percentage', () => {
    expect(readNumber(0.991, '0.00%', 'percent')).toEqual({ ok: true, value: 99.1, decimals: 1, source: 'number' });
    expect(readNumber(0.8494, '0.00%', 'percent')).toMatchObject({ value: 84.94 });
  });

  test('typed numbers keep the decimals they hold', () => {
    expect(readNumber(28, 'General', 'count')).toEqual({ ok: true, value: 28, decimals: 0, source: 'number' });
    expect(readNumber(99.1, 'General', 'percent')).toEqual({ ok: true, value: 99.1, decimals: 1, source: 'number' });
    expect(storedDecimals(0.1 + 0.2)).toBe(1);
  });

  test('error values are read as errors, from ExcelJS objects and from Office.js text', () => {
    expect(readNumber({ error: '#DIV/0!' }, 'General', 'percent')).toEqual({ ok: false, reason: 'error', error: '#DIV/0!' });
    expect(readNumber('#N/A', 'General', 'count')).toEqual({ ok: false, reason: 'error', error: '#N/A' });
  });

  test('empty and text cells', () => {
    expect(readNumber(null, 'General', 'count')).toEqual({ ok: false, reason: 'empty' });
    expect(readNumber('  ', 'General', 'count')).toEqual({ ok: false, reason: 'empty' });
    expect(readNumber('bảy', 'General', 'count')).toEqual({ ok: false, reason: 'text', text: 'bảy' });
  });

  test('formatting the Vietnamese and the English way', () => {
    expect(formatNumber(171034, 'vi')).toBe('171.034');
    expect(formatNumber(99.1, 'vi', 2)).toBe('99,10');
    expect(formatNumber(171034.5, 'en')).toBe('171,034.5');
    expect(formatNumber(-1234, 'vi')).toBe('-1.234');
  });

  test('property: the reader never throws on any string or cell, and what it reads is finite', () => {
    const kinds = fc.constantFrom('count', 'percent', 'coded', 'other' as const);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), kinds, (s, k) => {
        const r = parseNumberText(s, k);
        if (r) expect(Number.isFinite(r.value)).toBe(true);
      }),
      { numRuns: 3000 },
    );
    const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.record({ error: fc.string() }));
    fc.assert(
      fc.property(cell, fc.constantFrom('General', '0.00%', '@', '#,##0'), kinds, (v, fmt, k) => {
        readNumber(v, fmt, k);
      }),
      { numRuns: 3000 },
    );
  });

  test('property: a count written the Vietnamese way reads back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), (n) => {
        expect(parseNumberText(formatNumber(n, 'vi'), 'count')).toEqual({ value: n, decimals: 0 });
        expect(parseNumberText(formatNumber(n, 'en'), 'count')).toEqual({ value: n, decimals: 0 });
      }),
    );
  });
});
