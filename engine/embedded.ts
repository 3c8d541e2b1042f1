/**
 * The embedded reference server as the engine sees it: a URL, the key it accepts and the path values its seed
 * holds. Whoever runs the engine starts it (the CLI on its own thread, `cli/embedded-server.ts`; plain `npx mocha`,
 * tests and the bench in their own thread, `suites/in-process-server.ts`); the engine only takes it as a target.
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
