/** Hands the session the CLI opened to the mocha entry running in the same process. */
import type { Session } from './session';

let current: Session | undefined;

/** Sets the session the next mocha run uses. */
export function setCurrentSession(session: Session | undefined): void {
  current = session;
}

/** The session the CLI opened, if any (undefined under plain `npx mocha`). */
export function currentSession(): Session | undefined {
  return current;
}
