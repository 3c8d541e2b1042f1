/**
 * Validates values against schemas that live inside an OpenAPI 3.0 document, $refs and all: the whole document is
 * registered with ajv once and each schema is addressed by its JSON pointer.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/** Validates `value` against the schema at `pointer`; returns ajv's messages, empty when valid. */
export type PointerValidator = (pointer: string, value: unknown) => string[];

const documentId = 'urn:lint:document';

/** A validator over one document; compiled schemas are cached per pointer. */
export function createPointerValidator(document: unknown): PointerValidator {
  // strict off: OpenAPI 3.0 schemas carry keywords ajv does not know (example, xml, discriminator without option).
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
  addFormats(ajv);
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
