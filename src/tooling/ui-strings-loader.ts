import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';

/**
 * Loads `content/i18n/<lang>.json`. Starlight keys UI strings by the entry's file path relative
 * to `src/content/i18n/`, so entries from our top-level folder are stored by `lang` only,
 * without a file path, which Starlight then uses as the key.
 */
export function uiStringsLoader(folder: string): Loader {
  return {
    name: 'atlas-ui-strings',
    load: async ({ store, parseData, config }) => {
      const dir = new URL(folder.replace(/\/?$/, '/'), config.root);
      store.clear();
      for (const file of (await readdir(dir)).filter((name) => name.endsWith('.json')).sort()) {
        const id = file.replace(/\.json$/, '');
        const raw: unknown = JSON.parse(await readFile(join(dir.pathname, file), 'utf8'));
        const data = await parseData({ id, data: raw as Record<string, unknown> });
        store.set({ id, data });
      }
    },
  };
}
