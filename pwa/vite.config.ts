import type { ClientRequest, IncomingMessage } from 'node:http';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheCheck } from './precacheCheck.ts';
import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_ADDRESS_SIGNATURE_HEADER,
  signClientAddressWith,
} from '../packages/common/src/derivedKeys.ts';
import { answerClientError } from '../packages/common/src/clientError.ts';

/** Port of the federated gateway; the app reaches it only through the proxy. */
const gatewayPort = Number(process.env.YKB_PORT_BASE ?? 4000);
const pwaPort = Number(process.env.YKB_PWA_PORT ?? 5173);

/**
 * Names the browser to the gateway in a signed header, so per-address limits
 * count each browser and not this server. The header is set from the TCP
 * peer, replacing anything the browser sent (X-Forwarded-For too), so no
 * caller chooses its address. Without YKB_TOKEN_SECRET (the dev server) nothing is signed and
 * the gateway counts this server's address.
 */
function nameTheCaller(request: ClientRequest, incoming: IncomingMessage) {
  request.removeHeader(CLIENT_ADDRESS_HEADER);
  request.removeHeader(CLIENT_ADDRESS_SIGNATURE_HEADER);
  request.removeHeader('x-forwarded-for');
  const secret = process.env.YKB_TOKEN_SECRET;
  const address = incoming.socket.remoteAddress;
  if (!secret || secret.length < 32 || !address) return;
  request.setHeader(CLIENT_ADDRESS_HEADER, address);
  request.setHeader(
    CLIENT_ADDRESS_SIGNATURE_HEADER,
    signClientAddressWith(secret, address),
  );
}

/**
 * Makes the preview and dev servers respond to a request they cannot parse,
 * such as one with headers over 16 KiB, with the gateway's JSON error
 * instead of Node's empty body, so the app reads a code and not a network
 * failure.
 */
function jsonClientErrors(): Plugin {
  return {
    name: 'ykb-json-client-errors',
    // Vite's own handler writes a bodiless status line, so it is replaced.
    configureServer(server) {
      server.httpServer?.removeAllListeners('clientError');
      server.httpServer?.on('clientError', answerClientError);
    },
    configurePreviewServer(server) {
      server.httpServer.removeAllListeners('clientError');
      server.httpServer.on('clientError', answerClientError);
    },
  };
}

/**
 * The browser always calls same-origin `/graphql`, so the service worker,
 * cookies and CSP see one origin; the dev and preview servers forward it.
 */
const proxy: Record<string, ProxyOptions> = {
  '/graphql': {
    target: `http://127.0.0.1:${gatewayPort}`,
    changeOrigin: false,
    configure: (server) => server.on('proxyReq', nameTheCaller),
  },
  // Open-data files, served without sign-in by the data subgraph (base + 7).
  // Only file names pass: a looser prefix also forwarded `/downloads/%2e%2e/`
  // paths, which the subgraph resolves to its own GraphQL endpoint.
  '^/downloads/open-data/[a-z]+\\.[a-z]+\\.(csv|json)$': {
    target: `http://127.0.0.1:${gatewayPort + 7}`,
    changeOrigin: false,
  },
};

export default defineConfig({
  root: import.meta.dirname,
  // vue-i18n feature flags: the app uses only the Composition API.
  define: {
    __VUE_I18N_FULL_INSTALL__: true,
    __VUE_I18N_LEGACY_API__: false,
    __INTLIFY_PROD_DEVTOOLS__: false,
    // Names this build, so an old shell reloads once per new build at most.
    __YKB_BUILD_ID__: JSON.stringify(Date.now().toString(36)),
  },
  plugins: [
    vue(),
    jsonClientErrors(),
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: '渝快办',
        short_name: '渝快办',
        description: '重庆市网上政务服务平台',
        lang: 'zh-CN',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#c8102e',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: '/icons/maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        // The app shell: every built script, style, page and icon.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/graphql/, /^\/downloads\//],
        cleanupOutdatedCaches: true,
        // The first service worker takes control of the open page at once,
        // so lazily loaded pages work offline from the first visit. Later
        // versions still wait for the user to reload.
        clientsClaim: true,
        runtimeCaching: [
          {
            // Same-origin GET requests missing from the precache (for
            // example a file added after the build). GraphQL requests are
            // never cached: mutations are POSTs and query results belong
            // to one signed-in user.
            urlPattern: ({ request, url }) =>
              request.method === 'GET' &&
              url.origin === self.location.origin &&
              !url.pathname.startsWith('/graphql'),
            handler: 'NetworkFirst',
            method: 'GET',
            options: {
              cacheName: 'ykb-runtime',
              networkTimeoutSeconds: 5,
              expiration: { maxEntries: 60 },
            },
          },
        ],
      },
    }),
    precacheCheck(),
  ],
  server: {
    host: '127.0.0.1',
    port: pwaPort,
    strictPort: true,
    proxy,
  },
  preview: {
    host: '127.0.0.1',
    port: pwaPort,
    strictPort: true,
    proxy,
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The lazily loaded GraphiQL chunk is about 0.8 MB; it is precached like the rest.
    chunkSizeWarningLimit: 1024,
    rollupOptions: {
      onwarn(warning, warn) {
        // GraphiQL's React dependencies mark modules "use client", which
        // only matters to React server rendering.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
});
