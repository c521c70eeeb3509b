import { pdfKinds } from '../../schemas/page.ts';

/**
 * Which pages get a PDF, and where it goes: every fact sheet and toolkit, in every language
 * (translated or English fallback), at /pdf/<locale>/<slug>.pdf.
 */
export { pdfKinds };

export function pdfPathFor(locale: string, slug: string): string {
  return `/pdf/${locale}/${slug}.pdf`;
}

export interface PdfTarget {
  locale: string;
  slug: string;
  /** The page to print, e.g. /fr/countries/it/. */
  pagePath: string;
  /** Where the PDF goes, e.g. /pdf/fr/countries/it.pdf. */
  pdfPath: string;
}

/** Targets from the English pages' ids and kinds: every language gets every one. */
export function pdfTargets(englishPages: readonly { slug: string; kind: unknown }[], locales: readonly string[]): PdfTarget[] {
  return englishPages
    .filter((page) => typeof page.kind === 'string' && pdfKinds.has(page.kind))
    .flatMap((page) =>
      locales.map((locale) => ({ locale, slug: page.slug, pagePath: `/${locale}/${page.slug}/`, pdfPath: pdfPathFor(locale, page.slug) })),
    )
    .sort((a, b) => a.pdfPath.localeCompare(b.pdfPath));
}
