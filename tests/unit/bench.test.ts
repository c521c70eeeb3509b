import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { syntheticPages } from '../../src/lib/bench/synthetic-content.ts';
import { median, medianPageBytes, pageAssets } from '../../src/lib/bench/page-bytes.ts';
import { benchmarkTable, flatnessTable, type BuildResult } from '../../src/lib/bench/report.ts';
import { pageFrontmatterSchema } from '../../src/schemas/page.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

describe('synthetic benchmark pages', () => {
  const sentences = { en: ['Health care for asylum seekers.', 'Work after sixty days.'], ar: ['الرعاية الصحية لطالبي اللجوء.', 'العمل بعد ستين يوما.'] };
  const pages = syntheticPages(3, sentences, 'turin-law-clinic');

  it('are N per locale, the same every time, in each locale’s own script', () => {
    expect(pages.map((p) => p.path)).toEqual(['en/guides/bench-0001.md', 'en/guides/bench-0002.md', 'en/guides/bench-0003.md', 'ar/guides/bench-0001.md', 'ar/guides/bench-0002.md', 'ar/guides/bench-0003.md']);
    expect(syntheticPages(3, sentences, 'turin-law-clinic')).toEqual(pages);
    expect(pages[3]!.text).toMatch(/[\u0600-\u06FF]/);
  });

  it('are valid guides for this site', () => {
    for (const page of pages) {
      const result = pageFrontmatterSchema.safeParse(parse(splitFrontmatter(page.text).yaml!));
      expect(result.success, page.path).toBe(true);
    }
  });
});

describe('page bytes', () => {
  it('counts the stylesheets and scripts a page loads when it opens', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link href="/_astro/b.css" rel="stylesheet"><script type="module" src="/_astro/c.js"></script><link rel="modulepreload" href="/_astro/d.js"><script>inline()</script>';
    expect(pageAssets(html)).toEqual({ css: ['/_astro/a.css', '/_astro/b.css'], js: ['/_astro/c.js', '/_astro/d.js'] });
  });

  it('takes medians', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    const page = (n: number) => ({ html: { raw: n, gzip: n / 2 }, css: { raw: 10, gzip: 5 }, js: { raw: 0, gzip: 0 } });
    expect(medianPageBytes([page(100), page(300), page(200)]).html).toEqual({ raw: 200, gzip: 100 });
  });

  it('prints a table with ratios to stock Starlight, and the page size at two site sizes', () => {
    const result = (label: string, seconds: number): BuildResult => ({
      label,
      pages: 700,
      seconds,
      peakMemoryMiB: 1000,
      median: { html: { raw: 2048, gzip: 1024 }, css: { raw: 4096, gzip: 2048 }, js: { raw: 0, gzip: 0 } },
    });
    const table = benchmarkTable(100, 9, result('ours', 14), result('stock', 7));
    expect(table).toContain('100 synthetic guides per locale (900 pages)');
    expect(table).toContain('| Build wall time | 14.0 s | 7.0 s | 2.00 |');
    expect(table).toContain('| Median JS per page, gzip | 0.0 KiB | 0.0 KiB | n/a |');
    expect(flatnessTable({ pagesPerLocale: 100, bytes: result('a', 1).median }, { pagesPerLocale: 500, bytes: result('b', 1).median })).toContain('| HTML (gzip) | 1.0 KiB | 1.0 KiB | 1.00 |');
  });
});

describe('the benchmark without GNU time', () => {
  it('says peak memory is not available rather than printing NaN', () => {
    const result = (label: string): BuildResult => ({
      label,
      pages: 7,
      seconds: 1,
      peakMemoryMiB: Number.NaN,
      median: { html: { raw: 1, gzip: 1 }, css: { raw: 1, gzip: 1 }, js: { raw: 1, gzip: 1 } },
    });
    expect(benchmarkTable(1, 9, result('ours'), result('stock'))).toContain('| Peak memory (build process) | n/a | n/a | n/a |');
  });
});
