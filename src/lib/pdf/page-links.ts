import { formatFileSize } from '../file-size.ts';

/**
 * After rendering, each page's "Download PDF" link gets the file's size, or disappears when
 * there is no PDF (Chromium was missing): a link to nothing would be worse than no link. The
 * markup is the build's own, with Astro's attribute escaping, so its attributes have known shapes.
 */
export function updatePdfLinks(html: string, sizeOf: (pdfPath: string) => number | undefined): string {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  return html.replace(/<p class="pdf-download[^"]*"[^>]*? data-pdf-link="([^"]+)"[^>]*>[\s\S]*?<\/p>/g, (block, pdfPath: string) => {
    const size = sizeOf(pdfPath);
    if (size === undefined) return '';
    // What the PDF step read from the link (src/components/PdfDownload.astro) is of no use to readers.
    return block.replace(/ data-(?:pdf-title|pdf-author|pdf-subject|source-file)="[^"]*"/g, '').replace(/<span data-pdf-size([^>]*)><\/span>/, `<span data-pdf-size$1>(${formatFileSize(size, lang)})</span>`);
  });
}
