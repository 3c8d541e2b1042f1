import { expect } from 'chai';
import { createFailedIntegrationValidator } from '../../../mock/validation/failed-integration-validator';
import { AUTH, failedPath, testApp, validFailedIntegration } from '../support';

describe('mock/validation/failed-integration-validator', () => {
  const validator = createFailedIntegrationValidator();

  it('takes its defaults and properties from the published schema', () => {
    expect(validator.defaults).to.deep.equal({
      is_active: true, expiration_date: null, retry_count: 1, max_retry_count: 1, retry_interval: 0, integration_action: null, log_id: null,
    });
    expect(validator.properties).to.not.include('pk');
    expect(validator.properties).to.include.members(['channel', 'version_date', 'reason_type', 'log_id']);
  });

  const cases: [string, unknown, string][] = [
    ['channel', 'abc', 'A valid integer is required.'],
    ['channel', 1.5, 'A valid integer is required.'],
    ['channel', null, 'This field may not be null.'],
    ['version_date', '2024-01-01', 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
    ['version_date', 20240101, 'Not a valid string.'],
    ['reason_type', 'timeout', '"timeout" is not a valid choice.'],
    ['reason_type', 'channel_app_with_a_long_name', '"channel_app_with_a_long_name" is not a valid choice.'],
    ['reason_type', 3, 'Not a valid string.'],
    ['is_active', 'yes', 'Must be a valid boolean.'],
    ['is_active', null, 'This field may not be null.'],
    ['content_type', '14', 'A valid integer is required.'],
    ['object_id', true, 'A valid integer is required.'],
    ['expiration_date', 'tomorrow', 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].'],
    ['retry_count', -1, 'Ensure this value is greater than or equal to 0.'],
    ['max_retry_count', -5, 'Ensure this value is greater than or equal to 0.'],
    ['retry_interval', 'often', 'A valid integer is required.'],
    ['integration_action', 'x', 'A valid integer is required.'],
    ['log_id', 2.5, 'A valid integer is required.'],
  ];
  for (const [field, value, message] of cases) {
    it(`answers 400 {${field}: [${message}]} for ${JSON.stringify(value)} on create, update and partial update`, async () => {
      const { agent, state } = testApp();
      const pk = (state.failedIntegrations.all()[0] as { pk: number; channel: number });
      const expected = { [field]: [message] };
      const create = await agent.post(failedPath(pk.channel)).set(AUTH).send(validFailedIntegration({ [field]: value }));
      expect(create.status).to.equal(400);
      expect(create.body).to.deep.equal(expected);
      const update = await agent.put(failedPath(pk.channel, pk.pk)).set(AUTH).send(validFailedIntegration({ [field]: value }));
      expect(update.body).to.deep.equal(expected);
      const patch = await agent.patch(failedPath(pk.channel, pk.pk)).set(AUTH).send({ [field]: value });
      expect(patch.status).to.equal(400);
      expect(patch.body).to.deep.equal(expected);
    });
  }

  it('accepts null where the schema says nullable', () => {
    const result = validator.validate(validFailedIntegration({ expiration_date: null, integration_action: null, log_id: null }), false);
    expect(result.kind).to.equal('valid');
  });

  it('accepts the boundary values 0 and date-times with offsets', () => {
    const body = validFailedIntegration({ retry_count: 0, max_retry_count: 0, retry_interval: 0, version_date: '2024-02-29T23:59:59+03:00' });
    expect(validator.validate(body, false).kind).to.equal('valid');
  });

  it('lists every invalid field at once', () => {
    const result = validator.validate({ reason_type: 'x', retry_count: -1 }, false);
    expect(result.kind).to.equal('invalid');
    if (result.kind === 'invalid') {
      expect(Object.keys(result.errors)).to.have.members(['channel', 'version_date', 'content_type', 'object_id', 'reason_type', 'retry_count']);
    }
  });

  for (const [body, kind] of [[[], 'list'], ['text', 'str'], [7, 'int'], [true, 'bool']] as const) {
    it(`answers non_field_errors for a ${kind} body`, async () => {
      const { agent } = testApp();
      const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send(JSON.stringify(body));
      expect(res.status).to.equal(400);
      expect(res.body).to.deep.equal({ non_field_errors: [`Invalid data. Expected a dictionary, but got ${kind}.`] });
    });
  }

  it('answers DRF\'s "No data provided" for a JSON null body', async () => {
    const { agent } = testApp();
    const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json').send('null');
    expect(res.status).to.equal(400);
    expect(res.body).to.deep.equal({ non_field_errors: ['No data provided'] });
  });

  it('treats an empty JSON body as an empty object: every required field is reported', async () => {
    const { agent } = testApp();
    const res = await agent.post(failedPath(1)).set(AUTH).set('Content-Type', 'application/json');
    expect(res.status).to.equal(400);
    expect(Object.keys(res.body)).to.have.members(['channel', 'version_date', 'reason_type', 'content_type', 'object_id']);
  });
});
