/**
 * Spec findings as typed run findings: each defect of a document that the run repaired on load (model/repair/,
 * spec/spec-finding.ts) with its category (`spec defect`, from the one list), a fingerprint and its place (the
 * document and JSON pointer). The engine announces them on the event bus (`spec-finding`) right after `run-started`;
 * the mocha tree shows the same defects as the failing tests of each API's `spec` suite.
 */
import type { ApiModel } from '../model/operation';
import { describeSpecFinding, type SpecFinding, type SpecFindingKind } from '../spec/spec-finding';
import { Category, formatFailureMessage } from '../checks/categories';
import type { RunConfig } from './config';
import { fingerprintOf } from './findings';

/** One defect of a loaded document, as a run finding. */
export interface SpecDefectFinding {
  /** Stable across runs, seeds and machines: api, operation, kind and pointer (not the file path, which is the reader's). */
  fingerprint: string;
  category: typeof Category.specDefect;
  kind: SpecFindingKind;
  api: string;
  /** `GET /a/` when the defect concerns one operation. */
  operation?: string;
  /** Where the defect is: the file (or URL) the part came from, and its JSON pointer in the merged document. */
  location: { document: string; pointer: string };
  /** As the report shows it: `[spec defect] file#pointer: what is wrong; what the run does instead`. */
  message: string;
  /** What the run does instead. */
  fallback: string;
}

/** The run finding of one spec finding of an API. */
export function specDefectFinding(api: ApiModel, finding: SpecFinding): SpecDefectFinding {
  return {
    fingerprint: fingerprintOf(api.name, finding.operation ?? '', 'spec', Category.specDefect, `${finding.kind} at ${finding.pointer}`),
    category: Category.specDefect,
    kind: finding.kind,
    api: api.name,
    operation: finding.operation,
    location: { document: finding.file, pointer: finding.pointer },
    message: formatFailureMessage({ category: Category.specDefect, message: describeSpecFinding(finding) }),
    fallback: finding.fallback,
  };
}

/** True when this run reports the documents' defects: with --shard, the first shard only, so a merged report has each once. */
export function reportsSpecDefects(config: Pick<RunConfig, 'shard'>): boolean {
  return !config.shard || config.shard.index === 1;
}

/** The API's spec findings as run findings, in document order (none in a shard other than the first). */
export function specDefectFindings(config: Pick<RunConfig, 'shard'>, api: ApiModel): SpecDefectFinding[] {
  if (!reportsSpecDefects(config)) return [];
  return (api.specFindings ?? []).map((finding) => specDefectFinding(api, finding));
}
