/** The command line's help text: the public contract of `conformance`. */

/** Full usage, printed by `conformance --help`. */
export const USAGE = `Usage: conformance <command> [options]

Commands:
  run      Run the conformance suites against a target (the embedded reference server when no --target)
  mock     Start the reference Omnitron/OMS server
  bundle   Write one API's merged document as a single self-contained JSON or YAML file
  lint     Report the defects of the published documents, and the overlay action that corrects each
  replay   Re-send one finding's smallest case (from findings.json) and judge it again: 0 gone, 1 still there

run options:
  --target URL            Base URL of the server under test (default: the embedded reference server)
  --token KEY             API key (or CONFORMANCE_TOKEN); sent as "Authorization: Token KEY" for apiKey schemes
  --spec PATH|NAME        Spec file or bundled API name, repeatable (default: the bundled omnitron and oms)
  --raw                   Use the documents as published, without the correcting overlays
  --seed N                Replay the cases of an earlier run (printed at the start of each run)
  --runs N                Fuzz cases per operation and phase (default 50)
  --only X                Only operations matching an operationId, tag or path (* wildcard), repeatable or comma-separated
  --skip X                Skip operations matching an operationId, tag or path, repeatable
  --check NAME            Only these checks, repeatable;  --skip-check NAME  skip these checks
  --phase NAME            Only these phases (examples, boundary, coverage, fuzz, negative, auth, methods), repeatable;
                          --skip-phase NAME  skip these phases
  --path-param NAME=VAL   A path parameter value that exists on the target (e.g. channel_id=1), repeatable
  --report DIR            Where allure-results, junit and allure-report go (default reports)
  --html / --no-html      Render the Allure HTML report at the end (default on)
  --timeout MS            Per-request timeout (default 10000)
  --max-response-time MS  Fail responses slower than this (off by default)
  --report-requests N     Sample requests of each phase attached to the report besides failures (default 3)
  --allow-writes          Send writes (POST, PUT, PATCH, DELETE, GETs marked x-side-effects) to a target that is not
                          on a loopback address; only at objects the run created, all removed at the end
  --rps N                 At most N requests per second (default unbounded)
  --concurrency N         At most N requests in flight (default 16)
  --max-body BYTES        Cut response bodies beyond this size and fail the checks that need them (default 10485760)
  --shard I/N             Run the I-th of N deterministic shares (whole tags) of the operations (or CONFORMANCE_SHARD)
  --resolve H:P:ADDR      Connect to ADDR for host H on port P (curl's syntax; Host and TLS name stay H), repeatable
  --login PATH            POST CONFORMANCE_USERNAME/CONFORMANCE_PASSWORD (environment only) to PATH on the target and
                          use the key it returns; after a 401 log in again once and retry
  --baseline FILE         Accepted findings (fingerprint + note): reported as known, not failed; new ones fail
  --update-baseline       Write the --baseline FILE from this run's findings (after judging with the old one)
  --history FILE          Allure history (JSON lines) kept between runs for trends (default <report>/history.jsonl)
  --strict                Count leniency findings (invalid input shown to be ignored, clamped or coerced; a valid
                          filter id naming no object refused) as failures
                          (or CONFORMANCE_STRICT=true); without it they are reported as skipped tests in category leniency

Against a target that is not on a loopback address, writes are skipped (with the reason in the report) unless
--allow-writes is given. A 429 holds all requests for its Retry-After; only idempotent requests are retried, and
only after a connection error or a 429. The token never appears in any output: \${CONFORMANCE_TOKEN} stands in.
Merge the allure-results of shards with: npx allure generate <dir>/allure-results... --output <report dir>

mock options:
  --port N (default 8000)  --host ADDR (default 127.0.0.1)  --token KEY (repeatable; or CONFORMANCE_MOCK_TOKENS)
  --seed N (default 1)     --upstream URL (Omnitron to pull cancellation reasons from)

bundle options:
  --api NAME | --spec PATH   --out FILE (.json, .yaml or .yml)   --raw   --format json|yaml

lint options:
  --api NAME (repeatable; default every bundled API) | --spec PATH   --strict (fail on corrected defects too)

replay FINGERPRINT options:
  --target URL  --token KEY  --report DIR (where findings.json is; default reports) | --findings FILE
  --spec PATH (default: the run's)  --raw  --timeout MS  --allow-writes

Exit codes: 0 everything conforms, 1 something failed, 2 usage error, unusable spec or unreachable target.
The last line on stdout of 'run' is: conformance: N passed, N failed, N skipped (each failed test is one finding;
with --baseline, the line before it is: known: N, fixed: N)
`;
