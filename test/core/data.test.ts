/**
 * The core's data ships as plain JSON (the task pane does not load the schema library); here, at test
 * time, each file is held to its schema: it must parse, and parse to itself (every default written
 * out), so what the pane reads is exactly what the schema allows. And the hand-written check the pane
 * applies to a user's scoring sheet must reach the schema's verdict.
 */
import fc from 'fast-check';
import { readFileSync } from 'fs';
import { join } from 'path';
import { APPENDIX_2021, DEFAULT_RUBRIC, SATISFACTION_BY_UNIT, SIPAS_COMPONENTS, SURVEY_TALLY, checkRubric } from '../../src/core';
import { CatalogueSchema, RubricSchema, UnitKindSchema } from '../../src/core/data-schemas';

const core = join(__dirname, '..', '..', 'src', 'core');
const json = (p: string) => JSON.parse(readFileSync(join(core, p), 'utf8'));

describe('the shipped data, checked here instead of in the pane', () => {
  test.each([
    ['kinds/appendix/catalogue/appendix-2021.json', CatalogueSchema, APPENDIX_2021],
    ['kinds/units/survey-tally.json', UnitKindSchema, SURVEY_TALLY],
    ['kinds/units/satisfaction-by-unit.json', UnitKindSchema, SATISFACTION_BY_UNIT],
    ['kinds/units/sipas-components.json', UnitKindSchema, SIPAS_COMPONENTS],
    ['scoring/default-rubric.json', RubricSchema, DEFAULT_RUBRIC],
  ] as const)('%s parses to itself and is what the core ships', (file, schema, shipped) => {
    const raw = json(file);
    expect((schema as { parse(x: unknown): unknown }).parse(raw)).toEqual(raw);
    expect(shipped).toEqual(raw);
  });

  test('a file that leaves a default out, or breaks a rule, fails', () => {
    const tally = json('kinds/units/survey-tally.json');
    const { typos: _left, ...withoutTypos } = tally;
    expect(UnitKindSchema.parse(withoutTypos)).not.toEqual(withoutTypos);
    expect(UnitKindSchema.safeParse({ ...tally, total: ['(unclosed'] }).success).toBe(false);
    const cat = json('kinds/appendix/catalogue/appendix-2021.json');
    expect(CatalogueSchema.safeParse({ ...cat, rows: [...cat.rows, cat.rows[0]] }).success).toBe(false);
  });
});

describe("the pane's check of a scoring sheet agrees with the rubric schema", () => {
  /** Mostly a valid value, now and then one that breaks a rule: both verdicts get exercised. */
  const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) =>
    fc.oneof({ arbitrary: valid, weight: 24 }, { arbitrary: invalid, weight: 1 });
  const criterion = fc.record(
    {
      id: mostly(fc.constantFrom('I.1', 'II.2.5.1', 'III', 'II.6.3', 'I.2', 'II.2.5.3', 'I.3.1'), fc.string({ maxLength: 6 })),
      section: mostly(fc.constantFrom('A', 'B'), fc.constantFrom('C', undefined)),
      title: mostly(fc.string({ minLength: 1, maxLength: 8 }), fc.constant('')),
      subject: fc.option(fc.string({ maxLength: 5 }), { nil: undefined }),
      measure: mostly(
        fc.oneof(
          fc.constant(null),
          fc.constant(undefined),
          fc.record({ indicator: fc.string({ minLength: 1, maxLength: 4 }) }),
          fc.record({ ratio: fc.string({ minLength: 1, maxLength: 4 }) }),
          fc.record({ indicator: fc.constant(''), ratio: fc.string({ minLength: 1, maxLength: 3 }) }),
        ),
        fc.constantFrom('2.5.3', { indicator: '' }),
      ),
      max: mostly(fc.double({ min: 0.25, max: 10, noNaN: true }), fc.constantFrom(0, -1, Number.NaN, '5')),
      scale: mostly(
        fc.oneof(
          fc.constant(null),
          fc.constant(undefined),
          fc.record({ type: fc.constant('proportional'), full: fc.double({ min: 1, max: 120, noNaN: true }) }),
          fc.record({
            type: fc.constant('tiers'),
            tiers: fc.array(
              fc.record({ min: fc.double({ min: 0, max: 100, noNaN: true }), points: fc.double({ min: 0, max: 12, noNaN: true }) }),
              {
                minLength: 1,
                maxLength: 3,
              },
            ),
          }),
        ),
        fc.constantFrom(
          { type: 'steps' },
          { type: 'tiers', tiers: [] },
          { type: 'proportional', full: 0 },
          { type: 'tiers', tiers: [{ min: 1, points: -1 }] },
        ),
      ),
      target: mostly(fc.oneof(fc.constant(null), fc.constant(undefined), fc.double({ min: 0, max: 100, noNaN: true })), fc.constant('90')),
      owner: fc.option(fc.string({ maxLength: 3 }), { nil: undefined }),
      plan: mostly(fc.option(fc.string({ maxLength: 3 }), { nil: undefined }), fc.constant(3)),
      isDefault: mostly(fc.option(fc.boolean(), { nil: undefined }), fc.constant('yes')),
      extra: fc.option(fc.string(), { nil: undefined }),
    },
    { requiredKeys: ['id', 'title', 'max'] },
  );
  const rubric = fc.record(
    {
      name: mostly(fc.string({ maxLength: 5 }), fc.constant(3)),
      headings: fc.option(
        fc.array(
          fc.record({
            id: mostly(fc.constantFrom('I', 'II.2'), fc.constant('x')),
            title: mostly(fc.string({ minLength: 1, maxLength: 3 }), fc.constant('')),
          }),
          { maxLength: 2 },
        ),
        {
          nil: undefined,
        },
      ),
      criteria: fc.uniqueArray(criterion, { selector: (c) => c.id, minLength: 1, maxLength: 3 }).chain((cs) =>
        // A repeated code now and then.
        fc.oneof(
          { arbitrary: fc.constant(cs), weight: 24 },
          { arbitrary: fc.constant([...cs, cs[0]]), weight: 1 },
          { arbitrary: fc.constant([]), weight: 1 },
        ),
      ),
      bands: fc.option(
        fc.array(
          fc.record({
            min: mostly(fc.double({ noNaN: true }), fc.constant('x')),
            name: mostly(fc.string({ minLength: 1, maxLength: 3 }), fc.constant('')),
          }),
          { maxLength: 2 },
        ),
        {
          nil: undefined,
        },
      ),
    },
    { requiredKeys: ['name', 'criteria'] },
  );

  test('the same verdict, and the same rubric with its defaults, on generated sheets', () => {
    let valid = 0;
    fc.assert(
      fc.property(rubric, (input) => {
        const ours = checkRubric(input);
        const theirs = RubricSchema.safeParse(input);
        expect(ours.ok).toBe(theirs.success);
        if (ours.ok && theirs.success) {
          valid++;
          expect(ours.rubric).toEqual(theirs.data);
        }
      }),
      { numRuns: 3000 },
    );
    // Enough of them are valid for the defaults to be compared, not only the verdicts.
    expect(valid).toBeGreaterThan(300);
    expect(valid).toBeLessThan(2700);
  });

  test('the default rubric passes; each broken rule is named by its path', () => {
    expect(checkRubric(DEFAULT_RUBRIC)).toEqual({ ok: true, rubric: DEFAULT_RUBRIC });
    const c = DEFAULT_RUBRIC.criteria[0];
    const bad = checkRubric({ ...DEFAULT_RUBRIC, criteria: [{ ...c, max: 0 }, { ...c, title: '' }, c] });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.path.join('.'))).toEqual(['criteria.0.max', 'criteria.1.title', 'criteria.1.id', 'criteria.2.id']);
  });
});
