/**
 * Objects: `properties`, `required`, `additionalProperties`, `patternProperties`, `propertyNames`, property counts,
 * and the dependent keywords (checked afterwards with AJV, since they tie properties together).
 */
import fc from 'fast-check';
import type { JsonSchema } from '../../model/operation';
import type { CompileContext } from './context';
import { isPlainObject, numberKeyword, requiredNames, schemaKeyword, schemaMapKeyword, type SchemaObject } from './schema-shape';
import { patternRegExp, stringMatchingOnce } from './strings';
import { UnsatisfiableSchemaError } from './unsatisfiable';
import { isValid } from './validator';

/** Names of extra properties: readable identifiers, never `__proto__` or other traps. */
const EXTRA_KEY = /^[a-z][a-z0-9_]{0,11}$/;

/** The patternProperties entries (pattern compiled) whose pattern matches `name`. */
function matchingPatterns(patterns: [RegExp, JsonSchema][], name: string): JsonSchema[] {
  return patterns.filter(([regex]) => regex.test(name)).map(([, schema]) => schema);
}

/** Keywords that relate properties to each other; a value is checked against them after it is built. */
const AFTER_CHECK_KEYWORDS = ['patternProperties', 'dependentRequired', 'dependentSchemas', 'dependencies', 'propertyNames', 'minProperties', 'maxProperties'];

/** The arbitrary for an object schema. */
export function objectArbitrary(schema: SchemaObject, context: CompileContext): fc.Arbitrary<Record<string, unknown>> {
  const properties = schemaMapKeyword(schema, 'properties');
  const required = new Set(requiredNames(schema));
  const patterns = Object.entries(schemaMapKeyword(schema, 'patternProperties')).map(([p, s]) => [patternRegExp(p), s] as [RegExp, JsonSchema]);
  const additional = schemaKeyword(schema, 'additionalProperties');
  const minProperties = numberKeyword(schema, 'minProperties') ?? 0;
  const maxProperties = numberKeyword(schema, 'maxProperties');
  if (maxProperties !== undefined && required.size > maxProperties) {
    throw new UnsatisfiableSchemaError(`${required.size} required properties but maxProperties ${maxProperties}`);
  }

  // The schema a property value must satisfy: its own, plus every matching pattern's (or additionalProperties).
  const valueSchemaFor = (name: string): JsonSchema => {
    const own = name in properties ? [properties[name]] : [];
    const byPattern = matchingPatterns(patterns, name);
    const parts = [...own, ...byPattern];
    if (parts.length === 0) parts.push(additional ?? true);
    return parts.length === 1 ? parts[0] : { allOf: parts };
  };

  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const name of Object.keys(properties)) {
    if (context.minimal && !required.has(name)) continue;
    try {
      model[name] = context.compile(valueSchemaFor(name), context);
    } catch (error) {
      // An optional property nobody can fill is simply left out; a required one makes the object impossible.
      if (!(error instanceof UnsatisfiableSchemaError) || required.has(name)) throw error;
    }
  }
  for (const name of required) {
    if (!(name in model)) model[name] = context.compile(valueSchemaFor(name), context);
  }
  const requiredKeys = [...required];
  const declared = fc.record(model, { requiredKeys, noNullPrototype: true });

  const extras = extraPropertiesArbitrary(schema, properties, patterns, additional, context);
  let objects: fc.Arbitrary<Record<string, unknown>> = extras
    ? fc.tuple(declared, extras).map(
        ([own, more]) => ({ ...more, ...own }),
        (value) => {
          if (!isPlainObject(value)) throw new Error('not an object');
          const own: Record<string, unknown> = {};
          const more: Record<string, unknown> = {};
          for (const [key, item] of Object.entries(value)) (key in model ? own : more)[key] = item;
          return [own, more];
        },
      )
    : declared;

  if (AFTER_CHECK_KEYWORDS.some((keyword) => keyword in schema)) {
    const relations: SchemaObject = {};
    for (const keyword of AFTER_CHECK_KEYWORDS) if (keyword in schema) relations[keyword] = schema[keyword];
    const count = (value: object) => Object.keys(value).length;
    objects = objects.filter(
      (value) => count(value) >= minProperties && (maxProperties === undefined || count(value) <= maxProperties) && isValid(relations, value, context.root),
    );
  }
  return objects;
}

/**
 * Properties beyond the declared ones. Generated when the schema invites them (an explicit
 * `additionalProperties: true`/schema, `patternProperties`, no declared properties at all, or a `minProperties` the
 * declared ones cannot reach); an implicit `true` alone adds none, so cases stay close to what the API documents.
 */
function extraPropertiesArbitrary(
  schema: SchemaObject,
  properties: Record<string, JsonSchema>,
  patterns: [RegExp, JsonSchema][],
  additional: JsonSchema | undefined,
  context: CompileContext,
): fc.Arbitrary<Record<string, unknown>> | undefined {
  const declaredCount = Object.keys(properties).length;
  const minProperties = numberKeyword(schema, 'minProperties') ?? 0;
  const maxProperties = numberKeyword(schema, 'maxProperties');
  const needed = Math.max(0, minProperties - (context.minimal ? requiredNames(schema).length : declaredCount));
  const invited = additional !== undefined || patterns.length > 0 || declaredCount === 0;
  if (!invited && needed === 0) return undefined;
  if (context.minimal && needed === 0) return undefined;
  const maxKeys = Math.max(needed, Math.min(context.maxItems, maxProperties ?? Infinity));
  if (maxKeys === 0) return undefined;

  const propertyNames = schemaKeyword(schema, 'propertyNames');
  const keyAllowed = (key: string) =>
    !(key in properties) && key !== '__proto__' && (propertyNames === undefined || isValid(propertyNames, key, context.root));
  // Each source of keys brings its own value arbitrary, compiled once here rather than once per generated key.
  const sources: fc.Arbitrary<readonly [string, unknown]>[] = [];
  for (const [regex, valueSchema] of patterns) {
    const keys = stringMatchingOnce(regex).filter(keyAllowed);
    sources.push(fc.tuple(keys, context.compile(valueSchema, context)));
  }
  if (additional !== false) {
    // A key some pattern matches would owe that pattern's schema too: leave such keys to the pattern source.
    const keys = stringMatchingOnce(EXTRA_KEY).filter((key) => keyAllowed(key) && matchingPatterns(patterns, key).length === 0);
    sources.push(fc.tuple(keys, context.compile(additional ?? true, context)));
  }
  if (sources.length === 0) {
    if (needed > 0) throw new UnsatisfiableSchemaError('minProperties needs properties nobody may add');
    return undefined;
  }
  return fc
    .uniqueArray(fc.oneof(...sources), { minLength: needed, maxLength: maxKeys, selector: ([key]) => key })
    .map((entries) => Object.fromEntries(entries) as Record<string, unknown>);
}
