/**
 * The command line's options, read the same way for every command: `-o` for `--output`, flags,
 * `--lang vi|en` (or `--lang=en`), a value that may not be another option, and an option that takes
 * every argument up to the next option (`--previous 2020/*.xlsx`, as a shell's glob gives them).
 * A mistake is a UsageError carrying its coded sentence.
 */
import { CliMessage, Lang, cliBoth, cliMessage } from '../core';

/** A usage mistake, as a code: shown in both languages, since the language may be what is wrong. */
export class UsageError extends Error {
  constructor(readonly coded: CliMessage) {
    super(coded.code);
  }

  /** What the command line prints: the mistake in both languages, then how to use `cchc`. */
  get text(): string {
    const { vi, en } = cliBoth(this.coded);
    return `cchc: ${vi} / ${en}\n${USAGE}`;
  }
}

/** The usage in both languages: it is shown before the language option is read. */
export const USAGE = `${cliMessage({ code: 'usage' }, 'vi')}\n\n${cliMessage({ code: 'usage' }, 'en')}`;

/** What an option takes: nothing (a flag), one value, or every argument up to the next option. */
export type Takes = 'flag' | 'value' | 'values';

/** Other spellings of an option. */
const ALIASES: Record<string, string> = { '-o': '--output' };

export interface Options {
  /** The arguments that are no option (the files), in order. */
  files: string[];
  lang: Lang;
  /** Whether the flag was given. */
  flag(name: string): boolean;
  /** The option's value (the last one given), or null. */
  value(name: string): string | null;
  /** Every value an option taking many was given (over every time it was given), or null when it was not. */
  values(name: string): string[] | null;
}

/** Reads `argv` against a command's options (`--lang` is every command's); throws UsageError on a mistake. */
export function readOptions(argv: string[], spec: Record<string, Takes>): Options {
  const files: string[] = [];
  const given = new Map<string, string[]>();
  let lang: Lang = 'vi';
  for (let i = 0; i < argv.length; i++) {
    const written = argv[i];
    if (written === '--lang' || written.startsWith('--lang=')) {
      const v = written.includes('=') ? written.slice(7) : argv[++i];
      if (v !== 'vi' && v !== 'en') throw new UsageError({ code: 'bad-lang' });
      lang = v;
      continue;
    }
    if (!written.startsWith('-')) {
      files.push(written);
      continue;
    }
    const name = ALIASES[written] ?? written;
    const takes = spec[name];
    if (!takes) throw new UsageError({ code: 'unknown-option', option: written });
    const values = given.get(name) ?? [];
    given.set(name, values);
    if (takes === 'value') {
      const v = argv[i + 1];
      if (v === undefined || v.startsWith('--')) throw new UsageError({ code: 'needs-value', option: written });
      values.splice(0, values.length, v);
      i++;
    } else if (takes === 'values') {
      const before = values.length;
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) values.push(argv[++i]);
      if (values.length === before) throw new UsageError({ code: 'needs-value', option: written });
    }
  }
  return {
    files,
    lang,
    flag: (name) => given.has(name),
    value: (name) => given.get(name)?.[0] ?? null,
    values: (name) => given.get(name) ?? null,
  };
}
