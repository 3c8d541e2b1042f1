#!/usr/bin/env node
// Entry point of the `conformance` command. Runs the compiled JavaScript in dist/ (`npm run build`, done by
// `npm ci` through the prepare script) when it is up to date with the sources, so start-up is not spent
// transpiling; otherwise (editing the sources, no build yet) registers tsx and runs the TypeScript directly.
'use strict';
const path = require('node:path');
const { DIST, isBuildFresh } = require('./build-state');

let main;
if (process.env.CONFORMANCE_FROM_SOURCE !== '1' && isBuildFresh()) {
  main = require(path.join(DIST, 'cli', 'main.js')).main;
} else {
  require('tsx/cjs');
  main = require('../cli/main.ts').main;
}
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`conformance: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; },
);
