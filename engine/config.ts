/**
 * The run's configuration. The command line and plain `npx mocha` meet here: the CLI writes these settings into
 * the environment, the mocha entry reads them back, so both run the same suites the same way.
 */

import { formatResolve, parseResolve, ResolveSyntaxError } from '../targets/resolve';

/** Everything a conformance run needs to know. */
export interface RunConfig {
  /** Base URL of the target; undefined = the embedded reference server, started in-process. */
  target?: string;
  /** API key for the target; never printed. */
  token?: string;
  /** Spec files; empty = the bundled APIs. */
  specs: string[];
  /** Apply the bundled specs' correcting overlays (the default). */
  overlays: boolean;
  seed: number;
  /** Fuzz cases per operation and phase. */
  runs: number;
  /** Filters by operationId, tag or path (a `*` wildcard is allowed). */
  only: string[];
  skip: string[];
  /** Phase names to run / skip (`--phase`, `--skip-phase`); empty = every phase. */
  phases: string[];
  skipPhases: string[];
  /** Check names to run / skip. */
  checks: string[];
  skipChecks: string[];
  reportDir: string;
  timeoutMs: number;
  /** Response-time budget; off when undefined. */
  maxResponseTimeMs?: number;
  /** How many exchanges each report entry shows besides its failures. */
  reportRequests: number;
  /** Path parameter values to use (`channel_id=1`), besides the spec's examples. */
  pathValues: Record<string, string[]>;
  /** Send writes to a target that is not on a loopback address (off: such operations are skipped). */
  allowWrites: boolean;
  /** Requests per second at most; unbounded when undefined. */
  rps?: number;
  /** Requests in flight at most. */
  concurrency: number;
  /** Bodies beyond this many bytes are cut and fail the checks that need them. */
  maxBodyBytes: number;
  /** This run's share of the operations (`--shard 2/4`); the whole when undefined. */
  shard?: Shard;
  /** `--resolve HOST:PORT:ADDRESS` overrides, as `host:port` → address (see targets/resolve.ts). */
  resolve: Record<string, string>;
  /** `--login PATH`: log in there with CONFORMANCE_USERNAME/CONFORMANCE_PASSWORD and use the key it returns. */
  loginPath?: string;
  /** Leniency findings (invalid input accepted and shown to be ignored) count as failures (`--strict`). */
  strict: boolean;
}

/** One of `count` deterministic shares of the operations, numbered from 1. */
export interface Shard {
  index: number;
  count: number;
}

/** Thrown for a bad option: the CLI turns it into exit code 2 with a one-line message. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The run's defaults. */
export const DEFAULT_CONFIG: RunConfig = {
  specs: [],
  overlays: true,
  seed: 0,
  runs: 50,
  only: [],
  skip: [],
  phases: [],
  skipPhases: [],
  checks: [],
  skipChecks: [],
  reportDir: 'reports',
  timeoutMs: 10_000,
  reportRequests: 3,
  pathValues: {},
  allowWrites: false,
  concurrency: 16,
  maxBodyBytes: 10 * 1024 * 1024,
  resolve: {},
  strict: false,
};

const ENV = {
  target: 'CONFORMANCE_TARGET',
  token: 'CONFORMANCE_TOKEN',
  specs: 'CONFORMANCE_SPECS',
  overlays: 'CONFORMANCE_OVERLAYS',
  seed: 'CONFORMANCE_SEED',
  runs: 'CONFORMANCE_RUNS',
  only: 'CONFORMANCE_ONLY',
  skip: 'CONFORMANCE_SKIP',
  phases: 'CONFORMANCE_PHASES',
  skipPhases: 'CONFORMANCE_SKIP_PHASES',
  checks: 'CONFORMANCE_CHECKS',
  skipChecks: 'CONFORMANCE_SKIP_CHECKS',
  reportDir: 'CONFORMANCE_REPORT_DIR',
  timeoutMs: 'CONFORMANCE_TIMEOUT',
  maxResponseTimeMs: 'CONFORMANCE_MAX_RESPONSE_TIME',
  reportRequests: 'CONFORMANCE_REPORT_REQUESTS',
  pathValues: 'CONFORMANCE_PATH_VALUES',
  allowWrites: 'CONFORMANCE_ALLOW_WRITES',
  rps: 'CONFORMANCE_RPS',
  concurrency: 'CONFORMANCE_CONCURRENCY',
  maxBodyBytes: 'CONFORMANCE_MAX_BODY',
  shard: 'CONFORMANCE_SHARD',
  resolve: 'CONFORMANCE_RESOLVE',
  loginPath: 'CONFORMANCE_LOGIN',
  strict: 'CONFORMANCE_STRICT',
} as const;

/** Parses a whole non-negative number or throws a UsageError naming the option. */
export function parseWholeNumber(value: string, option: string, min = 0): number {
  if (!/^\d+$/.test(value.trim()) || Number(value) < min || !Number.isSafeInteger(Number(value))) {
    throw new UsageError(`${option} takes a whole number${min > 0 ? ` of at least ${min}` : ''}, not '${value}'`);
  }
  return Number(value);
}

/** Parses `name=value` pairs into path parameter values. */
export function parsePathValues(pairs: string[]): Record<string, string[]> {
  const values: Record<string, string[]> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new UsageError(`--path-param takes name=value, not '${pair}'`);
    (values[pair.slice(0, eq)] ??= []).push(pair.slice(eq + 1));
  }
  return values;
}

/** Parses `--resolve` entries, a syntax error becoming a one-line UsageError. */
export function parseResolveOption(entries: string[]): Record<string, string> {
  try {
    return parseResolve(entries);
  } catch (err) {
    if (err instanceof ResolveSyntaxError) throw new UsageError(err.message);
    throw err;
  }
}

/** Parses `i/n` (1 ≤ i ≤ n) or throws a one-line UsageError naming the option. */
export function parseShard(value: string, option = '--shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = match ? Number(match[1]) : NaN;
  const count = match ? Number(match[2]) : NaN;
  if (!match || count < 1 || index < 1 || index > count || !Number.isSafeInteger(count)) {
    throw new UsageError(`${option} takes i/n with 1 <= i <= n (e.g. 2/4), not '${value}'`);
  }
  return { index, count };
}

function list(value: string | undefined): string[] {
  return value ? value.split(',').map((s) => s.trim()).filter(Boolean) : [];
}

/** Reads the configuration from environment variables (how `npx mocha` alone is configured). */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const config: RunConfig = { ...DEFAULT_CONFIG, pathValues: {} };
  if (env[ENV.target]) config.target = env[ENV.target];
  if (env[ENV.token]) config.token = env[ENV.token];
  config.specs = list(env[ENV.specs]);
  if (env[ENV.overlays] === 'false') config.overlays = false;
  if (env[ENV.seed]) config.seed = parseWholeNumber(env[ENV.seed] as string, ENV.seed);
  else config.seed = Math.floor(Math.random() * 2 ** 31);
  if (env[ENV.runs]) config.runs = parseWholeNumber(env[ENV.runs] as string, ENV.runs, 1);
  config.only = list(env[ENV.only]);
  config.skip = list(env[ENV.skip]);
  config.phases = list(env[ENV.phases]);
  config.skipPhases = list(env[ENV.skipPhases]);
  config.checks = list(env[ENV.checks]);
  config.skipChecks = list(env[ENV.skipChecks]);
  if (env[ENV.reportDir]) config.reportDir = env[ENV.reportDir] as string;
  if (env[ENV.timeoutMs]) config.timeoutMs = parseWholeNumber(env[ENV.timeoutMs] as string, ENV.timeoutMs, 1);
  if (env[ENV.maxResponseTimeMs]) config.maxResponseTimeMs = parseWholeNumber(env[ENV.maxResponseTimeMs] as string, ENV.maxResponseTimeMs, 1);
  if (env[ENV.reportRequests]) config.reportRequests = parseWholeNumber(env[ENV.reportRequests] as string, ENV.reportRequests);
  if (env[ENV.pathValues]) config.pathValues = parsePathValues(list(env[ENV.pathValues]));
  config.allowWrites = env[ENV.allowWrites] === 'true';
  if (env[ENV.rps]) config.rps = parseWholeNumber(env[ENV.rps] as string, ENV.rps, 1);
  if (env[ENV.concurrency]) config.concurrency = parseWholeNumber(env[ENV.concurrency] as string, ENV.concurrency, 1);
  if (env[ENV.maxBodyBytes]) config.maxBodyBytes = parseWholeNumber(env[ENV.maxBodyBytes] as string, ENV.maxBodyBytes, 1);
  if (env[ENV.shard]) config.shard = parseShard(env[ENV.shard] as string, ENV.shard);
  config.resolve = parseResolveOption(list(env[ENV.resolve]));
  if (env[ENV.loginPath]) config.loginPath = env[ENV.loginPath];
  config.strict = env[ENV.strict] === 'true';
  return config;
}

/** Writes the configuration into environment variables, the inverse of configFromEnv. */
export function configToEnv(config: RunConfig): Record<string, string> {
  const env: Record<string, string> = {
    [ENV.specs]: config.specs.join(','),
    [ENV.overlays]: String(config.overlays),
    [ENV.seed]: String(config.seed),
    [ENV.runs]: String(config.runs),
    [ENV.only]: config.only.join(','),
    [ENV.skip]: config.skip.join(','),
    [ENV.phases]: config.phases.join(','),
    [ENV.skipPhases]: config.skipPhases.join(','),
    [ENV.checks]: config.checks.join(','),
    [ENV.skipChecks]: config.skipChecks.join(','),
    [ENV.reportDir]: config.reportDir,
    [ENV.timeoutMs]: String(config.timeoutMs),
    [ENV.reportRequests]: String(config.reportRequests),
    [ENV.pathValues]: Object.entries(config.pathValues).flatMap(([k, vs]) => vs.map((v) => `${k}=${v}`)).join(','),
    [ENV.allowWrites]: String(config.allowWrites),
    [ENV.concurrency]: String(config.concurrency),
    [ENV.maxBodyBytes]: String(config.maxBodyBytes),
    [ENV.strict]: String(config.strict),
  };
  if (config.rps !== undefined) env[ENV.rps] = String(config.rps);
  if (config.shard) env[ENV.shard] = `${config.shard.index}/${config.shard.count}`;
  const resolve = formatResolve(config.resolve);
  if (resolve.length > 0) env[ENV.resolve] = resolve.join(',');
  if (config.loginPath) env[ENV.loginPath] = config.loginPath;
  if (config.target) env[ENV.target] = config.target;
  if (config.token) env[ENV.token] = config.token;
  if (config.maxResponseTimeMs !== undefined) env[ENV.maxResponseTimeMs] = String(config.maxResponseTimeMs);
  return env;
}
