import { expect } from 'chai';
import { bundledModels, judgeRecorded } from '../support/spec-conformance';
import { recordedResponses } from './support';

// Runs after every other test of this process (a root-level hook), when all mock tests have recorded their
// responses: the reference server must answer only what the corrected documents describe.
after('every response the reference server gave in the mock tests conforms to the corrected spec', async function () {
  this.timeout(60_000);
  const apis = await bundledModels();
  const problems = recordedResponses.flatMap((recorded) => judgeRecorded(apis, recorded));
  expect(recordedResponses.length, 'responses recorded by the mock tests').to.be.greaterThan(100);
  expect(problems, problems.slice(0, 5).join('\n')).to.deep.equal([]);
});

describe('test/support/spec-conformance', () => {
  it('flags a response that breaks the documented schema, and passes a conforming one', async () => {
    const apis = await bundledModels();
    const ok = { method: 'GET', url: '/api/v1/oms/cancellation-reasons/1/', status: 200, headers: { 'content-type': 'application/json' }, text: JSON.stringify({ id: 1, cancellation_type: 'cancel', created_date: '2023-07-04T10:30:31Z', modified_date: '2023-07-04T10:30:31Z', omnitron_id: 1, subject: 's', extra_information_needed: false, ordering: 100, is_active: true }) };
    expect(judgeRecorded(apis, ok)).to.deep.equal([]);
    const bad = { ...ok, text: JSON.stringify({ id: 'one' }) };
    expect(judgeRecorded(apis, bad).join('\n')).to.match(/schema/);
    const undocumented = { ...ok, status: 418 };
    expect(judgeRecorded(apis, undocumented).join('\n')).to.match(/418/);
  });
});
