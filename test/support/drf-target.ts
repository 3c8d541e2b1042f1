/** Starts and stops the DRF reference target (reference/drf, via scripts/drf/start) for mocha suites. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from './run-cli';

/** The development key the target accepts (the embedded server's default too). */
export const DRF_TOKEN = 'conformance-dev-token';

/** The Python interpreter holding Debian's Django packages (a pyenv shim earlier on PATH would not). */
const PYTHON = '/usr/bin/python3';
/** Where PostgreSQL's server programs are: PG_BIN, else the newest /usr/lib/postgresql/N/bin (15 on bookworm). */
function postgresBin(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const versions = fs.existsSync(root) ? fs.readdirSync(root).filter((name) => /^\d+$/.test(name)).sort((a, b) => Number(b) - Number(a)) : [];
  return path.join(root, versions[0] ?? '15', 'bin');
}
const START_SCRIPT = path.join(ROOT, 'scripts/drf/start');
const READY = /^drf target: (http:\/\/\S+)$/m;

/** A running DRF target. */
export interface DrfTarget {
  url: string;
  /** Everything the target wrote on stderr so far (Django's request log and tracebacks). */
  stderr(): string;
  /** Stops Django and PostgreSQL and removes the cluster's directory. */
  stop(): Promise<void>;
}

/** Why the target cannot run on this machine, or undefined when python3, Django/DRF and PostgreSQL are there. */
export function drfUnavailableReason(): string | undefined {
  if (!fs.existsSync(PYTHON)) return `${PYTHON} is not installed`;
  const imports = spawnSync(PYTHON, ['-c', 'import django, rest_framework, django_filters, psycopg2, uritemplate, yaml'], { encoding: 'utf8' });
  if (imports.status !== 0) return `${PYTHON} lacks Django/DRF/django-filter/psycopg2/uritemplate/PyYAML (run scripts/drf/install)`;
  const bin = postgresBin();
  for (const tool of ['initdb', 'pg_ctl', 'postgres']) {
    if (!fs.existsSync(path.join(bin, tool))) return `PostgreSQL's ${tool} is not in ${bin} (run scripts/drf/install)`;
  }
  return undefined;
}

/**
 * In a mocha `before`: skips the suite with the reason when the target's parts are missing on a developer's
 * machine; in CI (CI=true) a missing part is a failure, because .ci/run installs them.
 */
export function requireDrfTarget(context: Mocha.Context): void {
  const reason = drfUnavailableReason();
  if (reason === undefined) return;
  if (process.env.CI === 'true') throw new Error(`the DRF reference target cannot run in CI: ${reason}`);
  process.stdout.write(`      (skipped: ${reason})\n`);
  context.skip();
}

/** Starts the target and resolves with its URL once it answers; rejects with its stderr when it cannot start. */
export function startDrfTarget(options: { timeoutMs?: number } = {}): Promise<DrfTarget> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  const child: ChildProcess = spawn(START_SCRIPT, [], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, DRF_TOKEN } });
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`the DRF target did not start within ${timeoutMs} ms:\n${stderr.slice(-2000)}`));
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the DRF target exited (${String(code)}) before it was ready:\n${stderr.slice(-2000)}`));
    });
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const match = READY.exec(stdout);
      if (match?.[1] === undefined) return;
      clearTimeout(timer);
      resolve({ url: match[1], stderr: () => stderr, stop });
    });
  });
}
