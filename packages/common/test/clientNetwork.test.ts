import { describe, expect, it } from 'vitest';
import type { IncomingMessage } from 'node:http';
import { callerAddress, clientNetwork } from '../src/clientNetwork.js';
import { clientAddressHeaders, clientAddressOf } from '../src/subgraph.js';

describe('clientNetwork', () => {
  it('keeps an IPv4 address', () => {
    expect(clientNetwork('198.51.100.7')).toBe('198.51.100.7');
  });

  it('counts IPv6 addresses of one /64 as one network', () => {
    const first = clientNetwork('2001:db8:1:2::1');
    expect(first).toBe('2001:db8:1:2::/64');
    expect(clientNetwork('2001:0db8:0001:0002:ffff:eeee:dddd:cccc')).toBe(
      first,
    );
    expect(clientNetwork('2001:DB8:1:2:0:0:0:abcd')).toBe(first);
    expect(clientNetwork('2001:db8:1:3::1')).not.toBe(first);
  });

  it('expands compressed groups at the start', () => {
    expect(clientNetwork('::1')).toBe('0:0:0:0::/64');
    expect(clientNetwork('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
  });

  it('reads an IPv4-mapped address as IPv4', () => {
    expect(clientNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('reads an IPv4 tail as two groups', () => {
    expect(clientNetwork('64:ff9b:1:2::192.0.2.1')).toBe('64:ff9b:1:2::/64');
  });

  it('names a missing address unknown', () => {
    expect(clientNetwork(undefined)).toBe('unknown');
  });
});

describe('clientAddressOf', () => {
  const request = (headers: Record<string, string>, remoteAddress: string) =>
    ({ headers, socket: { remoteAddress } }) as unknown as IncomingMessage;

  it('counts an unsigned IPv6 peer as its /64', () => {
    expect(clientAddressOf(request({}, '2001:db8:1:2::99'))).toBe(
      '2001:db8:1:2::/64',
    );
  });

  it('believes a signed /64 network from the gateway', () => {
    const headers = clientAddressHeaders('2001:db8:1:2::/64');
    expect(clientAddressOf(request(headers, '127.0.0.1'))).toBe(
      '2001:db8:1:2::/64',
    );
  });
});

describe('callerAddress', () => {
  const trusted = new Set(['127.0.0.1', '10.0.0.2']);

  it('takes the nearest untrusted hop behind trusted proxies', () => {
    expect(
      callerAddress(
        '127.0.0.1',
        '203.0.113.9, 198.51.100.7, 10.0.0.2',
        trusted,
      ),
    ).toBe('198.51.100.7');
  });

  it('ignores X-Forwarded-For from an untrusted peer', () => {
    expect(callerAddress('198.51.100.7', '203.0.113.9', trusted)).toBe(
      '198.51.100.7',
    );
  });

  it('keeps the peer for a malformed hop or no header', () => {
    expect(callerAddress('127.0.0.1', 'not-an-address', trusted)).toBe(
      '127.0.0.1',
    );
    expect(callerAddress('127.0.0.1', undefined, trusted)).toBe('127.0.0.1');
    expect(callerAddress('127.0.0.1', '10.0.0.2', trusted)).toBe('127.0.0.1');
  });
});
