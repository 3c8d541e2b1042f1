/**
 * `conformance replay FINDING`: re-sends the smallest case of one finding (from `<report>/findings.json`) to a
 * target and judges the answer again with the same checks. Exit 0 when the finding no longer reproduces, 1 when it
 * still does, 2 on bad input (no such finding, an unreadable file, a scenario finding, a write the policy forbids).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Case, WireRequest } from '../../model/case';
import { DEFAULT_CONFIG, UsageError, type RunConfig } from '../../engine/config';
import { redact, TOKEN_PLACEHOLDER } from '../../engine/credentials';
import { execute } from '../../engine/exchange';
import { openSession, SetupError, type Session } from '../../engine/session';
import type { EmbeddedServer } from '../../engine/embedded';
import { startEmbeddedServer } from '../embedded-server';
import { findingLocation, fingerprintOf, type Finding } from '../../engine/findings';
import { checkRegistry } from '../../suites/registry';
import type { FindingsFile } from './run-findings';
import type { Io } from '../io';

const REPLAY_OPTIONS = {
  target: { type: 'string' },
  token: { type: 'string' },
  report: { type: 'string' },
  findings: { type: 'string' },
  spec: { type: 'string', multiple: true },
  raw: { type: 'boolean' },
  timeout: { type: 'string' },
  'allow-writes': { type: 'boolean' },
} as const;

/** The findings file and the one finding it names (a fingerprint, or an unambiguous prefix of one). */
function loadFinding(file: string, wanted: string): { run: FindingsFile['run']; finding: Finding } {
  let parsed: FindingsFile;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as FindingsFile;
  } catch (err) {
    throw new UsageError(`replay: cannot read ${file}: ${String((err as Error).message).split('\n')[0]}`);
  }
  const matches = (parsed.findings ?? []).filter((f) => f.fingerprint.startsWith(wanted.toLowerCase()));
  if (matches.length === 0) throw new UsageError(`replay: no finding ${wanted} in ${file}`);
  if (matches.length > 1) throw new UsageError(`replay: ${wanted} names ${matches.length} findings in ${file}; give more of the fingerprint`);
  return { run: parsed.run ?? { specs: [], overlays: true }, finding: matches[0] };
}

/** The recorded request, credentials left for `execute` to add again (the file holds only the placeholder). */
function recordedRequest(finding: Finding): (request: WireRequest) => WireRequest {
  const recorded = finding.smallest?.request;
  return (request) => {
    if (!recorded) return request;
    const headers = Object.fromEntries(Object.entries(recorded.headers).filter(([, value]) => !value.includes(TOKEN_PLACEHOLDER)));
    return { method: recorded.method, path: recorded.path, headers, body: recorded.body };
  };
}

/** `conformance replay`: resolves with the exit code. */
export async function replayCommand(argv: string[], rawIo: Io): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof REPLAY_OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: REPLAY_OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(`replay: ${String((err as Error).message).split('\n')[0].replace(/\. To specify.*$/, '')}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new UsageError('replay: name one finding (its fingerprint from findings.json): conformance replay FINGERPRINT [--target URL]');
  const token = values.token ?? (rawIo.env.CONFORMANCE_TOKEN || undefined);
  const io: Io = { ...rawIo, stdout: (line) => rawIo.stdout(redact(line, token)), stderr: (line) => rawIo.stderr(redact(line, token)) };
  const file = values.findings ?? path.join(values.report ?? DEFAULT_CONFIG.reportDir, 'findings.json');
  const { run, finding } = loadFinding(file, positionals[0]);
  if (!finding.smallest || finding.phase === 'semantics') {
    throw new UsageError(`replay: ${finding.fingerprint} is a scenario finding; re-run it with: conformance run --only ${finding.operation} --check "${finding.check}"`);
  }
  const target = values.target ?? rawIo.env.CONFORMANCE_TARGET;
  if (target !== undefined && !/^https?:\/\//.test(target)) throw new UsageError(`--target takes an http(s) URL, not '${target}'`);
  const timeoutMs = values.timeout !== undefined ? Number(values.timeout) : DEFAULT_CONFIG.timeoutMs;
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1) throw new UsageError(`--timeout takes a whole number of milliseconds, not '${values.timeout}'`);
  const config: RunConfig = {
    ...DEFAULT_CONFIG,
    pathValues: {},
    target,
    token,
    specs: values.spec ?? run.specs,
    overlays: values.raw === true ? false : run.overlays,
    only: [finding.operation],
    timeoutMs,
    allowWrites: values['allow-writes'] === true,
    seed: 0,
  };
  let session: Session | undefined;
  let server: EmbeddedServer | undefined;
  try {
    // Without --target the finding is replayed on the embedded reference server, started here (not by the engine).
    if (!config.target) server = await startEmbeddedServer(config.token);
    session = await openSession(config, server, checkRegistry);
    return await replayOn(session, finding, io);
  } catch (err) {
    if (err instanceof SetupError || err instanceof UsageError) throw err;
    throw new SetupError(`replay: ${String((err as Error).message).split('\n')[0]}`);
  } finally {
    await session?.close();
    await server?.close();
  }
}

/** Sends the finding's case once and says whether the same cause shows again. */
async function replayOn(session: Session, finding: Finding, io: Io): Promise<number> {
  const api = session.apis.find((a) => a.name === finding.api);
  const operation = api?.operations.find((op) => op.id === finding.operation);
  if (!api || !operation) throw new UsageError(`replay: the documents hold no operation ${finding.api}/${finding.operation} (give the run's --spec)`);
  const smallest = finding.smallest as NonNullable<Finding['smallest']>;
  const testCase = { ...smallest.testCase, operation } as Case;
  const exchange = await execute(session, api, testCase, recordedRequest(finding));
  const sent = `${exchange.request.method.toUpperCase()} ${exchange.request.path}`;
  if (exchange.blocked) throw new UsageError(`replay: ${sent} was not sent: ${exchange.blocked}`);
  const verdict = exchange.verdicts.find((v) => v.name === finding.check);
  const status = exchange.response?.status ?? 'no response';
  const same = verdict?.status === 'failed' && verdict.failure
    && fingerprintOf(api.name, operation.id, verdict.name, verdict.failure.category, findingLocation(exchange, verdict.failure)) === finding.fingerprint;
  if (same && verdict?.failure) {
    io.stdout(`replay ${finding.fingerprint}: still reproduces: ${sent} -> ${status}: [${verdict.failure.category}] ${verdict.failure.message.split('\n')[0]}`);
    return 1;
  }
  const now = !verdict || verdict.status === 'skipped' ? 'the check had nothing to judge' : verdict.status === 'passed' ? 'the check passes' : `the check fails for another cause: [${verdict.failure?.category}] ${verdict.failure?.message.split('\n')[0]}`;
  io.stdout(`replay ${finding.fingerprint}: no longer reproduces: ${sent} -> ${status}; ${now}`);
  return 0;
}
