/**
 * Security requirements that name a scheme the document does not define. The run still has to send credentials,
 * so the requirement is pointed at the schemes the document does define (or, with none, at an `Authorization`
 * header carrying the configured token), and the finding says which.
 */
import { toPointer } from '../../json/pointer';
import { HTTP_METHODS } from '../build';
import { isSchemaObject } from '../adapters/schema-keywords';
import { operationLabel, type RepairContext } from './context';

type Json = Record<string, unknown>;

/** Rewrites every requirement naming an undefined scheme (in place) and records one finding per occurrence. */
export function repairUndefinedSchemes(document: Json, context: RepairContext): void {
  const components = (isSchemaObject(document.components) ? document.components : (document.components = {})) as Json;
  const schemes = (isSchemaObject(components.securitySchemes) ? components.securitySchemes : {}) as Json;
  const defined = Object.keys(schemes);
  const undefinedNames = new Set<string>();
  const fix = (requirements: unknown, tokens: string[], operation?: string): unknown[] | undefined => {
    if (!Array.isArray(requirements)) return undefined;
    const rewritten: unknown[] = [];
    requirements.forEach((requirement, index) => {
      if (!isSchemaObject(requirement)) return void rewritten.push(requirement);
      const missing = Object.keys(requirement).filter((key) => !defined.includes(key));
      if (missing.length === 0) return void rewritten.push(requirement);
      for (const key of missing) {
        undefinedNames.add(key);
        const pointer = toPointer([...tokens, index, key]);
        context.findings.push({
          kind: 'undefined-security-scheme',
          file: context.fileOf(pointer),
          pointer,
          message: `security requirement names undefined scheme '${key}' (defined: ${defined.join(', ') || 'none'})`,
          fallback: defined.length > 0
            ? `the operation is sent with the configured credentials as the document's ${defined.map((name) => `'${name}'`).join(' or ')} scheme`
            : `the operation is sent with the configured credentials in the Authorization header`,
          ...(operation ? { operation } : {}),
        });
      }
      const kept = Object.fromEntries(Object.entries(requirement).filter(([key]) => !missing.includes(key)));
      // With schemes defined, each becomes an alternative; with none, the undefined names get a stand-in below.
      if (defined.length === 0) rewritten.push(requirement);
      else for (const name of defined) rewritten.push({ ...kept, [name]: [] });
    });
    return rewritten;
  };
  const top = fix(document.security, ['security']);
  if (top) document.security = top;
  const paths = isSchemaObject(document.paths) ? document.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchemaObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isSchemaObject(operation)) continue;
      const rewritten = fix(operation.security, ['paths', path, method, 'security'], operationLabel(method, path));
      if (rewritten) operation.security = rewritten;
    }
  }
  if (defined.length === 0 && undefinedNames.size > 0) {
    const standIns: Json = {};
    for (const name of undefinedNames) {
      standIns[name] = { type: 'apiKey', in: 'header', name: 'Authorization', description: 'stand-in added by the conformance suite: the document does not define this scheme' };
    }
    components.securitySchemes = standIns;
  }
}
