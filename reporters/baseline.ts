/**
 * The baseline: findings a team has accepted (fingerprint and a note). A run reads it to tell known findings from
 * new ones and to notice the ones that no longer occur; `--update-baseline` rewrites it from the run.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../engine/config';
import type { Finding } from '../engine/findings';

/** One accepted finding; everything but the fingerprint is there for the people reading the file. */
export interface BaselineEntry {
  fingerprint: string;
  note: string;
  api?: string;
  operation?: string;
  check?: string;
  location?: string;
}

/** The file. */
export interface BaselineFile {
  findings: BaselineEntry[];
}

/** Reads a baseline; a missing file is empty only when it is about to be written (`--update-baseline`). */
export function readBaseline(file: string, mayBeMissing: boolean): BaselineEntry[] {
  if (!fs.existsSync(file)) {
    if (mayBeMissing) return [];
    throw new UsageError(`--baseline ${file}: no such file (create it with --update-baseline)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new UsageError(`--baseline ${file}: not JSON (${String((err as Error).message).split('\n')[0]})`);
  }
  const list = (parsed as Partial<BaselineFile> | null)?.findings;
  if (!Array.isArray(list)) throw new UsageError(`--baseline ${file}: expected {"findings": [{"fingerprint": "...", "note": "..."}]}`);
  return list.map((entry, i): BaselineEntry => {
    const e = entry as Partial<BaselineEntry> | null;
    if (!e || typeof e.fingerprint !== 'string' || !/^[0-9a-f]{16}$/.test(e.fingerprint)) {
      throw new UsageError(`--baseline ${file}: findings[${i}] has no 16-hex-digit fingerprint`);
    }
    return { ...e, fingerprint: e.fingerprint, note: typeof e.note === 'string' ? e.note : '' };
  });
}

/** Accepted fingerprints and their notes. */
export function acceptedNotes(entries: readonly BaselineEntry[]): Map<string, string> {
  return new Map(entries.map((entry) => [entry.fingerprint, entry.note]));
}

/** Baseline findings of operations this run covered that did not occur: fixed (or at least not reproduced). */
export function fixedEntries(entries: readonly BaselineEntry[], findings: readonly Finding[], planned: ReadonlySet<string>): BaselineEntry[] {
  const seen = new Set(findings.map((finding) => finding.fingerprint));
  // An entry of an operation the run did not plan (--only, a shard) says nothing about whether it is fixed.
  return entries.filter((entry) => !seen.has(entry.fingerprint) && (!entry.api || !entry.operation || planned.has(`${entry.api}/${entry.operation}`)));
}

/**
 * The baseline after this run: every current finding (notes kept, a new one noted with its first line), and the
 * entries of operations the run did not cover; fixed ones are dropped.
 */
export function updatedBaseline(entries: readonly BaselineEntry[], findings: readonly Finding[], planned: ReadonlySet<string>): BaselineFile {
  const notes = acceptedNotes(entries);
  const current = findings.map((f): BaselineEntry => ({
    fingerprint: f.fingerprint,
    note: notes.get(f.fingerprint) || f.message.split('\n')[0].slice(0, 200),
    api: f.api,
    operation: f.operation,
    check: f.check,
    location: f.location,
  }));
  const seen = new Set(current.map((entry) => entry.fingerprint));
  const untouched = entries.filter((entry) => !seen.has(entry.fingerprint) && entry.api && entry.operation && !planned.has(`${entry.api}/${entry.operation}`));
  return { findings: [...current, ...untouched] };
}

/** Writes a baseline file (stable order, so its diffs read well in review). */
export function writeBaseline(file: string, baseline: BaselineFile): void {
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sorted = [...baseline.findings].sort((a, b) => `${a.api}/${a.operation}/${a.check}/${a.location}`.localeCompare(`${b.api}/${b.operation}/${b.check}/${b.location}`));
  fs.writeFileSync(file, `${JSON.stringify({ findings: sorted }, null, 1)}\n`);
}
