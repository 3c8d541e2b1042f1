/**
 * `conformance lint`: the defects of the documents as published, each with file, JSON pointer, rule and the overlay
 * action that corrects it. Exit 1 when a finding has no correction (with --strict: when there is any finding).
 */
import { SpecError } from '../../spec/errors';
import { lintApi } from '../../spec/lint/lint';
import { formatFindings } from '../../spec/lint/format';
import { listBundledApis } from '../../spec/load';
import { SetupError } from '../../engine/session';
import { listFlag, parseFlags } from '../args';
import type { Io } from '../io';

/** Lints the named APIs or files and resolves with the exit code. */
export async function lintCommand(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags('lint', argv, { api: { type: 'string', multiple: true }, spec: { type: 'string', multiple: true }, strict: { type: 'boolean' } });
  const subjects = [...listFlag(flags, 'api'), ...listFlag(flags, 'spec')];
  const targets = subjects.length > 0 ? subjects : listBundledApis();
  let failing = 0;
  for (const subject of targets) {
    let findings;
    try {
      findings = await lintApi(subject);
    } catch (err) {
      if (err instanceof SpecError) throw new SetupError(err.message);
      throw err;
    }
    io.stdout(`# ${subject}`);
    io.stdout(formatFindings(findings));
    failing += findings.filter((f) => flags.strict === true || !f.fixedBy).length;
  }
  return failing > 0 ? 1 : 0;
}
