/** The flags of `conformance run`, apart from the command so the CLI can read them before loading the engine. */
import { stringFlag, type Flags } from '../args';

/** `conformance run`'s option table for util.parseArgs. */
export const RUN_OPTIONS = {
  target: { type: 'string' },
  token: { type: 'string' },
  spec: { type: 'string', multiple: true },
  raw: { type: 'boolean' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  only: { type: 'string', multiple: true },
  skip: { type: 'string', multiple: true },
  check: { type: 'string', multiple: true },
  'skip-check': { type: 'string', multiple: true },
  phase: { type: 'string', multiple: true },
  'skip-phase': { type: 'string', multiple: true },
  'path-param': { type: 'string', multiple: true },
  report: { type: 'string' },
  html: { type: 'boolean' },
  timeout: { type: 'string' },
  'max-response-time': { type: 'string' },
  'report-requests': { type: 'string' },
  'allow-writes': { type: 'boolean' },
  rps: { type: 'string' },
  concurrency: { type: 'string' },
  'max-body': { type: 'string' },
  shard: { type: 'string' },
  resolve: { type: 'string', multiple: true },
  login: { type: 'string' },
  baseline: { type: 'string' },
  'update-baseline': { type: 'boolean' },
  history: { type: 'string' },
  strict: { type: 'boolean' },
} as const;

/** The target a run's flags name (`--target`, else CONFORMANCE_TARGET), unchecked; undefined for the embedded server. */
export function targetOf(flags: Flags, env: NodeJS.ProcessEnv): string | undefined {
  return stringFlag(flags, 'target') ?? env.CONFORMANCE_TARGET;
}

/** The key a run sends (`--token`, else a non-empty CONFORMANCE_TOKEN): the embedded server must accept the same. */
export function tokenOf(flags: Flags, env: NodeJS.ProcessEnv): string | undefined {
  return stringFlag(flags, 'token') ?? (env.CONFORMANCE_TOKEN || undefined);
}
