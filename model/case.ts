/**
 * A Case is one concrete request built from an Operation: values for every parameter location and an optional body.
 */
import type { Operation } from './operation';

/** Where a case came from, in the order the suite runs them. */
export type Phase = 'examples' | 'boundary' | 'coverage' | 'fuzz' | 'negative' | 'auth' | 'methods' | 'semantics';

/** The one targeted violation that made a negative case invalid. */
export interface Mutation {
  /** The JSON Schema keyword that is broken: `type`, `minimum`, `enum`, `required`, `format`, `additionalProperties`, ... */
  keyword: string;
  /** Where: `body`, `path`, `query` or `header`, then a JSON pointer inside it (`/reason_type`, or `/channel_id` for a parameter). */
  location: 'body' | 'path' | 'query' | 'header';
  pointer: string;
  /** The valid value that stood there (undefined when a property was added). */
  original: unknown;
  /** The value that replaced it (undefined when a property was removed). */
  value: unknown;
  /** One human sentence: "reason_type set to 'x', not one of mapping|remote|channel_app". */
  description: string;
}

/** Which credentials an auth probe sends instead of the run's valid ones. */
export type AuthProbeKind = 'missing' | 'wrong' | 'malformed';

/** A probe that sends a method the path does not document, to see it refused with 405 and an `Allow` header. */
export interface UndocumentedMethodProbe {
  /** `unknown-method` is a token no HTTP specification defines: 405, 501 or a 400 from the HTTP parser are all fair. */
  kind: 'undocumented-method' | 'unknown-method';
  /** The method actually sent (upper case), which is not among the path's documented methods. */
  method: string;
}

/** Where a coverage case puts its value: a parameter location, the body, or the request line (methods). */
export type CoverageLocation = 'path' | 'query' | 'header' | 'body' | 'method';

/** What a coverage-phase case exercises, shown in the report and counted by the coverage map. */
export interface CoverageTag {
  /** The value class: `integer.int64-max+1`, `string.max-length+1`, `object.required-missing`, `method.trace`, ... */
  class: string;
  /** The JSON Schema keyword (or request feature: `method`, `content-type`, `syntax`) the case exercises. */
  keyword: string;
  location: CoverageLocation;
  /** JSON pointer inside the location (`/retry_count` in the body, `/page` for a parameter); empty for the whole. */
  pointer: string;
  /** One human sentence: "query parameter page set to 0, below minimum 1". */
  description: string;
}

/** One request to send. `body` is wrapped so that a JSON `null` body stays distinguishable from "no body". */
export interface Case {
  operation: Operation;
  phase: Phase;
  /**
   * `edge`: a request whose right answer the document does not settle, such as 2^64 for an integer with no stated
   * bound, a repeated or unknown query parameter: accepting it and refusing it with a documented 4xx are both right,
   * a 5xx is not. Only the checks that hold for every answer judge it.
   */
  mode: 'positive' | 'negative' | 'edge';
  /** Raw (unserialised) values by parameter name. */
  pathParams: Record<string, unknown>;
  query: Record<string, unknown>;
  headers: Record<string, unknown>;
  cookies: Record<string, unknown>;
  body?: { value: unknown; mediaType: string };
  mutation?: Mutation;
  /** Set on coverage-phase cases: the value class and keyword the case exercises. */
  coverage?: CoverageTag;
  /** Set on auth probes: credentials left out, wrong, or malformed; the checks then expect a 401. */
  auth?: AuthProbeKind;
  /** Set on probes that send something other than the operation as documented; most checks then stand aside. */
  probe?: UndocumentedMethodProbe;
  /**
   * Set on a scope check's deliberate write that names another scope in its body than in its path: on a shared
   * target the scope rule (engine/own-objects.ts) lets only this through, and only at the run's own objects.
   */
  crossScope?: boolean;
}

/** A case serialised for the wire: what a Target sends. */
export interface WireRequest {
  method: string;
  /** Path with parameters substituted and the query string appended, relative to the target's base URL. */
  path: string;
  headers: Record<string, string>;
  /** Serialised body, when there is one. */
  body?: string | Buffer;
}
