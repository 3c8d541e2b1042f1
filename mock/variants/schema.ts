/** Variants whose successful bodies break the documented schema. */
import type { Variant } from './variant';
import { bodyObject, isSuccess, rewriteResponse } from './reference';

/** The image detail answers `uploaded_by` as a string: the kind of slip a serializer using CharField makes. */
export const imageUploaderAsString: Variant = {
  name: 'image-uploader-as-string',
  area: 'schema',
  description: 'The image detail answers `uploaded_by` as a string ("7") where the schema says integer.',
  expectedCheck: 'body conforms to the documented schema',
  overrides: () =>
    rewriteResponse('images.retrieve', (response) => {
      const body = bodyObject(response);
      if (!isSuccess(response) || body === undefined) return response;
      return { ...response, body: { ...body, uploaded_by: String(body.uploaded_by) } };
    }),
};

/** The failed-integration detail leaves out `reason_type`, a field the schema requires. */
export const failedIntegrationWithoutReasonType: Variant = {
  name: 'failed-integration-without-reason-type',
  area: 'schema',
  description: 'The failed-integration detail leaves out `reason_type`, which the FailedIntegration schema requires.',
  expectedCheck: 'body conforms to the documented schema',
  overrides: () =>
    rewriteResponse('failedIntegrations.retrieve', (response) => {
      const body = bodyObject(response);
      if (!isSuccess(response) || body === undefined) return response;
      const { reason_type: _dropped, ...rest } = body;
      return { ...response, body: rest };
    }),
};

/** Every schema variant. */
export const schemaVariants: Variant[] = [imageUploaderAsString, failedIntegrationWithoutReasonType];
