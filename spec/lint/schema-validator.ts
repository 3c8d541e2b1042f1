/**
 * Validates values against schemas that live inside an OpenAPI document, $refs and all: the whole document is
 * registered with ajv once and each schema is addressed by its JSON pointer.
 */
import type { ValidateFunction } from 'ajv';
import { createAjv, openApiVersionOf } from '../../json/schema-dialect';

/** Validates `value` against the schema at `pointer`; returns ajv's messages, empty when valid. */
export type PointerValidator = (pointer: string, value: unknown) => string[];

const documentId = 'urn:lint:document';

/** A validator over one document; compiled schemas are cached per pointer. */
export function createPointerValidator(document: unknown): PointerValidator {
  // In the dialect of the document's OpenAPI version, the one the generators and checks use for it.
  const ajv = createAjv(openApiVersionOf(document), { allErrors: true, validateSchema: false });
  ajv.addSchema(structuredClone(document) as object, documentId);
  const cache = new Map<string, ValidateFunction>();
  return (pointer, value) => {
    let validate = cache.get(pointer);
    if (!validate) {
      const fragment = pointer.split('/').map(encodeURIComponent).join('/');
      validate = ajv.compile({ $ref: `${documentId}#${fragment}` });
      cache.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`);
  };
}
