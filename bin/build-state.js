// Whether dist/ (the compiled command, `npm run build`) matches the TypeScript sources, so bin/conformance.js can
// run it instead of transpiling every module with tsx at start-up. `node bin/build-state.js --stamp` records a build.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** The source folders compiled into dist/: read from tsconfig.build.json's include, so the list lives in one place. */
const SOURCES = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.build.json'), 'utf8')).include.map((glob) => glob.split('/')[0]);
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.build-stamp.json');

/** The newest modification time (ms) of any .ts file under the source folders. */
function newestSourceMtime() {
  let newest = 0;
  const walk = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, fs.statSync(file).mtimeMs);
    }
  };
  for (const dir of SOURCES) if (fs.existsSync(path.join(ROOT, dir))) walk(path.join(ROOT, dir));
  return newest;
}

/** True when dist/ was built after the last change to any source (a stale or missing build is not used). */
function isBuildFresh() {
  try {
    const stamp = JSON.parse(fs.readFileSync(STAMP, 'utf8'));
    return typeof stamp.sourcesMtimeMs === 'number' && newestSourceMtime() <= stamp.sourcesMtimeMs;
  } catch {
    return false;
  }
}

/** Records that dist/ now matches the sources. */
function writeStamp() {
  fs.writeFileSync(STAMP, `${JSON.stringify({ sourcesMtimeMs: newestSourceMtime(), builtAt: new Date().toISOString() })}\n`);
}

module.exports = { DIST, isBuildFresh, writeStamp };

if (require.main === module && process.argv.includes('--stamp')) writeStamp();
