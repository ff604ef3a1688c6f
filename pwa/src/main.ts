import { createApp, watch } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo/createApolloClient';
import { createCachePersistence } from './apollo/persistCache';
import { ApolloClientKey } from './apollo/useApolloClient';
import { usePersistedCache } from './apollo/useQuery';
import { i18n } from './i18n';
import { offlineDatabase } from './offline/offlineDatabase';
import { installDevice } from './offline/useDevice';
import { installOutbox } from './offline/useOutbox';
import { installChunkReload } from './pwa/chunkReload';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { createAppRouter } from './router';
import { createTokenRefresher } from './session/refresh';
import { currentToken, useSession } from './session/useSession';
import './styles/main.css';

// An old shell whose lazily loaded chunks are gone reloads once onto the
// new build instead of showing a blank page.
const router = createAppRouter();
installChunkReload({
  router,
  storage: sessionStorage,
  buildId: __YKB_BUILD_ID__,
  location: window.location,
  events: window,
});
// A refused refresh ends the session on this device and shows the sign-in page; queued outbox records stay.
const refresher = createTokenRefresher({
  onSignedOut: async () => {
    await client.clearStore();
    const here = router.currentRoute.value;
    if (here.name !== 'sign-in')
      await router.replace({
        name: 'sign-in',
        query: { redirect: here.fullPath },
      });
  },
});
const client = createApolloClient({
  getToken: () => refresher.freshToken(),
  refresh: async () => (await refresher.refresh()) === 'REFRESHED',
  signedIn: () => currentToken() !== null,
});

// Apollo's cache is kept in IndexedDB per session partition key, which is
// the user id or, in an acting session, the agent and the legal person.
// Queries wait for the restore.
const persistence = createCachePersistence(client, {
  async read(userId) {
    const db = await offlineDatabase();
    return ((await db.get('apolloCache', userId))?.data ?? null) as never;
  },
  async write(userId, data) {
    const db = await offlineDatabase();
    await db.put('apolloCache', { userId, data });
  },
});
usePersistedCache(persistence);
const { partitionKey } = useSession();
watch(
  () => partitionKey.value,
  (userId) => void persistence.switchUser(userId),
  { immediate: true },
);
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void persistence.saveNow();
});

installOutbox(client, {
  beforeReplay: async () => (await refresher.freshToken()) !== null,
});
installDevice(client);

createApp(App)
  .provide(ApolloClientKey, client)
  .use(i18n)
  .use(router)
  .mount('#app');

registerServiceWorker();
