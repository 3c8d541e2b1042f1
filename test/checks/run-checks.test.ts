import { expect } from 'chai';
import { Failure, type Check } from '../../checks/check';
import { Category, failureCategories, formatFailureMessage } from '../../checks/categories';
import { runChecks } from '../../checks/run-checks';
import { checkByName, responseChecks } from '../../suites/registry';
import { makeCase, makeContext, makeResponse, validItem } from './fixtures';

describe('checks/categories', () => {
  it('has an Allure category for every category a check throws, matching the formatted message', () => {
    const failure = new Failure('server error 500 for GET /x\nsecond line', 'server error');
    const message = formatFailureMessage(failure);
    const matching = failureCategories.filter((category) => new RegExp(category.messageRegex).test(message));
    expect(matching.map((category) => category.name)).to.deep.equal(['server error']);
    expect(new RegExp(`^(?:${failureCategories[0].messageRegex})$`).test(message)).to.equal(true);
  });
});

describe('checks/run-checks', () => {
  const base = { kind: 'response', category: Category.checkError, severity: 'trivial' } as const;
  const crashing: Check = { ...base, name: 'crashes', appliesTo: () => true, run: () => { throw new TypeError('boom'); } };
  const never: Check = { ...base, name: 'never applies', appliesTo: () => false, run: () => { throw new Error('must not run'); } };

  it('reports passed, failed with the Failure, skipped, and a crash as a check error', () => {
    const named = (name: string) => checkByName(name) as Check;
    const outcomes = runChecks([named('status code is documented'), named('response is not a server error'), crashing, never], makeContext(), makeResponse(500), makeCase());
    expect(outcomes.map((outcome) => outcome.status)).to.deep.equal(['passed', 'failed', 'failed', 'skipped']);
    expect(outcomes[1].failure?.category).to.equal('server error');
    expect(outcomes[2].failure?.category).to.equal('check error');
    expect(outcomes[2].failure?.message).to.contain('boom');
  });

  it('passes every applicable check on a conforming exchange', () => {
    const outcomes = runChecks(responseChecks, makeContext(), makeResponse(200, validItem()), makeCase());
    expect(outcomes.filter((outcome) => outcome.status === 'failed')).to.deep.equal([]);
    expect(outcomes.filter((outcome) => outcome.status === 'passed').length).to.be.greaterThan(4);
  });
});
