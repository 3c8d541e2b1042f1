/** SalesChannelCancellationRequestImage as stored by the mock and as the API renders it. */

/** Where an image stands in its channel's integration: never sent, changed since it was sent, or in sync. */
export type IntegrationStatus = 'new' | 'changed' | 'unchanged';

/** The API fields of an image. */
export interface CancellationRequestImage {
  id: number;
  cancellation_request: number;
  image: string;
  description: string;
  attributes: Record<string, string>;
  uploaded_by: number;
  created_date: string;
  modified_date: string;
}

/** A stored image: its API fields plus what the API does not show (owning channel, integration status). */
export interface StoredImage {
  channel: number;
  status: IntegrationStatus;
  fields: CancellationRequestImage;
}

/** The image as the API answers it; a copy, so a caller cannot alter the store. */
export function renderImage(stored: StoredImage): CancellationRequestImage {
  return { ...stored.fields, attributes: { ...stored.fields.attributes } };
}
