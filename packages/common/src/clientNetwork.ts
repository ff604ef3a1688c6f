import { isIP, isIPv6 } from 'node:net';

/**
 * Returns the network that per-client limits count a caller under. An
 * IPv4 address counts alone. An IPv6 address counts as its /64 network,
 * because providers give one household or device a whole /64 and a caller
 * could otherwise take a fresh address, and a fresh allowance, for every
 * request. An IPv4 address mapped into IPv6 (::ffff:a.b.c.d) counts as the
 * IPv4 address.
 */
export function clientNetwork(address: string | undefined): string {
  if (!address) return 'unknown';
  const plain = address.split('%')[0]!;
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(plain);
  if (mapped) return mapped[1]!;
  if (!isIPv6(plain)) return plain;
  return `${ipv6Groups(plain).slice(0, 4).join(':')}::/64`;
}

/** Expands a valid IPv6 address into its eight groups, in lower-case hex without leading zeros. */
function ipv6Groups(address: string): string[] {
  let text = address;
  // An IPv4 tail such as 64:ff9b::192.0.2.1 is the last two groups.
  const tail = /(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (tail) {
    const [a, b, c, d] = tail.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
    ];
    text = `${text.slice(0, tail.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', rest] = text.split('::');
  const headGroups = head ? head.split(':') : [];
  const restGroups = rest ? rest.split(':') : [];
  const groups =
    rest === undefined
      ? headGroups
      : [
          ...headGroups,
          ...Array<string>(8 - headGroups.length - restGroups.length).fill('0'),
          ...restGroups,
        ];
  return groups.map((group) => parseInt(group, 16).toString(16));
}

/** Environment variable: comma-separated addresses of reverse proxies whose X-Forwarded-For the gateway believes. */
export const TRUSTED_PROXIES_ENV = 'YKB_TRUSTED_PROXIES';

/**
 * Reads the trusted proxy addresses; none unless set. Loopback is not
 * trusted by default: any process on the gateway's host could then choose
 * its address. The PWA's own server signs the address instead.
 */
export function trustedProxiesFromEnv(): ReadonlySet<string> {
  const raw = process.env[TRUSTED_PROXIES_ENV] ?? '';
  return new Set(
    raw
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== ''),
  );
}

/**
 * Returns the address of the caller behind `peer`, the TCP peer. When the
 * peer is a trusted reverse proxy, the caller is the nearest address in
 * `forwardedFor` (X-Forwarded-For, nearest last) that is not a trusted
 * proxy itself. Anything else, including a malformed entry, leaves the peer,
 * so a caller cannot choose the address its limits count under.
 */
export function callerAddress(
  peer: string | undefined,
  forwardedFor: string | string[] | undefined,
  trusted: ReadonlySet<string>,
): string | undefined {
  if (!peer || !trusted.has(peer) || forwardedFor === undefined) return peer;
  const hops = (
    Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor
  )
    .split(',')
    .map((hop) => hop.trim());
  for (let index = hops.length - 1; index >= 0; index--) {
    const hop = hops[index]!;
    if (isIP(hop) === 0) return peer;
    if (!trusted.has(hop)) return hop;
  }
  return peer;
}
