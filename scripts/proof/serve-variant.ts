/**
 * Serves one broken variant (or the reference with `reference`) on a port, to rerun the CLI by hand against it:
 *   npx tsx scripts/proof/serve-variant.ts count-lies --port 8001
 * Without a name it lists the variants.
 */
import { startMockServer } from '../../mock/server';
import { variantByName, variants } from '../../mock/variants';

/** The variant name and port from argv; the port defaults to 8001 so it does not clash with the mock's 8000. */
function parseArgs(argv: readonly string[]): { name?: string; port: number } {
  const portAt = argv.indexOf('--port');
  const port = portAt === -1 ? 8001 : Number(argv[portAt + 1]);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port wants a port number, got ${String(argv[portAt + 1])}`);
  const name = argv.find((arg, index) => !arg.startsWith('--') && (portAt === -1 || index !== portAt + 1));
  return { name, port };
}

async function main(): Promise<void> {
  const { name, port } = parseArgs(process.argv.slice(2));
  if (name === undefined) {
    for (const variant of variants) process.stdout.write(`${variant.name.padEnd(40)} ${variant.area.padEnd(14)} ${variant.expectedCheck}\n`);
    return;
  }
  const overrides = name === 'reference' ? undefined : variantByName(name).overrides();
  const server = await startMockServer({ port, overrides });
  process.stdout.write(`${name} listening on ${server.url} (token: ${server.tokens.join(', ')})\n`);
  const stop = (): void => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(`serve-variant: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
});
