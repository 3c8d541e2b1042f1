/** A copy-pasteable curl command for a request, with every secret replaced by a shell variable. */
import type { WireRequest } from '../../model/case';

/** What stands in for a secret header's value; a shell expands it from the environment when the command is pasted. */
export const SECRET_PLACEHOLDER = '${CONFORMANCE_TOKEN}';

/** Secrets this short would be replaced inside unrelated text by coincidence; they are only redacted in their header. */
const MIN_SECRET_LENGTH_TO_SCRUB = 6;

/**
 * Renders `curl -g -X METHOD 'url' -H ... --data-raw ...`. Values of `secretHeaders` (case-insensitive names)
 * become `${CONFORMANCE_TOKEN}` in double quotes so the shell substitutes it; the secret's text is also replaced in
 * the URL, other headers and the body, since a query credential or an echoed value must not leak it either.
 * `-g` stops curl from globbing the literal brackets of deepObject parameters.
 */
export function curlFor(request: WireRequest, baseUrl: string, secretHeaders: readonly string[]): string {
  const secretNames = new Set(secretHeaders.map((name) => name.toLowerCase()));
  const secrets = Object.entries(request.headers)
    .filter(([name]) => secretNames.has(name.toLowerCase()))
    .flatMap(([, value]) => secretSpellings(value))
    .sort((a, b) => b.length - a.length);
  // Each piece between secrets is single-quoted; the placeholder between them stays double-quoted so it expands.
  const quote = (text: string): string =>
    secrets
      .reduce((out, secret) => out.split(secret).join(SECRET_PLACEHOLDER), text)
      .split(SECRET_PLACEHOLDER)
      .map(shellQuote)
      .join(`"${SECRET_PLACEHOLDER}"`);

  const url = baseUrl.replace(/\/+$/, '') + request.path;
  const parts = ['curl', '-g', '-X', request.method, quote(url)];
  for (const [name, value] of Object.entries(request.headers)) {
    parts.push('-H', secretNames.has(name.toLowerCase()) ? `"${name}: ${SECRET_PLACEHOLDER}"` : quote(`${name}: ${value}`));
  }
  if (request.body !== undefined) {
    const body = typeof request.body === 'string' ? request.body : request.body.toString('utf8');
    parts.push('--data-raw', quote(body));
  }
  return parts.join(' ');
}

/**
 * The forms in which a secret header's value can leak: whole, without its scheme word (`Token`, `Bearer`), and
 * percent-encoded, as it would appear if echoed into a URL.
 */
function secretSpellings(value: string): string[] {
  const credential = /^[A-Za-z][\w-]* +(\S.*)$/.exec(value)?.[1];
  const plain = credential === undefined ? [value] : [value, credential];
  const spellings = plain.flatMap((text) => [text, encodeURIComponent(text)]);
  return [...new Set(spellings)].filter((text) => text.length >= MIN_SECRET_LENGTH_TO_SCRUB);
}

/** Single-quotes text for POSIX shells: inside single quotes nothing is special except the quote itself. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
