/** The `conformance` command line: dispatches to run | mock | bundle | lint | replay and maps errors to exit codes. */
import { USAGE } from './usage';
import { processIo, type Io } from './io';
import { runCommand } from './commands/run';
import { mockCommand } from './commands/mock';
import { bundleCommand } from './commands/bundle';
import { lintCommand } from './commands/lint';
import { replayCommand } from './commands/replay';

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = {
  run: runCommand,
  mock: mockCommand,
  bundle: bundleCommand,
  lint: lintCommand,
  replay: replayCommand,
};

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
  const handler = COMMANDS[command];
  if (!handler) {
    io.stderr(`conformance: unknown command '${command}' (expected run, mock, bundle, lint or replay)`);
    return 2;
  }
  try {
    return await handler(rest, io);
  } catch (err) {
    const message = String((err as Error)?.message ?? err).split('\n')[0];
    io.stderr(`conformance: ${message}`);
    // Usage errors and unusable specs or targets are exit 2 by contract; an unexpected error of ours is reported
    // the same way (one line, exit 2) rather than as a stack trace.
    return 2;
  }
}
