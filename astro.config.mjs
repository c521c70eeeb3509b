// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import mdx from '@astrojs/mdx';
import { locales, defaultLocale } from './src/locales.ts';
import { contentCheck } from './src/integrations/content-check.ts';

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
  // A Content-Security-Policy with hashes of every inline script and style Astro emits: the page
  // may load nothing from another host.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs its search index in WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Legal content has no code to colour, and Shiki's inline styles would need a looser policy.
  markdown: { syntaxHighlight: false },
  integrations: [
    contentCheck(),
    starlight({
      title: 'Migrant Rights Atlas',
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
      },
      routeMiddleware: './src/route-middleware.ts',
      customCss: ['./src/styles/atlas.css'],
      // No code blocks in legal content: Expressive Code's CSS and JS would only add weight.
      expressiveCode: false,
    }),
    mdx(),
  ],
});
