/** Structural validation of a document against the OpenAPI schema (swagger-parser), as one-line SpecErrors. */
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3 } from 'openapi-types';
import { SpecError } from './errors';

/** Resolves when `document` is a valid OpenAPI document; rejects with a SpecError naming `label` otherwise. */
export async function validateDocument(document: OpenAPIV3.Document, label: string): Promise<void> {
  try {
    // swagger-parser dereferences in place: give it a copy so the caller keeps its $refs.
    await SwaggerParser.validate(structuredClone(document) as never);
  } catch (error) {
    throw new SpecError(`${label}: not a valid OpenAPI document: ${(error as Error).message}`);
  }
}
