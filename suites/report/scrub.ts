/**
 * The last line of defence for the token: after a run, every file under the report directory is searched for it
 * (as written, percent-encoded, JSON-escaped and base64-encoded) and each occurrence replaced by the placeholder.
 * The exchange layer already redacts what it records; this catches what a library wrote on its own.
 */
import fs from 'node:fs';
import path from 'node:path';
import { TOKEN_PLACEHOLDER } from '../runner/credentials';

/** The forms a token can take in a file: raw, percent-encoded, JSON-escaped, base64 (as in Basic credentials). */
export function secretForms(token: string): string[] {
  const forms = new Set([token, encodeURIComponent(token), JSON.stringify(token).slice(1, -1), Buffer.from(token).toString('base64')]);
  return [...forms].filter((form) => form.length >= 4);
}

/** Replaces every form of the token in a text by the placeholder. */
export function scrubText(text: string, token: string | undefined): string {
  if (!token || token.length < 4) return text;
  let out = text;
  for (const form of secretForms(token)) out = out.split(form).join(TOKEN_PLACEHOLDER);
  return out;
}

/** Every file under a directory, depth first. */
function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** Rewrites the files under `dir` that contain the token in any form; resolves with the files changed. */
export function scrubDirectory(dir: string, token: string | undefined): string[] {
  if (!token || token.length < 4) return [];
  const forms = secretForms(token).map((form) => Buffer.from(form));
  const changed: string[] = [];
  for (const file of filesUnder(dir)) {
    const content = fs.readFileSync(file);
    if (!forms.some((form) => content.includes(form))) continue;
    fs.writeFileSync(file, scrubText(content.toString('utf8'), token));
    changed.push(file);
  }
  return changed;
}
