#!/usr/bin/env node
// Entry point of the `conformance` command: registers tsx so the TypeScript sources run without a build step.
'use strict';
require('tsx/cjs');
require('../cli/main.ts').main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => { process.stderr.write(`conformance: ${err && err.message ? err.message : String(err)}\n`); process.exitCode = 2; },
);
