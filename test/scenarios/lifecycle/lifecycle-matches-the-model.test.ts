import { expect } from 'chai';
import type { MockOverrides } from '../../../mock/server';
import { createAnswersAnotherKey, createNotRetrievable, deleteNotDeleting, listCountIgnoresCreates, patchNotStored, putMerges } from './broken-servers';
import { putResetsLeftOutFields, rendersDateTimesInUtc } from './legitimate-servers';
import { runLifecycle, type LifecycleOutcome } from './support';

/** The numbered command lines of a failure message (`    2. Update #1`); start, final check and cleanup left out. */
function commandLines(message: string): string[] {
  return message.split('\n').filter((line) => /^ {4}\d+\. /.test(line) && !/\d+\. (start|cleanup|final check: .*)$/.test(line));
}

/** Checks what every shrunk failure shows: the violation first, the steps with requests and statuses, the replay. */
function expectReadableFailure(outcome: LifecycleOutcome, violation: RegExp, commands: string[]): void {
  const failure = outcome.failure;
  expect(failure, 'the broken server passed').to.not.equal(undefined);
  const message = failure?.message ?? '';
  expect(failure?.category).to.equal('persistence');
  expect(message.split('\n')[0]).to.match(violation);
  // Shrinking leaves only the commands the violation needs, in order.
  expect(commandLines(message).map((line) => line.replace(/^ {4}\d+\. /, ''))).to.deep.equal(commands);
  expect(message).to.match(/shortest failing sequence: \d+ command\(s\), shrunk by fast-check from \d+ in \d+ shrink\(s\)(, then \d+ more dropped that the violation did not need)?:/);
  expect(message).to.match(/^ {9}(GET|POST|PUT|PATCH|DELETE) \/api\/v1\/channel\/1\/failed_integrations\/\S* .*-> \d{3}$/m);
  expect(message).to.match(/^ {9}✗ /m);
  expect(message).to.match(/replay: --seed 1 --only createSalesChannelFailedIntegration --check "lifecycle matches the model" \(fast-check seed 1, path "[\d:]+"(, before the last pass)?\)$/);
  // The report attaches the shrunk sequence's requests only: one per shown request line.
  const shownRequests = message.split('\n').filter((line) => /^ {9}[A-Z]+ \//.test(line)).length;
  expect(outcome.exchanges).to.have.length(shownRequests);
}

describe('semantics/lifecycle: lifecycle matches the model', function () {
  this.timeout(60_000);

  it('passes against the reference server and leaves the collection as it found it', async function () {
    const outcome = await runLifecycle();
    expect(outcome.failure?.message).to.equal(undefined);
    expect(outcome.rowsAfter).to.equal(outcome.rowsBefore);
    // Every command kind ran at least once across the sequences.
    const sent = new Set(outcome.exchanges.map((exchange) => `${exchange.request.method} ${/\/\d+\/$/.test(exchange.request.path.split('?')[0]) ? 'item' : 'list'}`));
    expect([...sent].sort()).to.deep.equal(['DELETE item', 'GET item', 'GET list', 'PATCH item', 'POST list', 'PUT item']);
    expect(outcome.exchanges.filter((exchange) => exchange.response?.status === 404).length, 'no RetrieveDeleted ran').to.be.greaterThan(0);
  });

  it('passes for several seeds and fewer runs', async function () {
    for (const seed of [2, 3, 4]) {
      const outcome = await runLifecycle({}, { seed, runs: 10 });
      expect(outcome.failure?.message, `seed ${seed}`).to.equal(undefined);
      expect(outcome.rowsAfter).to.equal(outcome.rowsBefore);
    }
  });

  it('passes against a server that renders date-times in UTC with microseconds (the same instants)', async function () {
    const outcome = await runLifecycle(rendersDateTimesInUtc());
    expect(outcome.failure?.message).to.equal(undefined);
    // The variation is real: some date-time came back in another form than it was sent.
    const rewritten = outcome.exchanges.some((exchange) => typeof exchange.request.body === 'string' && /T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z"/.test(exchange.request.body));
    expect(rewritten).to.equal(true);
  });

  it('passes against a server whose PUT resets left-out fields to their defaults', async function () {
    expect((await runLifecycle(putResetsLeftOutFields())).failure?.message).to.equal(undefined);
  });

  const broken: Array<[string, () => MockOverrides, RegExp, string[]]> = [
    ['a PATCH that is not stored', patchNotStored, /^#1 \(pk \d+\) answered 200 with fields that differ from the model: \w+: got .*, expected .* \(sent by step 2 \(PartialUpdate #1\)\)/, ['Create #1', 'PartialUpdate #1']],
    ['a PUT that merges instead of replacing', putMerges, /^#1 \(pk \d+\) answered 200 with fields that differ from the model: \w+: got \S+, expected null \(sent by step 2 \(Update #1\)\)/, ['Create #1', 'Update #1']],
    ['a DELETE that does not delete', deleteNotDeleting, /^#1 was deleted by step 2 \(Delete #1\), but a GET of it answered 200, not 404$/, ['Create #1', 'Delete #1']],
    ['a create whose object is not retrievable', createNotRetrievable, /^#1 \(step 1 \(Create #1\), not deleted\) answered 404 to a retrieve, not 200$/, ['Create #1']],
    ['a list count that ignores creates', listCountIgnoresCreates, /^the list counts (\d+), expected \d+: \1 before the sequence \+ 1 created and not deleted/, ['Create #1']],
  ];
  for (const [name, overrides, violation, commands] of broken) {
    it(`fails with a shrunk, readable sequence against ${name}`, async function () {
      expectReadableFailure(await runLifecycle(overrides()), violation, commands);
    });
  }

  it('reports a created object its own URL does not find, when the list counts it right', async function () {
    const outcome = await runLifecycle(createAnswersAnotherKey());
    expect(outcome.failure?.category).to.equal('persistence');
    expect(outcome.failure?.message.split('\n')[0]).to.match(/^#1 \(step 1 \(Create #1\), not deleted\) answered 404 to (a retrieve, not 200|a valid full update|a valid partial update|its delete)$/);
    expect(commandLines(outcome.failure?.message ?? '')).to.deep.equal(['    1. Create #1']);
  });

  it('stops at once, without shrinking, when the target cannot be reached', async function () {
    const outcome = await runLifecycle({}, { beforeRun: (server) => server.close() });
    expect(outcome.failure?.category).to.equal('transport');
    expect(outcome.failure?.message).to.match(/^no response: /);
    expect(outcome.failure?.message).to.contain('the sequence stopped after 0 command(s), not shrunk');
    // One request, not one per sequence and shrink attempt: the search ended at the first transport error.
    expect(outcome.exchanges).to.have.length(1);
  });

  it('finds the same shortest sequence again from the same seed', async function () {
    const first = await runLifecycle(putMerges());
    const second = await runLifecycle(putMerges());
    expect(second.failure?.message).to.equal(first.failure?.message);
  });
});
