// Preloaded (`node --require`) into a conformance run by the bench: counts the HTTP requests the process sends
// (node's `http.client.request.start` diagnostics channel, so retries and scenario requests count too) and writes
// the count to the file named by BENCH_REQUESTS_FILE on exit. Plain JavaScript: it must load without tsx, so the
// compiled command is measured as a user runs it.
'use strict';
const { subscribe } = require('node:diagnostics_channel');
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_REQUESTS_FILE;
if (file) {
  let requests = 0;
  subscribe('http.client.request.start', () => {
    requests += 1;
  });
  process.on('exit', () => writeFileSync(file, JSON.stringify({ requests })));
}
