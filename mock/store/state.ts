/** Everything the mock server remembers between requests. */
import { Table } from './table';
import type { StoredImage } from '../models/image';
import type { FailedIntegration } from '../models/failed-integration';
import type { CancellationReason } from '../models/cancellation-reason';

/** The mock's database: one table per resource. */
export interface MockState {
  images: Table<StoredImage>;
  failedIntegrations: Table<FailedIntegration>;
  cancellationReasons: Table<CancellationReason>;
}

/** An empty database. */
export function createEmptyState(): MockState {
  return { images: new Table(), failedIntegrations: new Table(), cancellationReasons: new Table() };
}
