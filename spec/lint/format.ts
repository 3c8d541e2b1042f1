/** Lint findings as text: one line each, `file#pointer  rule  message  [fixed by overlay#N]`. */
import type { Finding } from './finding';

/** One finding on one line. */
export function formatFinding(finding: Finding): string {
  const fixed = finding.fixedBy ? `  [fixed by ${finding.fixedBy.split(': ')[0]}]` : '';
  return `${finding.file}#${finding.pointer}  ${finding.rule}  ${finding.message}${fixed}`;
}

/** All findings, one line each, then a summary line (`N findings, N fixed by overlays, N unfixed`). */
export function formatFindings(findings: readonly Finding[]): string {
  const fixed = findings.filter((finding) => finding.fixedBy).length;
  const lines = findings.map(formatFinding);
  lines.push(`${findings.length} finding${findings.length === 1 ? '' : 's'}, ${fixed} fixed by overlays, ${findings.length - fixed} unfixed`);
  return lines.join('\n');
}
