import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { curlFor, shellQuote } from '../../../generators/params/curl';

const token = 'Token 0123456789abcdef';

describe('generators/params/curl', () => {
  it('renders method, url, headers and body, with the secret header as an expandable placeholder', () => {
    const curl = curlFor(
      { method: 'POST', path: '/api/x/?a[b]=1', headers: { Authorization: token, 'Content-Type': 'application/json' }, body: '{"k":"it\'s"}' },
      'https://staging.example.test/',
      ['authorization'],
    );
    expect(curl).to.equal(
      `curl -g -X POST 'https://staging.example.test/api/x/?a[b]=1' -H "Authorization: \${CONFORMANCE_TOKEN}" ` +
        `-H 'Content-Type: application/json' --data-raw '{"k":"it'\\''s"}'`,
    );
    expect(curl).to.not.contain('0123456789abcdef');
  });

  it('scrubs the secret from the url and body too, leaving the placeholder expandable', () => {
    const curl = curlFor({ method: 'GET', path: `/x?echo=${encodeURIComponent(token)}&raw=Token 0123456789abcdef`, headers: { authorization: token } }, 'http://h', ['Authorization']);
    expect(curl).to.not.contain('0123456789abcdef');
    expect(curl).to.contain(`'http://h/x?echo='"\${CONFORMANCE_TOKEN}"'&raw='"\${CONFORMANCE_TOKEN}"''`);
  });

  it('quotes so that a POSIX shell gives back exactly the text', () => {
    const nasty = `it's $HOME "quoted" \`cmd\` \\ done`;
    const echoed = execFileSync('sh', ['-c', `printf %s ${shellQuote(nasty)}`]).toString();
    expect(echoed).to.equal(nasty);
  });

  it('expands the placeholder from the environment when run by a shell', () => {
    const curl = curlFor({ method: 'GET', path: '/p', headers: { Authorization: token } }, 'http://h', ['authorization']);
    const argsOnly = curl.replace(/^curl /, '');
    const printed = execFileSync('sh', ['-c', `printf '%s\\n' ${argsOnly}`], { env: { CONFORMANCE_TOKEN: 'Token from-env', PATH: process.env.PATH } }).toString();
    expect(printed.split('\n')).to.include('Authorization: Token from-env');
  });
});
