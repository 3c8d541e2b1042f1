/** Keywords beside a $ref are ignored by OpenAPI 3.0, so `{type: object, $ref: ...}` says something no tool honours. */
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { walkObjects } from '../walk';

// Annotations beside a $ref are common and harmless; constraints are what mislead.
const harmless = new Set(['$ref', 'description', 'summary']);

/** ref-with-siblings */
export const refWithSiblings: LintRule = {
  name: 'ref-with-siblings',
  severity: 'warning',
  description: 'a $ref has sibling keywords, which OpenAPI 3.0 ignores',
  check({ document }) {
    const hits: RuleHit[] = [];
    walkObjects(document, (node, tokens) => {
      if (typeof node.$ref !== 'string') return;
      // Example values are data, not schema: a `$ref` key inside them is not a reference.
      if (tokens.some((token) => token === 'example' || token === 'examples' || token === 'default' || token === 'enum')) return;
      const siblings = Object.keys(node).filter((key) => !harmless.has(key) && !key.startsWith('x-'));
      if (siblings.length > 0) hits.push({ pointer: toPointer(tokens), message: `${siblings.join(', ')} beside $ref ${node.$ref} is ignored (OpenAPI 3.0)` });
    });
    return hits;
  },
};
