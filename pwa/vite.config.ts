import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';
import { VitePWA } from 'vite-plugin-pwa';
import { precacheCheck } from './precacheCheck.ts';

/** Port of the federated gateway; the app reaches it only through the proxy. */
const gatewayPort = Number(process.env.YKB_PORT_BASE ?? 4000);
const pwaPort = Number(process.env.YKB_PWA_PORT ?? 5173);

/**
 * The browser always calls same-origin `/graphql`, so the service worker,
 * cookies and CSP see one origin; the dev and preview servers forward it.
 */
const proxy = {
  '/graphql': {
    target: `http://127.0.0.1:${gatewayPort}`,
    changeOrigin: false,
  },
  // Open-data files, served without sign-in by the data subgraph (base + 7).
  '/downloads/': {
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
