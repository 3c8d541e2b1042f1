/** Variants whose request validation is too lax or too strict. */
import type { Variant } from './variant';
import type { RequestContext } from '../http/request-context';
import { json } from '../http/mock-response';
import { referenceHandler, replaceHandler } from './reference';

const REASON_TYPES = new Set(['mapping', 'remote', 'channel_app']);

/** An unknown `reason_type` is silently replaced by `remote` instead of being refused (a lenient choice field). */
function coerceReasonType(context: RequestContext): RequestContext {
  const body = context.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return context;
  const reason = (body as Record<string, unknown>).reason_type;
  if (typeof reason !== 'string' || REASON_TYPES.has(reason)) return context;
  return { ...context, body: { ...body, reason_type: 'remote' } };
}

/** Create accepts a `reason_type` outside the documented enum. */
export const invalidEnumAccepted: Variant = {
  name: 'invalid-enum-accepted',
  area: 'validation',
  description: 'Creating a failed integration with a `reason_type` outside the enum answers 201 (stored as `remote`).',
  expectedCheck: 'invalid input is rejected',
  overrides: () => {
    const create = referenceHandler('failedIntegrations.create');
    return replaceHandler('failedIntegrations.create', (context) => create(coerceReasonType(context)));
  },
};

/** Create refuses `retry_count: 0`, the documented minimum: an off-by-one minimum of 1. */
export const minimumZeroRejected: Variant = {
  name: 'minimum-zero-rejected',
  area: 'validation',
  description: 'Creating a failed integration with `retry_count: 0` (the documented minimum) answers 400.',
  expectedCheck: 'valid input is accepted',
  overrides: () => {
    const create = referenceHandler('failedIntegrations.create');
    return replaceHandler('failedIntegrations.create', (context) => {
      const body = context.body as Record<string, unknown> | undefined;
      if (typeof body === 'object' && body !== null && body.retry_count === 0) {
        return json(400, { retry_count: ['Ensure this value is greater than or equal to 1.'] });
      }
      return create(context);
    });
  },
};

/** Every validation variant. */
export const validationVariants: Variant[] = [invalidEnumAccepted, minimumZeroRejected];
