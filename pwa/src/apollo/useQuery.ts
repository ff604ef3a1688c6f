import { ref, shallowRef } from 'vue';
import type {
  ApolloClient,
  OperationVariables,
  TypedDocumentNode,
} from '@apollo/client';
import { NETWORK_ERROR_CODE } from '../offline/outbox';
import { errorCodeOf } from './errorCode';
import type { CachePersistence } from './persistCache';
import { useApolloClient } from './useApolloClient';

let persistence: CachePersistence | null = null;

/**
 * Makes every query wait until the signed-in user's saved cache is
 * restored, save results to it, and answer from it when offline.
 */
export function usePersistedCache(value: CachePersistence): void {
  persistence = value;
}

export interface UseQueryOptions<TVariables> {
  /**
   * Returns the localStorage key under which the last result for these
   * variables is kept. When the network is unreachable, `run` shows that
   * copy instead of an error, so a page opened offline still works. Use it
   * only for public data such as the item catalogue, because localStorage
   * outlives sign-out.
   */
  offlineCopyKey?: (variables: TVariables) => string;
}

function readOfflineCopy<TData>(key: string): TData | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as TData) : null;
  } catch {
    return null;
  }
}

function writeOfflineCopy(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or disabled localStorage only costs the offline copy.
  }
}

/** A query result and whether it came from the network or a saved copy. */
export interface SourcedResult<TData> {
  data: TData | null;
  /** False when the network was unreachable and the data is a saved copy. */
  fromNetwork: boolean;
}

/**
 * Runs a query against the network. When the network is unreachable, it
 * returns the offline copy under `copyKey`, or else the result in Apollo's
 * cache restored from IndexedDB, and rethrows only when neither exists. A
 * result from the network is saved under `copyKey`.
 */
export async function queryWithOfflineCopy<
  TData,
  TVariables extends OperationVariables,
>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  copyKey?: string,
): Promise<TData | null> {
  return (await querySourced(client, document, variables, copyKey)).data;
}

/** Runs `queryWithOfflineCopy` and also reports whether the result came from the network. */
export async function querySourced<
  TData,
  TVariables extends OperationVariables,
>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  copyKey?: string,
): Promise<SourcedResult<TData>> {
  await persistence?.ready();
  try {
    const result = await client.query({ query: document, variables });
    const data = (result.data as TData | undefined) ?? null;
    if (copyKey && data) writeOfflineCopy(copyKey, data);
    persistence?.scheduleSave();
    return { data, fromNetwork: true };
  } catch (caught) {
    if (errorCodeOf(caught) !== NETWORK_ERROR_CODE) throw caught;
    const copy =
      (copyKey ? readOfflineCopy<TData>(copyKey) : null) ??
      readCached(client, document, variables);
    if (!copy) throw caught;
    return { data: copy, fromNetwork: false };
  }
}

/** Reads the last result of a query from Apollo's cache, which is restored from IndexedDB, or returns null when there is none. */
function readCached<TData, TVariables extends OperationVariables>(
  client: ApolloClient,
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
): TData | null {
  try {
    return client.readQuery({ query: document, variables }) ?? null;
  } catch {
    return null;
  }
}

/**
 * Runs a query on demand and exposes its data, error and loading state.
 * Errors are kept as thrown, so the error view can read `extensions.code`.
 * When runs overlap, only the latest run sets data, error and loading, so a
 * slow response to older variables never replaces the newer one.
 */
export function useQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  options: UseQueryOptions<TVariables> = {},
) {
  const client = useApolloClient();
  const data = shallowRef<TData | null>(null);
  const error = shallowRef<unknown>(null);
  const loading = ref(false);
  /** Number of the latest call of `run`; an older call's result is dropped. */
  let latestRun = 0;

  async function run(variables: TVariables): Promise<void> {
    const runNumber = ++latestRun;
    const isLatest = () => runNumber === latestRun;
    loading.value = true;
    error.value = null;
    try {
      const result = await queryWithOfflineCopy(
        client,
        document,
        variables,
        options.offlineCopyKey?.(variables),
      );
      if (isLatest()) data.value = result;
    } catch (caught) {
      if (isLatest()) error.value = caught;
    } finally {
      if (isLatest()) loading.value = false;
    }
  }

  return { data, error, loading, run };
}
