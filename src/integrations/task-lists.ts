import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { accessibleTaskLists } from '../lib/task-lists.ts';

/** Rewrites the checkboxes of Markdown checklists in built pages (see src/lib/task-lists.ts). */
export function taskLists(): AstroIntegration {
  return {
    name: 'atlas:task-lists',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const pages = (await readdir(root, { recursive: true })).filter((path) => path.endsWith('.html'));
        await Promise.all(
          pages.map(async (path) => {
            const file = join(root, path);
            const html = await readFile(file, 'utf8');
            if (html.includes('task-list-item')) await writeFile(file, accessibleTaskLists(html));
          }),
        );
      },
    },
  };
}
