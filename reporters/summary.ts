/** The shape of `<report dir>/summary.json`, shared by its writer and by scripts that read it. */

/** One test's verdict. */
export interface SummaryRow {
  /** The describe titles from the API down to the phase (or `semantics`). */
  path: string[];
  check: string;
  status: 'passed' | 'failed' | 'skipped';
  /** The `[category]` of the failure message, when failed. */
  category?: string;
  /** The failure message's first line, or why the test was skipped. */
  message?: string;
}

/** The whole file. */
export interface Summary {
  tests: SummaryRow[];
}
