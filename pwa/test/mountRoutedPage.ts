import { ApolloClient, type ApolloLink, InMemoryCache } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import { i18n } from '../src/i18n';

/**
 * Mounts `page` at `url` under a router whose one route is `path`, with the
 * app's i18n and a new Apollo client over the scripted `link`, and waits
 * for the queries it starts.
 */
export async function mountRoutedPage(
  page: Component,
  path: string,
  url: string,
  link: ApolloLink,
) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path, component: page }],
  });
  await router.push(url);
  const wrapper = mount(page, {
    global: {
      plugins: [i18n, router],
      provide: {
        [ApolloClientKey as symbol]: new ApolloClient({
          cache: new InMemoryCache(),
          link,
        }),
      },
    },
  });
  await flushPromises();
  return wrapper;
}
