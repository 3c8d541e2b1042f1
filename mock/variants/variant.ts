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

/**
 * A check's name as the registry (suites/registry) spells it. Not a hand-kept union here: the mock must not import
 * the suites (they start it), so test/suites/registry checks every variant's name against the registry instead.
 */
export type CheckName = string;

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
