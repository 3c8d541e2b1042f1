/**
 * The published Omnitron fragments merged naively, without the project's overlays: enough to test the model on
 * the real shapes without depending on the spec loader.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const FRAGMENTS = join(__dirname, '../../../specs/omnitron/fragments');

type Json = Record<string, Record<string, unknown>>;

/**
 * One document from all fragments. A fragment's document-level `security` is pushed onto its operations, since
 * the fragments disagree (one names `JWT`, the others `Token`) and a merged document has only one top level.
 */
export function mergedRawOmnitron(): Record<string, unknown> {
  const paths: Json = {};
  const components: Json = {};
  for (const file of readdirSync(FRAGMENTS).filter((name) => name.endsWith('.json')).sort()) {
    const fragment = JSON.parse(readFileSync(join(FRAGMENTS, file), 'utf8'));
    for (const [section, entries] of Object.entries(fragment.components ?? {})) {
      components[section] = { ...(components[section] ?? {}), ...(entries as object) };
    }
    for (const [path, item] of Object.entries(fragment.paths as Json)) {
      for (const operation of Object.values(item) as Record<string, unknown>[]) {
        operation.security ??= fragment.security;
      }
      paths[path] = { ...(paths[path] ?? {}), ...item };
    }
  }
  return { openapi: '3.0.3', info: { title: 'Omnitron API', version: '1.0.0' }, components, paths };
}
