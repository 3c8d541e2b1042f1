/** Options every case phase accepts. */

/** Values that reach existing resources, and limits. */
export interface CaseOptions {
  /** Known-good values per path parameter name (ids of resources that exist on the target). */
  pathValues?: Record<string, unknown[]>;
}
