/**
 * A run session: the loaded API models, the target the requests go to, the selected checks. Opened once per
 * run, before mocha builds its suites, so that an unusable spec or an unreachable target stops the run early.
 */
import type { ApiModel, Operation } from '../model/operation';
import { buildApiModelTolerant } from '../model/build-tolerant';
import { listBundledApis, loadBundledApi } from '../spec/load';
import { loadRunSpec } from './spec-source';
import type { Check, CheckContext } from '../checks/check';
import type { ScenarioCheck } from './scenario-check';
import type { CheckRegistry } from './check-set';
import type { Target } from '../targets/target';
import { createHttpTarget } from '../targets/http-target';
import { politeTarget } from '../targets/polite-target';
import { UsageError, type RunConfig } from './config';
import { selectOperations } from './select-operations';
import type { DiscoveredValues } from './discover';
import { cleanupLedger, type CleanupResult } from './cleanup';
import { Ledger } from './ledger';
import { shardOperations } from './shard';
import { writePolicy, type WritePolicy } from './write-policy';
import { RunEvents } from './events';
import type { EmbeddedServer } from './embedded';
import { logIn, loginCredentials, LoginSession } from './login';
import { newLeniencyState, type LeniencyState } from './leniency-finding';
import { oneLine } from './one-line';

/** What a run is set up with: read-only once the session is open (the configuration itself is frozen). */
export interface RunSetup {
  readonly config: Readonly<RunConfig>;
  readonly apis: ApiModel[];
  /** Operations selected by --only/--skip and --shard, per API name. */
  readonly operations: ReadonlyMap<string, Operation[]>;
  readonly target: Target;
  /** True when the target is the embedded reference server. */
  readonly embedded: boolean;
  /** Spec versions for the report's environment: `omnitron 1.0.0 (corrected)`. */
  readonly specVersions: readonly string[];
  readonly checks: readonly Check[];
  /** Scenario (multi-request, semantic) checks selected for the run. */
  readonly scenarios: readonly ScenarioCheck[];
  readonly context: CheckContext;
  /** Which writes may be sent to this target. */
  readonly policy: WritePolicy;
  /** The run's typed events: reporters subscribe here. */
  readonly events: RunEvents;
}

/** What changes while the run goes: the only fields of a session anything may write. */
export interface RunState {
  /** Path values found on the target per operation id (filled by discovery as each operation starts). */
  discovered: DiscoveredValues;
  /** Objects the run created. */
  ledger: Ledger;
  /** On a shared target with --allow-writes: path values of the run's own objects per writing operation id, or why there are none. */
  owned: Map<string, { values: Record<string, unknown[]> } | { reason: string }>;
  /** Every secret of the run (the token, each key a login returned, the login password): redacted everywhere. */
  secrets: string[];
  /** The key requests carry now: the configured token, or the latest key a login returned. */
  token?: string;
  /** With --login: the current key and its renewal after a 401. */
  login?: LoginSession;
  /** Set (to the reason) once the run is interrupted: nothing more is sent except cleanup. */
  stopping?: string;
  /** Leniency findings so far and the answers of their extra requests (leniency.ts, reference-leniency.ts). */
  leniency: LeniencyState;
}

/** What every phase of every operation shares during a run: its setup and its state. */
export interface Session extends RunSetup, RunState {
  /** Removes the objects still in the ledger (a no-op when there are none). */
  cleanUp(): Promise<CleanupResult>;
  /** Cleans up (on a target that is not the embedded server) and closes the target (the server is its caller's). */
  close(): Promise<void>;
}

/** A spec or target problem that makes the run impossible: exit code 2. */
export class SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SetupError';
  }
}

/** Loads the specs named by the config (the bundled ones by default) into API models. */
export async function loadApis(config: RunConfig): Promise<ApiModel[]> {
  const loaded = config.specs.length > 0
    ? await Promise.all(config.specs.map((entry: string) => loadRunSpec(entry, config)))
    : await Promise.all(listBundledApis().map((name) => loadBundledApi(name, { overlays: config.overlays })));
  const apis: ApiModel[] = [];
  // Defects become spec findings with a fallback (reported under each API's `spec`), so the rest of the document runs.
  for (const spec of loaded) apis.push(await buildApiModelTolerant(spec.document, { name: spec.name, source: spec.sources[0], origins: spec.origins, findings: spec.findings, servedWithCredentials: spec.servedWithCredentials }));
  return apis;
}

/**
 * Opens a session: specs loaded and validated, checks selected from `registry` (suites/registry's, handed in by
 * the entry so the engine does not import the checks built on it), target set up. Without a target the run goes to
 * `server`, the reference server its caller started (the CLI on a thread, the mocha entry and tests in-process with
 * suites/in-process-server.ts), which the caller closes; it may still be starting (the specs load meanwhile). The engine
 * never starts a server itself.
 */
export async function openSession(config: RunConfig, server: EmbeddedServer | Promise<EmbeddedServer> | undefined, registry: CheckRegistry, events: RunEvents = new RunEvents()): Promise<Session> {
  if (!config.target && !server) throw new SetupError('no target: give --target URL (or CONFORMANCE_TARGET), or start the embedded reference server and pass it');
  // --check/--skip-check name response checks and scenario checks alike.
  const { checks, scenarios } = registry.select({ only: config.checks, skip: config.skipChecks });
  let apis: ApiModel[];
  try {
    apis = await loadApis(config);
  } catch (err) {
    throw new SetupError(oneLine(err));
  }
  const selected = new Map<string, Operation[]>();
  for (const api of apis) selected.set(api.name, selectOperations(api.operations, config.only, config.skip));
  const total = [...selected.values()].reduce((n, ops) => n + ops.length, 0);
  // A shard may be empty (more shards than operations): it runs nothing and says so, rather than failing.
  const operations = shardOperations(selected, config.shard);
  // A document whose every operation is defective still runs: its findings are the verdict.
  const onlyFindings = apis.every((api) => api.operations.length === 0) && apis.some((api) => (api.specFindings?.length ?? 0) > 0);
  if (total === 0 && !onlyFindings) throw new UsageError(`no operation matches --only ${config.only.join(',') || '(all)'} / --skip ${config.skip.join(',') || '(none)'}`);

  const embedded = config.target ? undefined : await server;
  // Copied: the configuration is frozen below, and the caller's (or the server's) own lists must not be.
  const runConfig: RunConfig = structuredClone({ ...config, pathValues: { ...config.pathValues } });
  if (embedded) runConfig.token = embedded.token;
  const baseUrl = config.target ?? (embedded as { url: string }).url;
  // The embedded server says which path values exist in its seed, as a user would with --path-param.
  if (embedded) runConfig.pathValues = structuredClone({ ...embedded.pathValues, ...runConfig.pathValues });
  const http = createHttpTarget(config.target ? 'target' : 'embedded reference server', baseUrl, {
    timeoutMs: config.timeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    maxSockets: config.concurrency,
    resolve: config.resolve,
  });
  const target = politeTarget(http, { concurrency: config.concurrency, rps: config.rps });
  const secrets = [runConfig.token].filter((s): s is string => typeof s === 'string');
  let login: LoginSession | undefined;
  // The key in use: the state's `token` reads and writes it, a login renewal too (before and after the session exists).
  const current: Pick<RunState, 'token'> = { token: runConfig.token };
  if (config.loginPath) {
    const credentials = loginCredentials(process.env);
    secrets.push(credentials.password);
    try {
      const key = await logIn(target, config.loginPath, credentials);
      const useKey = (fresh: string): void => {
        current.token = fresh;
        secrets.push(fresh);
      };
      useKey(key);
      login = new LoginSession(target, config.loginPath, credentials, useKey, key);
    } catch (err) {
      await target.close();
      throw new SetupError(oneLine(err));
    }
  }
  const ledger = new Ledger();
  let closed = false;
  let cleanup: Promise<CleanupResult> | undefined;
  const session: Session = {
    config: deepFreeze(runConfig),
    get token() {
      return current.token;
    },
    set token(fresh: string | undefined) {
      current.token = fresh;
    },
    apis,
    operations,
    target,
    embedded: embedded !== undefined,
    specVersions: apis.map((api) => `${api.name} ${api.version}${config.overlays ? ' (corrected)' : ' (as published)'}`),
    // A check with nothing to judge in this run (no budget asked for) gets no test: it could only pass.
    checks: checks.filter((check) => !check.idleReason?.({ api: apis[0], maxResponseTimeMs: config.maxResponseTimeMs })),
    discovered: new Map(),
    scenarios,
    context: { api: apis[0], maxResponseTimeMs: config.maxResponseTimeMs },
    policy: writePolicy(baseUrl, config.allowWrites),
    ledger,
    owned: new Map(),
    leniency: newLeniencyState(),
    events,
    secrets,
    login,
    // Once per run: a second pass would only repeat the leftovers' requests (and their lines).
    cleanUp: () => (cleanup ??= cleanupLedger(session)),
    async close() {
      if (closed) return;
      closed = true;
      // The embedded server disappears with the run, so what the run created there needs no removing.
      if (!embedded && !cleanup && ledger.remaining().length > 0) {
        const result = await session.cleanUp();
        process.stderr.write(`conformance: cleanup: removed ${result.removed} of ${result.created}, ${result.leftovers.length} left behind\n`);
      }
      await target.close();
    },
  };
  return session;
}

/** Freezes an object and the objects and arrays it holds: a run's configuration does not change once it started. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

