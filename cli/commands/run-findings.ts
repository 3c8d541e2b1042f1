/**
 * The findings side of `conformance run`: the baseline read before the suites run, and after them findings.json,
 * the known/fixed line, the baseline update and the Allure rules that show known findings as accepted.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../engine/config';
import { acceptedNotes, fixedEntries, readBaseline, updatedBaseline, writeBaseline, type BaselineEntry } from '../../reporters/baseline';
import type { Finding, FindingCollector } from '../../engine/findings';
import type { AcceptedRule } from '../../reporters/html';
import { wasReported } from '../../suites/finding-tests';

/** What the run knows about findings before it starts: the baseline and what it accepts. */
export interface RunFindings {
  /** Accepted findings (fingerprint → note), for the engine. */
  accepted: ReadonlyMap<string, string>;
  baselineFile?: string;
  update: boolean;
  baseline: BaselineEntry[];
}

/** The shape of `<report dir>/findings.json`. */
export interface FindingsFile {
  /** What `conformance replay` needs to load the same documents (the target only as a default). */
  run: FindingsRun;
  findings: Finding[];
  /** Baseline entries of operations this run covered that no longer occur. */
  fixed: BaselineEntry[];
}

/** The run a findings file came from. */
export interface FindingsRun {
  specs: string[];
  overlays: boolean;
  target?: string;
}

/** Reads the baseline (a bad one is a usage error); the engine classifies the run's findings with it. */
export function startFindings(baselineFile: string | undefined, update: boolean): RunFindings {
  if (update && !baselineFile) throw new UsageError('--update-baseline needs --baseline FILE (the file to write)');
  const baseline = baselineFile ? readBaseline(baselineFile, update) : [];
  return { accepted: acceptedNotes(baseline), baselineFile, update, baseline };
}

/** After the suites: writes findings.json (and the baseline when asked); returns the counts and report lines. */
export function finishFindings(run: RunFindings, collector: FindingCollector, reportDir: string, origin: FindingsRun): { knownFailed: number; lines: string[]; knownLine?: string; accepted: AcceptedRule[]; file: string } {
  const findings = collector.findings();
  const planned = collector.plannedOperations();
  const fixed = run.baselineFile ? fixedEntries(run.baseline, findings, planned) : [];
  const file = path.join(reportDir, 'findings.json');
  fs.mkdirSync(reportDir, { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ run: origin, findings, fixed } satisfies FindingsFile, null, 1)}\n`);
  const known = findings.filter((f) => f.status === 'known');
  const lines = [`findings: ${file} (${findings.length} finding(s): ${findings.length - known.length} new, ${known.length} known)`];
  if (run.baselineFile && run.update) {
    writeBaseline(run.baselineFile, updatedBaseline(run.baseline, findings, planned));
    lines.push(`baseline: ${run.baselineFile} updated with ${findings.length} finding(s)`);
  }
  const accepted = known.map((f): AcceptedRule => ({ resolution: 'accepted', comment: f.note || 'known (baseline)', messageRegexp: `finding ${f.fingerprint}` }));
  return {
    knownFailed: known.filter(wasReported).length,
    lines,
    knownLine: run.baselineFile ? `known: ${known.length}, fixed: ${fixed.length}` : undefined,
    accepted,
    file,
  };
}
