import { describe, expect, it } from 'vitest';
import {
  cachedHolderIdentities,
  type HolderIdentity,
  type HolderIdentityLookup,
} from '../src/holderIdentity.js';

function person(userId: string): HolderIdentity {
  return { userId, holderKind: 'PERSON', idNumber: `ID-${userId}` };
}

/** Returns a lookup that records each call's user ids. Users named "none-…" have no identity. */
function recordingLookup(): {
  lookup: HolderIdentityLookup;
  calls: string[][];
} {
  const calls: string[][] = [];
  const lookup: HolderIdentityLookup = async (userIds) => {
    calls.push([...userIds]);
    return new Map(
      userIds.map((id) => [id, id.startsWith('none-') ? null : person(id)]),
    );
  };
  return { lookup, calls };
}

describe('cached holder identities', () => {
  it('asks the identity service once per user with an identity', async () => {
    const { lookup, calls } = recordingLookup();
    const cached = cachedHolderIdentities(lookup);

    const first = await cached(['u1', 'u2']);
    const second = await cached(['u1', 'u2', 'u3']);

    expect(calls).toEqual([['u1', 'u2'], ['u3']]);
    expect(first.get('u1')).toEqual(person('u1'));
    expect(second.get('u2')).toEqual(person('u2'));
    expect(second.get('u3')).toEqual(person('u3'));
  });

  it('asks again for a user without an identity', async () => {
    const { lookup, calls } = recordingLookup();
    const cached = cachedHolderIdentities(lookup);

    await cached(['none-a']);
    const again = await cached(['none-a']);

    expect(calls).toEqual([['none-a'], ['none-a']]);
    expect(again.get('none-a')).toBeNull();
  });

  it('drops the least recently stored user beyond its size', async () => {
    const { lookup, calls } = recordingLookup();
    const cached = cachedHolderIdentities(lookup, 2);

    await cached(['u1']);
    await cached(['u2']);
    await cached(['u3']);
    await cached(['u2', 'u3']);
    await cached(['u1']);

    expect(calls).toEqual([['u1'], ['u2'], ['u3'], ['u1']]);
  });

  it('passes a failed lookup on and caches nothing from it', async () => {
    let fail = true;
    const calls: string[][] = [];
    const cached = cachedHolderIdentities(async (userIds) => {
      calls.push([...userIds]);
      if (fail) throw new Error('identity service unavailable');
      return new Map(userIds.map((id) => [id, person(id)]));
    });

    await expect(cached(['u1'])).rejects.toThrow(
      'identity service unavailable',
    );
    fail = false;
    await expect(cached(['u1'])).resolves.toEqual(
      new Map([['u1', person('u1')]]),
    );
    expect(calls).toEqual([['u1'], ['u1']]);
  });
});
