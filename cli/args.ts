/** Flag parsing on Node's own util.parseArgs: unknown flags and missing values become UsageErrors. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../engine/config';

/** Parsed flags by name. */
export type Flags = Record<string, string | boolean | string[] | undefined>;

/** Parses `argv` against the given option table; throws a one-line UsageError for anything unexpected. */
export function parseFlags(command: string, argv: string[], options: NonNullable<ParseArgsConfig['options']>): Flags {
  try {
    const { values, positionals } = parseArgs({ args: argv, options, strict: true, allowPositionals: true, allowNegative: true });
    if (positionals.length > 0) throw new UsageError(`${command}: unexpected argument '${positionals[0]}'`);
    return values as Flags;
  } catch (err) {
    if (err instanceof UsageError) throw err;
    // parseArgs' messages are multi-line with hints; keep the first sentence.
    const first = String((err as Error).message).split('\n')[0].replace(/\. To specify.*$/, '');
    throw new UsageError(`${command}: ${first}`);
  }
}

/** A repeatable flag's values, comma-separated values split. */
export function listFlag(flags: Flags, name: string): string[] {
  const value = flags[name];
  const raw = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
  return raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

/** A single string flag. */
export function stringFlag(flags: Flags, name: string): string | undefined {
  const value = flags[name];
  return typeof value === 'string' ? value : undefined;
}
