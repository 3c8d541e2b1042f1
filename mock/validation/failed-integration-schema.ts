/** The published FailedIntegration schema, read from the verbatim fragment rather than retyped. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../spec/paths';

/** The fragment the schema is read from (every failed-integration fragment publishes the same schema). */
export const FAILED_INTEGRATION_FRAGMENT = join(repoRoot, 'specs', 'omnitron', 'fragments', 'failed-integrations.create.json');

/** The FailedIntegration Schema Object (OpenAPI 3.0.3) exactly as published. */
export function loadFailedIntegrationSchema(file = FAILED_INTEGRATION_FRAGMENT): { [keyword: string]: unknown } {
  const document = JSON.parse(readFileSync(file, 'utf8')) as { components?: { schemas?: Record<string, unknown> } };
  const schema = document.components?.schemas?.FailedIntegration;
  if (typeof schema !== 'object' || schema === null) throw new Error(`${file} has no components.schemas.FailedIntegration`);
  return schema as { [keyword: string]: unknown };
}
