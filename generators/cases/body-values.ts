/** Request body values: valid examples, the plain default, and the arbitrary. */
import fc from 'fast-check';
import { schemaToArbitrary } from '../arbitraries';
import { representativeValue } from '../arbitraries/boundaries';
import { isValid } from '../arbitraries/validator';
import type { MediaTypeSpec } from '../../model/operation';

/** The media type's examples that its schema accepts (all of them when it has no schema). */
export function validBodyExamples(media: MediaTypeSpec): unknown[] {
  const schema = media.schema;
  return schema === undefined ? media.examples : media.examples.filter((example) => isValid(schema, example));
}

/** The plain body: the first valid example, else the schema's representative value; undefined when unknown. */
export function defaultBodyValue(media: MediaTypeSpec): unknown {
  const examples = validBodyExamples(media);
  if (examples.length > 0) return examples[0];
  return media.schema === undefined ? undefined : representativeValue(media.schema);
}

/** Valid bodies: from the schema, or the examples when there is no schema; undefined when neither exists. */
export function bodyArbitrary(media: MediaTypeSpec): fc.Arbitrary<unknown> | undefined {
  if (media.schema !== undefined) return schemaToArbitrary(media.schema);
  return media.examples.length > 0 ? fc.constantFrom(...media.examples).map((example) => structuredClone(example)) : undefined;
}
