/**
 * The embedded reference server as the engine sees it: a URL, the key it accepts and the path values its seed
 * holds. Whoever runs the engine starts it (the CLI on its own thread, `cli/embedded-server.ts`); the in-process
 * start below serves callers that give neither a target nor a server (plain `npx mocha`, tests, the bench).
 */

/** A reference server started for one run; the engine sends to `url` and aims its cases at `pathValues`. */
export interface EmbeddedServer {
  url: string;
  token: string;
  /** Path values that exist in the server's seeded data, as `--path-param` would name them. */
  pathValues: Readonly<Record<string, string[]>>;
  close(): Promise<void>;
}

/** The key the embedded server accepts when the run names none. */
export const EMBEDDED_DEV_TOKEN = 'conformance-dev-token';

/**
 * Starts the reference server in this thread on an ephemeral loopback port. The server's modules are loaded only
 * here (`require`, as under tsx a dynamic import would not resolve TypeScript paths): a run against a --target or
 * against the CLI's server thread never loads them.
 */
export async function startInProcessServer(token: string = EMBEDDED_DEV_TOKEN): Promise<EmbeddedServer> {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { startMockServer } = require('../../mock/server') as typeof import('../../mock/server');
  const { SEEDED_PATH_VALUES } = require('../../mock/data/seed') as typeof import('../../mock/data/seed');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const server = await startMockServer({ port: 0, host: '127.0.0.1', tokens: [token] });
  return { url: server.url, token, pathValues: SEEDED_PATH_VALUES, close: () => server.close() };
}
