/** The APIs this project ships specs for, and where their files are. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot as root } from './paths';

/** A bundled API: its published source (fragments to merge, or one document) and its correction overlays. */
export interface BundledApi {
  name: string;
  /** What the source is: `fragments` (one published document per operation) or `document` (one file). */
  kind: 'fragments' | 'document';
  /** The fragments directory, or the document file. */
  source: string;
  /** Directory of the default overlays, applied in file-name order (subdirectories are opt-in). */
  overlaysDir: string;
}

/** Every bundled API by name. */
export const bundledApis: Readonly<Record<string, BundledApi>> = {
  omnitron: {
    name: 'omnitron',
    kind: 'fragments',
    source: join(root, 'specs/omnitron/fragments'),
    overlaysDir: join(root, 'specs/omnitron/overlays'),
  },
  oms: {
    name: 'oms',
    kind: 'document',
    source: join(root, 'specs/oms/openapi.yaml'),
    overlaysDir: join(root, 'specs/oms/overlays'),
  },
};

const specExtensions = /\.(json|ya?ml)$/i;

/** Spec files of a directory (fragments or overlays), sorted by name so the order is the file names' order. */
export function specFilesIn(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isFile() && specExtensions.test(entry.name))
    .map((entry) => join(directory, entry.name))
    .sort();
}
