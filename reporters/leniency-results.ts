/**
 * Gives the skipped tests of leniency findings their `[leniency]` message in allure-results. allure-mocha writes
 * every skipped test with the message "Test skipped", so Allure's category `leniency` (matched on the message)
 * would never see them; the reason is in the description the test wrote (`Skipped: [leniency] ...`).
 */
import fs from 'node:fs';
import path from 'node:path';

interface AllureResult {
  status?: string;
  description?: string;
  labels?: { name: string; value: string }[];
  statusDetails?: { message?: string; trace?: string };
}

const SKIPPED_PREFIX = 'Skipped: ';

/** The tag and label every leniency test carries (suites writes it; this post-processing finds them by it). */
export const LENIENCY_TAG = 'leniency';

/** Rewrites the skipped leniency results under `resultsDir`; resolves with how many were rewritten. */
export function markLeniencyResults(resultsDir: string): number {
  if (!fs.existsSync(resultsDir)) return 0;
  let marked = 0;
  for (const name of fs.readdirSync(resultsDir)) {
    if (!name.endsWith('-result.json')) continue;
    const file = path.join(resultsDir, name);
    let result: AllureResult;
    try {
      result = JSON.parse(fs.readFileSync(file, 'utf8')) as AllureResult;
    } catch {
      continue; // not ours to judge: allure reports a broken file itself
    }
    const lenient = result.labels?.some((label) => label.name === 'tag' && label.value === LENIENCY_TAG);
    if (!lenient || result.status !== 'skipped' || !result.description?.startsWith(SKIPPED_PREFIX)) continue;
    result.statusDetails = { ...result.statusDetails, message: result.description.slice(SKIPPED_PREFIX.length) };
    fs.writeFileSync(file, JSON.stringify(result));
    marked++;
  }
  return marked;
}
