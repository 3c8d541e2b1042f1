import { expect } from 'chai';
import { AUTH, failedPath, testApp, validFailedIntegration } from '../support';

const FIELDS = [
  'pk', 'channel', 'version_date', 'reason_type', 'is_active', 'content_type', 'object_id', 'expiration_date',
  'retry_count', 'max_retry_count', 'retry_interval', 'integration_action', 'log_id',
];

describe('mock/handlers/failed-integrations', () => {
  it('creates with 201, assigns pk and applies the schema defaults', async () => {
    const { agent, state } = testApp();
    const before = state.failedIntegrations.size;
    const res = await agent.post(failedPath(1)).set(AUTH).send(validFailedIntegration());
    expect(res.status).to.equal(201);
    expect(res.headers['content-type']).to.equal('application/json');
    expect(Object.keys(res.body)).to.deep.equal(FIELDS);
    expect(res.body).to.deep.include({
      ...validFailedIntegration(),
      is_active: true, retry_count: 1, max_retry_count: 1, retry_interval: 0,
      expiration_date: null, integration_action: null, log_id: null,
    });
    expect(res.body.pk).to.be.a('number');
    expect(state.failedIntegrations.size).to.equal(before + 1);
    const read = await agent.get(failedPath(1, res.body.pk)).set(AUTH);
    expect(read.body).to.deep.equal(res.body);
  });

  it('keeps explicitly sent optional values, nulls included', async () => {
    const { agent } = testApp();
    const body = validFailedIntegration({ is_active: false, retry_count: 0, max_retry_count: 9, retry_interval: 30, expiration_date: '2025-01-01T00:00:00+03:00', integration_action: 7, log_id: null });
    const res = await agent.post(failedPath(2)).set(AUTH).send(body);
    expect(res.status).to.equal(201);
    expect(res.body).to.deep.include({ ...body, channel: 2 });
  });

  it('sets channel from the path, ignoring a different body value', async () => {
    const { agent } = testApp();
    const res = await agent.post(failedPath(2)).set(AUTH).send(validFailedIntegration({ channel: 1 }));
    expect(res.body.channel).to.equal(2);
    expect((await agent.get(failedPath(1, res.body.pk)).set(AUTH)).status).to.equal(404);
    expect((await agent.get(failedPath(2, res.body.pk)).set(AUTH)).status).to.equal(200);
  });

  it('ignores a sent pk and unknown fields', async () => {
    const { agent } = testApp();
    const res = await agent.post(failedPath(1)).set(AUTH).send(validFailedIntegration({ pk: 1, surprise: 'x' }));
    expect(res.status).to.equal(201);
    expect(res.body.pk).to.not.equal(1);
    expect(res.body).to.not.have.property('surprise');
  });

  it('lists only the path channel\'s objects; the channel filter narrows further', async () => {
    const { agent, state } = testApp();
    const res = await agent.get(`${failedPath(1)}?limit=100`).set(AUTH);
    expect(res.body.results.map((row: { pk: number }) => row.pk)).to.deep.equal(
      state.failedIntegrations.all().filter((row) => row.channel === 1).map((row) => row.pk),
    );
    expect((await agent.get(`${failedPath(1)}?channel=1`).set(AUTH)).body.count).to.equal(res.body.count);
    expect((await agent.get(`${failedPath(1)}?channel=2`).set(AUTH)).body.count).to.equal(0);
    const bad = await agent.get(`${failedPath(1)}?channel=two`).set(AUTH);
    expect(bad.status).to.equal(400);
    expect(bad.body).to.deep.equal({ channel: ['A valid integer is required.'] });
  });

  it('replaces with PUT (200, updated object), enforcing the required fields', async () => {
    const { agent, state } = testApp();
    const pk = (state.failedIntegrations.all().find((row) => row.channel === 1) as { pk: number }).pk;
    const body = validFailedIntegration({ reason_type: 'mapping', object_id: 5, is_active: false });
    const res = await agent.put(failedPath(1, pk)).set(AUTH).send(body);
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.include({ ...body, pk });
    expect((await agent.get(failedPath(1, pk)).set(AUTH)).body).to.deep.equal(res.body);
    const missing = await agent.put(failedPath(1, pk)).set(AUTH).send({ reason_type: 'remote' });
    expect(missing.status).to.equal(400);
    expect(missing.body).to.deep.equal({
      channel: ['This field is required.'],
      version_date: ['This field is required.'],
      content_type: ['This field is required.'],
      object_id: ['This field is required.'],
    });
  });

  it('updates partially with PATCH, leaving the other fields alone', async () => {
    const { agent, state } = testApp();
    const row = state.failedIntegrations.all().find((candidate) => candidate.channel === 2) as { pk: number };
    const before = (await agent.get(failedPath(2, row.pk)).set(AUTH)).body;
    const res = await agent.patch(failedPath(2, row.pk)).set(AUTH).send({ retry_count: 4 });
    expect(res.status).to.equal(200);
    expect(res.body).to.deep.equal({ ...before, retry_count: 4 });
    const invalid = await agent.patch(failedPath(2, row.pk)).set(AUTH).send({ reason_type: 'other' });
    expect(invalid.status).to.equal(400);
    expect(invalid.body).to.deep.equal({ reason_type: ['"other" is not a valid choice.'] });
    expect((await agent.patch(failedPath(2, row.pk)).set(AUTH).send({ channel: 1 })).body.channel).to.equal(2);
  });

  it('deletes with 204 and an empty body, then answers 404', async () => {
    const { agent, state } = testApp();
    const pk = (state.failedIntegrations.all().find((row) => row.channel === 1) as { pk: number }).pk;
    const res = await agent.delete(failedPath(1, pk)).set(AUTH);
    expect(res.status).to.equal(204);
    expect(res.text).to.equal('');
    expect(res.headers['content-type']).to.equal(undefined);
    for (const again of [
      await agent.get(failedPath(1, pk)).set(AUTH),
      await agent.delete(failedPath(1, pk)).set(AUTH),
      await agent.patch(failedPath(1, pk)).set(AUTH).send({}),
    ]) {
      expect(again.status).to.equal(404);
      expect(again.body).to.deep.equal({ detail: 'Not found.' });
    }
  });

  it('keeps channels isolated for every item operation', async () => {
    const { agent, state } = testApp();
    const foreign = (state.failedIntegrations.all().find((row) => row.channel === 2) as { pk: number }).pk;
    for (const res of [
      await agent.get(failedPath(1, foreign)).set(AUTH),
      await agent.put(failedPath(1, foreign)).set(AUTH).send(validFailedIntegration()),
      await agent.patch(failedPath(1, foreign)).set(AUTH).send({ retry_count: 0 }),
      await agent.delete(failedPath(1, foreign)).set(AUTH),
    ]) {
      expect(res.status).to.equal(404);
      expect(res.body).to.deep.equal({ detail: 'Not found.' });
    }
    expect((await agent.get(failedPath(2, foreign)).set(AUTH)).status).to.equal(200);
  });

  it('creates in a channel that had no objects, which then lists it', async () => {
    const { agent } = testApp();
    const created = await agent.post(failedPath(3)).set(AUTH).send(validFailedIntegration());
    const listed = await agent.get(failedPath(3)).set(AUTH);
    expect(listed.body.count).to.equal(1);
    expect(listed.body.results).to.deep.equal([created.body]);
  });

  it('never loses one of 200 concurrent creates', async function () {
    this.timeout(30_000);
    const { agent } = testApp();
    const before = (await agent.get(failedPath(2)).set(AUTH)).body.count as number;
    const responses = await Promise.all(
      Array.from({ length: 200 }, (_, i) => agent.post(failedPath(2)).set(AUTH).send(validFailedIntegration({ object_id: 100_000 + i }))),
    );
    for (const res of responses) expect(res.status).to.equal(201);
    expect(new Set(responses.map((res) => res.body.pk)).size).to.equal(200);
    const listed: { pk: number; object_id: number }[] = [];
    for (let page = 1; ; page++) {
      const res = await agent.get(`${failedPath(2)}?limit=100&page=${page}`).set(AUTH);
      listed.push(...res.body.results);
      if (res.body.next === null) break;
    }
    expect(listed).to.have.length(before + 200);
    const created = listed.filter((row) => row.object_id >= 100_000);
    expect(new Set(created.map((row) => row.pk)).size).to.equal(200);
    expect(new Set(created.map((row) => row.object_id)).size).to.equal(200);
  });
});
