/** The start-up figures' targets and markdown, for bench.md and the `--startup-only` report. */
import { table } from './markdown-table';
import type { TargetRow } from './results';
import type { StartupFigures } from './startup';
import { significant, thousands } from './stats';

/** The issue's figures for the command before compiled JS, lazy loading and the server thread (same machine). */
export const ISSUE_BASELINE = { helpSeconds: 1.4, runs1Seconds: 4.7, perSecond: 770 };

const ratio = (a: number, b: number): string => `${significant(a / b)}x`;

/** Targets: `--help` and `--runs 1` at least 3x faster than the baseline, at least 2,000 requests/s end to end. */
export function startupTargets(now: StartupFigures, before?: StartupFigures): TargetRow[] {
  const rows: TargetRow[] = [
    { target: `conformance --help <= ${significant(ISSUE_BASELINE.helpSeconds / 3)} s (3x faster than the issue's ${ISSUE_BASELINE.helpSeconds} s)`, measured: `${significant(now.helpSeconds)} s`, met: now.helpSeconds <= ISSUE_BASELINE.helpSeconds / 3 },
    { target: `run --runs 1 <= ${significant(ISSUE_BASELINE.runs1Seconds / 3)} s (3x faster than the issue's ${ISSUE_BASELINE.runs1Seconds} s)`, measured: `${significant(now.runs1Seconds)} s`, met: now.runs1Seconds <= ISSUE_BASELINE.runs1Seconds / 3 },
    { target: '>= 2,000 requests/s end to end (run --runs 200, start-up included)', measured: `${thousands(now.runs200.perSecond)}/s`, met: now.runs200.perSecond >= 2000 },
  ];
  if (before) {
    rows.push(
      { target: '--help >= 3x faster than the compared checkout, same bench run', measured: ratio(before.helpSeconds, now.helpSeconds), met: before.helpSeconds / now.helpSeconds >= 3 },
      { target: '--runs 1 >= 3x faster than the compared checkout, same bench run', measured: ratio(before.runs1Seconds, now.runs1Seconds), met: before.runs1Seconds / now.runs1Seconds >= 3 },
    );
  }
  return rows;
}

/** The start-up table: this checkout, and the compared one beside it when there is one. */
export function startupMarkdown(now: StartupFigures, before: StartupFigures | undefined): string {
  const rows = (f: StartupFigures): string[] => [
    `${significant(f.helpSeconds)} s`,
    `${significant(f.runs1Seconds)} s`,
    `${thousands(f.runs200.requests)} in ${significant(f.runs200.seconds)} s = ${thousands(f.runs200.perSecond)}/s`,
    f.defaultRunSeconds !== undefined ? `${significant(f.defaultRunSeconds)} s` : 'not measured',
  ];
  const header = ['figure', 'this checkout', ...(before ? [`compared (${before.root})`, 'ratio'] : [])];
  const names = ['conformance --help', 'conformance run --runs 1 --no-html', 'run --runs 200: requests the server received, wall, requests/s', 'default run (run --no-html --seed 1)'];
  const mine = rows(now);
  const theirs = before ? rows(before) : [];
  const defaultRatio = before?.defaultRunSeconds && now.defaultRunSeconds ? `${significant(before.defaultRunSeconds / now.defaultRunSeconds)}x` : '';
  const ratios = before ? [ratio(before.helpSeconds, now.helpSeconds), ratio(before.runs1Seconds, now.runs1Seconds), ratio(now.runs200.perSecond, before.runs200.perSecond), defaultRatio] : [];
  const body = names.map((name, i) => [name, mine[i], ...(before ? [theirs[i], ratios[i]] : [])]);
  return ['## Start-up and end to end', '', `Medians of ${now.repeats} run(s) each (\`--help\`: of 5).`, '', table(header, body), ''].join('\n');
}
