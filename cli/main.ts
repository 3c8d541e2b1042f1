/** The `conformance` command line: dispatches to run | mock | bundle | lint | replay and maps errors to exit codes. */
import { USAGE } from './usage';
import { processIo, type Io } from './io';

type Command = (argv: string[], io: Io) => Promise<number>;

// Each command is loaded when it is called: `--help` and a mistyped command must not pay for loading the engine,
// the spec loader and the reference server (hundreds of modules). `require`, not `import()`: under tsx (running
// from source) a dynamic import goes through the ESM loader, which does not resolve extension-less TypeScript paths.
/* eslint-disable @typescript-eslint/no-require-imports */
const COMMANDS: Record<string, () => Command> = {
  run: () => (argv, io) => {
    // The reference server's thread boots while the engine's modules load (commands/early-server.ts).
    const early = (require('./commands/early-server') as typeof import('./commands/early-server')).startServerEarly(argv, io.env);
    return (require('./commands/run') as typeof import('./commands/run')).runCommand(argv, io, early);
  },
  mock: () => (require('./commands/mock') as typeof import('./commands/mock')).mockCommand,
  bundle: () => (require('./commands/bundle') as typeof import('./commands/bundle')).bundleCommand,
  lint: () => (require('./commands/lint') as typeof import('./commands/lint')).lintCommand,
  replay: () => (require('./commands/replay') as typeof import('./commands/replay')).replayCommand,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** Runs the command line and resolves with the exit code: 0 conforms, 1 failures, 2 usage or setup error. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    (command === undefined ? io.stderr : io.stdout)(USAGE);
    return command === undefined ? 2 : 0;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    io.stderr(`conformance: unknown command '${command}' (expected run, mock, bundle, lint or replay)`);
    return 2;
  }
  try {
    const handler = load();
    return await handler(rest, io);
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split('\n')[0];
    io.stderr(`conformance: ${message}`);
    // Usage errors and unusable specs or targets are exit 2 by contract; an unexpected error of ours is reported
    // the same way (one line, exit 2) rather than as a stack trace.
    return 2;
  }
}
