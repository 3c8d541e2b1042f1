/** A POST/PUT/PATCH success that documents no body leaves clients (and checks) blind to what comes back. */
import type { OpenAPIV3 } from 'openapi-types';
import { toPointer } from '../../../json/pointer';
import type { LintRule, RuleHit } from '../finding';
import { follow, operationsOf } from '../walk';

// 204 and 205 forbid a body; 202 often carries none by design.
const bodylessStatuses = new Set(['202', '204', '205']);

/** write-response-without-body */
export const writeResponseWithoutBody: LintRule = {
  name: 'write-response-without-body',
  severity: 'warning',
  description: 'a POST, PUT or PATCH 2xx response (other than 202/204/205) documents no body',
  check({ document }) {
    const hits: RuleHit[] = [];
    for (const site of operationsOf(document).filter((s) => ['post', 'put', 'patch'].includes(s.method))) {
      for (const [status, response] of Object.entries(site.operation.responses ?? {})) {
        if (!/^2(\d\d|XX)$/i.test(status) || bodylessStatuses.has(status)) continue;
        const pointer = toPointer(['paths', site.path, site.method, 'responses', status]);
        const resolved = follow<OpenAPIV3.ResponseObject>(document, response, pointer).value;
        if (resolved && Object.keys(resolved.content ?? {}).length > 0) continue;
        hits.push({ pointer, message: `${site.method.toUpperCase()} ${site.path}: ${status} response documents no body` });
      }
    }
    return hits;
  },
};
