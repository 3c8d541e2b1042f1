/** Reading GNU time's `-v` report: the wall clock and the peak resident set size of the command it ran. */

/** What the report says about the command. */
export interface TimeVerbose {
  wallSeconds: number;
  peakMB: number;
  userSeconds: number;
  systemSeconds: number;
}

/** `1:02.50` or `0:12.71` or `1:00:03` (h:mm:ss or m:ss) to seconds. */
export function clockToSeconds(clock: string): number {
  const parts = clock.trim().split(':').map(Number);
  if (parts.length < 2 || parts.length > 3 || parts.some((part) => !Number.isFinite(part))) throw new Error(`not a clock reading: '${clock}'`);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

/** Parses GNU time's verbose block; undefined when the text has none (another `time`, or the command was killed). */
export function parseTimeVerbose(stderr: string): TimeVerbose | undefined {
  const wall = /Elapsed \(wall clock\) time \([^)]*\):\s*([\d:.]+)/.exec(stderr)?.[1];
  const rss = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(stderr)?.[1];
  if (wall === undefined || rss === undefined) return undefined;
  const seconds = (label: string): number => Number(new RegExp(`${label} time \\(seconds\\):\\s*([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  return { wallSeconds: clockToSeconds(wall), peakMB: Number(rss) / 1024, userSeconds: seconds('User'), systemSeconds: seconds('System') };
}
