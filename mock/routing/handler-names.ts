/** The names of the fourteen documented operations and the login addition; a handler table maps each to its implementation. */

/** Every operation the mock serves, one name each. */
export const HANDLER_NAMES = [
  'images.list',
  'images.retrieve',
  'images.inserts',
  'images.updates',
  'images.insertsOrUpdates',
  'failedIntegrations.list',
  'failedIntegrations.create',
  'failedIntegrations.retrieve',
  'failedIntegrations.update',
  'failedIntegrations.partialUpdate',
  'failedIntegrations.destroy',
  'cancellationReasons.list',
  'cancellationReasons.retrieve',
  'cancellationReasons.pull',
  'auth.login',
] as const;

/** One operation's name, e.g. `failedIntegrations.create`. */
export type HandlerName = (typeof HANDLER_NAMES)[number];
