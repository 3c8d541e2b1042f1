/** What the repairs share: where each part of the document came from, and the findings and skips they record. */
import type { SpecFinding } from '../../spec/spec-finding';

/** An operation the run does not send, and why. */
export interface SkippedOperation {
  /** `GET /a/` */
  operation: string;
  reason: string;
}

/** The repairs' shared state for one document. */
export interface RepairContext {
  /** The file (as shown in messages) the part at a pointer came from. */
  fileOf(pointer: string): string;
  findings: SpecFinding[];
  skipped: SkippedOperation[];
}

/** `GET /a/` for a method and path. */
export function operationLabel(method: string, path: string): string {
  return `${method.toUpperCase()} ${path}`;
}
