/** The schemas of the legacy encodings' data (tests and run-time files only: the pane never loads zod). */
import { z } from 'zod';

/** One encoding: each Vietnamese letter (NFC) and the legacy characters that write it. */
export const LegacyTableSchema = z
  .object({
    encoding: z.enum(['tcvn3', 'vni']),
    source: z.string().min(1),
    letters: z.record(z.string().length(1), z.string().min(1).max(2)),
  })
  .strict()
  .refine((t) => new Set(Object.values(t.letters)).size === Object.keys(t.letters).length, 'two letters written alike')
  .refine((t) => Object.keys(t.letters).every((k) => k.normalize('NFC') === k), 'a letter not in NFC');

/** The shape of a Vietnamese syllable as regular-expression pieces, each one valid. */
export const SyllablesSchema = z
  .object({
    source: z.string().min(1),
    onsets: z.array(z.string().min(1)).min(1),
    nuclei: z.array(z.string().min(1)).min(1),
    codas: z.array(z.string().min(1)).min(1),
    cp1252High: z.string().length(27),
  })
  .strict()
  .refine(
    (s) =>
      [...s.onsets, ...s.nuclei, ...s.codas].every((p) => {
        try {
          new RegExp(p);
          return true;
        } catch {
          return false;
        }
      }),
    'a piece that is not a regular expression',
  );

/** The legacy font families, longest prefix first, and each one's Unicode replacement. */
export const LegacyFontsSchema = z
  .object({
    source: z.string().min(1),
    families: z.array(
      z
        .object({ prefix: z.string().min(2), encoding: z.enum(['tcvn3', 'vni']), unicode: z.string().min(1) })
        .strict()
        .refine((f) => f.prefix === f.prefix.toLowerCase(), 'prefix in lower case'),
    ),
  })
  .strict()
  .refine(
    (t) => t.families.every((f, i) => t.families.slice(0, i).every((g) => !f.prefix.startsWith(g.prefix))),
    'a prefix after a shorter one that hides it',
  );
