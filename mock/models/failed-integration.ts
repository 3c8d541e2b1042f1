/** SalesChannelFailedIntegration as stored and rendered; its shape follows the published FailedIntegration schema. */

/** The three documented reasons an integration can fail for. */
export type ReasonType = 'mapping' | 'remote' | 'channel_app';

/** A failed integration, exactly the fields the API answers. */
export interface FailedIntegration {
  pk: number;
  channel: number;
  version_date: string;
  reason_type: ReasonType;
  is_active: boolean;
  content_type: number;
  object_id: number;
  expiration_date: string | null;
  retry_count: number;
  max_retry_count: number;
  retry_interval: number;
  integration_action: number | null;
  log_id: number | null;
}

/** The writable fields (everything but the read-only `pk`). */
export type FailedIntegrationFields = Omit<FailedIntegration, 'pk'>;

/** The failed integration as the API answers it; a copy, so a caller cannot alter the store. */
export function renderFailedIntegration(stored: FailedIntegration): FailedIntegration {
  // Built field by field so every response lists the fields in the schema's order, however the row was assembled.
  return {
    pk: stored.pk,
    channel: stored.channel,
    version_date: stored.version_date,
    reason_type: stored.reason_type,
    is_active: stored.is_active,
    content_type: stored.content_type,
    object_id: stored.object_id,
    expiration_date: stored.expiration_date,
    retry_count: stored.retry_count,
    max_retry_count: stored.max_retry_count,
    retry_interval: stored.retry_interval,
    integration_action: stored.integration_action,
    log_id: stored.log_id,
  };
}
