/** Writes the coverage map (`coverage.json` and `coverage.html`) into the report directory. */
import fs from 'node:fs';
import path from 'node:path';
import { renderCoverageHtml } from './html';
import type { CoverageReport } from './model';

/** Writes both files and returns their paths. */
export function writeCoverageMap(reportDir: string, report: CoverageReport): { json: string; html: string } {
  fs.mkdirSync(reportDir, { recursive: true });
  const json = path.join(reportDir, 'coverage.json');
  const html = path.join(reportDir, 'coverage.html');
  fs.writeFileSync(json, `${JSON.stringify(report, null, 1)}\n`);
  fs.writeFileSync(html, renderCoverageHtml(report));
  return { json, html };
}
