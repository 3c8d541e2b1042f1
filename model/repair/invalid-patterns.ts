/**
 * `pattern`s that are no ECMA-262 regular expression (OpenAPI's dialect; AJV compiles them with the `u` flag). DRF's
 * generator copies Django's validators' Python regexes verbatim (URLValidator's `\z`, `(?<!-)`), which no
 * JavaScript validator can compile, and a schema with one cannot be compiled at all. Only the pattern is set aside,
 * so everything else the schema says is still judged and generated from; the finding says so.
 */
import { isSchemaObject } from '../adapters/schema-keywords';
import { toPointer } from '../../json/pointer';
import type { RepairContext } from './context';

type Json = Record<string, unknown>;

/** Keys whose values are data, not schemas: a `pattern` field in an example is no keyword. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'const']);

/** Why `pattern` does not compile as AJV compiles it, or undefined when it does. */
function compileError(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
    return undefined;
  } catch (error) {
    return (error as Error).message.replace(/^Invalid regular expression: \/.*\/u?: /s, '');
  }
}

/** Removes every `pattern` that does not compile (in place) and records one finding per place. */
export function repairInvalidPatterns(document: Json, context: RepairContext): void {
  const visit = (node: unknown, tokens: Array<string | number>, seen: Set<object>): void => {
    if (typeof node !== 'object' || node === null || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...tokens, index], seen));
    const object = node as Json;
    if (typeof object.pattern === 'string') {
      const error = compileError(object.pattern);
      if (error !== undefined) {
        const pointer = toPointer([...tokens, 'pattern']);
        delete object.pattern;
        context.findings.push({
          kind: 'invalid-schema',
          file: context.fileOf(pointer),
          pointer,
          message: `pattern is not an ECMA-262 regular expression (${error})`,
          fallback: 'the pattern is not judged nor generated from; the rest of the schema is',
        });
      }
    }
    for (const [key, value] of Object.entries(object)) {
      if (DATA_KEYS.has(key) || key.startsWith('x-') || !isSchemaObject(value) && !Array.isArray(value)) continue;
      visit(value, [...tokens, key], seen);
    }
  };
  visit(document, [], new Set());
}
