/**
 * The list of saved packs, on "Saved for offline" and on the page shown offline for an unsaved
 * page: read from this browser's caches only, nothing is asked of the network. Each entry links
 * to the country's fact sheet; on "Saved for offline" it can be removed.
 */
import { formatFileSize } from '../lib/file-size.ts';
import { packCachePrefix, packManifestPath, type PackManifest } from '../lib/offline-names.ts';

async function savedPacks(): Promise<PackManifest[]> {
  const names = (await caches.keys()).filter((name) => name.startsWith(packCachePrefix));
  const packs = await Promise.all(
    names.map(async (name) => {
      const id = name.slice(packCachePrefix.length);
      const response = await (await caches.open(name)).match(packManifestPath(id));
      return response ? ((await response.json()) as PackManifest) : undefined;
    }),
  );
  return packs.filter((pack): pack is PackManifest => pack !== undefined);
}

async function render(list: HTMLElement): Promise<void> {
  if (!('caches' in window)) return;
  const lang = document.documentElement.lang;
  const removable = list.dataset['removable'] !== undefined;
  const names = JSON.parse(list.dataset['countries'] ?? '{}') as Record<string, string>;
  const languages = JSON.parse(list.dataset['languages'] ?? '{}') as Record<string, string>;
  const packs = (await savedPacks()).sort((a, b) => a.id.localeCompare(b.id));
  const empty = list.parentElement?.querySelector<HTMLElement>('[data-offline-empty]');
  list.replaceChildren();
  if (empty) empty.hidden = packs.length > 0;
  for (const pack of packs) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `/${pack.locale}/countries/${pack.country}/`;
    link.textContent = names[pack.country] ?? pack.country.toUpperCase();
    item.append(link, ` (${languages[pack.locale] ?? pack.locale}, ${formatFileSize(pack.bytes, lang)})`);
    if (removable) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = list.dataset['removeLabel'] ?? 'Remove';
      button.addEventListener('click', async () => {
        await caches.delete(`${packCachePrefix}${pack.id}`);
        await render(list);
      });
      item.append(' ', button);
    }
    list.append(item);
  }
}

for (const list of document.querySelectorAll<HTMLElement>('[data-offline-list]')) void render(list);
