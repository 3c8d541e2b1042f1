/**
 * A document that declares no security at all (no scheme, no requirement anywhere) although its own server refused
 * it without credentials and served it with the run's: the operations behind the same server are evidently
 * protected too (DRF's schema generator writes no security, and its schema view sits behind the same
 * DEFAULT_AUTHENTICATION_CLASSES and DEFAULT_PERMISSION_CLASSES as the views it describes). Taken as written, every
 * request would go without credentials and every answer would be a 401; instead a stand-in scheme is declared for
 * the whole document and the finding says so.
 */
import { isSchemaObject } from '../adapters/schema-keywords';
import { HTTP_METHODS } from '../build';
import type { RepairContext } from './context';

type Json = Record<string, unknown>;

/**
 * The extension a saved fetched document carries when it was served only with credentials, so that a replay from
 * the file (`--spec <report>/spec/<api>.json`) keeps the evidence and runs as the fetched run did.
 */
export const SERVED_WITH_CREDENTIALS_KEY = 'x-conformance-served-with-credentials';

/** The stand-in scheme's name in components.securitySchemes. */
export const STAND_IN_SCHEME = 'Authorization';

/** True when neither the document nor any operation says anything about security. */
function declaresNoSecurity(document: Json): boolean {
  const components = isSchemaObject(document.components) ? document.components : {};
  if (isSchemaObject(components.securitySchemes) && Object.keys(components.securitySchemes).length > 0) return false;
  if (document.security !== undefined) return false;
  const paths = isSchemaObject(document.paths) ? document.paths : {};
  return Object.values(paths).every((item) => !isSchemaObject(item) || HTTP_METHODS.every((method) => !isSchemaObject(item[method]) || item[method].security === undefined));
}

/** Declares the stand-in scheme (in place) and records the finding, when the document declares no security. */
export function repairUndeclaredSecurity(document: Json, context: RepairContext): void {
  if (!declaresNoSecurity(document)) return;
  const components = (isSchemaObject(document.components) ? document.components : (document.components = {})) as Json;
  components.securitySchemes = {
    [STAND_IN_SCHEME]: { type: 'apiKey', in: 'header', name: 'Authorization', description: 'stand-in added by the conformance suite: the document declares no security' },
  };
  document.security = [{ [STAND_IN_SCHEME]: [] }];
  context.findings.push({
    kind: 'undeclared-security',
    file: context.fileOf(''),
    pointer: '/components/securitySchemes',
    message: 'the document declares no security scheme or requirement, yet its server refused it without credentials and served it with the run\'s',
    fallback: 'every operation is sent with the configured credentials in the Authorization header, and the auth checks expect it refused without them',
  });
}
