/**
 * A method the path does not document must be answered 405 with an `Allow` header naming exactly the documented
 * methods. HEAD (where GET is documented) and OPTIONS may be listed too: HTTP derives HEAD from GET, and Django
 * REST Framework, like most frameworks, answers both on every view without the document mentioning them.
 */
import type { ApiModel, Operation } from '../model/operation';
import { Category } from './categories';
import { Failure, type Check } from './check';

/** Methods never probed: frameworks answer them implicitly, so a 200 for them says nothing. */
const IMPLICIT_METHODS = new Set(['HEAD', 'OPTIONS']);

/** The documented methods of the operation's path, upper case; throws when the API model is not the operation's. */
export function documentedMethods(api: ApiModel, operation: Operation): string[] {
  // Another API's model would silently yield the wrong method list, and with it a wrong verdict.
  if (api.name !== operation.api) {
    throw new Failure(`cannot judge: the check context holds API "${api.name}" but ${operation.id} belongs to "${operation.api}"`, Category.checkError);
  }
  const listed = api.methodsByPath[operation.path] ?? api.operations.filter((other) => other.path === operation.path).map((other) => other.method);
  const methods = listed.length > 0 ? listed : [operation.method];
  return [...new Set(methods.map((method) => method.toUpperCase()))];
}

/** The methods an `Allow` header lists, upper case. */
export function parseAllow(header: string): string[] {
  return header.split(',').map((method) => method.trim().toUpperCase()).filter((method) => method !== '');
}

/** Fails unless the probe is answered 405 with an Allow header set-equal to the documented methods. */
export const undocumentedMethodAnswers405: Check = {
  name: 'undocumented method answers 405 with Allow',
  kind: 'response',
  category: Category.methodNotAllowed,
  severity: 'minor',
  appliesTo: (testCase) => testCase.probe?.kind === 'undocumented-method' && !IMPLICIT_METHODS.has(testCase.probe.method.toUpperCase()),
  run(context, response, testCase) {
    const sent = testCase.probe?.method.toUpperCase() ?? '?';
    const path = testCase.operation.path;
    const documented = documentedMethods(context.api, testCase.operation);
    const expected = `405 with Allow: ${documented.join(', ')}`;
    if (response.status !== 405) {
      throw new Failure(`${sent} is not documented for ${path} but answered ${response.status}; expected ${expected}`, Category.methodNotAllowed);
    }
    const header = response.headers.allow;
    if (header === undefined) {
      throw new Failure(`405 for ${sent} ${path} has no Allow header; expected Allow: ${documented.join(', ')}`, Category.methodNotAllowed);
    }
    const allowed = new Set(parseAllow(header));
    const tolerated = new Set(['OPTIONS', ...(documented.includes('GET') ? ['HEAD'] : [])]);
    const missing = documented.filter((method) => !allowed.has(method));
    const extra = [...allowed].filter((method) => !documented.includes(method) && !tolerated.has(method));
    if (missing.length === 0 && extra.length === 0) return;
    const problems = [
      ...(missing.length > 0 ? [`leaves out documented ${missing.join(', ')}`] : []),
      ...(extra.length > 0 ? [`lists undocumented ${extra.join(', ')}`] : []),
    ];
    throw new Failure(`Allow: ${header} for ${path} ${problems.join(' and ')}; expected ${documented.join(', ')}`, Category.methodNotAllowed);
  },
};
