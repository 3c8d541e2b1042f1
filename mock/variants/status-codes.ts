/** Variants that answer a status the operation does not document. */
import type { Variant } from './variant';
import { json } from '../http/mock-response';
import { isSuccess, rewriteResponse } from './reference';

/** Create answers 200 instead of the documented 201 (a generic view that never sets the status). */
export const createAnswers200: Variant = {
  name: 'create-answers-200',
  area: 'status codes',
  description: 'Creating a failed integration answers 200 instead of the documented 201.',
  expectedCheck: 'status code is documented',
  overrides: () =>
    rewriteResponse('failedIntegrations.create', (response) => (response.status === 201 ? { ...response, status: 200 } : response)),
};

/** Delete answers 200 with a confirmation body instead of the documented empty 204. */
export const deleteAnswers200WithBody: Variant = {
  name: 'delete-answers-200-with-body',
  area: 'status codes',
  description: 'Deleting a failed integration answers 200 {"detail": "Deleted."} instead of the documented 204.',
  expectedCheck: 'status code is documented',
  overrides: () =>
    rewriteResponse('failedIntegrations.destroy', (response) => (isSuccess(response) ? json(200, { detail: 'Deleted.' }) : response)),
};

/** Every status-code variant. */
export const statusCodeVariants: Variant[] = [createAnswers200, deleteAnswers200WithBody];
