import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo/createApolloClient';
import { ApolloClientKey } from './apollo/useApolloClient';
import { i18n } from './i18n';
import { installOutbox } from './offline/useOutbox';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { createAppRouter } from './router';
import { createTokenRefresher } from './session/refresh';
import { currentToken } from './session/useSession';
import './styles/main.css';

const router = createAppRouter();
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
installOutbox(client, {
  beforeReplay: async () => (await refresher.freshToken()) !== null,
});

createApp(App)
  .provide(ApolloClientKey, client)
  .use(i18n)
  .use(router)
  .mount('#app');

registerServiceWorker();
