/**
 * One proof at a time per checkout: every run writes reports/variants/, so two proofs at once (two `npm test`s)
 * would delete each other's reports and share the two cores. A second proof waits for the first.
 */
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';

const POLL_MS = 2_000;

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dir>/.lock` (waiting while a live process holds it, taking over a dead one's); resolves to its release. */
export async function acquireReportLock(dir: string, onWait?: (holder: number) => void): Promise<() => Promise<void>> {
  await mkdir(dir, { recursive: true });
  const lockPath = path.join(dir, '.lock');
  let announced = false;
  while (true) {
    try {
      const handle = await open(lockPath, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return () => rm(lockPath, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number(await readFile(lockPath, 'utf8').catch(() => ''));
    if (!Number.isInteger(holder) || holder <= 0 || !isAlive(holder)) {
      // The holder died without releasing (killed run); its lock is stale.
      await rm(lockPath, { force: true });
      continue;
    }
    if (!announced) onWait?.(holder);
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
