/** The mock server's options and their defaults. */
import type { MockOverrides } from './components';
import { DEVELOPMENT_USERS, LoginKeys } from './auth/login';

/** The development key accepted when neither options nor CONFORMANCE_MOCK_TOKENS name one. */
export const DEVELOPMENT_TOKEN = 'conformance-dev-token';

/** What a caller may set when creating the mock. */
export interface MockOptions {
  /** Accepted API keys; default: CONFORMANCE_MOCK_TOKENS (comma-separated), else the development key. */
  tokens?: string[];
  /** Seed of the generated data; default 1. */
  seed?: number;
  /** Omnitron list URL the OMS pull copies reasons from; default: an embedded set of reasons. */
  upstreamUrl?: string;
  /** Key sent as `Authorization: Token <key>` to `upstreamUrl`, when it needs one. */
  upstreamToken?: string;
  /** Largest accepted request body; default 1 MiB. */
  maxBodyBytes?: number;
  /** Largest accepted `limit`; default 100. */
  maxLimit?: number;
  /** The clock for dates the server writes (pulled reasons); default: the real time. */
  now?: () => Date;
  /** Replaces building blocks of the pipeline, for deliberately broken variants. */
  overrides?: MockOverrides;
  /** Users the login endpoint accepts, name → password; default `conformance` / `conformance-dev-password`. */
  users?: Record<string, string>;
  /** The first key the login endpoint issues answers 401 after this many requests (the renewal test); default never. */
  expireFirstLoginKeyAfter?: number;
}

/** Options with every default applied. */
export interface ResolvedOptions {
  tokens: string[];
  seed: number;
  upstreamUrl?: string;
  upstreamToken?: string;
  maxBodyBytes: number;
  maxLimit: number;
  now: () => Date;
  users: Record<string, string>;
  /** Keys issued by the login endpoint (accepted like `tokens`). */
  logins: LoginKeys;
}

/** The keys from CONFORMANCE_MOCK_TOKENS, else the development key. */
export function defaultTokens(env: NodeJS.ProcessEnv = process.env): string[] {
  const fromEnv = (env.CONFORMANCE_MOCK_TOKENS ?? '').split(',').map((token) => token.trim()).filter((token) => token !== '');
  return fromEnv.length > 0 ? fromEnv : [DEVELOPMENT_TOKEN];
}

/** Applies the defaults; an empty token list counts as "not given" so the server is never left without a key. */
export function resolveOptions(options: MockOptions = {}): ResolvedOptions {
  const tokens = options.tokens?.filter((token) => token !== '') ?? [];
  return {
    tokens: tokens.length > 0 ? tokens : defaultTokens(),
    seed: options.seed ?? 1,
    upstreamUrl: options.upstreamUrl,
    upstreamToken: options.upstreamToken,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    maxLimit: options.maxLimit ?? 100,
    now: options.now ?? (() => new Date()),
    users: options.users ?? { ...DEVELOPMENT_USERS },
    logins: new LoginKeys(options.expireFirstLoginKeyAfter),
  };
}
