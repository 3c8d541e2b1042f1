/**
 * A oneOf whose branches accept the same value rejects that value (oneOf means exactly one). Objects without
 * required keys all accept `{}` and hence almost any object, which is the usual way this happens.
 */
import { isDeepStrictEqual } from 'node:util';
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { createPointerValidator } from '../schema-validator';
import { walkObjects } from '../walk';

// Minimal values that a branch without required keys or lengths accepts.
const witnesses: unknown[] = [{}, []];

const annotations = new Set(['description', 'title', 'example', 'examples', 'deprecated', 'externalDocs']);

function withoutAnnotations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutAnnotations);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(Object.entries(node).filter(([key]) => !annotations.has(key)).map(([k, v]) => [k, withoutAnnotations(v)]));
}

/** ambiguous-one-of */
export const ambiguousOneOf: LintRule = {
  name: 'ambiguous-one-of',
  severity: 'error',
  description: 'a oneOf has branches that accept the same value (e.g. objects with no required keys), so oneOf rejects it',
  check({ document }) {
    const validate = createPointerValidator(document);
    const hits: RuleHit[] = [];
    walkObjects(document, (node, tokens) => {
      const branches = node.oneOf;
      if (!Array.isArray(branches) || branches.length < 2 || node.discriminator !== undefined) return;
      const pointer = toPointer([...tokens, 'oneOf']);
      for (const witness of witnesses) {
        const accepting = branches.map((_, index) => index).filter((index) => validate(`${pointer}/${index}`, witness).length === 0);
        if (accepting.length >= 2) {
          hits.push({ pointer, message: `oneOf branches ${accepting.join(', ')} all accept ${JSON.stringify(witness)}, so oneOf rejects it (no branch has a required key that tells them apart)` });
          return;
        }
      }
      const plain = branches.map(withoutAnnotations);
      for (let a = 0; a < plain.length; a++) {
        for (let b = a + 1; b < plain.length; b++) {
          if (isDeepStrictEqual(plain[a], plain[b])) {
            hits.push({ pointer, message: `oneOf branches ${a} and ${b} are the same schema but for their descriptions` });
            return;
          }
        }
      }
    });
    return hits;
  },
};
