/**
 * A defect found while loading a document that the run works around instead of stopping: what is wrong, where
 * (the file the part came from and its JSON pointer) and what the run does instead.
 */

/** The kinds of defect the run can go on after. */
export type SpecFindingKind =
  | 'undefined-security-scheme'
  | 'unresolvable-ref'
  | 'invalid-schema'
  | 'invalid-document'
  | 'unbuildable-operation'
  | 'conversion'
  | 'undeclared-security'
  | 'duplicate-operation-id';

/** One defect of a loaded document and the run's stated fallback for it. */
export interface SpecFinding {
  kind: SpecFindingKind;
  /** The file (or URL) the offending part came from, as messages show it. */
  file: string;
  /** RFC 6901 pointer of the offending part in the (merged) document: `/paths/~1a~1/get/security/0/JWT`. */
  pointer: string;
  /** What is wrong, one sentence. */
  message: string;
  /** What the run does instead: `the operation is sent with the configured credentials`. */
  fallback: string;
  /** `GET /a/` when the finding concerns one operation. */
  operation?: string;
}

/** One line: `file#pointer: message; fallback`. */
export function describeSpecFinding(finding: SpecFinding): string {
  return `${finding.file}#${finding.pointer}: ${finding.message}; ${finding.fallback}`;
}
