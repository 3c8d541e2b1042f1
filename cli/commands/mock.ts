/** `conformance mock`: the reference server in the foreground until SIGINT/SIGTERM. */
import { runMockCommand } from '../../mock/cli';
import { defaultTokens } from '../../mock/options';
import { parseWholeNumber, UsageError } from '../../engine/config';
import { listFlag, parseFlags, stringFlag } from '../args';
import type { Io } from '../io';

/** Starts the mock and resolves with 0 once a signal stops it (2 when it cannot listen). */
export async function mockCommand(argv: string[], io: Io): Promise<number> {
  const flags = parseFlags('mock', argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    token: { type: 'string', multiple: true },
    seed: { type: 'string' },
    upstream: { type: 'string' },
  });
  const port = parseWholeNumber(stringFlag(flags, 'port') ?? '8000', '--port');
  if (port > 65535) throw new UsageError(`--port takes a port number up to 65535, not ${port}`);
  const tokens = listFlag(flags, 'token');
  const upstream = stringFlag(flags, 'upstream');
  if (upstream !== undefined && !/^https?:\/\//.test(upstream)) throw new UsageError(`--upstream takes an http(s) URL, not '${upstream}'`);
  let server: { close(): Promise<void> };
  try {
    server = await runMockCommand(
      { port, host: stringFlag(flags, 'host') ?? '127.0.0.1', tokens: tokens.length > 0 ? tokens : defaultTokens(io.env), seed: parseWholeNumber(stringFlag(flags, 'seed') ?? '1', '--seed'), upstreamUrl: upstream },
      io,
    );
  } catch (err) {
    throw new UsageError(`mock cannot listen on port ${port}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await server.close();
  io.stderr('conformance: mock stopped');
  return 0;
}
