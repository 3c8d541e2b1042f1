/** Matches a request path against the route table, like Django's URL resolver. */
import { ROUTES, type Route, type RouteMethod } from './routes';

/** A path that matched a route, with its integer path parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, number>;
}

/** Resolves a path to a route; undefined means 404. */
export type Router = (pathname: string) => RouteMatch | undefined;

// Django's `\d+` converters: a sign, a decimal point or letters never match, so such ids answer 404, not 400.
const INTEGER_SEGMENT = /^\d+$/;

function matchTemplate(template: string, pathname: string): Record<string, number> | undefined {
  const expected = template.split('/');
  const actual = pathname.split('/');
  if (expected.length !== actual.length) return undefined;
  const params: Record<string, number> = {};
  for (let i = 0; i < expected.length; i++) {
    const want = expected[i] as string;
    const got = actual[i] as string;
    if (want.startsWith('{') && want.endsWith('}')) {
      const value = Number(got);
      // Ids beyond the safe integer range cannot name a row, so they are treated as not found.
      if (!INTEGER_SEGMENT.test(got) || !Number.isSafeInteger(value)) return undefined;
      params[want.slice(1, -1)] = value;
    } else if (want !== got) {
      return undefined;
    }
  }
  return params;
}

/** Builds a router over a route table (the default one unless a variant supplies its own). */
export function createRouter(routes: readonly Route[] = ROUTES): Router {
  return (pathname) => {
    for (const route of routes) {
      const params = matchTemplate(route.template, pathname);
      if (params) return { route, params };
    }
    return undefined;
  };
}

/** The documented methods of a route, for the `Allow` header of a 405. */
export function allowedMethods(route: Route): RouteMethod[] {
  const order: RouteMethod[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
  return order.filter((method) => route.methods[method] !== undefined);
}
