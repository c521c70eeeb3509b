// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import autoImport from 'astro-auto-import';
import { locales, defaultLocale } from './src/locales.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { devSafety } from './src/integrations/dev-safety.ts';
import { finishPages } from './src/integrations/finish-pages.ts';
import { pdfs } from './src/integrations/pdfs.ts';
import { finishSite } from './src/integrations/finish-site.ts';
import { localeShard } from './src/integrations/locale-shard.ts';
import { unusedStarlightScripts } from './src/integrations/unused-starlight-scripts.ts';
import { siteTitles } from './src/tooling/site-titles.ts';
import { quietBundlerWarnings } from './src/lib/build-log.ts';
import { mdxComponentImports } from './src/mdx-components.ts';

/**
 * The public address of the site. Canonical and hreflang links are built from it; set SITE_URL
 * when deploying. Locally it is the address `npm start` serves on.
 */
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Nothing is sent anywhere: no telemetry, no prefetching of other pages on a reader's data plan.
  prefetch: false,
  // Legal content has no code to colour: no highlighter CSS or inline styles to ship.
  markdown: { syntaxHighlight: false },
  // Component styles go to files, not <style> in each page: the build then joins each group of
  // pages' stylesheets into one trimmed, cached file (src/tooling/trim-css.ts).
  build: { inlineStylesheets: 'never' },
  // A build log is read when something goes wrong: it keeps only warnings someone can act on.
  vite: { build: { rolldownOptions: { onwarn: quietBundlerWarnings } } },
  integrations: [
    // ATLAS_LOCALES=ar,fa builds only those languages (a shard); `npm run merge` joins shards.
    localeShard(),
    contentCheck(),
    // Before Starlight, so its pages are final when Pagefind indexes them.
    finishPages(),
    // Before Starlight too: the PDF step prints finished pages and writes their PDF sizes into them.
    pdfs(),
    starlight({
      title: siteTitles(new URL('./content/i18n/', import.meta.url)),
      defaultLocale,
      locales: Object.fromEntries(
        Object.entries(locales).map(([code, { label, lang, dir }]) => [code, { label, lang, dir }]),
      ),
      // The navigation is a short list of sections (src/components/SiteNav.astro), so a page's
      // size does not grow with the number of pages in the site.
      sidebar: [],
      pagination: false,
      lastUpdated: false,
      components: {
        Sidebar: './src/components/SiteNav.astro',
        PageTitle: './src/components/PageTitle.astro',
        MarkdownContent: './src/components/MarkdownContent.astro',
        Search: './src/components/Search.astro',
        LanguageSelect: './src/components/LanguageSelect.astro',
        // The site follows the device's light or dark setting; no theme menu, nothing stored.
        ThemeProvider: './src/components/ThemeProvider.astro',
        ThemeSelect: './src/components/ThemeSelect.astro',
        SkipLink: './src/components/SkipLink.astro',
        Header: './src/components/Header.astro',
        FallbackContentNotice: './src/components/FallbackContentNotice.astro',
        // In the footer, a link to the Contribute page instead of "Edit page" (readers' pages hold readers' things).
        EditLink: './src/components/ContributeLink.astro',
      },
      routeMiddleware: './src/route-middleware.ts',
      // Following a link to a source tells that website nothing about which page the reader was on.
      head: [{ tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' } }],
      customCss: ['./src/styles/atlas.css', './src/styles/theme-without-script.css', './src/styles/print.css'],
      // No code blocks in legal content: Expressive Code's CSS and JS would only add weight.
      expressiveCode: false,
    }),
    // Starlight scripts with nothing to do on this site stay out of every page.
    unusedStarlightScripts(),
    // `npm run dev` refuses unsafe pages before compiling them, as the build does.
    devSafety(),
    // MDX pages use the site's components without importing them (src/mdx-components.ts).
    autoImport({ imports: [mdxComponentImports] }),
    mdx(),
    // Last, once pages, PDFs and the search index exist: trimmed stylesheets, then offline packs.
    finishSite(),
  ],
});
