/** Debian's headless Chromium for the tests that open a report from the file system, with the isolating flags. */
import { spawn } from 'node:child_process';

/** Where Debian's package installs it (.ci/run installs it in CI). */
export const CHROMIUM = '/usr/bin/chromium';

/** Runs headless Chromium on `url` with a fresh profile and extra arguments (`--dump-dom`, `--screenshot=...`); its stdout. */
export function runChromium(url: string, extra: string[], profile: string): Promise<string> {
  const args = [
    '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', `--user-data-dir=${profile}`, ...extra, url,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(CHROMIUM, args, { stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    // A browser that hangs must not hang the test run.
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`chromium exited ${code}`));
    });
  });
}
