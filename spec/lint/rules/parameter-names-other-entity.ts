/**
 * A parameter description that says what something "belongs to" in terms of an entity the path is not about, such
 * as "the channel the customer belongs to" on a failed-integration path: a description copied from elsewhere.
 * Heuristic: the words naming the entity must all occur among the path's literal segments.
 */
import type { OpenAPIV3 } from 'openapi-types';
import type { LintRule, RuleHit } from '../finding';
import { follow, operationsOf } from '../walk';

const determiners = new Set(['the', 'a', 'an', 'its', 'their', 'which', 'that', 'this', 'each', 'every']);
// Words that stand for "whatever this endpoint is about".
const generic = new Set(['resource', 'object', 'item', 'record', 'entity', 'it', 'one']);

const singular = (word: string): string => word.toLowerCase().replace(/ies$/, 'y').replace(/(?<!s)s$/, '');

/** The words naming what something belongs to in a description, e.g. ["customer"], or undefined. */
export function belongsToSubject(description: string): string[] | undefined {
  const match = /^(.*?)\b(?:belongs?|belonging)\s+to\b/i.exec(description);
  if (!match) return undefined;
  const words = match[1].toLowerCase().match(/[a-z]+/g) ?? [];
  const last = words.map((word) => determiners.has(word)).lastIndexOf(true);
  const subject = words.slice(last + 1).slice(-3);
  return subject.length > 0 ? subject : undefined;
}

/** Singular words of a path's literal segments: /api/v1/channel/{id}/failed_integrations/ -> api, v1, channel, failed, integration. */
function pathVocabulary(path: string): Set<string> {
  const words = path
    .split('/')
    .filter((segment) => segment && !segment.startsWith('{'))
    .flatMap((segment) => segment.split(/[_\-.]+/));
  return new Set(words.map(singular));
}

/** parameter-names-other-entity */
export const parameterNamesOtherEntity: LintRule = {
  name: 'parameter-names-other-entity',
  severity: 'warning',
  description: "a parameter description names an entity (\"the customer belongs to\") that is not the path's resource",
  check({ document }) {
    const hits: RuleHit[] = [];
    const reported = new Set<string>();
    for (const site of operationsOf(document)) {
      const vocabulary = pathVocabulary(site.path);
      (site.operation.parameters ?? []).forEach((parameter, index) => {
        const { value, pointer } = follow<OpenAPIV3.ParameterObject>(document, parameter, `${site.pointer}/parameters/${index}`);
        const subject = value?.description ? belongsToSubject(value.description) : undefined;
        if (!subject || subject.every((word) => vocabulary.has(singular(word)) || generic.has(word))) return;
        const key = `${pointer} ${site.path}`;
        if (reported.has(key)) return;
        reported.add(key);
        hits.push({
          pointer: `${pointer}/description`,
          message: `parameter "${value!.name}" on ${site.path} is described with "${subject.join(' ')}", which the path is not about: "${value!.description}"`,
        });
      });
    }
    return hits;
  },
};
