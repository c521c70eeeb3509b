/// <reference lib="webworker" />
/**
 * The service worker, registered only when a reader saves a country for offline use. It caches
 * nothing by itself: pages and files are stored, pack by pack, by the page that saves them
 * (src/scripts/offline-save.ts). Online, every request goes to the network as before. When the
 * network fails, a saved copy is served; an unsaved page gets the short offline page of its
 * language, which lists what is saved. Made with Workbox's routing and strategies.
 */
import { registerRoute } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import type { WorkboxPlugin } from 'workbox-core';

declare const self: ServiceWorkerGlobalScope;

const locales: readonly string[] = JSON.parse('__ATLAS_LOCALES__') as string[];
const defaultLocale = '__ATLAS_DEFAULT_LOCALE__';

/** The language of an address, from its first segment: the offline page must speak it. */
function localeOf(url: URL): string {
  const first = url.pathname.split('/')[1] ?? '';
  return locales.includes(first) ? first : defaultLocale;
}

const fromSavedPacks: WorkboxPlugin = {
  // The network failed or was too slow: a saved copy, else (for a page) the offline page.
  handlerDidError: async ({ request }) => {
    const saved = await caches.match(request, { ignoreSearch: true });
    if (saved) return saved;
    if (request.mode !== 'navigate') return undefined;
    return (await caches.match(`/${localeOf(new URL(request.url))}/offline/`)) ?? undefined;
  },
};

registerRoute(
  ({ request, url }) => request.method === 'GET' && url.origin === self.location.origin,
  new NetworkOnly({ networkTimeoutSeconds: 8, plugins: [fromSavedPacks] }),
);

self.addEventListener('install', () => {
  void self.skipWaiting();
});
self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});
