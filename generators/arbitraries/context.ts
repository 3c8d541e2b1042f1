/** What every builder of the compiler receives: the root (for `$ref`), the limits, and the way back to the dispatcher. */
import type fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';

/** Public knobs of `schemaToArbitrary`. */
export interface CompileOptions {
  /** How many times one `$ref` may nest in itself before values are kept minimal (default 3). */
  maxDepth?: number;
  /** Extra items (above `minItems`) an array may get when `maxItems` leaves it open (default 5). */
  maxItems?: number;
  /** `ascii` keeps generated strings printable ASCII, for places such as HTTP headers that allow nothing else. */
  charset?: 'unicode' | 'ascii';
}

/** The compile-time state threaded through the builders. */
export interface CompileContext {
  /** The schema that `#/...` pointers resolve against. */
  root: JsonSchema;
  maxDepth: number;
  maxItems: number;
  charset: 'unicode' | 'ascii';
  /** `$ref`s entered on the way here, innermost last; counts of one ref decide when recursion must stop. */
  refStack: readonly string[];
  /** True once some `$ref` nested past `maxDepth`: optional properties and optional items are left out. */
  minimal: boolean;
  /** Compiled `$ref` targets, keyed by ref and nesting count, shared by the whole compile. */
  refCache: Map<string, fc.Arbitrary<unknown>>;
  /** Back to the dispatcher, so builders can compile their subschemas without importing it. */
  compile(schema: JsonSchema, context: CompileContext): fc.Arbitrary<unknown>;
}
