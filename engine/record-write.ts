/**
 * Keeps the ledger in step with what the target answered: a 2xx to a POST created an object (written down with
 * the DELETE that removes it), a 2xx to a DELETE of a ledger object means it is gone (a 404 proves nothing: the
 * object may have moved; cleanup.ts confirms), and a 2xx body that names another scope than the path moves the
 * object's entry there.
 */
import type { Case } from '../model/case';
import type { ApiModel, Operation } from '../model/operation';
import type { WireResponse } from '../targets/target';
import { itemKeyProperty, itemOperation, ownedParams } from '../model/topology';
import { itemPathOf, type LedgerEntry } from './ledger';
import type { Session } from './session';

/** The scope value a 2xx body reports when it differs from the path's, with the scope's parameter. */
function reportedElsewhere(operation: Operation, pathParams: Record<string, unknown>, body: unknown): { param: string; value: unknown } | undefined {
  const scope = operation.inferred.scope;
  if (!scope?.property || !body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const value = (body as Record<string, unknown>)[scope.property];
  if (value === undefined || value === null || String(value) === String(pathParams[scope.param])) return undefined;
  return { param: scope.param, value };
}

/** Updates the session's ledger after one answered request; `method` is the method actually sent. */
export function recordWrite(session: Session, api: ApiModel, testCase: Case, method: string, response: WireResponse): void {
  const success = response.status >= 200 && response.status < 300;
  if (method === 'post' && success) {
    // The request's own path template is the collection: a create is a POST on a collection path. An undocumented
    // POST probe that succeeded lands here too, so whatever it made is at least reported.
    const collection = testCase.operation.path;
    const param = itemKeyProperty(api, collection, response.json);
    const body = response.json as Record<string, unknown> | undefined;
    const key = param && body && typeof body === 'object' ? body[param] : undefined;
    const remover = itemOperation(api, collection, 'delete');
    const elsewhere = reportedElsewhere(testCase.operation, testCase.pathParams, body);
    const entry = session.ledger.add({
      api: api.name,
      collection,
      createdBy: testCase.probe ? `${testCase.probe.method} probe on ${testCase.operation.id}` : testCase.operation.id,
      scope: { ...testCase.pathParams, ...(elsewhere ? { [elsewhere.param]: elsewhere.value } : {}) },
      param: remover?.param ?? param,
      key: key === null ? undefined : key,
      deleteOperationId: remover?.operation.id,
    });
    entry.lastSeen = itemPathOf(entry);
    return;
  }
  // A negative case with a broken path value named no object; its answer says nothing about one.
  const brokenPath = testCase.mutation?.location === 'path';
  if (testCase.probe || brokenPath) return;
  for (const { param, collection } of ownedParams(api, testCase.operation)) {
    const path = testCase.operation.path;
    if (path !== `${collection}{${param}}/` && path !== `${collection}{${param}}`) continue;
    const key = testCase.pathParams[param];
    const scopeOnly = Object.fromEntries(Object.entries(testCase.pathParams).filter(([name]) => name !== param));
    if (method === 'delete' && success) {
      session.ledger.markRemoved(api.name, collection, key, testCase.pathParams);
    } else if (success && method !== 'delete') {
      const elsewhere = reportedElsewhere(testCase.operation, testCase.pathParams, response.json);
      const entry: LedgerEntry | undefined = elsewhere
        ? session.ledger.moved(api.name, collection, key, elsewhere.param, elsewhere.value)
        : session.ledger.liveWithKey(api.name, collection, key, scopeOnly);
      if (entry) entry.lastSeen = itemPathOf(entry);
    }
  }
}
