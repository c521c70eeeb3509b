import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { qrCodeSvg } from '../../src/lib/qr-code.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { cssString, isolateLtr } from '../../src/lib/css-string.ts';
import { pdfPathFor, pdfTargets } from '../../src/lib/pdf/pdf-targets.ts';
import { updatePdfLinks } from '../../src/lib/pdf/page-links.ts';
import { withPdfMetadata } from '../../src/lib/pdf/pdf-metadata.ts';
import { pdfFontCss, pdfFontFile, pdfFontRoute } from '../../src/lib/pdf/pdf-fonts.ts';

describe('QR codes', () => {
  it('are inline SVG made locally, different for different addresses', async () => {
    const one = await qrCodeSvg('https://atlas.example/en/countries/it/');
    const two = await qrCodeSvg('https://atlas.example/ar/countries/it/');
    expect(one).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 (\d+) \1"/);
    expect(one).toContain('<path');
    expect(one).not.toMatch(/https?:\/\/(?!www\.w3\.org)/);
    expect(one).not.toBe(two);
    expect(await qrCodeSvg('https://atlas.example/en/countries/it/')).toBe(one);
  });
});

describe('file sizes', () => {
  it('are written in the reader’s language and units', () => {
    expect(formatFileSize(500, 'en')).toBe('500 byte');
    expect(formatFileSize(187_307, 'en')).toBe('183 kB');
    expect(formatFileSize(187_307, 'fr')).toBe('183\u202fko');
    expect(formatFileSize(2_500_000, 'de')).toBe('2,4 MB');
    expect(formatFileSize(300, 'en')).not.toContain('0 kB');
  });
});

describe('print footers', () => {
  it('quote text safely for CSS and keep addresses left to right', () => {
    expect(cssString('Say "hi" \\ </style>\nnext')).toBe('"Say \\"hi\\" \\\\ \\3C /style> next"');
    expect(isolateLtr('https://x/')).toBe('\u2066https://x/\u2069');
  });
});

describe('PDF targets', () => {
  it('are every fact sheet and toolkit in every language, nothing else', () => {
    const targets = pdfTargets(
      [
        { slug: 'countries/it', kind: 'factsheet' },
        { slug: 'toolkits/letter', kind: 'toolkit' },
        { slug: 'guides/health', kind: 'guide' },
        { slug: '', kind: 'page' },
      ],
      ['en', 'ar'],
    );
    expect(targets.map((t) => `${t.pagePath} → ${t.pdfPath}`)).toEqual([
      '/ar/countries/it/ → /pdf/ar/countries/it.pdf',
      '/ar/toolkits/letter/ → /pdf/ar/toolkits/letter.pdf',
      '/en/countries/it/ → /pdf/en/countries/it.pdf',
      '/en/toolkits/letter/ → /pdf/en/toolkits/letter.pdf',
    ]);
    expect(pdfPathFor('zh', 'countries/es')).toBe('/pdf/zh/countries/es.pdf');
  });
});

describe('PDF links on pages', () => {
  const page = (lang: string) =>
    `<html lang="${lang}"><body><p class="pdf-download x" data-pdf-link="/pdf/${lang}/countries/it.pdf"><a href="/pdf/${lang}/countries/it.pdf" download>PDF <span data-pdf-size class="y"></span></a></p><p>Text</p></body></html>`;

  it('show the size of the PDF in the page’s language', () => {
    expect(updatePdfLinks(page('fr'), () => 187_307)).toContain('<span data-pdf-size class="y">(183\u202fko)</span>');
  });

  it('disappear when there is no PDF', () => {
    const html = updatePdfLinks(page('en'), () => undefined);
    expect(html).not.toContain('pdf-download');
    expect(html).toContain('<p>Text</p>');
  });
});

describe('PDF metadata', () => {
  it('records title, author (the clinic), language and subject', async () => {
    const blank = await PDFDocument.create();
    blank.addPage([595.28, 841.89]);
    const pdf = await withPdfMetadata(await blank.save(), { title: 'إيطاليا', author: 'Turin clinic', lang: 'ar', subject: 'Fact sheet' });
    const read = await PDFDocument.load(pdf, { updateMetadata: false });
    expect(read.getTitle()).toBe('إيطاليا');
    expect(read.getAuthor()).toBe('Turin clinic');
    expect(read.getSubject()).toBe('Fact sheet');
    expect(String(read.catalog.get(PDFName.of('Lang')))).toBe('(ar)');
  });
});

describe('PDF fonts', () => {
  it('come from the font packages, for Latin, Cyrillic, Arabic and Chinese, served locally', async () => {
    const css = await pdfFontCss();
    for (const family of ['Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC']) expect(css).toContain(`font-family: '${family}'`);
    expect(css).not.toMatch(/url\((https?:)?\/\//);
    const file = /url\((\/__atlas-pdf-fonts\/noto-sans-arabic\/[^)]+\.woff2)\)/.exec(css)?.[1];
    expect(file?.startsWith(pdfFontRoute)).toBe(true);
    expect((await pdfFontFile(file!))?.byteLength).toBeGreaterThan(10_000);
    expect(await pdfFontFile(`${pdfFontRoute}../../package.json`)).toBeUndefined();
  });
});

describe('checklists', () => {
  it('draw their boxes as text hidden from screen readers, instead of unlabelled form fields', async () => {
    const { accessibleTaskLists } = await import('../../src/lib/task-lists.ts');
    const html = '<ul class="contains-task-list"><li class="task-list-item"><input type="checkbox" disabled/> Ask for consent.</li><li class="task-list-item"><input type="checkbox" disabled="" checked=""/> Done.</li></ul>';
    expect(accessibleTaskLists(html)).toBe(
      '<ul class="contains-task-list"><li class="task-list-item"><span class="task-box" aria-hidden="true">☐</span> Ask for consent.</li><li class="task-list-item"><span class="task-box" aria-hidden="true">☑</span> Done.</li></ul>',
    );
  });
});
