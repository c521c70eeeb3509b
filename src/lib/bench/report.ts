import type { PageBytes } from './page-bytes.ts';

export interface BuildResult {
  label: string;
  pages: number;
  seconds: number;
  peakMemoryMiB: number;
  median: PageBytes;
}

const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
/** Peak memory is unknown (NaN) where GNU time is missing. */
const mib = (value: number) => (Number.isNaN(value) ? 'n/a' : `${value.toFixed(0)} MiB`);
const ratio = (ours: number, stock: number) => (stock === 0 ? 'n/a' : (ours / stock).toFixed(2));

/** The benchmark's table, in Markdown so it can be pasted into the README as it is. */
export function benchmarkTable(pagesPerLocale: number, localeCount: number, ours: BuildResult, stock: BuildResult): string {
  const rows: [string, string, string, string][] = [
    ['Pages built', String(ours.pages), String(stock.pages), ratio(ours.pages, stock.pages)],
    ['Build wall time', `${ours.seconds.toFixed(1)} s`, `${stock.seconds.toFixed(1)} s`, ratio(ours.seconds, stock.seconds)],
    ['Build time per page', `${((ours.seconds / ours.pages) * 1000).toFixed(1)} ms`, `${((stock.seconds / stock.pages) * 1000).toFixed(1)} ms`, ratio(ours.seconds / ours.pages, stock.seconds / stock.pages)],
    ['Pages per second', (ours.pages / ours.seconds).toFixed(1), (stock.pages / stock.seconds).toFixed(1), ratio(ours.pages / ours.seconds, stock.pages / stock.seconds)],
    ['Peak memory (build process)', mib(ours.peakMemoryMiB), mib(stock.peakMemoryMiB), Number.isNaN(ours.peakMemoryMiB + stock.peakMemoryMiB) ? 'n/a' : ratio(ours.peakMemoryMiB, stock.peakMemoryMiB)],
  ];
  for (const part of ['html', 'css', 'js'] as const) {
    rows.push([`Median ${part.toUpperCase()} per page, raw`, kib(ours.median[part].raw), kib(stock.median[part].raw), ratio(ours.median[part].raw, stock.median[part].raw)]);
    rows.push([`Median ${part.toUpperCase()} per page, gzip`, kib(ours.median[part].gzip), kib(stock.median[part].gzip), ratio(ours.median[part].gzip, stock.median[part].gzip)]);
  }
  const total = (r: BuildResult) => r.median.html.gzip + r.median.css.gzip + r.median.js.gzip;
  rows.push(['Median page total, gzip', kib(total(ours)), kib(total(stock)), ratio(total(ours), total(stock))]);
  return [
    `Benchmark: ${pagesPerLocale} synthetic guides per locale (${pagesPerLocale * localeCount} pages), same Astro, Starlight and content.`,
    '',
    `| measure | ${ours.label} | ${stock.label} | ratio |`,
    '| --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Whether a page's size stays flat as the site grows: the same page at two site sizes. */
export function flatnessTable(small: { pagesPerLocale: number; bytes: PageBytes }, large: { pagesPerLocale: number; bytes: PageBytes }): string {
  const line = (part: 'html' | 'css' | 'js') =>
    `| ${part.toUpperCase()} (gzip) | ${kib(small.bytes[part].gzip)} | ${kib(large.bytes[part].gzip)} | ${ratio(large.bytes[part].gzip, small.bytes[part].gzip)} |`;
  return [
    '',
    'Page size as the site grows (median over the synthetic guides, our site):',
    '',
    `| part | N=${small.pagesPerLocale} | N=${large.pagesPerLocale} | ratio |`,
    '| --- | --- | --- | --- |',
    line('html'),
    line('css'),
    line('js'),
  ].join('\n');
}

/** One shard of a build by language (`npm run bench -- --pages N --locales ar`). */
export interface ShardResult {
  locales: string[];
  pages: number;
  seconds: number;
  peakMemoryMiB: number;
  /** Pagefind indexing the shard's pages on its own, as the build does inside it. */
  pagefindSeconds: number;
  pagefindPeakMemoryMiB: number;
}

const minutes = (seconds: number) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

/** The shard's figures, and what they mean for a matrix of one runner per language. */
export function shardTable(pagesPerLocale: number, result: ShardResult, languages: number): string {
  return [
    `One shard (ATLAS_LOCALES=${result.locales.join(',')}): ${pagesPerLocale} synthetic guides per language and the site's own pages.`,
    '',
    '| measure | value |',
    '| --- | --- |',
    `| Pages built | ${result.pages} |`,
    `| Build wall time | ${result.seconds.toFixed(1)} s (${minutes(result.seconds)}) |`,
    `| Build time per page | ${((result.seconds / result.pages) * 1000).toFixed(1)} ms |`,
    `| Peak memory, build (with Pagefind inside it) | ${mib(result.peakMemoryMiB)} |`,
    `| Pagefind alone: wall time | ${result.pagefindSeconds.toFixed(1)} s |`,
    `| Pagefind alone: peak memory | ${mib(result.pagefindPeakMemoryMiB)} |`,
    '',
    `A matrix of ${languages} runners, one language each, builds ${languages * pagesPerLocale} synthetic pages in about the time of one shard, ` +
      `plus installing on each runner and the merge.`,
  ].join('\n');
}
