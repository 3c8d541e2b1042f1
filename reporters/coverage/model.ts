/** The shape of `reports/coverage.json`: what a run exercised of each operation. */

/** How much of something was exercised. */
export type Level = 'full' | 'partial' | 'none';

/** One documented status of an operation. */
export interface StatusCoverage {
  status: string;
  description: string;
  /** Responses that fell under this entry. */
  seen: number;
}

/** One parameter: sent and left out, with a valid and with an invalid value. */
export interface ParameterCoverage {
  name: string;
  in: string;
  required: boolean;
  present: number;
  /** Null where leaving it out is impossible (a path parameter). */
  absent: number | null;
  valid: number;
  invalid: number;
  level: Level;
}

/** One keyword of one schema (a parameter's, the request body's or a documented response's). */
export interface KeywordCoverage {
  /** `query page`, `request body application/json`, `response 200 application/json`. */
  schema: string;
  /** Pointer into that schema, ending in the keyword: `/properties/retry_count/minimum`. */
  keyword: string;
  valid: number;
  invalid: number;
  /** Request keywords are full when hit by a valid and an invalid value; response keywords when reached at all. */
  level: Level;
}

/** Everything about one operation. */
export interface OperationCoverage {
  api: string;
  id: string;
  method: string;
  path: string;
  /** Requests sent for it (blocked ones not counted), probes included. */
  exchanges: number;
  statuses: StatusCoverage[];
  /** Documented statuses no response fell under, `404 Not found`: untested behaviour or dead documentation. */
  neverSeen: string[];
  /** Statuses answered that no entry documents, with how often. */
  undocumented: Record<string, number>;
  parameters: ParameterCoverage[];
  keywords: KeywordCoverage[];
  /** Coverage-phase value classes tried, with how many requests each. */
  classes: Record<string, number>;
}

/** Totals over the run, as the stdout line prints them. */
export interface CoverageTotals {
  operations: { covered: number; total: number };
  statuses: { seen: number; total: number };
  keywords: { covered: number; total: number };
  parameters: { full: number; total: number };
}

/** The whole file. */
export interface CoverageReport {
  generatedAt: string;
  totals: CoverageTotals;
  operations: OperationCoverage[];
}
