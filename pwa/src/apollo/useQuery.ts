import { ref, shallowRef } from 'vue';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from './useApolloClient';

/**
 * Runs a query on demand and exposes its data, error and loading state.
 * Errors are kept as thrown, so the error view can read `extensions.code`.
 */
export function useQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
) {
  const client = useApolloClient();
  const data = shallowRef<TData | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = ref(false);

  async function run(variables: TVariables): Promise<void> {
    loading.value = true;
    error.value = null;
    try {
      const result = await client.query({ query: document, variables });
      data.value = (result.data as TData | undefined) ?? null;
    } catch (caught) {
      error.value = caught;
    } finally {
      loading.value = false;
    }
  }

  return { data, error, loading, run };
}
