/** OMS cancellation reasons: the OMS copy and the Omnitron record it is pulled from. */

/** A cancellation reason as the OMS stores and answers it. */
export interface CancellationReason {
  id: number;
  cancellation_type: string;
  created_date: string;
  modified_date: string;
  omnitron_id: number;
  subject: string;
  extra_information_needed: boolean;
  ordering: number;
  is_active: boolean;
}

/** A cancellation reason as Omnitron lists it (the source of a pull). */
export interface OmnitronReason {
  id: number;
  cancellation_type: string;
  subject: string;
  extra_information_needed: boolean;
  ordering: number;
  is_active: boolean;
}

/** The reason as the API answers it; a copy, so a caller cannot alter the store. */
export function renderCancellationReason(stored: CancellationReason): CancellationReason {
  // Field by field, in the order the OMS page documents them.
  return {
    id: stored.id,
    cancellation_type: stored.cancellation_type,
    created_date: stored.created_date,
    modified_date: stored.modified_date,
    omnitron_id: stored.omnitron_id,
    subject: stored.subject,
    extra_information_needed: stored.extra_information_needed,
    ordering: stored.ordering,
    is_active: stored.is_active,
  };
}
