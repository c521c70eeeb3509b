import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import type { PdfMetadata } from './pdf-metadata.ts';
import type { PdfTarget } from './pdf-targets.ts';

/** A built page that offers a PDF, with what the PDF step needs to know, read from the page itself. */
export interface PdfRequest {
  target: PdfTarget;
  metadata: PdfMetadata;
  /** The content file the page was built from, to name when it cannot be printed. */
  contentFile: string;
}

/**
 * Reads a built page (`pagePath` such as `/fr/countries/it/`): if it has a "Download PDF" link
 * (src/components/PdfDownload.astro), what PDF to make of it and with which properties.
 */
export function pdfRequestOf(html: string, pagePath: string): PdfRequest | undefined {
  // Most pages offer no PDF: a quick look saves parsing them.
  if (!html.includes('data-pdf-link')) return undefined;
  const tree = fromHtml(html);
  const link = select('[data-pdf-link]', tree);
  const pdfPath = text(link?.properties['dataPdfLink']);
  if (!link || !pdfPath) return undefined;
  const [, locale = '', ...slug] = pdfPath.replace(/\.pdf$/, '').split('/').slice(1);
  return {
    target: { locale, slug: slug.join('/'), pagePath, pdfPath },
    metadata: {
      title: text(link.properties['dataPdfTitle']) ?? pagePath,
      author: text(link.properties['dataPdfAuthor']) ?? 'Migrant Rights Atlas',
      lang: text(select('html', tree)?.properties['lang']) ?? locale,
      subject: text(link.properties['dataPdfSubject']),
    },
    contentFile: text(link.properties['dataSourceFile']) ?? pagePath,
  };
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}
