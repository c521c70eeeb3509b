import { listingSections } from './site-sections.ts';

/**
 * Addresses built by src/pages/ rather than from content, per language. The content check
 * accepts links to them; a site test checks that each of them is built.
 */
export function customRoutes(localeCodes: readonly string[]): string[] {
  return [
    '/',
    ...localeCodes.flatMap((locale) => [
      ...listingSections.map((section) => `/${locale}/${section.slug}/`),
      // src/pages/[locale]/contribute/translations.astro
      `/${locale}/contribute/translations/`,
    ]),
  ];
}
