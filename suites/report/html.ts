/** Renders the HTML report from allure-results with the `allure` package (v3), offline. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
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

/**
 * Generates `outputDir/index.html` from one or several results directories (the shards of a run merge this way);
 * resolves with the index path or rejects with a one-line error.
 */
export function renderHtmlReport(resultsDirs: string | string[], outputDir: string, name = 'Omnitron/OMS conformance'): Promise<string> {
  fs.rmSync(outputDir, { recursive: true, force: true });
  const dirs = Array.isArray(resultsDirs) ? resultsDirs : [resultsDirs];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [allureBin(), 'generate', ...dirs, '--output', outputDir, '--report-name', name], {
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
  });
}
