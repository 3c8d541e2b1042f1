/** `conformance run`: the suites against a target, ending in allure-results, JUnit XML and the HTML report. */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Mocha from 'mocha';
import { DEFAULT_CONFIG, parsePathValues, parseShard, parseWholeNumber, UsageError, type RunConfig } from '../../suites/runner/config';
import { setCurrentSession } from '../../suites/runner/current-session';
import { openSession, SetupError, type Session } from '../../suites/runner/session';
import { describeLeftover } from '../../suites/runner/cleanup';
import { ALLURE_CATEGORIES } from '../../suites/report/categories';
import { renderHtmlReport } from '../../suites/report/html';
import { scrubDirectory } from '../../suites/report/scrub';
import { redact } from '../../suites/runner/credentials';
import { listFlag, parseFlags, stringFlag, type Flags } from '../args';
import type { Io } from '../io';
import { rejectConflicts } from '../conflicts';
import { onInterrupt } from '../interrupt';
import { markLeniencyResults } from '../../suites/report/leniency-results';
import { leniencyFindings } from '../../suites/runner/leniency';

const RUN_OPTIONS = {
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
  strict: { type: 'boolean' },
} as const;

/** Turns run flags (and CONFORMANCE_TOKEN) into a RunConfig. */
export function runConfigFromFlags(flags: Flags, env: NodeJS.ProcessEnv): RunConfig {
  const config: RunConfig = { ...DEFAULT_CONFIG, pathValues: {} };
  const target = stringFlag(flags, 'target') ?? env.CONFORMANCE_TARGET;
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
  config.token = stringFlag(flags, 'token') ?? (env.CONFORMANCE_TOKEN || undefined);
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
  config.strict = flags.strict === true || env.CONFORMANCE_STRICT === 'true';
  rejectConflicts(config);
  return config;
}

/** Resolves when a TCP connection to the target opens within the timeout; a one-line SetupError otherwise. */
export function probeTarget(baseUrl: string, timeoutMs: number): Promise<void> {
  const url = new URL(baseUrl);
  const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: url.hostname, port });
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

/** Runs mocha over the generated suites and resolves with its stats; a first SIGINT/SIGTERM ends it early. */
function runMocha(session: Session, reportDir: string, io: Io): Promise<{ passes: number; failures: number; pending: number; setupFailed: boolean }> {
  const resultsDir = path.join(reportDir, 'allure-results');
  const junitFile = path.join(reportDir, 'junit', 'conformance.xml');
  fs.rmSync(resultsDir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(junitFile), { recursive: true });
  const mocha = new Mocha({
    delay: true,
    timeout: 0,
    reporter: require.resolve('allure-mocha'),
    reporterOptions: {
      resultsDir,
      environmentInfo: environmentInfo(session),
      categories: ALLURE_CATEGORIES,
      extraReporters: [
        [path.resolve(__dirname, '../../suites/report/progress-reporter.ts'), {}],
        ['xunit', { output: junitFile, suiteName: 'conformance' }],
        [path.resolve(__dirname, '../../suites/report/summary-reporter.ts'), { output: path.join(reportDir, 'summary.json') }],
      ],
    },
  });
  const entry = path.resolve(__dirname, '../../suites/conformance.spec.ts');
  // The entry may have been loaded by an earlier run in this process; mocha must evaluate it afresh.
  delete require.cache[entry];
  mocha.addFile(entry);
  setCurrentSession(session);
  return new Promise((resolve) => {
    const stopListening = onInterrupt((signal) => {
      // Nothing more is sent (except cleanup); the phase in flight ends with its cases not sent, mocha stops after it.
      session.stopping = `the run was interrupted by ${signal}`;
      io.stderr(`conformance: ${signal}: stopping after the current test, then removing what the run created (again to quit at once)`);
      runner.abort();
    });
    const runner = mocha.run(() => {
      stopListening();
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      resolve({ passes: stats.passes, failures: stats.failures, pending: stats.pending, setupFailed: process.exitCode === 2 });
    });
  });
}

/** Removes what the run created on an external target; reports leftovers on stderr and in cleanup.json. */
async function cleanUp(session: Session, reportDir: string, io: Io): Promise<string | undefined> {
  if (session.embedded || session.ledger.entries.length === 0) return undefined;
  const result = await session.cleanUp();
  const leftovers = result.leftovers.map(describeLeftover);
  for (const line of leftovers) io.stderr(`conformance: not removed: ${line}`);
  const file = path.join(reportDir, 'cleanup.json');
  fs.mkdirSync(reportDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ created: result.created, removed: result.removed, leftovers }, null, 1)}\n`);
  return `cleanup: removed ${result.removed} of ${result.created} object(s) the run created${leftovers.length ? `; ${leftovers.length} left (see ${file})` : ''}`;
}

/** `conformance run`: resolves with the exit code. */
export async function runCommand(argv: string[], rawIo: Io): Promise<number> {
  const flags = parseFlags('run', argv, { ...RUN_OPTIONS, help: { type: 'boolean' } });
  const config = runConfigFromFlags(flags, rawIo.env);
  // Whatever is printed passes through the token filter: a message built from a server's answer could carry it.
  const io: Io = { ...rawIo, stdout: (line) => rawIo.stdout(redact(line, config.token)), stderr: (line) => rawIo.stderr(redact(line, config.token)) };
  let session: Session | undefined;
  try {
    session = await openSession(config);
    if (config.target) await probeTarget(config.target, Math.min(config.timeoutMs, 10_000));
    const shard = config.shard ? `, shard ${config.shard.index}/${config.shard.count}` : '';
    const writes = session.policy.allowed ? '' : `; ${session.policy.reason}`;
    io.stderr(`conformance: ${session.target.name} ${withoutUserInfo(session.target.baseUrl)}, seed ${config.seed}, ${config.runs} fuzz case(s) per phase${shard}${writes}`);
    const stats = await runMocha(session, config.reportDir, io);
    if (stats.setupFailed) return 2;
    markLeniencyResults(path.join(config.reportDir, 'allure-results'));
    const cleanupLine = await cleanUp(session, config.reportDir, io);
    const resultsDir = path.join(config.reportDir, 'allure-results');
    // Before rendering: the HTML report embeds the results, so they must be clean first.
    scrubDirectory(config.reportDir, session.config.token);
    const reportLines: string[] = [
      `allure-results: ${resultsDir}`,
      `junit: ${path.join(config.reportDir, 'junit', 'conformance.xml')}`,
      `summary: ${path.join(config.reportDir, 'summary.json')}`,
    ];
    if (cleanupLine) reportLines.push(cleanupLine);
    const lenient = leniencyFindings(session).length;
    if (lenient > 0) reportLines.push(`leniency: ${lenient} finding(s): invalid input accepted and shown to be ignored (${config.strict ? 'counted as failures: --strict' : 'not failures; --strict counts them'})`);
    if (flags.html !== false) {
      try {
        reportLines.push(`report: ${await renderHtmlReport(resultsDir, path.join(config.reportDir, 'allure-report'))}`);
        scrubDirectory(path.join(config.reportDir, 'allure-report'), session.config.token);
      } catch (err) {
        io.stderr(`conformance: ${(err as Error).message}`);
      }
    }
    for (const line of reportLines) io.stdout(line);
    io.stdout(`conformance: ${stats.passes} passed, ${stats.failures} failed, ${stats.pending} skipped`);
    if (session.stopping) {
      io.stderr(`conformance: ${session.stopping}; the results cover the tests that ran before it`);
      return 2;
    }
    return stats.failures > 0 ? 1 : 0;
  } finally {
    setCurrentSession(undefined);
    await session?.close();
  }
}
