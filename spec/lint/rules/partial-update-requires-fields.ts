/** A PATCH body schema with `required` makes a partial update send fields it does not change. */
import type { OpenAPIV3 } from 'openapi-types';
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { follow, operationsOf } from '../walk';

/** Every name in `required`, through $refs and allOf parts. */
function requiredOf(document: OpenAPIV3.Document, schema: unknown, pointer: string, seen = new Set<string>()): string[] {
  const { value, pointer: at } = follow<OpenAPIV3.SchemaObject>(document, schema, pointer);
  if (!value || seen.has(at)) return [];
  seen.add(at);
  const own = Array.isArray(value.required) ? value.required : [];
  const inherited = (value.allOf ?? []).flatMap((part, index) => requiredOf(document, part, `${at}/allOf/${index}`, seen));
  return [...new Set([...own, ...inherited])];
}

/** partial-update-requires-fields */
export const partialUpdateRequiresFields: LintRule = {
  name: 'partial-update-requires-fields',
  severity: 'error',
  description: 'a PATCH request body schema lists required fields, so a partial update must send fields it does not change',
  check({ document }) {
    const hits: RuleHit[] = [];
    for (const site of operationsOf(document).filter((s) => s.method === 'patch')) {
      const bodyPointer = toPointer(['paths', site.path, 'patch', 'requestBody']);
      const body = follow<OpenAPIV3.RequestBodyObject>(document, site.operation.requestBody, bodyPointer).value;
      for (const [type, media] of Object.entries(body?.content ?? {})) {
        const pointer = toPointer(['paths', site.path, 'patch', 'requestBody', 'content', type, 'schema']);
        const required = requiredOf(document, media.schema, pointer);
        if (required.length === 0) continue;
        const via = media.schema && '$ref' in media.schema ? ` (${media.schema.$ref})` : '';
        hits.push({ pointer, message: `PATCH ${site.path}: body schema${via} requires ${required.join(', ')}` });
      }
    }
    return hits;
  },
};
