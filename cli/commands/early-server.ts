/**
 * The reference server started before `conformance run` loads the engine: loading it (~0.4 s of modules) and the
 * server thread's own boot then overlap instead of following each other. Only when the run will use the embedded
 * server (no `--target`, no CONFORMANCE_TARGET) and the flags parse; anything else is left to the command to judge.
 */
import type { EmbeddedServer } from '../../engine/embedded';
import { parseFlags, stringFlag } from '../args';
import { startEmbeddedServer } from '../embedded-server';
import { RUN_OPTIONS } from './run-options';

/** The embedded server, starting, for a `run` with these arguments that needs it; undefined otherwise. */
export function startServerEarly(argv: string[], env: NodeJS.ProcessEnv): Promise<EmbeddedServer> | undefined {
  let token: string | undefined;
  try {
    const flags = parseFlags('run', argv, { ...RUN_OPTIONS, help: { type: 'boolean' } });
    if (flags.help === true || (stringFlag(flags, 'target') ?? env.CONFORMANCE_TARGET) !== undefined) return undefined;
    // The same key runConfigFromFlags gives the run (run.ts): the server must accept what the run sends.
    token = stringFlag(flags, 'token') ?? (env.CONFORMANCE_TOKEN || undefined);
  } catch {
    return undefined;
  }
  const starting = startEmbeddedServer(token);
  // A failed start is reported by the run that awaits it, not as an unhandled rejection here.
  starting.catch(() => undefined);
  return starting;
}
