/** Where the command line writes: injectable so tests can capture output without spawning processes. */

/** Output lines and the environment a command sees. */
export interface Io {
  stdout(line: string): void;
  stderr(line: string): void;
  env: NodeJS.ProcessEnv;
}

/** The process's own streams and environment. */
export const processIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};
