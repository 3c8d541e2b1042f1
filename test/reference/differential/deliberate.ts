/** The deliberate differences between the embedded server and the DRF target (mock/deliberate-differences.json). */
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../support/run-cli';
import type { Aspect } from './observe';

/** The file mock/README.md links to. */
export const DELIBERATE_FILE = path.join(ROOT, 'mock/deliberate-differences.json');

/**
 * One listed difference: which requests (`request` is a regular expression over `METHOD /path?query`), which
 * aspects, optionally what each side answers in that aspect (`mock`, `drf`: regular expressions over the observed
 * text) and what the DRF target's error messages say (`drfMessages`), and why the mock keeps it.
 */
export interface DeliberateDifference {
  id: string;
  aspects: Aspect[];
  request: string;
  mock?: string;
  drf?: string;
  drfMessages?: string;
  reason: string;
}

/** The listed differences, validated enough to fail with one clear line on a malformed entry. */
export function readDeliberateDifferences(file = DELIBERATE_FILE): DeliberateDifference[] {
  const entries = JSON.parse(fs.readFileSync(file, 'utf8')) as { differences: DeliberateDifference[] };
  for (const entry of entries.differences) {
    if (!entry.id || !Array.isArray(entry.aspects) || !entry.request || !entry.reason) throw new Error(`${file}: entry ${JSON.stringify(entry)} needs id, aspects, request and reason`);
  }
  return entries.differences;
}

/** The listed difference that explains what was observed, if any. */
export function explain(
  list: readonly DeliberateDifference[],
  request: string,
  found: { aspect: Aspect; mock: string; drf: string },
  drfMessages: string,
): DeliberateDifference | undefined {
  const full = (pattern: string, text: string) => new RegExp(`^(?:${pattern})$`, 's').test(text);
  return list.find(
    (entry) =>
      entry.aspects.includes(found.aspect) &&
      full(entry.request, request) &&
      (entry.drfMessages === undefined || full(entry.drfMessages, drfMessages)) &&
      (entry.mock === undefined || full(entry.mock, found.mock)) &&
      (entry.drf === undefined || full(entry.drf, found.drf)),
  );
}
