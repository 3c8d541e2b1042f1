/**
 * Reference servers changed in ways the documents allow, which the lifecycle check must accept: date-times
 * rendered differently (same instant), and a PUT that resets the fields it was not sent to their defaults.
 */
import { createDefaultHandlers } from '../../../mock/handlers/default-handlers';
import type { MockOverrides, MockResponse } from '../../../mock/server';
import { createFailedIntegrationValidator } from '../../../mock/validation/failed-integration-validator';

const reference = createDefaultHandlers();

/** Django's rendering: UTC, `+00:00`, always six fraction digits; the same instant as the value sent. */
export function djangoDateTime(text: string): string {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (!match) return text;
  const [, whole, fraction = '', offset] = match;
  const utc = new Date(Date.parse(`${whole}${offset}`)).toISOString().slice(0, 19);
  return `${utc}.${fraction.padEnd(6, '0').slice(0, 6)}+00:00`;
}

function rewriteDateTimes(value: unknown): unknown {
  if (typeof value === 'string') return djangoDateTime(value);
  if (Array.isArray(value)) return value.map(rewriteDateTimes);
  if (typeof value === 'object' && value !== null) return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, rewriteDateTimes(item)]));
  return value;
}

/** Every response's date-times rendered the Django way (the reference answers them as sent). */
export function rendersDateTimesInUtc(): MockOverrides {
  return { postProcess: (response: MockResponse) => (response.body === undefined ? response : { ...response, body: rewriteDateTimes(response.body) }) };
}

/** A PUT that replaces the whole object: fields it was not sent go back to their defaults (DRF would keep them). */
export function putResetsLeftOutFields(): MockOverrides {
  const { defaults } = createFailedIntegrationValidator();
  return {
    handlers: {
      'failedIntegrations.update': (context) => {
        if (typeof context.body === 'object' && context.body !== null && !Array.isArray(context.body)) context.body = { ...defaults, ...context.body };
        return reference['failedIntegrations.update'](context);
      },
    },
  };
}
