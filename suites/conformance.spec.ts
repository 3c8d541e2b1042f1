/**
 * The mocha entry of the conformance suites under plain `npx mocha` (`delay` mode: the suites are declared after the
 * specs load), configured by CONFORMANCE_* variables. Without CONFORMANCE_TARGET it starts the embedded reference
 * server in this thread itself: the engine only takes a target. (`conformance run` declares the same tree from the
 * engine it opened, without this file: cli/commands/run-mocha.ts.)
 */
import { startInProcessServer } from './in-process-server';
import { configFromEnv } from '../engine/config';
import type { EmbeddedServer } from '../engine/embedded';
import { Engine } from '../engine/engine';
import { openSession } from '../engine/session';
import { oneLine } from '../engine/one-line';
import { buildSuites } from './build-suites';
import { checkRegistry } from './registry';

declare function run(): void;

void (async () => {
  // Mocha subscribes to `run()` only after it has loaded this file: declaring synchronously would fire too early.
  await new Promise((resolve) => setImmediate(resolve));
  let server: EmbeddedServer | undefined;
  try {
    const config = configFromEnv();
    if (!config.target) server = await startInProcessServer(config.token);
    const session = await openSession(config, server, checkRegistry);
    buildSuites(new Engine(session));
    after(async () => {
      await session.close();
      await server?.close();
    });
  } catch (err) {
    await server?.close();
    const message = oneLine(err);
    process.stderr.write(`conformance: ${message}\n`);
    describe('conformance setup', () => it('opens the specs and the target', () => { throw new Error(message); }));
  }
  run();
})();
