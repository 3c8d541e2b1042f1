/**
 * Keeps the ledger in step with what the target answered: a 2xx to a POST created an object (written down with
 * the DELETE that removes it), a 2xx or 404 to a DELETE of a ledger object means it is gone.
 */
import type { Case } from '../../generators/model/case';
import type { ApiModel } from '../../generators/model/operation';
import type { WireResponse } from '../targets/target';
import { itemKeyProperty, itemOperation, ownedParams } from './ledger';
import type { Session } from './session';

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
    session.ledger.add({
      api: api.name,
      collection,
      createdBy: testCase.probe ? `${testCase.probe.method} probe on ${testCase.operation.id}` : testCase.operation.id,
      scope: { ...testCase.pathParams },
      param: remover?.param ?? param,
      key: key === null ? undefined : key,
      deleteOperationId: remover?.operation.id,
    });
    return;
  }
  // A negative case with a broken path value named no object; its 404 removes nothing.
  const brokenPath = testCase.mutation?.location === 'path';
  if (method === 'delete' && (success || response.status === 404) && !testCase.probe && !brokenPath) {
    for (const { param, collection } of ownedParams(api, testCase.operation)) {
      if (testCase.operation.path === `${collection}{${param}}/` || testCase.operation.path === `${collection}{${param}}`) {
        session.ledger.markRemoved(api.name, collection, testCase.pathParams[param], testCase.pathParams);
      }
    }
  }
}
