/**
 * Preloaded (`--require`) into a command when GNU time is missing: on exit it writes the process's own resource
 * usage, peak RSS included, to the file named by BENCH_RUSAGE_FILE. Only that process: a grandchild is not counted.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RUSAGE_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRSSKiB: usage.maxRSS, userMicros: usage.userCPUTime, systemMicros: usage.systemCPUTime }));
  });
}
