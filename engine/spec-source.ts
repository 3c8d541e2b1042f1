/**
 * Where each `--spec` of a run comes from: a bundled API's name, a file or fragments directory, or an http(s) URL.
 * A URL is fetched with the run's credentials when its server asks for them (only on the --target origin, the
 * token in the same form requests carry it), and the fetched document is saved in the report folder
 * (`<report>/spec/<api>.json`) so the run can be replayed against the exact contract it used (`--spec` that file).
 */
import fs from 'node:fs';
import path from 'node:path';
import { isSpecUrl } from '../spec/fetch-text';
import { listBundledApis, loadBundledApi, loadSpecFile, type LoadedSpec } from '../spec/load';
import { loadSpecUrl } from '../spec/load-url';
import { SERVED_WITH_CREDENTIALS_KEY } from '../model/repair/undeclared-security';
import type { RunConfig } from './config';
import { credentialValue, redact } from './credentials';

/** The header a fetched spec's credentials travel in: DRF's `Authorization: Token <key>` unless the token names its scheme. */
function specCredentials(token: string | undefined): Record<string, string> | undefined {
  if (token === undefined) return undefined;
  return { authorization: credentialValue({ key: 'spec', type: 'apiKey', in: 'header', paramName: 'Authorization' }, token) };
}

/** Loads one `--spec` entry (or a bundled API's name) for a run. */
export async function loadRunSpec(entry: string, config: RunConfig): Promise<LoadedSpec> {
  if (listBundledApis().includes(entry)) return loadBundledApi(entry, { overlays: config.overlays });
  if (!isSpecUrl(entry)) return loadSpecFile(entry);
  const spec = await loadSpecUrl(entry, {
    credentials: specCredentials(config.token),
    credentialOrigin: config.target ? new URL(config.target).origin : undefined,
    timeoutMs: config.timeoutMs,
    maxBytes: config.maxBodyBytes,
  });
  saveFetchedSpec(spec, config);
  return spec;
}

/** Writes the fetched (bundled) document to `<report>/spec/<api>.json`. */
function saveFetchedSpec(spec: LoadedSpec, config: RunConfig): void {
  const file = path.join(config.reportDir, 'spec', `${spec.name}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // The evidence that the server wanted credentials travels with the copy, so a replay from it sends them too.
  const document = spec.servedWithCredentials ? { ...spec.document, [SERVED_WITH_CREDENTIALS_KEY]: true } : spec.document;
  fs.writeFileSync(file, redact(`${JSON.stringify(document, null, 2)}\n`, config.token));
  process.stderr.write(`conformance: fetched ${spec.sources[0]} → ${file} (replay with --spec ${file})\n`);
}
