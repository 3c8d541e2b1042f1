/**
 * The mocha entry of the conformance suites (`delay` mode: the suites are declared after the specs load).
 * Under the CLI it uses the session the CLI opened; under plain `npx mocha` it opens one from CONFORMANCE_* variables.
 */
import { configFromEnv } from './runner/config';
import { currentSession } from './runner/current-session';
import { openSession, oneLine, type Session } from './runner/session';
import { buildSuites } from './mocha/build-suites';
import { checkRegistry } from './registry';

declare function run(): void;

void (async () => {
  // Mocha subscribes to `run()` only after it has loaded this file: declaring synchronously would fire too early.
  await new Promise((resolve) => setImmediate(resolve));
  let owned: Session | undefined;
  try {
    const session = currentSession() ?? (owned = await openSession(configFromEnv(), undefined, checkRegistry));
    buildSuites(session);
    if (owned) after(() => owned?.close());
  } catch (err) {
    const message = oneLine(err);
    process.stderr.write(`conformance: ${message}\n`);
    process.exitCode = 2;
    describe('conformance setup', () => it('opens the specs and the target', () => { throw new Error(message); }));
  }
  run();
})();
