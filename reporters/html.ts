/**
 * Renders the HTML report from allure-results with the `allure` package (v3), offline, as one self-contained
 * `index.html` (the awesome plugin's single-file mode): a multi-file report loads its data with fetch, which a
 * browser refuses to a page opened from the file system, so the report would only work when served.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** The `allure` package's folder: its `exports` hide package.json, so it is found from the main entry upwards. */
function allurePackageJson(): string {
  let dir = path.dirname(require.resolve('allure'));
  while (!fs.existsSync(path.join(dir, 'package.json')) || !/"name":\s*"allure"/.test(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('the allure package is not installed (npm ci)');
    dir = parent;
  }
  return path.join(dir, 'package.json');
}

/** Path of the allure CLI script shipped by the `allure` package. */
function allureBin(): string {
  const pkgPath = allurePackageJson();
  const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8')) as { bin: string | Record<string, string> };
  const bin = typeof pkg.bin === 'string' ? pkg.bin : pkg.bin.allure;
  return path.join(path.dirname(pkgPath), bin);
}

/** One Allure 3 resolution rule (allurerc `resolutions.rules`): failures whose message matches are accepted. */
export interface AcceptedRule {
  resolution: 'accepted';
  comment: string;
  messageRegexp: string;
}

/** What a report generation may add to the single-file default. */
export interface HtmlOptions {
  name?: string;
  /** Allure 3's history file (JSON lines): read for trends, one entry appended by this generation. */
  historyPath?: string;
  /** Failures Allure should show as accepted (the baseline's known findings). */
  accepted?: readonly AcceptedRule[];
}

/** The allurerc.json for one generation, written to a fresh temporary folder (never into the report). */
function writeAllureConfig(options: HtmlOptions): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-allurerc-'));
  const config: Record<string, unknown> = {
    name: options.name ?? 'Omnitron/OMS conformance',
    plugins: { awesome: { options: { singleFile: true, reportName: options.name ?? 'Omnitron/OMS conformance' } } },
  };
  if (options.historyPath) config.historyPath = path.resolve(options.historyPath);
  if (options.accepted && options.accepted.length > 0) config.resolutions = { rules: options.accepted };
  const file = path.join(dir, 'allurerc.json');
  fs.writeFileSync(file, JSON.stringify(config, null, 1));
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Generates `outputDir/index.html` (single file) from one or several results directories (the shards of a run merge
 * this way); resolves with the index path or rejects with a one-line error.
 */
export function renderHtmlReport(resultsDirs: string | string[], outputDir: string, options: HtmlOptions = {}): Promise<string> {
  fs.rmSync(outputDir, { recursive: true, force: true });
  const dirs = Array.isArray(resultsDirs) ? resultsDirs : [resultsDirs];
  const config = writeAllureConfig(options);
  return new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [allureBin(), 'generate', ...dirs, '--output', outputDir, '--config', config.file], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', CONFORMANCE_TOKEN: '' },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.resume();
    child.on('error', (err) => reject(new Error(`allure generate could not start: ${err.message}`)));
    child.on('close', (code) => {
      const index = path.join(outputDir, 'index.html');
      if (code === 0 && fs.existsSync(index)) resolve(index);
      else reject(new Error(`allure generate failed (exit ${code}): ${stderr.trim().split('\n').pop() ?? ''}`));
    });
  }).finally(config.remove);
}
