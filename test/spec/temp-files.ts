/** Writes throw-away spec files for a test into a fresh temporary directory. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Creates a temp directory holding `files` (name -> text or JSON value) and returns its path. */
export function tempSpecDir(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'spec-test-'));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  }
  return dir;
}
