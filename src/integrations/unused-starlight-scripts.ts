import type { AstroIntegration } from 'astro';

/**
 * Starlight scripts this site has no use for, which would otherwise be inlined into every page.
 * SidebarPersistState keeps the open groups and scroll of Starlight's sidebar across pages; ours
 * is a short list of sections without groups (src/components/SiteNav.astro), so there is nothing
 * to keep, and the 450 compressed bytes count against the 20 KB first view.
 * tests/site/page-weight.test.ts fails if one of them comes back.
 */
const unusedModules = [/[\\/]@astrojs[\\/]starlight[\\/]dist[\\/]components-internals[\\/]SidebarPersistState\.(js|ts)$/];

export function unusedStarlightScripts(): AstroIntegration {
  return {
    name: 'atlas:unused-starlight-scripts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'atlas:unused-starlight-scripts',
                enforce: 'pre',
                load(id) {
                  return unusedModules.some((pattern) => pattern.test(id.split('?')[0]!)) ? 'export {};' : null;
                },
              },
            ],
          },
        });
      },
    },
  };
}
