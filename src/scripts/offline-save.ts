/**
 * "Save for offline" on a fact sheet or a rights answer. Nothing happens until the reader presses
 * the button: then the service worker is registered and every file of the pack is stored in its
 * own cache, from this site only. Without service workers or caches the control stays hidden.
 */
import { formatFileSize } from '../lib/file-size.ts';
import { packCachePrefix, type PackManifest } from '../lib/offline-names.ts';

interface Strings {
  explain: string;
  saving: string;
  saved: string;
  update: string;
  failed: string;
}

const fill = (text: string, values: Record<string, string>) => text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '');

async function setUp(section: HTMLElement): Promise<void> {
  if (!('serviceWorker' in navigator) || !('caches' in window)) return;
  const button = section.querySelector<HTMLButtonElement>('button[data-offline-save]');
  const status = section.querySelector<HTMLElement>('[data-offline-status]');
  const explain = section.querySelector<HTMLElement>('[data-offline-explain]');
  const id = section.dataset['offlinePack'];
  const manifestUrl = section.dataset['manifest'];
  if (!button || !status || !explain || !id || !manifestUrl) return;
  const strings = JSON.parse(section.dataset['strings'] ?? '{}') as Strings;
  const lang = document.documentElement.lang;
  const size = (bytes: number) => formatFileSize(bytes, lang);
  const bytes = Number(section.dataset['offlineBytes']);
  explain.textContent = fill(strings.explain, { size: Number.isFinite(bytes) && bytes > 0 ? size(bytes) : '…' });
  section.hidden = false;
  const cacheName = `${packCachePrefix}${id}`;
  // caches.open would create the cache: a first visit must leave nothing behind.
  const saved = (await caches.has(cacheName)) ? await (await caches.open(cacheName)).match(manifestUrl) : undefined;
  if (saved) {
    const manifest = (await saved.json()) as PackManifest;
    status.textContent = fill(strings.saved, { size: size(manifest.bytes) });
    button.textContent = strings.update;
  }
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      await navigator.serviceWorker.register('/sw.js', { scope: '/' });
      const response = await fetch(manifestUrl, { cache: 'no-cache' });
      if (!response.ok) throw new Error(`${manifestUrl}: ${response.status}`);
      const manifest = (await response.clone().json()) as PackManifest;
      // A new copy replaces the old one whole: a pack is never half old, half new.
      await caches.delete(cacheName);
      const cache = await caches.open(cacheName);
      let done = 0;
      for (const url of manifest.urls) {
        await cache.add(new Request(url, { cache: 'no-cache' }));
        done += 1;
        status.textContent = fill(strings.saving, { done: String(done), total: String(manifest.urls.length) });
      }
      // Stored last: a pack with its manifest is a complete pack.
      await cache.put(manifestUrl, response);
      status.textContent = fill(strings.saved, { size: size(manifest.bytes) });
      button.textContent = strings.update;
    } catch {
      await caches.delete(cacheName);
      status.textContent = strings.failed;
    } finally {
      button.disabled = false;
    }
  });
}

for (const section of document.querySelectorAll<HTMLElement>('[data-offline-pack]')) void setUp(section);
