/**
 * The reference server started in the calling thread, as the engine's callers need it when they give no target:
 * plain `npx mocha` (suites/conformance.spec.ts), tests and the bench. The CLI starts it on a thread of its own
 * instead (cli/embedded-server.ts). The engine itself never starts a server: it takes a target.
 */
import { EMBEDDED_DEV_TOKEN, type EmbeddedServer } from '../engine/embedded';
import { SEEDED_PATH_VALUES } from '../mock/data/seed';
import { startMockServer } from '../mock/server';

/** Starts the reference server on an ephemeral loopback port, accepting `token`. */
export async function startInProcessServer(token: string = EMBEDDED_DEV_TOKEN): Promise<EmbeddedServer> {
  const server = await startMockServer({ port: 0, host: '127.0.0.1', tokens: [token] });
  return { url: server.url, token, pathValues: SEEDED_PATH_VALUES, close: () => server.close() };
}
