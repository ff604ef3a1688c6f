import type { ApolloClient } from '@apollo/client';
import { flushPromises, mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { ApolloClientKey } from '../src/apollo/useApolloClient';
import { i18n } from '../src/i18n';

/**
 * Mounts a page with the app's i18n, a memory router that matches every
 * path, and `client` as its Apollo Client, then waits for the queries it
 * runs on mounting.
 */
export async function mountPage(component: Component, client: ApolloClient) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:rest(.*)*', component: { template: '<div />' } }],
  });
  const wrapper = mount(component, {
    global: {
      plugins: [i18n, router],
      provide: { [ApolloClientKey as symbol]: client },
    },
  });
  await flushPromises();
  return wrapper;
}
