import { inject, type InjectionKey } from 'vue';
import type { ApolloClient } from '@apollo/client';

export const ApolloClientKey: InjectionKey<ApolloClient> =
  Symbol('ApolloClient');

/** Returns the Apollo Client the app provided. */
export function useApolloClient(): ApolloClient {
  const client = inject(ApolloClientKey);
  if (!client)
    throw new Error(
      'No Apollo Client was provided; call app.provide(ApolloClientKey, client).',
    );
  return client;
}
