import { formatFileSize } from '../file-size.ts';

/**
 * After rendering, each page's "Download PDF" link gets the file's size, or disappears when
 * there is no PDF (Chromium was missing): a link to nothing would be worse than no link.
 */
export function updatePdfLinks(html: string, sizeOf: (pdfPath: string) => number | undefined): string {
  const lang = /<html[^>]*\blang="([^"]+)"/.exec(html)?.[1] ?? 'en';
  return html.replace(/<p class="pdf-download[^"]*" data-pdf-link="([^"]+)"[^>]*>[\s\S]*?<\/p>/g, (block, pdfPath: string) => {
    const size = sizeOf(pdfPath);
    if (size === undefined) return '';
    return block.replace(/<span data-pdf-size([^>]*)><\/span>/, `<span data-pdf-size$1>(${formatFileSize(size, lang)})</span>`);
  });
}
