// @vitest-environment happy-dom
import {
  ApolloClient,
  ApolloLink,
  gql,
  InMemoryCache,
  type TypedDocumentNode,
} from '@apollo/client';
import { mount } from '@vue/test-utils';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import { useQuery } from '../src/apollo/useQuery';

/** A query whose result repeats its variable, so each response shows which run it belongs to. */
const ECHO: TypedDocumentNode<{ echo: number }, { n: number }> = gql`
  query Echo($n: Int!) {
    echo(n: $n)
  }
`;

/** Responds to each request after the delay in milliseconds that `delays` gives for its variable. */
function delayedServer(delays: Record<number, number>, failing: number[] = []) {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const n = operation.variables.n as number;
        const timer = setTimeout(() => {
          if (failing.includes(n))
            observer.next({
              errors: [
                { message: `echo ${n} failed`, extensions: { code: 'X' } },
              ],
            } as never);
          else observer.next({ data: { echo: n } });
          observer.complete();
        }, delays[n] ?? 0);
        return () => clearTimeout(timer);
      }),
  );
}

function mountQuery(link: ApolloLink) {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  let query!: ReturnType<typeof useQuery<{ echo: number }, { n: number }>>;
  mount(
    defineComponent({
      setup() {
        query = useQuery(ECHO);
        return () => h('div');
      },
    }),
    { global: { provide: { [ApolloClientKey as symbol]: client } } },
  );
  return query;
}

describe('useQuery', () => {
  it('keeps the latest run when an earlier response arrives last', async () => {
    const query = mountQuery(delayedServer({ 1: 60, 2: 0 }));
    const first = query.run({ n: 1 });
    const second = query.run({ n: 2 });
    await Promise.all([first, second]);

    expect(query.data.value).toEqual({ echo: 2 });
    expect(query.loading.value).toBe(false);
  });

  it('drops an earlier error that arrives last', async () => {
    const query = mountQuery(delayedServer({ 1: 60, 2: 0 }, [1]));
    await Promise.all([query.run({ n: 1 }), query.run({ n: 2 })]);

    expect(query.error.value).toBeNull();
    expect(query.data.value).toEqual({ echo: 2 });
  });

  it('stays loading until the latest run responds', async () => {
    const query = mountQuery(delayedServer({ 1: 0, 2: 60 }));
    const second = Promise.all([query.run({ n: 1 }), query.run({ n: 2 })]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    const loadingMeanwhile = query.loading.value;
    await second;

    expect(loadingMeanwhile).toBe(true);
    expect(query.data.value).toEqual({ echo: 2 });
  });
});
