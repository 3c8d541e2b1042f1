/** Security requirements resolved against components.securitySchemes. */
import { isSchemaObject } from './adapters/schema-keywords';
import { ModelError } from './errors';
import { escapeToken } from '../json/pointer';
import type { SecurityScheme } from './operation';

const SCHEME_TYPES: ReadonlyArray<SecurityScheme['type']> = ['apiKey', 'http', 'oauth2', 'openIdConnect', 'mutualTLS'];

/**
 * Resolves a list of Security Requirement Objects (alternatives of AND-sets). An empty requirement `{}` stays an
 * empty alternative (anonymous access allowed). A requirement naming an undefined scheme throws: every later stage
 * needs to know how to send the credential. `pointer` locates the `security` list for the message.
 */
export function resolveSecurity(requirements: unknown[], schemes: Record<string, unknown>, pointer: string): SecurityScheme[][] {
  return requirements.map((requirement, index) => {
    if (!isSchemaObject(requirement)) throw new ModelError('Security requirement is not an object', `${pointer}/${index}`);
    return Object.keys(requirement).map((key) => {
      const raw = schemes[key];
      if (!isSchemaObject(raw)) {
        throw new ModelError(`Security requirement names undefined scheme '${key}'`, `${pointer}/${index}/${escapeToken(key)}`);
      }
      return toSecurityScheme(key, raw);
    });
  });
}

/** One Security Scheme Object in the model's form. */
export function toSecurityScheme(key: string, raw: Record<string, unknown>): SecurityScheme {
  const type = raw.type as SecurityScheme['type'];
  if (!SCHEME_TYPES.includes(type)) throw new ModelError(`Unknown security scheme type '${String(raw.type)}'`, `#/components/securitySchemes/${escapeToken(key)}`);
  const scheme: SecurityScheme = { key, type };
  if (raw.in === 'header' || raw.in === 'query' || raw.in === 'cookie') scheme.in = raw.in;
  if (typeof raw.name === 'string') scheme.paramName = raw.name;
  if (typeof raw.scheme === 'string') scheme.scheme = raw.scheme.toLowerCase();
  return scheme;
}
