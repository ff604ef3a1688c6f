import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import type { NormalizedCacheObject } from '@apollo/client/cache';
import { of } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { createCachePersistence } from '../src/apollo/persistCache';
import { SearchItemsDocument } from '../src/graphql/generated';

/** A client whose server answers SearchItems with one item named `name`, or fails. */
function client(answer: { name: string } | 'offline') {
  return new ApolloClient({
    cache: new InMemoryCache(),
    link: new ApolloLink(() => {
      if (answer === 'offline') throw new TypeError('Failed to fetch');
      return of({
        data: {
          searchItems: [
            {
              __typename: 'Item',
              id: 'item-1',
              name: answer.name,
              nameEn: null,
              department: {
                __typename: 'Department',
                code: 'scjg',
                name: '市场监管局',
                nameEn: null,
              },
              statutoryLimitDays: 15,
              promisedLimitDays: 1,
              onlineDepth: 'FULL',
            },
          ],
        },
      });
    }),
  });
}

function memoryStore() {
  const saved = new Map<string, NormalizedCacheObject>();
  return {
    saved,
    read: async (userId: string) => saved.get(userId) ?? null,
    write: async (userId: string, data: NormalizedCacheObject) =>
      void saved.set(userId, structuredClone(data)),
  };
}

const query = { query: SearchItemsDocument, variables: { first: 5 } };

describe('persisted Apollo cache', () => {
  it('restores a user’s results in a new page before queries run', async () => {
    const store = memoryStore();
    const first = client({ name: '个体工商户设立登记' });
    const before = createCachePersistence(first, store);
    await before.switchUser('u-clerk');
    await first.query(query);
    await before.saveNow();

    // A cold start without a network: the new client reads the restored copy.
    const second = client('offline');
    const after = createCachePersistence(second, store);
    void after.switchUser('u-clerk');
    await after.ready();

    expect(second.readQuery(query)?.searchItems[0]?.name).toBe(
      '个体工商户设立登记',
    );
  });

  it('never shows one user’s cache to another', async () => {
    const store = memoryStore();
    const shared = client({ name: '个体工商户设立登记' });
    const persistence = createCachePersistence(shared, store);
    await persistence.switchUser('u-a');
    await shared.query(query);
    await persistence.saveNow();

    await persistence.switchUser('u-b');

    expect(shared.readQuery(query)).toBeNull();
    expect(store.saved.has('u-b')).toBe(false);
    await persistence.switchUser('u-a');
    expect(shared.readQuery(query)?.searchItems).toHaveLength(1);
  });
});
