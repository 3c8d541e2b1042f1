/** Local `$ref`s (`#/$defs/Name`, `#/definitions/Name`, `#`), with a nesting limit so recursive schemas end. */
import type fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import type { CompileContext } from './context';
import { ANNOTATION_KEYWORDS, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { unescapeToken } from '../../json/pointer';

/** Past this many nested refs even required recursion gives up: the schema has no finite value. */
export const HARD_REF_LIMIT = 64;

/** The schema a local JSON pointer ref names inside `root`. */
export function resolveRef(root: JsonSchema, ref: string): JsonSchema {
  if (!ref.startsWith('#')) throw new UnsatisfiableSchemaError(`only local $refs are supported, got ${ref}`);
  const tokens = ref
    .slice(1)
    .split('/')
    .slice(1)
    .map((token) => unescapeToken(decodeURIComponent(token)));
  let node: unknown = root;
  for (const token of tokens) {
    if (typeof node !== 'object' || node === null || !(token in node)) throw new UnsatisfiableSchemaError(`$ref ${ref} points nowhere`);
    node = (node as Record<string, unknown>)[token];
  }
  if (typeof node !== 'boolean' && (typeof node !== 'object' || node === null)) throw new UnsatisfiableSchemaError(`$ref ${ref} is not a schema`);
  return node as JsonSchema;
}

/** The `$ref`'s siblings that constrain values (annotations such as `description` do not). */
export function refSiblings(schema: SchemaObject): SchemaObject | undefined {
  const siblings: SchemaObject = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword !== '$ref' && !ANNOTATION_KEYWORDS.has(keyword)) siblings[keyword] = value;
  }
  return Object.keys(siblings).length > 0 ? siblings : undefined;
}

/** The arbitrary for a schema holding a `$ref` (siblings apply too, as in draft 2019-09 and later). */
export function refArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  const ref = schema.$ref as string;
  const siblings = refSiblings(schema);
  if (siblings) return context.compile({ allOf: [{ $ref: ref }, siblings] }, context);
  if (context.refStack.length >= HARD_REF_LIMIT) {
    throw new UnsatisfiableSchemaError(`$ref ${ref} recurses without a way out`);
  }
  const nesting = context.refStack.filter((entry) => entry === ref).length;
  const minimal = context.minimal || nesting >= context.maxDepth;
  const key = `${ref}@${Math.min(nesting, context.maxDepth)}@${minimal}`;
  const cached = context.refCache.get(key);
  if (cached) return cached;
  const inner: CompileContext = { ...context, refStack: [...context.refStack, ref], minimal };
  const arbitrary = context.compile(resolveRef(context.root, ref), inner);
  context.refCache.set(key, arbitrary);
  return arbitrary;
}
