/** Absolute next/previous links that keep every other query parameter. */

/**
 * The URL of another page: `pageUrl` is the absolute URL of the list without its query. As in DRF, the link to
 * page 1 drops `page` rather than writing `page=1`.
 */
export function pageLink(pageUrl: string, query: URLSearchParams, page: number): string {
  const params = new URLSearchParams(query);
  if (page === 1) params.delete('page');
  else params.set('page', String(page));
  const search = params.toString();
  return search === '' ? pageUrl : `${pageUrl}?${search}`;
}
