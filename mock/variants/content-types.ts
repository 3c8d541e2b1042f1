/** Variants whose bodies do not match the documented media type, or exist where none is documented. */
import type { Variant } from './variant';
import { json } from '../http/mock-response';
import { isSuccess, rewriteResponse } from './reference';

/** Every JSON body is labelled text/html, as a misconfigured template renderer would. */
export const jsonServedAsHtml: Variant = {
  name: 'json-served-as-html',
  area: 'content types',
  description: 'Every JSON body is sent with `Content-Type: text/html; charset=utf-8`.',
  expectedCheck: 'content type is documented and the body parses',
  overrides: () => ({
    postProcess: (response) =>
      response.body === undefined ? response : { ...response, headers: { ...response.headers, 'Content-Type': 'text/html; charset=utf-8' } },
  }),
};

/** The OMS pull, documented as 200 with no content, answers a JSON summary. */
export const pullAnswersWithBody: Variant = {
  name: 'pull-answers-with-body',
  area: 'content types',
  description: 'The OMS pull answers 200 with {"detail": "Pulled."} where the document says the 200 has no content.',
  expectedCheck: 'body is empty when none is documented',
  overrides: () =>
    rewriteResponse('cancellationReasons.pull', (response) => (isSuccess(response) ? json(200, { detail: 'Pulled.' }) : response)),
};

/** Every content-type variant. */
export const contentTypeVariants: Variant[] = [jsonServedAsHtml, pullAnswersWithBody];
