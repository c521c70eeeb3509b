import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName } from 'pdf-lib';
import { qrCodeSvg } from '../../src/lib/qr-code.ts';
import { formatFileSize } from '../../src/lib/file-size.ts';
import { cssString, isolateLtr } from '../../src/lib/css-string.ts';
import { pdfPathFor, pdfTargets } from '../../src/lib/pdf/pdf-targets.ts';
import { updatePdfLinks } from '../../src/lib/pdf/page-links.ts';
import { pdfRequestOf } from '../../src/lib/pdf/pdf-requests.ts';
import { quietBundlerWarnings } from '../../src/lib/build-log.ts';
import { checkSummary } from '../../src/lib/content-check/summary.ts';
import { withPdfMetadata } from '../../src/lib/pdf/pdf-metadata.ts';
import { pdfFontCss, pdfFontFile, pdfFontRoute } from '../../src/tooling/pdf-fonts.ts';

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

  it('keep nothing of what the PDF step read from them', () => {
    const marked = page('fr').replace('data-pdf-link=', 'data-pdf-title="Italie" data-pdf-author="Clinique" data-pdf-subject="Fiche" data-source-file="content/docs/fr/countries/it.mdx" data-pdf-link=');
    const html = updatePdfLinks(marked, () => 1000);
    for (const gone of ['data-pdf-title', 'data-pdf-author', 'data-pdf-subject', 'data-source-file']) expect(html).not.toContain(gone);
    expect(html).toContain('data-pdf-link="/pdf/fr/countries/it.pdf"');
  });

  it('disappear when there is no PDF', () => {
    const html = updatePdfLinks(page('en'), () => undefined);
    expect(html).not.toContain('pdf-download');
    expect(html).toContain('<p>Text</p>');
  });
});

describe('what the PDF step reads from a built page', () => {
  const built = (link: string) => `<!doctype html><html lang="zh-CN" dir="ltr"><head><title>x</title></head><body>${link}<p>Text</p></body></html>`;

  it('is the PDF to make, its properties and the content file, from the "Download PDF" link', () => {
    const html = built('<p class="pdf-download" data-pdf-link="/pdf/zh/countries/es.pdf" data-pdf-title="西班牙 &amp; 移民" data-pdf-author="Valencia clinic" data-pdf-subject="国家概况" data-source-file="content/docs/en/countries/es.mdx"><a href="/pdf/zh/countries/es.pdf">PDF</a></p>');
    expect(pdfRequestOf(html, '/zh/countries/es/')).toEqual({
      target: { locale: 'zh', slug: 'countries/es', pagePath: '/zh/countries/es/', pdfPath: '/pdf/zh/countries/es.pdf' },
      metadata: { title: '西班牙 & 移民', author: 'Valencia clinic', lang: 'zh-CN', subject: '国家概况' },
      contentFile: 'content/docs/en/countries/es.mdx',
    });
  });

  it('is nothing for a page without the link', () => {
    expect(pdfRequestOf(built('<p data-pdf-link-like="no">x</p>'), '/zh/guides/x/')).toBeUndefined();
    expect(pdfRequestOf(built(''), '/zh/guides/x/')).toBeUndefined();
  });
});

describe('build log', () => {
  it('drops only the bundler warnings Astro causes on every MDX page', () => {
    const shown: string[] = [];
    const show = (warning: { message: string }) => shown.push(warning.message);
    quietBundlerWarnings({ code: 'MODULE_LEVEL_DIRECTIVE', id: '/p/content/docs/en/index.mdx?astroPropagatedAssets', message: 'directive' }, show);
    quietBundlerWarnings({ code: 'MODULE_LEVEL_DIRECTIVE', id: '/p/src/components/x.ts', message: 'ours' }, show);
    quietBundlerWarnings({ code: 'CIRCULAR_DEPENDENCY', id: '/p/content/docs/en/index.mdx', message: 'cycle' }, show);
    expect(shown).toEqual(['ours', 'cycle']);
  });

  it('ends the check with one line saying whether it passed and how many files it read', () => {
    const warning = { file: 'a', line: 1, column: 1, severity: 'warning' as const, message: 'm' };
    expect(checkSummary([], 78)).toBe('Content check passed: 78 files, no problems found.');
    expect(checkSummary([warning], 1)).toBe('Content check passed: 1 file, 1 warning.');
    expect(checkSummary([{ ...warning, severity: 'error' }, warning], 3)).toBe('Content check: 1 error, 1 warning in 3 files.');
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
