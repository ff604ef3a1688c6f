import { createApp } from 'vue';
import App from './App.vue';
import { createApolloClient } from './apollo/createApolloClient';
import { ApolloClientKey } from './apollo/useApolloClient';
import { i18n } from './i18n';
import { installOutbox } from './offline/useOutbox';
import { registerServiceWorker } from './pwa/registerServiceWorker';
import { createAppRouter } from './router';
import { currentToken } from './session/useSession';
import './styles/main.css';

const client = createApolloClient({ getToken: currentToken });
installOutbox(client);

createApp(App)
  .provide(ApolloClientKey, client)
  .use(i18n)
  .use(createAppRouter())
  .mount('#app');

registerServiceWorker();
