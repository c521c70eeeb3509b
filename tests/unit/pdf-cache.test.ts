import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { pdfCacheKey, type PdfInputs } from '../../src/lib/pdf/pdf-cache-key.ts';
import { openPdfCache } from '../../src/tooling/pdf-cache.ts';

const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

const inputs: PdfInputs = { html: '<p>x</p>', resources: ['a{}'], fontCss: '@font-face{}', fontPackages: ['@fontsource/noto-sans@5.3.0'], metadata: { title: 'Italy' }, printer: 'chromium 156' };

describe('the PDF cache key', () => {
  it('is stable for the same inputs and changes with any of them', () => {
    expect(pdfCacheKey(inputs)).toBe(pdfCacheKey({ ...inputs }));
    const changed: Partial<PdfInputs>[] = [
      { html: '<p>y</p>' },
      { resources: ['a{color:red}'] },
      { resources: [] },
      { fontCss: '' },
      { fontPackages: ['@fontsource/noto-sans@5.3.1'] },
      { metadata: { title: 'Italia' } },
      { printer: 'chromium 157' },
    ];
    for (const change of changed) expect(pdfCacheKey({ ...inputs, ...change }), JSON.stringify(change)).not.toBe(pdfCacheKey(inputs));
    // Parts are length-prefixed: moving text from one part to the next is a change.
    expect(pdfCacheKey({ ...inputs, html: '<p>x</p>a{}', resources: [] })).not.toBe(pdfCacheKey(inputs));
  });
});

describe('reusing a PDF from the last build', () => {
  it('reuses an unchanged page’s PDF, prints a changed one again, and keeps only what the build used', async () => {
    const root = await mkdtemp(join(tmpdir(), 'atlas-pdf-cache-'));
    temporary.push(root);
    const dist = join(root, 'dist');
    const cacheDir = join(root, 'cache');
    await mkdir(join(dist, 'en', 'countries', 'it'), { recursive: true });
    await mkdir(join(dist, '_astro'), { recursive: true });
    await writeFile(join(dist, '_astro', 'site.css'), 'body{}');
    await writeFile(join(dist, 'en', 'countries', 'it', 'index.html'), '<html><head><link rel="stylesheet" href="/_astro/site.css"></head><body>Italy</body></html>');
    const printed = { title: 'Italy' };

    const first = (await openPdfCache(dist, '/nonexistent/chromium', cacheDir))!;
    const key = await first.keyOf('/en/countries/it/', printed);
    expect(await first.restore(key, '/pdf/en/countries/it.pdf')).toBe(false);
    await mkdir(join(dist, 'pdf', 'en', 'countries'), { recursive: true });
    await writeFile(join(dist, 'pdf', 'en', 'countries', 'it.pdf'), '%PDF-1.7 printed');
    await first.save(key, '/pdf/en/countries/it.pdf');

    // The next build: a fresh dist with the same page.
    await rm(join(dist, 'pdf'), { recursive: true });
    const second = (await openPdfCache(dist, '/nonexistent/chromium', cacheDir))!;
    expect(await second.keyOf('/en/countries/it/', printed)).toBe(key);
    expect(await second.restore(key, '/pdf/en/countries/it.pdf')).toBe(true);
    expect(await readFile(join(dist, 'pdf', 'en', 'countries', 'it.pdf'), 'utf8')).toBe('%PDF-1.7 printed');

    // A build with a changed stylesheet: the page prints differently, so its PDF is made again.
    await writeFile(join(dist, '_astro', 'site.css'), 'body{color:red}');
    const third = (await openPdfCache(dist, '/nonexistent/chromium', cacheDir))!;
    const changedKey = await third.keyOf('/en/countries/it/', printed);
    expect(changedKey).not.toBe(key);
    expect(await third.restore(changedKey, '/pdf/en/countries/it.pdf')).toBe(false);
    await third.prune(new Set([changedKey]));
    expect(await readdir(cacheDir)).toEqual([]);
  });
});
