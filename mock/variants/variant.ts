/** What a deliberately broken variant of the reference server is, and the check that is meant to catch it. */
import type { MockOverrides } from '../components';

/** The part of the contract a variant breaks; the table groups variants by it. */
export type VariantArea =
  | 'schema'
  | 'status codes'
  | 'content types'
  | 'error shapes'
  | 'auth'
  | 'methods'
  | 'server errors'
  | 'validation'
  | 'pagination'
  | 'filters'
  | 'isolation'
  | 'identity'
  | 'persistence'
  | 'delta'
  | 'pull';

/** Names of the response checks (suites/checks/registry.ts), spelt out so a typo fails the typecheck. */
export type ResponseCheckName =
  | 'response is not a server error'
  | 'status code is documented'
  | 'content type is documented and the body parses'
  | 'body is empty when none is documented'
  | 'body conforms to the documented schema'
  | 'error body has the documented error shape'
  | 'invalid input is rejected'
  | 'valid input is accepted'
  | 'secured operation rejects missing credentials'
  | 'secured operation rejects wrong credentials'
  | 'secured operation rejects malformed credentials'
  | 'undocumented method answers 405 with Allow';

/** Names of the scenario checks (suites/semantics/registry.ts). */
export type ScenarioCheckName =
  | 'pagination envelope is consistent'
  | 'pagination visits every object once'
  | 'pagination honours limit'
  | 'invalid page and limit are rejected'
  | 'filter returns only matching objects'
  | 'filter finds a listed object'
  | 'scope isolation holds'
  | 'write cannot move an object to another scope'
  | 'detail answers the object asked for'
  | 'delta union is exact'
  | 'side-effect pull is idempotent'
  | 'target survives malformed requests'
  | 'lifecycle matches the model';

/** Any check a variant can name as the one that must report it. */
export type CheckName = ResponseCheckName | ScenarioCheckName;

/** One broken server: the reference with exactly one contract violation, made through the mock's override points. */
export interface Variant {
  /** Kebab-case, unique; also the report directory's name. */
  name: string;
  area: VariantArea;
  /** One sentence: what the server does wrong. */
  description: string;
  /** The check that must report the variant as failing. */
  expectedCheck: CheckName;
  /** When set, the check must fail in this phase (`coverage`): the variant is one only that phase reaches. */
  expectedPhase?: string;
  /** Fresh overrides for one server (a new call per server, so no state is shared between runs). */
  overrides(): MockOverrides;
}
