/**
 * The embedded server keeps integers exact: a body integer past the PostgreSQL `integer` column is refused with
 * DRF's max_value message (it never reaches the store, so it can never come back rounded), and the largest value
 * the column holds is stored and read back unchanged.
 */
import { expect } from 'chai';
import { AUTH, failedPath, testApp, validFailedIntegration } from '../support';

/** The body as raw JSON text, so that a 27-digit integer is sent with all its digits. */
function withRawInteger(field: string, digits: string): string {
  return JSON.stringify(validFailedIntegration({ [field]: 0 })).replace(`"${field}":0`, `"${field}":${digits}`);
}

describe('mock/validation: integer column ranges', () => {
  for (const digits of ['2147483648', '9007199254740993', '18446744073709551616', '857754583492260207635459871']) {
    it(`refuses object_id ${digits} with 400 and DRF's max_value message`, async () => {
      const { agent, state } = testApp();
      const before = state.failedIntegrations.size;
      const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send(withRawInteger('object_id', digits));
      expect(res.status).to.equal(400);
      expect(res.body).to.deep.equal({ object_id: ['Ensure this value is less than or equal to 2147483647.'] });
      expect(state.failedIntegrations.size).to.equal(before);
    });
  }

  it('refuses -2147483649 with the min_value message, and a negative retry_count with its own minimum', async () => {
    const { agent } = testApp();
    const low = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send(withRawInteger('content_type', '-2147483649'));
    expect(low.body).to.deep.equal({ content_type: ['Ensure this value is greater than or equal to -2147483648.'] });
    const negative = await agent.post(failedPath(1)).set(AUTH).send(validFailedIntegration({ retry_count: -1 }));
    expect(negative.body).to.deep.equal({ retry_count: ['Ensure this value is greater than or equal to 0.'] });
  });

  it('stores 2147483647 and answers it back exactly, on create, read and partial update', async () => {
    const { agent } = testApp();
    const created = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send(withRawInteger('object_id', '2147483647'));
    expect(created.status).to.equal(201);
    expect(created.text).to.contain('"object_id":2147483647');
    const read = await agent.get(failedPath(1, created.body.pk)).set(AUTH);
    expect(read.text).to.contain('"object_id":2147483647');
    const patched = await agent.patch(failedPath(1, created.body.pk)).set(AUTH).set('Content-Type', 'application/json').send('{"log_id":-2147483648}');
    expect(patched.status).to.equal(200);
    expect(patched.text).to.contain('"log_id":-2147483648');
  });
});
