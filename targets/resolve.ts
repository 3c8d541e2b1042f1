/**
 * `--resolve HOST:PORT:ADDRESS`, curl's option: requests for HOST on PORT connect to ADDRESS instead of what DNS
 * says, while the URL, the Host header and the TLS server name stay HOST. The suite's own tests use it to give a
 * loopback server a staging-like name, so the shared-target write policy (which looks at the name) is exercised
 * end to end.
 */
import net from 'node:net';
import dns from 'node:dns';

/** Overrides by `host:port` (host lower case, IPv6 without brackets) → the address to connect to. */
export type ResolveMap = Record<string, string>;

/** A parse problem; the CLI turns it into a one-line usage error. */
export class ResolveSyntaxError extends Error {}

/** Parses one `HOST:PORT:ADDRESS` (`[::1]` for an IPv6 address) into the map. */
export function parseResolve(entries: readonly string[]): ResolveMap {
  const map: ResolveMap = {};
  for (const entry of entries) {
    const match = /^(\[[^\]]+\]|[^:[\]]+):(\d{1,5}):(\[[^\]]+\]|[^[\]]+)$/.exec(entry.trim());
    const host = match?.[1].replace(/^\[|\]$/g, '').toLowerCase();
    const port = Number(match?.[2]);
    const address = match?.[3].replace(/^\[|\]$/g, '');
    if (!match || !host || !address || port < 1 || port > 65535 || net.isIP(address) === 0) {
      throw new ResolveSyntaxError(`--resolve takes HOST:PORT:ADDRESS with an IP address (e.g. staging.example.test:443:127.0.0.1), not '${entry}'`);
    }
    map[`${host}:${port}`] = address;
  }
  return map;
}

/** The map back in `HOST:PORT:ADDRESS` form (IPv6 in brackets), the inverse of parseResolve. */
export function formatResolve(map: ResolveMap): string[] {
  const bracket = (value: string): string => (value.includes(':') ? `[${value}]` : value);
  return Object.entries(map).map(([hostPort, address]) => {
    const at = hostPort.lastIndexOf(':');
    return `${bracket(hostPort.slice(0, at))}:${hostPort.slice(at + 1)}:${bracket(address)}`;
  });
}

/** The address to connect to for a host and port, when an override names them. */
export function resolvedAddress(map: ResolveMap | undefined, host: string, port: number): string | undefined {
  return map?.[`${host.replace(/^\[|\]$/g, '').toLowerCase()}:${port}`];
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http(s).request / net.connect that answers the override's address for the one host and port,
 * and asks DNS for anything else. Handles both callback forms (`all: true` gives an array, Node 20's happy eyeballs).
 */
export function lookupFor(address: string): (hostname: string, options: dns.LookupOptions, callback: LookupCallback) => void {
  const family = net.isIP(address);
  return (_hostname, options, callback) => {
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
}
