/**
 * The last line of defence for the token: after a run, every file under the report directory is searched for it
 * (as written, percent-encoded, JSON-escaped and base64-encoded) and each occurrence replaced by the placeholder.
 * The exchange layer already redacts what it records; this catches what a library wrote on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { redact, secretForms, secretList, type Secrets } from '../engine/credentials';

/** Every file under a directory, depth first. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** Rewrites the files under `dir` that contain the token in any form; resolves with the files changed. */
export function scrubDirectory(dir: string, token: Secrets): string[] {
  return filesUnder(dir).filter((file) => scrubFile(file, token));
}

/** Rewrites one file when it contains a secret in any form; true when it did. */
export function scrubFile(file: string, token: Secrets): boolean {
  const secrets = secretList(token);
  if (secrets.length === 0 || !fs.existsSync(file)) return false;
  const content = fs.readFileSync(file);
  if (!secrets.flatMap(secretForms).some((form) => content.includes(Buffer.from(form)))) return false;
  fs.writeFileSync(file, redact(content.toString('utf8'), token));
  return true;
}
