/** The URL patterns the mock serves and the documented method(s) of each. */
import type { HandlerName } from './handler-names';

/** Methods a route can document. */
export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One path template (`{name}` segments are integers) with its documented methods. */
export interface Route {
  template: string;
  methods: Partial<Record<RouteMethod, HandlerName>>;
  /** Answered without credentials (the login). */
  public?: boolean;
}

/** Image routes for one prefix: Omnitron serves them under both `/api/` and `/api/v1/`. */
function imageRoutes(prefix: string): Route[] {
  const base = `${prefix}/channel/{channel_id}/cancellation_request_images`;
  return [
    { template: `${base}/`, methods: { GET: 'images.list' } },
    { template: `${base}/inserts/`, methods: { GET: 'images.inserts' } },
    { template: `${base}/updates/`, methods: { GET: 'images.updates' } },
    { template: `${base}/inserts_or_updates/`, methods: { GET: 'images.insertsOrUpdates' } },
    { template: `${base}/{id}/`, methods: { GET: 'images.retrieve' } },
  ];
}

/** Every route, in the order they are tried (literal segments before `{id}` so `inserts/` is never an id). */
export const ROUTES: readonly Route[] = [
  ...imageRoutes('/api'),
  ...imageRoutes('/api/v1'),
  {
    template: '/api/v1/channel/{channel_id}/failed_integrations/',
    methods: { GET: 'failedIntegrations.list', POST: 'failedIntegrations.create' },
  },
  {
    template: '/api/v1/channel/{channel_id}/failed_integrations/{id}/',
    methods: {
      GET: 'failedIntegrations.retrieve',
      PUT: 'failedIntegrations.update',
      PATCH: 'failedIntegrations.partialUpdate',
      DELETE: 'failedIntegrations.destroy',
    },
  },
  { template: '/api/v1/oms/cancellation-reasons/', methods: { GET: 'cancellationReasons.list' } },
  { template: '/api/v1/oms/cancellation-reasons/pull_from_omnitron/', methods: { GET: 'cancellationReasons.pull' } },
  { template: '/api/v1/oms/cancellation-reasons/{pk}/', methods: { GET: 'cancellationReasons.retrieve' } },
  // Not in the published pages: the login Akinon's SDK calls (mock/auth/login.ts, specs/omnitron/overlays/optional/login.yaml).
  { template: '/api/v1/auth/login/', methods: { POST: 'auth.login' }, public: true },
];
