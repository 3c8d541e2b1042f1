/**
 * A run session: the loaded API models, the target the requests go to, the selected checks. Opened once per
 * run, before mocha builds its suites, so that an unusable spec or an unreachable target stops the run early.
 */
import type { ApiModel, Operation } from '../../generators/model/operation';
import { buildApiModelTolerant } from '../../generators/model/build-tolerant';
import { listBundledApis, loadBundledApi } from '../../generators/spec/load';
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
import { startInProcessServer, type EmbeddedServer } from './embedded';
import { logIn, loginCredentials, LoginSession } from './login';

/** What every phase of every operation shares during a run. */
export interface Session {
  config: RunConfig;
  apis: ApiModel[];
  /** Operations selected by --only/--skip and --shard, per API name. */
  operations: Map<string, Operation[]>;
  target: Target;
  /** True when the target is the embedded reference server. */
  embedded: boolean;
  /** Spec versions for the report's environment: `omnitron 1.0.0 (corrected)`. */
  specVersions: string[];
  checks: Check[];
  /** Path values found on the target per operation id (filled by discovery before the suites run). */
  discovered: DiscoveredValues;
  /** Scenario (multi-request, semantic) checks selected for the run. */
  scenarios: ScenarioCheck[];
  context: CheckContext;
  /** Which writes may be sent to this target. */
  policy: WritePolicy;
  /** Objects the run created. */
  ledger: Ledger;
  /** On a shared target with --allow-writes: path values of the run's own objects per writing operation id, or why there are none. */
  owned: Map<string, { values: Record<string, unknown[]> } | { reason: string }>;
  /** The run's typed events: reporters subscribe here. */
  events: RunEvents;
  /** Every secret of the run (the token, each key a login returned, the login password): redacted everywhere. */
  secrets: string[];
  /** With --login: the current key and its renewal after a 401. */
  login?: LoginSession;
  /** Set (to the reason) once the run is interrupted: nothing more is sent except cleanup. */
  stopping?: string;
  /** Removes the objects still in the ledger (a no-op when there are none). */
  cleanUp(): Promise<CleanupResult>;
  /** Cleans up (on a target that is not the embedded server) and closes the target and the embedded server. */
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
  for (const spec of loaded) apis.push(await buildApiModelTolerant(spec.document, { name: spec.name, source: spec.sources[0], origins: spec.origins, findings: spec.findings }));
  return apis;
}

/**
 * Opens a session: specs loaded and validated, checks selected from `registry` (suites/registry's, handed in by
 * the entry so the engine does not import the checks built on it), target started or probed. Without a target
 * the run goes to `server`, the reference server its caller started (the CLI, on a thread), which the caller
 * closes; given neither, the session starts one in this thread and closes it itself.
 */
export async function openSession(config: RunConfig, server: EmbeddedServer | undefined, registry: CheckRegistry): Promise<Session> {
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

  let embedded: EmbeddedServer | undefined;
  let ownsServer = false;
  const runConfig = { ...config };
  if (!config.target) {
    ownsServer = server === undefined;
    embedded = server ?? (await startInProcessServer(config.token));
    runConfig.token = embedded.token;
  }
  const baseUrl = config.target ?? (embedded as { url: string }).url;
  // The embedded server says which path values exist in its seed, as a user would with --path-param.
  if (embedded) runConfig.pathValues = { ...embedded.pathValues, ...config.pathValues };
  const http = createHttpTarget(config.target ? 'target' : 'embedded reference server', baseUrl, {
    timeoutMs: config.timeoutMs,
    maxBodyBytes: config.maxBodyBytes,
    maxSockets: config.concurrency,
    resolve: config.resolve,
  });
  const target = politeTarget(http, { concurrency: config.concurrency, rps: config.rps });
  const secrets = [runConfig.token].filter((s): s is string => typeof s === 'string');
  let login: LoginSession | undefined;
  if (config.loginPath) {
    const credentials = loginCredentials(process.env);
    secrets.push(credentials.password);
    try {
      const key = await logIn(target, config.loginPath, credentials);
      const useKey = (fresh: string): void => {
        runConfig.token = fresh;
        secrets.push(fresh);
      };
      useKey(key);
      login = new LoginSession(target, config.loginPath, credentials, useKey, key);
    } catch (err) {
      await target.close();
      if (embedded && ownsServer) await embedded.close();
      throw new SetupError(oneLine(err));
    }
  }
  const ledger = new Ledger();
  let closed = false;
  let cleanup: Promise<CleanupResult> | undefined;
  const session: Session = {
    config: runConfig,
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
    events: new RunEvents(),
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
      if (embedded && ownsServer) await embedded.close();
    },
  };
  return session;
}

/** The first line of an error's message. */
export function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0];
}
