/**
 * `allOf` (merged into one schema), `anyOf`/`oneOf` (one branch at a time, merged with the keywords beside them) and
 * `if`/`then`/`else` (as two alternatives). Where the combined schema cannot be expressed exactly, values are filtered
 * with AJV against the original, which keeps every value valid at some cost in speed.
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import type { CompileContext } from './context';
import { mergeAll } from './merge';
import { HARD_REF_LIMIT, refSiblings, resolveRef } from './refs';
import { asSchemaObject, schemaListKeyword, type SchemaObject } from './schema-shape';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

/** The schema with its top-level `$ref`s and `allOf` folded in, so its own keywords can be read; as is if they conflict. */
export function flattenTopLevel(schema: JsonSchema, root: JsonSchema): SchemaObject {
  const object = asSchemaObject(schema);
  if (typeof object.$ref !== 'string' && !Array.isArray(object.allOf)) return object;
  try {
    return mergeAll(flattenMember(object, root, [])).schema;
  } catch (error) {
    if (error instanceof UnsatisfiableSchemaError) return object;
    throw error;
  }
}

/**
 * The member as a list of plain schemas: top-level `$ref`s resolved, nested `allOf`s flattened. Each ref resolved
 * is appended to `resolved`, so the caller can count it towards the recursion limit.
 */
export function flattenMember(member: JsonSchema, root: JsonSchema, seenRefs: readonly string[], resolved: string[] = []): SchemaObject[] {
  const schema = asSchemaObject(member);
  if (typeof schema.$ref === 'string') {
    if (seenRefs.includes(schema.$ref)) throw new UnsatisfiableSchemaError(`allOf reaches ${schema.$ref} again before any value`);
    resolved.push(schema.$ref);
    const target = flattenMember(resolveRef(root, schema.$ref), root, [...seenRefs, schema.$ref], resolved);
    const siblings = refSiblings(schema);
    return siblings ? [...target, ...flattenMember(siblings, root, seenRefs, resolved)] : target;
  }
  const nested = schemaListKeyword(schema, 'allOf');
  if (!nested) return [schema];
  const { allOf: _allOf, ...rest } = schema;
  return [rest, ...nested.flatMap((part) => flattenMember(part, root, seenRefs, resolved))];
}

/** The arbitrary for a schema with `allOf`. */
export function allOfArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  const resolved: string[] = [];
  const merged = mergeAll(flattenMember(schema, context.root, [], resolved));
  // Refs folded in here never pass through refArbitrary, so they count towards the recursion limit here.
  const refStack = [...context.refStack, ...resolved];
  if (refStack.length >= HARD_REF_LIMIT) throw new UnsatisfiableSchemaError(`${resolved.join(', ')} recurse without a way out`);
  const minimal = context.minimal || resolved.some((ref) => refStack.filter((entry) => entry === ref).length > context.maxDepth);
  const arbitrary = context.compile(merged.schema, { ...context, refStack, minimal });
  return merged.exact ? arbitrary : arbitrary.filter((value) => isValid(schema, value, context.root));
}

/** The arbitrary for a schema with `anyOf` or `oneOf`: each satisfiable branch, merged with its siblings. */
export function alternativesArbitrary(schema: SchemaObject, keyword: 'anyOf' | 'oneOf', context: CompileContext): fc.Arbitrary<unknown> {
  const branches = schemaListKeyword(schema, keyword) ?? [];
  const { [keyword]: _branches, ...base } = schema;
  const choices: fc.Arbitrary<unknown>[] = [];
  for (const branch of branches) {
    try {
      choices.push(context.compile({ allOf: [base, branch] }, context));
    } catch (error) {
      // An impossible branch (or one too deep to end) is no choice; the others may still be.
      if (!(error instanceof UnsatisfiableSchemaError)) throw error;
    }
  }
  if (choices.length === 0) throw new UnsatisfiableSchemaError(`no ${keyword} branch admits a value`);
  const arbitrary = fc.oneof(...choices);
  if (keyword === 'anyOf') return arbitrary;
  // oneOf: generated from one branch, kept only if no other branch accepts it too.
  return arbitrary.filter((value) => branches.filter((branch) => isValid(branch, value, context.root)).length === 1);
}

/** The arbitrary for `if`/`then`/`else`: values that pass `if` and `then`, or fail `if` and pass `else`. */
export function conditionalArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<unknown> {
  const { if: condition, then: thenSchema, else: elseSchema, ...base } = schema;
  const alternatives: JsonSchema[] = [
    { allOf: [condition as JsonSchema, (thenSchema as JsonSchema | undefined) ?? true] },
    { allOf: [{ not: condition }, (elseSchema as JsonSchema | undefined) ?? true] },
  ];
  return alternativesArbitrary({ ...base, anyOf: alternatives }, 'anyOf', context).filter((value) => isValid(schema, value, context.root));
}
