/** Short renderings of response values and bodies for failure messages, so one failure stays one readable line. */

/** Longest rendering of a single value inside a message. */
export const VALUE_LIMIT = 80;
/** Longest rendering of a whole body inside a message. */
export const BODY_LIMIT = 300;

/** Cuts `text` to `limit` characters, marking the cut with an ellipsis and how much was left out. */
export function shortenText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  return `${text.slice(0, limit)}… (${text.length - limit} more characters)`;
}

/** A JSON value as it appeared, shortened: `"yesterday"`, `5`, `{"a":1,…`. */
export function showValue(value: unknown, limit = VALUE_LIMIT): string {
  if (value === undefined) return 'nothing';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  return shortenText(text, limit);
}

/** A raw response body, shortened, or `an empty body`. */
export function showBody(text: string, limit = BODY_LIMIT): string {
  const trimmed = text.trim();
  return trimmed === '' ? 'an empty body' : shortenText(trimmed.replace(/\s+/g, ' '), limit);
}
