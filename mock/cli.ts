/** The `conformance mock` command: starts the reference server and tells the user where it is and which keys work. */
import { startMockServer } from './server';

/** Options of `conformance mock`. */
export interface MockCommandOptions {
  port: number;
  host?: string;
  tokens: string[];
  seed: number;
  upstreamUrl?: string;
}

/** Starts the server and prints its URL and accepted key(s), one per line; resolves with a handle to stop it. */
export async function runMockCommand(opts: MockCommandOptions, io: { stdout(line: string): void }): Promise<{ close(): Promise<void> }> {
  const server = await startMockServer({
    port: opts.port,
    host: opts.host,
    tokens: opts.tokens,
    seed: opts.seed,
    upstreamUrl: opts.upstreamUrl,
  });
  io.stdout(`Omnitron/OMS mock listening on ${server.url} (seed ${opts.seed})`);
  for (const token of server.tokens) io.stdout(`Authorization: Token ${token}`);
  if (opts.upstreamUrl !== undefined) io.stdout(`pull_from_omnitron copies from ${opts.upstreamUrl}`);
  return { close: () => server.close() };
}
