import { expect } from 'chai';
import { essence, isJsonMediaType, matchingMediaType, mediaTypeMatches } from '../../../checks/support/media-type';

describe('checks/support/media-type', () => {
  it('reduces a header to its lower-case essence', () => {
    expect(essence('Application/JSON; charset=UTF-8')).to.equal('application/json');
  });

  it('recognises JSON and +json types', () => {
    expect(isJsonMediaType('application/problem+json; charset=utf-8')).to.equal(true);
    expect(isJsonMediaType('text/json-ish')).to.equal(false);
  });

  it('honours wildcards on the documented side only', () => {
    expect(mediaTypeMatches('*/*', 'text/html')).to.equal(true);
    expect(mediaTypeMatches('application/*', 'application/xml')).to.equal(true);
    expect(mediaTypeMatches('application/*+json', 'application/vnd.api+json')).to.equal(true);
    expect(mediaTypeMatches('application/*+json', 'application/json')).to.equal(false);
    expect(mediaTypeMatches('application/json', '*/*')).to.equal(false);
  });

  it('prefers the most specific documented range', () => {
    const content = ['*/*', 'application/*', 'application/json'].map((mediaType) => ({ mediaType, examples: [] }));
    expect(matchingMediaType(content, 'application/json; charset=utf-8')?.mediaType).to.equal('application/json');
    expect(matchingMediaType(content, 'application/xml')?.mediaType).to.equal('application/*');
    expect(matchingMediaType(content.slice(2), 'text/html')).to.equal(undefined);
  });
});
