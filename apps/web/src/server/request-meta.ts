import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import { requestEnv } from '~/env';

/**
 * The client's address for rate limits, trusting exactly `trustedHops` reverse proxies.
 *
 * Each proxy appends the address it received the connection from to X-Forwarded-For, so with N
 * trusted proxies the Nth address from the right was written by the outermost one of ours — and
 * everything to its left may be the client's own invention. With no trusted proxy the header is
 * ignored entirely. (Next.js exposes no socket address to handlers: it copies the socket address into
 * X-Forwarded-For only when the client sent none, which a client can pre-empt; so 0 hops yields null
 * and rate limits fall back to one shared bucket. Behind a load balancer, set the hop count.)
 */
export function clientIpOf(
  headers: Headers,
  trustedHops: number = requestEnv().LIQLAB_TRUSTED_PROXY_HOPS,
): string | null {
  if (trustedHops <= 0) return null;
  const hops = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than proxies: the request skipped one of them, so no entry is vouched for.
  const candidate = hops.length >= trustedHops ? hops[hops.length - trustedHops] : undefined;
  return candidate ? normaliseIp(candidate) : null;
}

/** Strips an IPv4-mapped IPv6 prefix and a bracketed/port form; anything that is not an IP is refused. */
function normaliseIp(raw: string): string | null {
  let ip = raw;
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(ip);
  if (bracketed?.[1]) ip = bracketed[1];
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(ip)) ip = ip.slice(0, ip.lastIndexOf(':'));
  if (ip.toLowerCase().startsWith('::ffff:') && isIP(ip.slice(7)) === 4) ip = ip.slice(7);
  return isIP(ip) ? ip.toLowerCase() : null;
}

export function requestIdOf(headers: Headers): string {
  const given = headers.get('x-request-id');
  return given && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
}
