/**
 * The last line of defence for the token: after a run, every file the run wrote under the report directory is
 * searched for it (as written, percent-encoded, JSON-escaped and base64-encoded) and each occurrence replaced by the
 * placeholder. The exchange layer already redacts what it records; this catches what a library wrote on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { redact, secretForms, secretList, type Secrets } from '../engine/credentials';

/**
 * Files whose modification time is older than this before the run started are not the run's: file systems with
 * coarse timestamps (FAT's 2 s, ext3's 1 s) may date a file written in the run's first second a little earlier.
 */
const CLOCK_SLACK_MS = 2_000;

/** Which files to search: by default every file; `since` keeps only those modified at or after that time (ms). */
export interface ScrubOptions {
  since?: number;
}

/** Every file under a directory (modified since `since`, when given), depth first. */
function filesUnder(dir: string, since: number | undefined): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(full, since);
    if (!entry.isFile()) return [];
    return since === undefined || fs.statSync(full).mtimeMs >= since - CLOCK_SLACK_MS ? [full] : [];
  });
}

/** The byte patterns of every form of every secret, built once per scrub rather than once per file. */
function patternsOf(token: Secrets): Buffer[] {
  return secretList(token).flatMap(secretForms).map((form) => Buffer.from(form));
}

/**
 * Rewrites the files under `dir` that contain the token in any form; returns the files changed. With `since` (the
 * run's start) only the run's own files are read: a report directory also holds other runs' and tools' output (a
 * proof run leaves ~100,000 files, 700 MB, under `reports/variants/`), and reading it all cost 2 s of every run.
 */
export function scrubDirectory(dir: string, token: Secrets, options: ScrubOptions = {}): string[] {
  const patterns = patternsOf(token);
  if (patterns.length === 0) return [];
  return filesUnder(dir, options.since).filter((file) => scrubWith(file, token, patterns));
}

/** Rewrites one file when it contains a secret in any form; true when it did. */
export function scrubFile(file: string, token: Secrets): boolean {
  const patterns = patternsOf(token);
  return patterns.length > 0 && scrubWith(file, token, patterns);
}

function scrubWith(file: string, token: Secrets, patterns: readonly Buffer[]): boolean {
  if (!fs.existsSync(file)) return false;
  const content = fs.readFileSync(file);
  if (!patterns.some((pattern) => content.includes(pattern))) return false;
  fs.writeFileSync(file, redact(content.toString('utf8'), token));
  return true;
}
