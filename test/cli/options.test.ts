/** The one reader of every command's options: the same spelling rules and the same coded mistakes for check, fix, rubric and consolidate. */
import { readOptions, UsageError } from '../../src/cli/options';
import { cli } from '../helpers/cli';

const mistake = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e.coded;
    throw e;
  }
  return null;
};

test('flags, one value (the last given), many values up to the next option, -o for --output, --lang either way', () => {
  const o = readOptions(
    [
      'a.xlsx',
      '-o',
      'x.xlsx',
      '--force',
      '--previous',
      '2020/1.xlsx',
      '2020/2.xlsx',
      '--lang=en',
      'b.xlsx',
      '--output',
      'y.xlsx',
      '--previous',
      '2020/3.xlsx',
    ],
    { '--output': 'value', '--force': 'flag', '--json': 'flag', '--previous': 'values' },
  );
  expect(o.files).toEqual(['a.xlsx', 'b.xlsx']);
  expect(o.value('--output')).toBe('y.xlsx');
  expect(o.flag('--force')).toBe(true);
  expect(o.flag('--json')).toBe(false);
  expect(o.values('--previous')).toEqual(['2020/1.xlsx', '2020/2.xlsx', '2020/3.xlsx']);
  expect(o.values('--json')).toBeNull();
  expect(o.lang).toBe('en');
  expect(readOptions(['--lang', 'vi'], {}).lang).toBe('vi');
});

test.each([
  [['-o'], { code: 'needs-value', option: '-o' }],
  [['--output', '--force'], { code: 'needs-value', option: '--output' }],
  [['--previous', '--force'], { code: 'needs-value', option: '--previous' }],
  [['--lang', 'fr'], { code: 'bad-lang' }],
  [['--lang'], { code: 'bad-lang' }],
  [['--jsn'], { code: 'unknown-option', option: '--jsn' }],
  [['-x'], { code: 'unknown-option', option: '-x' }],
])('%j: %j', (argv, coded) => {
  expect(mistake(() => readOptions(argv, { '--output': 'value', '--force': 'flag', '--previous': 'values' }))).toEqual(coded);
});

test.each([
  // An option of another command is not this one's (`-o` was once taken for a file by check).
  [['check', 'a.xlsx', '-o', 'b.xlsx'], 'tùy chọn không rõ: -o', 'unknown option: -o'],
  [['rubric', 'a.xlsx', 'b.xlsx', '-o', 'c.xlsx'], 'rubric cần một tệp vào và -o tệp ra', 'rubric needs one input file'],
  [['rubric', 'a.xlsx', '--json', '-o', 'c.xlsx'], 'tùy chọn không rõ: --json', 'unknown option: --json'],
  [['consolidate', 'a.xlsx', '-o', 'c.xlsx', '--previous'], '--previous cần một giá trị', '--previous needs a value'],
  [['fix', 'a.xlsx', '-o', 'c.xlsx', '--lang', 'fr'], '--lang phải là vi hoặc en', '--lang must be vi or en'],
])('cchc %j: the mistake in both languages, the usage, exit 2, nothing read', async (argv, vi, en) => {
  const r = await cli(...argv);
  expect(r.status).toBe(2);
  expect(r.err).toContain(vi);
  expect(r.err).toContain(en);
  expect(r.err).toMatch(/cchc check/);
});
