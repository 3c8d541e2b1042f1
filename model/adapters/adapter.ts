import type { JsonSchema } from '../operation';
import type { Direction } from './schema-converter';

/** Everything OpenAPI-version specific the model builder needs; one implementation per version. */
export interface VersionAdapter {
  /** `oas30` or `oas31`. */
  readonly version: string;
  /** Converts a (dereferenced) Schema Object into acyclic plain JSON Schema for one direction. */
  convertSchema(schema: unknown, direction: Direction): JsonSchema;
}
