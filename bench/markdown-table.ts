/** A markdown table, shared by the bench's report (report-markdown.ts) and its start-up section (startup-report.ts). */

/** A markdown table from a header row and body rows (cells are escaped for `|`). */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const cell = (text: string): string => text.replace(/\|/g, '\\|');
  return [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}
