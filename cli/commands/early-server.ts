/**
 * The reference server started before `conformance run` loads the engine: loading it (~0.4 s of modules) and the
 * server thread's own boot then overlap instead of following each other. Only when the run will use the embedded
 * server (no `--target`, no CONFORMANCE_TARGET) and the flags parse; anything else is left to the command to judge.
 */
import type { EmbeddedServer } from '../../engine/embedded';
import { parseFlags, type Flags } from '../args';
import { startEmbeddedServer } from '../embedded-server';
import { RUN_OPTIONS, targetOf, tokenOf } from './run-options';

/** The embedded server, starting, for a `run` with these arguments that needs it; undefined otherwise. */
export function startServerEarly(argv: string[], env: NodeJS.ProcessEnv): Promise<EmbeddedServer> | undefined {
  let flags: Flags;
  try {
    flags = parseFlags('run', argv, { ...RUN_OPTIONS, help: { type: 'boolean' } });
  } catch {
    return undefined;
  }
  if (flags.help === true || targetOf(flags, env) !== undefined) return undefined;
  const starting = startEmbeddedServer(tokenOf(flags, env));
  // A failed start is reported by the run that awaits it, not as an unhandled rejection here.
  starting.catch(() => undefined);
  return starting;
}
