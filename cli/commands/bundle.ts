/** `conformance bundle`: one API's merged document, overlays applied unless --raw, as one self-contained file. */
import fs from 'node:fs';
import path from 'node:path';
import { bundleApi } from '../../spec/bundle';
import { SpecError } from '../../spec/errors';
import { UsageError } from '../../engine/config';
import { SetupError } from '../../engine/session';
import { parseFlags, stringFlag } from '../args';
import type { Io } from '../io';

/** Writes the bundle to --out (or stdout) and resolves with 0. */
export async function bundleCommand(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags('bundle', argv, { api: { type: 'string' }, spec: { type: 'string' }, out: { type: 'string' }, raw: { type: 'boolean' }, format: { type: 'string' } });
  const api = stringFlag(flags, 'api');
  const spec = stringFlag(flags, 'spec');
  if ((api === undefined) === (spec === undefined)) throw new UsageError('bundle takes exactly one of --api NAME or --spec PATH');
  const out = stringFlag(flags, 'out');
  const format = stringFlag(flags, 'format') ?? (out && /\.ya?ml$/i.test(out) ? 'yaml' : 'json');
  if (format !== 'json' && format !== 'yaml') throw new UsageError(`--format takes json or yaml, not '${format}'`);
  if (out && !/\.(json|ya?ml)$/i.test(out)) throw new UsageError(`--out takes a .json, .yaml or .yml file, not '${out}'`);
  let text: string;
  try {
    text = await bundleApi((api ?? spec) as string, { raw: flags.raw === true, format });
  } catch (err) {
    if (err instanceof SpecError) throw new SetupError(err.message);
    throw err;
  }
  if (!out) {
    io.stdout(text.replace(/\n$/, ''));
    return 0;
  }
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, text.endsWith('\n') ? text : `${text}\n`);
  io.stderr(`conformance: wrote ${out} (${api ?? spec}, ${flags.raw === true ? 'as published' : 'corrected'}, ${format})`);
  return 0;
}
