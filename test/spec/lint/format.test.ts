import { expect } from 'chai';
import { formatFinding, formatFindings } from '../../../spec/lint/format';
import type { Finding } from '../../../spec/lint/finding';

const finding: Finding = { rule: 'missing-operation-id', severity: 'warning', file: 'specs/a.json', pointer: '/paths/~1x/get', message: 'GET /x has no operationId' };

describe('spec/lint/format', () => {
  it('prints file#pointer, rule, message and the fixing overlay action on one line', () => {
    expect(formatFinding(finding)).to.equal('specs/a.json#/paths/~1x/get  missing-operation-id  GET /x has no operationId');
    expect(formatFinding({ ...finding, fixedBy: 'specs/o/overlays/03-ids.yaml#2: adds the id: really' })).to.equal(
      'specs/a.json#/paths/~1x/get  missing-operation-id  GET /x has no operationId  [fixed by specs/o/overlays/03-ids.yaml#2]',
    );
  });

  it('ends with a count of fixed and unfixed findings', () => {
    const text = formatFindings([finding, { ...finding, fixedBy: 'f.yaml#0: d' }]);
    expect(text.split('\n')).to.have.length(3);
    expect(text.split('\n')[2]).to.equal('2 findings, 1 fixed by overlays, 1 unfixed');
  });
});
