import { expect } from 'chai';
import { documentedResponse, documentsExactly } from '../../../checks/support/documented-response';
import { documented, makeOperation } from '../fixtures';

describe('checks/support/documented-response', () => {
  const operation = makeOperation({ responses: [documented('default'), documented('4XX'), documented('404')] });

  it('prefers the exact status, then the range, then default', () => {
    expect(documentedResponse(operation, 404)?.status).to.equal('404');
    expect(documentedResponse(operation, 409)?.status).to.equal('4XX');
    expect(documentedResponse(operation, 200)?.status).to.equal('default');
    expect(documentedResponse(makeOperation({ responses: [documented('200')] }), 201)).to.equal(undefined);
  });

  it('tells exact documentation from coverage', () => {
    expect(documentsExactly(operation, 404)).to.equal(true);
    expect(documentsExactly(operation, 409)).to.equal(false);
  });
});
