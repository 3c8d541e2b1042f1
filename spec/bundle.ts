/** `conformance bundle`: one self-contained document (every $ref internal), corrected unless raw, as YAML or JSON. */
import YAML from 'yaml';
import { SpecError } from './errors';
import { listBundledApis, loadBundledApi, loadSpecFile, type LoadedSpec } from './load';
import { walkObjects } from './lint/walk';

/** How to bundle. */
export interface BundleOptions {
  /** The document as published, without the overlays. */
  raw?: boolean;
  format: 'json' | 'yaml';
  /** Overlays applied after the default ones (ignored when raw). */
  extraOverlays?: string[];
}

/** The external $refs left in a document (empty for a self-contained one). */
export function externalRefs(document: unknown): string[] {
  const refs: string[] = [];
  walkObjects(document, (node) => {
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) refs.push(node.$ref);
  });
  return refs;
}

const TOP_LEVEL_ORDER = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'components'];

/** The document's top-level keys in the order OpenAPI documents are written (merging and overlays reorder them). */
function inConventionalOrder(document: Record<string, unknown>): Record<string, unknown> {
  const rank = (key: string): number => (TOP_LEVEL_ORDER.includes(key) ? TOP_LEVEL_ORDER.indexOf(key) : TOP_LEVEL_ORDER.length);
  return Object.fromEntries(Object.entries(document).sort(([a], [b]) => rank(a) - rank(b)));
}

/** Bundles a bundled API (by name) or a spec file into the text of one self-contained document. */
export async function bundleApi(nameOrPath: string, options: BundleOptions): Promise<string> {
  const loadOptions = { overlays: !options.raw, extraOverlays: options.raw ? [] : options.extraOverlays };
  const spec: LoadedSpec = listBundledApis().includes(nameOrPath)
    ? await loadBundledApi(nameOrPath, loadOptions)
    : await loadSpecFile(nameOrPath, { extraOverlays: loadOptions.extraOverlays });
  const external = externalRefs(spec.document);
  if (external.length > 0) throw new SpecError(`${nameOrPath}: external $refs remain after bundling: ${external.join(', ')}`);
  const document = inConventionalOrder(spec.document as unknown as Record<string, unknown>);
  if (options.format === 'json') return JSON.stringify(document, null, 2) + '\n';
  // No anchors/aliases: readers of a bundled spec expect plain YAML, and overlays may repeat equal objects.
  return YAML.stringify(document, { aliasDuplicateObjects: false, lineWidth: 0 });
}
