import { expect } from 'chai';
import { allowedMethods, createRouter } from '../../../mock/routing/router';
import { ROUTES } from '../../../mock/routing/routes';
import { HANDLER_NAMES } from '../../../mock/routing/handler-names';

describe('mock/routing/router', () => {
  const route = createRouter();

  it('routes every one of the fourteen operations', () => {
    const routed = new Set(ROUTES.flatMap((entry) => Object.values(entry.methods)));
    expect([...routed].sort()).to.deep.equal([...HANDLER_NAMES].sort());
    expect(HANDLER_NAMES).to.have.length(15);
  });

  it('extracts integer path parameters', () => {
    expect(route('/api/v1/channel/12/failed_integrations/345/')?.params).to.deep.equal({ channel_id: 12, id: 345 });
    expect(route('/api/v1/oms/cancellation-reasons/7/')?.params).to.deep.equal({ pk: 7 });
  });

  it('prefers literal segments over ids', () => {
    expect(route('/api/channel/1/cancellation_request_images/inserts/')?.route.methods.GET).to.equal('images.inserts');
    expect(route('/api/v1/oms/cancellation-reasons/pull_from_omnitron/')?.route.methods.GET).to.equal('cancellationReasons.pull');
  });

  for (const path of [
    '/api/v1/channel/-1/failed_integrations/',
    '/api/v1/channel/1.0/failed_integrations/',
    '/api/v1/channel/ 1/failed_integrations/',
    '/api/v1/channel/99999999999999999999/failed_integrations/',
    '/api/v1/channel/1/failed_integrations',
    '/api/channel/1/failed_integrations/',
  ]) {
    it(`does not route ${JSON.stringify(path)}`, () => {
      expect(route(path)).to.equal(undefined);
    });
  }

  it('lists the documented methods in a stable order', () => {
    const match = route('/api/v1/channel/1/failed_integrations/2/');
    expect(allowedMethods(match!.route)).to.deep.equal(['GET', 'PUT', 'PATCH', 'DELETE']);
  });
});
