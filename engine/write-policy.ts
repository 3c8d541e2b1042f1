/**
 * Which requests may change the target. A loopback target is the developer's own (the embedded server, a local
 * mock): everything is sent. Any other host is presumed to be shared staging: requests that write are not sent
 * unless the user said `--allow-writes`, and then only against objects the run created itself (see ledger.ts).
 */
import net from 'node:net';
import type { Operation } from '../model/operation';

/** Methods that never change state when the document marks nothing else (RFC 9110 safe methods). */
const SAFE_METHODS = ['get', 'head', 'options', 'trace'];

/** Methods that may be repeated with the same effect (RFC 9110 idempotent methods). */
const IDEMPOTENT_METHODS = [...SAFE_METHODS, 'put', 'delete'];

/** True when the URL's host is a loopback address (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(baseUrl: string): boolean {
  const host = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (net.isIPv4(host)) return host.startsWith('127.');
  if (net.isIPv6(host)) return host === '::1' || /^::ffff:127\./.test(host);
  return false;
}

/** True when sending `method` for this operation may change the target. */
export function writes(operation: Operation, method: string = operation.method): boolean {
  const m = method.toLowerCase();
  if (!SAFE_METHODS.includes(m)) return true;
  // The document (or an overlay) marks some reads as having effects, e.g. a GET that pulls data from upstream.
  return m === operation.method && operation.sideEffects;
}

/** True when the request may be repeated safely after a connection error (no side effects beyond the first). */
export function idempotent(operation: Operation, method: string = operation.method): boolean {
  const m = method.toLowerCase();
  if (!IDEMPOTENT_METHODS.includes(m)) return false;
  return !(SAFE_METHODS.includes(m) && writes(operation, m));
}

/** How a run treats writes: all sent, sent only at its own objects, or not sent. */
export interface WritePolicy {
  /** Writes may be sent at all. */
  allowed: boolean;
  /** Writes go only to objects the run created (a shared target with --allow-writes). */
  ownObjectsOnly: boolean;
  /** Why writes are not sent, for the report; undefined when they are. */
  reason?: string;
}

/** The policy for a target URL and the user's --allow-writes. */
export function writePolicy(baseUrl: string, allowWrites: boolean): WritePolicy {
  if (isLoopbackUrl(baseUrl)) return { allowed: true, ownObjectsOnly: false };
  if (allowWrites) return { allowed: true, ownObjectsOnly: true };
  const host = new URL(baseUrl).host;
  return { allowed: false, ownObjectsOnly: false, reason: `writes are not sent to ${host}, which is not a loopback address (pass --allow-writes to send them)` };
}

/** Thrown by the exchange layer when a write is about to be sent that the policy forbids. Never reaches a target. */
export class WriteBlocked extends Error {
  constructor(readonly reason: string) {
    super(`not sent: ${reason}`);
    this.name = 'WriteBlocked';
  }
}
