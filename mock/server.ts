/** The reference Omnitron/OMS server: an in-process request handler and a listening HTTP server. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveOptions, type MockOptions, type ResolvedOptions } from './options';
import { resolveComponents, type MockComponents } from './components';
import { createPipeline } from './pipeline';
import { buildSeededState } from './data/seed';
import type { MockState } from './store/state';

export type { MockOptions } from './options';
export type { MockOverrides, MockComponents, ResponseInfo } from './components';
export type { MockState } from './store/state';
export type { MockResponse } from './http/mock-response';
export type { Handler, RequestContext } from './http/request-context';

/** A request listener together with the database it serves and the options it resolved. */
export interface MockApp {
  handler: (req: IncomingMessage, res: ServerResponse) => void;
  state: MockState;
  options: ResolvedOptions;
  components: MockComponents;
}

/** A running mock server. */
export interface RunningMockServer {
  url: string;
  port: number;
  tokens: string[];
  state: MockState;
  /** Keys the login endpoint issued (tests count logins and look for leaked keys). */
  logins: ResolvedOptions['logins'];
  /** Stops listening and closes every open (keep-alive) connection. */
  close(): Promise<void>;
}

/** Builds the seeded database and the pipeline; each call has its own, independent data. */
export function createMockApp(options: MockOptions = {}): MockApp {
  const resolved = resolveOptions(options);
  const state = buildSeededState(resolved.seed);
  const components = resolveComponents(options.overrides);
  return { handler: createPipeline(components, state, resolved), state, options: resolved, components };
}

/** A request listener for `http.createServer` or supertest, with its own seeded data. */
export function createMockHandler(options: MockOptions = {}): (req: IncomingMessage, res: ServerResponse) => void {
  return createMockApp(options).handler;
}

/** Starts the mock on 127.0.0.1 (port 0 picks a free port) and resolves once it listens. */
export function startMockServer(options: MockOptions & { port?: number; host?: string } = {}): Promise<RunningMockServer> {
  const { port = 0, host = '127.0.0.1', ...mockOptions } = options;
  const app = createMockApp(mockOptions);
  const server = createServer(app.handler);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      const address = server.address() as AddressInfo;
      const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      resolve({
        url: `http://${shownHost}:${address.port}`,
        port: address.port,
        tokens: app.options.tokens,
        state: app.state,
        logins: app.options.logins,
        close: () =>
          new Promise<void>((done, fail) => {
            server.close((error) => (error ? fail(error) : done()));
            server.closeAllConnections();
          }),
      });
    });
  });
}
