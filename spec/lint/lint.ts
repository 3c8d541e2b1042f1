/**
 * `conformance lint`: runs the rules over an API as published, then replays its overlays one action at a time and
 * records which action made each finding disappear, so every defect shows the correction that answers it.
 */
import type { OpenAPIV3 } from 'openapi-types';
import { listBundledApis, readBundledRaw, readRawFile, type RawSpec } from '../load';
import { originOf, type Origins } from '../merge';
import { actionReference, applyOverlay, readOverlay } from '../overlay';
import { displayPath } from '../paths';
import type { Finding, LintRule } from './finding';
import { lintRules } from './rules';

/** Where the document's parts came from: the merge origins, or the single file. */
export interface LintSources {
  /** Source files; the first is used where no origin is recorded. */
  files: string[];
  origins?: Origins;
}

/** Runs the rules over one document. */
export function lintDocument(document: OpenAPIV3.Document, sources: LintSources, rules: readonly LintRule[] = lintRules): Finding[] {
  const fallback = sources.files[0] ?? '(document)';
  const findings: Finding[] = [];
  for (const rule of rules) {
    for (const hit of rule.check({ document })) {
      const file = (sources.origins && originOf(sources.origins, hit.pointer)) ?? fallback;
      findings.push({ rule: rule.name, severity: rule.severity, file: displayPath(file), pointer: hit.pointer, message: hit.message });
    }
  }
  return findings;
}

/** Options for linting an API. */
export interface LintApiOptions {
  /** Overlays to replay after the API's default ones (e.g. a user's own corrections). */
  extraOverlays?: string[];
  rules?: readonly LintRule[];
}

const keyOf = (finding: Pick<Finding, 'rule' | 'pointer'>): string => `${finding.rule} ${finding.pointer}`;

/**
 * Lints a bundled API (by name) or a spec file/fragments directory as published; each finding that an overlay
 * action removes gets `fixedBy`. Findings that the overlays introduce are reported too, marked in their message.
 */
export async function lintApi(nameOrPath: string, options: LintApiOptions = {}): Promise<Finding[]> {
  const raw: RawSpec = listBundledApis().includes(nameOrPath) ? readBundledRaw(nameOrPath) : await readRawFile(nameOrPath);
  const sources: LintSources = { files: raw.sources, origins: raw.origins };
  const rules = options.rules ?? lintRules;
  const findings = lintDocument(raw.document, sources, rules);
  const open = new Map(findings.map((finding) => [keyOf(finding), finding]));
  let document = raw.document;
  for (const file of [...raw.defaultOverlays, ...(options.extraOverlays ?? [])]) {
    const overlay = readOverlay(file);
    document = applyOverlay(document, overlay, {
      afterAction: (index, corrected) => {
        if (open.size === 0) return;
        const still = new Set(lintDocument(corrected as OpenAPIV3.Document, sources, rules).map(keyOf));
        for (const [key, finding] of open) {
          if (still.has(key)) continue;
          finding.fixedBy = `${actionReference(file, index)}: ${overlay.overlay.actions[index].description ?? '(no description)'}`;
          open.delete(key);
        }
      },
    });
  }
  const before = new Set(findings.map(keyOf));
  const introduced = lintDocument(document, sources, rules)
    .filter((finding) => !before.has(keyOf(finding)))
    .map((finding) => ({ ...finding, message: `(introduced by the overlays) ${finding.message}` }));
  return [...findings, ...introduced];
}
