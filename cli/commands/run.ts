/** `conformance run`: the suites against a target, ending in allure-results, JUnit XML and the HTML report. */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Mocha from 'mocha';
import { DEFAULT_CONFIG, parsePathValues, parseResolveOption, parseShard, parseWholeNumber, UsageError, type RunConfig } from '../../engine/config';
import { openSession, SetupError, type Session } from '../../engine/session';
import { Engine } from '../../engine/engine';
import { buildSuites } from '../../suites/build-suites';
import { checkRegistry } from '../../suites/registry';
import { cleanupLine, leftoverRecord } from '../../engine/cleanup';
import { ALLURE_CATEGORIES } from '../../reporters/categories';
import { renderHtmlReport } from '../../reporters/html';
import { scrubDirectory, scrubFile } from '../../reporters/scrub';
import { PlainResultsWriter, type ResultFileSink } from '../../reporters/results-writer';
import { redact } from '../../engine/credentials';
import { loginCredentials } from '../../engine/login';
import { listFlag, parseFlags, stringFlag, type Flags } from '../args';
import { parsePhaseNames } from '../../engine/phase-selection';
import { coverageLine, writeCoverageMap } from '../../reporters/coverage';
import type { Io } from '../io';
import { rejectConflicts } from '../conflicts';
import { onInterrupt } from '../interrupt';
import { moduleFile } from '../module-file';
import { startEmbeddedServer } from '../embedded-server';
import type { EmbeddedServer } from '../../engine/embedded';
import { resolvedAddress, type ResolveMap } from '../../targets/resolve';
import { finishFindings, startFindings } from './run-findings';
import { RUN_OPTIONS, targetOf, tokenOf } from './run-options';
import { startExchangeReporters } from '../../reporters/worker/reporter-worker';
import { markLeniencyResults } from '../../reporters/leniency-results';
import { countByKind, leniencyFindings } from '../../engine/leniency';

/** Turns run flags (and CONFORMANCE_TOKEN) into a RunConfig. */
export function runConfigFromFlags(flags: Flags, env: NodeJS.ProcessEnv): RunConfig {
  const config: RunConfig = { ...DEFAULT_CONFIG, pathValues: {} };
  const target = targetOf(flags, env);
  if (target !== undefined) {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      throw new UsageError(`--target takes an http(s) URL, not '${target}'`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new UsageError(`--target takes an http(s) URL, not '${target}'`);
    config.target = target;
  }
  config.token = tokenOf(flags, env);
  config.specs = listFlag(flags, 'spec');
  config.overlays = flags.raw !== true;
  const seed = stringFlag(flags, 'seed');
  config.seed = seed !== undefined ? parseWholeNumber(seed, '--seed') : Math.floor(Math.random() * 2 ** 31);
  const runs = stringFlag(flags, 'runs');
  if (runs !== undefined) config.runs = parseWholeNumber(runs, '--runs', 1);
  config.only = listFlag(flags, 'only');
  config.skip = listFlag(flags, 'skip');
  config.checks = listFlag(flags, 'check');
  config.skipChecks = listFlag(flags, 'skip-check');
  config.phases = parsePhaseNames(listFlag(flags, 'phase'), '--phase');
  config.skipPhases = parsePhaseNames(listFlag(flags, 'skip-phase'), '--skip-phase');
  config.pathValues = parsePathValues(listFlag(flags, 'path-param'));
  config.reportDir = stringFlag(flags, 'report') ?? config.reportDir;
  const timeout = stringFlag(flags, 'timeout');
  if (timeout !== undefined) config.timeoutMs = parseWholeNumber(timeout, '--timeout', 1);
  const budget = stringFlag(flags, 'max-response-time');
  if (budget !== undefined) config.maxResponseTimeMs = parseWholeNumber(budget, '--max-response-time', 1);
  const sample = stringFlag(flags, 'report-requests');
  if (sample !== undefined) config.reportRequests = parseWholeNumber(sample, '--report-requests');
  config.allowWrites = flags['allow-writes'] === true;
  const rps = stringFlag(flags, 'rps');
  if (rps !== undefined) config.rps = parseWholeNumber(rps, '--rps', 1);
  const concurrency = stringFlag(flags, 'concurrency');
  if (concurrency !== undefined) config.concurrency = parseWholeNumber(concurrency, '--concurrency', 1);
  const maxBody = stringFlag(flags, 'max-body');
  if (maxBody !== undefined) config.maxBodyBytes = parseWholeNumber(maxBody, '--max-body', 1);
  const shard = stringFlag(flags, 'shard') ?? (env.CONFORMANCE_SHARD || undefined);
  if (shard !== undefined) config.shard = parseShard(shard);
  config.resolve = parseResolveOption(listFlag(flags, 'resolve'));
  config.loginPath = stringFlag(flags, 'login');
  if (config.loginPath !== undefined) {
    if (!config.loginPath.startsWith('/')) throw new UsageError(`--login takes the login endpoint's path on the target (e.g. /api/v1/auth/login/), not '${config.loginPath}'`);
    if (stringFlag(flags, 'token') !== undefined) throw new UsageError('--login and --token both give the credentials; give one of them');
    loginCredentials(env);
  }
  config.strict = flags.strict === true || env.CONFORMANCE_STRICT === 'true';
  rejectConflicts(config);
  return config;
}

/** Resolves when a TCP connection to the target opens within the timeout; a one-line SetupError otherwise. */
export function probeTarget(baseUrl: string, timeoutMs: number, overrides: ResolveMap = {}): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: resolvedAddress(overrides, url.hostname, port) ?? url.hostname, port });
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new SetupError(`target ${url.protocol}//${url.host} is unreachable: no connection within ${timeoutMs} ms`));
    }, timeoutMs);
    socket.once('connect', () => {
      clearTimeout(timer);
      socket.end();
      resolve();
    });
    socket.once('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(new SetupError(`target ${url.protocol}//${url.host} is unreachable: ${err.code ?? err.message}`));
    });
  });
}

/** A URL without user information (credentials embedded in a target URL must not reach a report). */
function withoutUserInfo(url: string): string {
  const parsed = new URL(url);
  parsed.username = '';
  parsed.password = '';
  return parsed.toString().replace(/\/$/, '');
}

/** Key/value pairs for Allure's environment.properties. */
function environmentInfo(session: Session): Record<string, string> {
  const { config } = session;
  return {
    target: withoutUserInfo(session.target.baseUrl),
    'target.kind': session.embedded ? 'embedded reference server' : 'external',
    specs: session.specVersions.join('; '),
    seed: String(session.config.seed),
    runs: String(session.config.runs),
    checks: session.checks.map((c) => c.name).join('; '),
    writes: session.policy.allowed ? (session.policy.ownObjectsOnly ? 'allowed, own objects only' : 'allowed (loopback target)') : 'not sent',
    shard: config.shard ? `${config.shard.index}/${config.shard.count}` : 'all',
    load: `concurrency ${config.concurrency}${config.rps ? `, ${config.rps} requests/s` : ''}`,
  };
}

/**
 * Runs mocha over the suites declared from the engine and resolves with its stats; a first SIGINT/SIGTERM ends it
 * early. Its Allure result files go to `files`. The tree is declared here, from the engine this command opened (as
 * mocha's own file loading would, so every test carries the entry's file name), rather than by loading the entry
 * file and handing it the engine through a global.
 */
function runMocha(engine: Engine, reportDir: string, io: Io, files: ResultFileSink): Promise<{ passes: number; failures: number; pending: number }> {
  const { session } = engine;
  const resultsDir = path.join(reportDir, 'allure-results');
  const junitFile = path.join(reportDir, 'junit', 'conformance.xml');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(junitFile), { recursive: true });
  const writer = new PlainResultsWriter(resultsDir, files);
  const mocha = new Mocha({
    timeout: 0,
    reporter: require.resolve('allure-mocha'),
    reporterOptions: {
      resultsDir,
      writer,
      environmentInfo: environmentInfo(session),
      categories: ALLURE_CATEGORIES,
      extraReporters: [
        [moduleFile(__dirname, '../../reporters/progress-reporter'), { secrets: session.secrets }],
        ['xunit', { output: junitFile, suiteName: 'conformance' }],
        [moduleFile(__dirname, '../../reporters/summary-reporter'), { output: path.join(reportDir, 'summary.json') }],
      ],
    },
  });
  declareSuites(mocha, moduleFile(__dirname, '../../suites/conformance.spec'), () => buildSuites(engine));
  return new Promise((resolve) => {
    const stopListening = onInterrupt((signal) => {
      // Nothing more is sent (except cleanup); the phase in flight ends with its cases not sent, mocha stops after it.
      engine.stop(`the run was interrupted by ${signal}`);
      io.stderr(`conformance: ${signal}: stopping after the current test, then removing what the run created (again to quit at once)`);
      runner.abort();
    });
    const runner = mocha.run(() => {
      stopListening();
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const done = (): void => resolve({ passes: stats.passes, failures: stats.failures, pending: stats.pending });
      // The results are written in the background; what reads them after the run must find them all.
      writer.flush().then(done, (err: Error) => {
        io.stderr(`conformance: ${err.message}`);
        done();
      });
    });
  });
}

/** Declares suites into a mocha instance the way mocha loads a file: its interface's globals bound, then `declare()`. */
function declareSuites(mocha: Mocha, file: string, declare: () => void): void {
  const { EVENT_FILE_PRE_REQUIRE, EVENT_FILE_REQUIRE, EVENT_FILE_POST_REQUIRE } = Mocha.Suite.constants;
  mocha.suite.emit(EVENT_FILE_PRE_REQUIRE, global, file, mocha);
  declare();
  mocha.suite.emit(EVENT_FILE_REQUIRE, {}, file, mocha);
  mocha.suite.emit(EVENT_FILE_POST_REQUIRE, global, file, mocha);
}

/** Removes what the run created on an external target; the leftovers (with where last seen) go to cleanup.json only. */
async function cleanUp(session: Session, reportDir: string): Promise<string | undefined> {
  if (session.embedded || session.ledger.entries.length === 0) return undefined;
  const result = await session.cleanUp();
  const file = path.join(reportDir, 'cleanup.json');
  fs.mkdirSync(reportDir, { recursive: true });
  const record = { created: result.created, removed: result.removed, leftBehind: result.leftovers.length, leftovers: result.leftovers.map(leftoverRecord) };
  fs.writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  return cleanupLine(result, file);
}

/** `conformance run`: resolves with the exit code; `early` is the reference server cli/main started for it (early-server.ts). */
export async function runCommand(argv: string[], rawIo: Io, early?: Promise<EmbeddedServer>): Promise<number> {
  // Only files written from now on are the run's to scrub (reporters/scrub.ts).
  const startedAt = Date.now();
  let flags: Flags;
  let config: RunConfig;
  try {
    flags = parseFlags('run', argv, { ...RUN_OPTIONS, help: { type: 'boolean' } });
    config = runConfigFromFlags(flags, rawIo.env);
  } catch (err) {
    // A server started before the flags were judged must not keep the process alive after a usage error.
    await early?.then((server) => server.close(), () => undefined);
    throw err;
  }
  // Whatever is printed passes through the token filter: a message built from a server's answer could carry it.
  let session: Session | undefined;
  let starting: Promise<EmbeddedServer> | undefined;
  // Every secret the run knows of: the token and password before the session opens, then each key a login returns.
  const secrets = (): (string | undefined)[] => [config.token, rawIo.env.CONFORMANCE_PASSWORD, ...(session?.secrets ?? [])];
  const io: Io = { ...rawIo, stdout: (line) => rawIo.stdout(redact(line, secrets())), stderr: (line) => rawIo.stderr(redact(line, secrets())) };
  try {
    // The embedded reference server runs on its own thread, started by the CLI rather than by the engine: by
    // cli/main before this command's modules loaded (early-server.ts), else here; it boots while the specs load.
    if (!config.target) {
      starting = early ?? startEmbeddedServer(config.token);
      starting.catch(() => undefined);
    }
    const findings = startFindings(stringFlag(flags, 'baseline'), flags['update-baseline'] === true);
    session = await openSession(config, starting, checkRegistry);
    const engine = new Engine(session, { accepted: findings.accepted });
    if (config.target) await probeTarget(config.target, Math.min(config.timeoutMs, 10_000), config.resolve);
    const shard = config.shard ? `, shard ${config.shard.index}/${config.shard.count}` : '';
    const writes = session.policy.allowed ? '' : `; ${session.policy.reason}`;
    io.stderr(`conformance: ${session.target.name} ${withoutUserInfo(session.target.baseUrl)}, seed ${config.seed}, ${config.runs} fuzz case(s) per phase${shard}${writes}`);
    const selected = session.apis.map((api) => ({ ...api, operations: session?.operations.get(api.name) ?? [] }));
    // The HAR, the coverage map and the Allure result files are made on a reporter thread, off this CPU-bound one
    // (or here if it fails to start).
    const exchangeReporters = startExchangeReporters(session, selected, withoutUserInfo(session.target.baseUrl), path.join(config.reportDir, 'exchanges.har'), { warn: io.stderr });
    const stats = await runMocha(engine, config.reportDir, io, exchangeReporters.files);
    const { har, coverage: coverageReport, errors: reporterErrors, problem: reporterProblem } = await exchangeReporters.close();
    session.events.listenerErrors.push(...reporterErrors);
    if (reporterProblem) io.stderr(reporterProblem);
    markLeniencyResults(path.join(config.reportDir, 'allure-results'));
    const coverageFiles = coverageReport && writeCoverageMap(config.reportDir, coverageReport);
    const cleanupSummary = await cleanUp(session, config.reportDir);
    const resultsDir = path.join(config.reportDir, 'allure-results');
    const found = finishFindings(findings, engine.findings, config.reportDir, { specs: config.specs, overlays: config.overlays, target: config.target ? withoutUserInfo(config.target) : undefined });
    // Before rendering: the HTML report embeds the results, so they must be clean first.
    scrubDirectory(config.reportDir, session.secrets, { since: startedAt });
    const reportLines: string[] = [
      `allure-results: ${resultsDir}`,
      `junit: ${path.join(config.reportDir, 'junit', 'conformance.xml')}`,
      `summary: ${path.join(config.reportDir, 'summary.json')}`,
      ...(coverageFiles ? [`coverage map: ${coverageFiles.html}`] : []),
    ];
    reportLines.push(...found.lines, ...(reporterProblem ? [] : [`exchanges: ${har.file} (${har.entries} request(s), HAR 1.2)`]));
    if (cleanupSummary) reportLines.push(cleanupSummary);
    const lenient = leniencyFindings(session).length;
    if (lenient > 0) reportLines.push(`leniency: ${lenient} finding(s): invalid input accepted and shown to be ignored, clamped or coerced, or a valid reference to no object refused (${countByKind(leniencyFindings(session))}) (${config.strict ? 'counted as failures: --strict' : 'not failures; --strict counts them'})`);
    if (flags.html !== false) {
      try {
        const historyPath = stringFlag(flags, 'history') ?? path.join(config.reportDir, 'history.jsonl');
        reportLines.push(`report: ${await renderHtmlReport(resultsDir, path.join(config.reportDir, 'allure-report'), { historyPath, accepted: found.accepted })}`);
        scrubDirectory(path.join(config.reportDir, 'allure-report'), session.secrets, { since: startedAt });
        scrubFile(historyPath, session.secrets);
      } catch (err) {
        io.stderr(`conformance: ${(err as Error).message}`);
      }
    }
    if (session.events.listenerErrors.length > 0) {
      io.stderr(`conformance: ${session.events.listenerErrors.length} reporter error(s), the first: ${session.events.listenerErrors[0]}`);
    }
    for (const line of reportLines) io.stdout(line);
    // Each failed test is one finding (or a broken setup/generation test); known findings are counted apart.
    const failed = stats.failures - found.knownFailed;
    if (coverageReport) io.stdout(coverageLine(coverageReport));
    if (found.knownLine) io.stdout(found.knownLine);
    io.stdout(`conformance: ${stats.passes} passed, ${failed} failed, ${stats.pending} skipped`);
    if (session.stopping) {
      io.stderr(`conformance: ${session.stopping}; the results cover the tests that ran before it`);
      return 2;
    }
    return failed > 0 ? 1 : 0;
  } finally {
    await session?.close();
    // Closed even when the session never opened (a spec error while the thread was still starting).
    await starting?.then((server) => server.close(), () => undefined);
  }
}
