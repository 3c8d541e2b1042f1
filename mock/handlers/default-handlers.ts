/** The reference implementation of every operation, by name. */
import type { Handler } from '../http/request-context';
import type { HandlerName } from '../routing/handler-names';
import { listImages, listImageInserts, listImageInsertsOrUpdates, listImageUpdates, retrieveImage } from './images';
import { createFailedIntegrationHandlers } from './failed-integrations';
import { listCancellationReasons, pullCancellationReasons, retrieveCancellationReason } from './cancellation-reasons';
import { createFailedIntegrationValidator } from '../validation/failed-integration-validator';
import { login } from '../auth/login';

/** A full table of handlers, one per documented operation. */
export type HandlerTable = Record<HandlerName, Handler>;

/** Builds the reference handlers (compiling the failed-integration schema once). */
export function createDefaultHandlers(): HandlerTable {
  const failed = createFailedIntegrationHandlers(createFailedIntegrationValidator());
  return {
    'images.list': listImages,
    'images.retrieve': retrieveImage,
    'images.inserts': listImageInserts,
    'images.updates': listImageUpdates,
    'images.insertsOrUpdates': listImageInsertsOrUpdates,
    'failedIntegrations.list': failed.list,
    'failedIntegrations.create': failed.create,
    'failedIntegrations.retrieve': failed.retrieve,
    'failedIntegrations.update': failed.update,
    'failedIntegrations.partialUpdate': failed.partialUpdate,
    'failedIntegrations.destroy': failed.destroy,
    'cancellationReasons.list': listCancellationReasons,
    'cancellationReasons.retrieve': retrieveCancellationReason,
    'cancellationReasons.pull': pullCancellationReasons,
    'auth.login': login,
  };
}
