/**
 * `npm run bench [-- --pages 500]`: builds N synthetic guides per locale with this site and
 * with a stock Starlight site (same Astro, Starlight and content, nothing of ours), and prints
 * build time, memory and page bytes for both. It reports; it never fails on a number.
 *
 * `npm run bench -- --pages 10000 --locales ar`: one shard of a build by language, as one runner
 * of the deploy matrix builds it (ATLAS_LOCALES): N synthetic guides in each named language plus
 * the site's own pages in them. Prints wall time, ms per page and peak memory, of the build and
 * of Pagefind indexing the same pages on its own (the build runs Pagefind inside it).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs, promisify } from 'node:util';
import { localeCodes, locales, type Locale } from '../src/locales.ts';
import { parseShardLocales } from '../src/lib/build-shard.ts';
import { shardTable, type ShardResult } from '../src/lib/bench/report.ts';
import { syntheticPages, type SyntheticFile } from '../src/lib/bench/synthetic-content.ts';
import { medianPageBytes, type Bytes, type PageBytes } from '../src/lib/bench/page-bytes.ts';
import { measurePage } from '../src/tooling/bench/measure-page.ts';
import { benchmarkTable, flatnessTable, type BuildResult } from '../src/lib/bench/report.ts';
import { telemetryOff } from '../src/lib/telemetry.ts';

const run = promisify(execFile);
const { values } = parseArgs({ options: { pages: { type: 'string', default: '100' }, locales: { type: 'string' }, keep: { type: 'boolean', default: false } } });
const pagesPerLocale = Number(values.pages);
if (!Number.isInteger(pagesPerLocale) || pagesPerLocale < 1) {
  console.error('Give the number of pages per language as a whole number, for example: npm run bench -- --pages 500');
  process.exit(1);
}
let shard: Locale[] | undefined;
try {
  shard = values.locales === undefined ? undefined : parseShardLocales(values.locales, localeCodes).locales;
} catch (error) {
  console.error((error as Error).message.replace('ATLAS_LOCALES', '--locales'));
  process.exit(1);
}

const projectRoot = process.cwd();
const work = await mkdtemp(join(tmpdir(), 'atlas-bench-'));

/** Each locale's sentences: its own UI strings, in its own script. */
async function sentences(only?: readonly Locale[]): Promise<Record<string, string[]>> {
  const entries = await Promise.all(
    Object.entries(locales).filter(([code]) => only === undefined || only.includes(code as Locale)).map(async ([code, { lang }]) => {
      const strings = JSON.parse(await readFile(join(projectRoot, 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
      return [code, Object.values(strings).filter((text) => text.length > 25 && !text.includes('{{') && !text.includes('['))] as const;
    }),
  );
  return Object.fromEntries(entries);
}

async function writeDocs(folder: string, files: readonly SyntheticFile[]): Promise<void> {
  for (const file of files) {
    const path = join(folder, file.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, file.text);
  }
}

/** This site, with its own code, clinics, countries and strings, and the synthetic pages as docs. */
async function prepareOurs(files: readonly SyntheticFile[], name: string): Promise<string> {
  const dir = join(work, name);
  const { stdout } = await run('git', ['ls-files', '-z'], { cwd: projectRoot });
  for (const file of stdout.split('\0').filter((f) => f && !f.startsWith('content/docs/'))) {
    await cp(join(projectRoot, file), join(dir, file), { recursive: true });
  }
  await run('cp', ['-al', join(projectRoot, 'node_modules'), join(dir, 'node_modules')]);
  await writeDocs(join(dir, 'content', 'docs'), files);
  return dir;
}

/** Stock Starlight: its own loaders and defaults, the same locales, the same pages. */
async function prepareStock(files: readonly SyntheticFile[], name: string): Promise<string> {
  const dir = join(work, name);
  await mkdir(join(dir, 'src'), { recursive: true });
  await run('cp', ['-al', join(projectRoot, 'node_modules'), join(dir, 'node_modules')]);
  // Astro decides what to bundle from the dependencies a project declares: declare Starlight's.
  const ourPackage = JSON.parse(await readFile(join(projectRoot, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const dependencies = { astro: ourPackage.dependencies['astro'], '@astrojs/starlight': ourPackage.dependencies['@astrojs/starlight'] };
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'stock-starlight', private: true, type: 'module', dependencies }));
  const stockLocales = Object.fromEntries(Object.entries(locales).map(([code, { label, lang, dir: direction }]) => [code, { label, lang, dir: direction }]));
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';\nimport starlight from '@astrojs/starlight';\nexport default defineConfig({ site: 'http://localhost:4321', integrations: [starlight({ title: 'Stock Starlight', defaultLocale: 'en', locales: ${JSON.stringify(stockLocales)} })] });\n`,
  );
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    "import { defineCollection } from 'astro:content';\nimport { docsLoader } from '@astrojs/starlight/loaders';\nimport { docsSchema } from '@astrojs/starlight/schema';\nexport const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };\n",
  );
  await writeDocs(join(dir, 'src', 'content', 'docs'), files);
  return dir;
}

/** Builds in `dir`, timing it and reading the build's peak memory from GNU time when present. */
async function build(dir: string, label: string, files: readonly SyntheticFile[]): Promise<BuildResult> {
  const astro = join(dir, 'node_modules', '.bin', 'astro');
  const env = { ...process.env, ...telemetryOff, PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env['PATH']}` };
  const gnuTime = existsSync('/usr/bin/time');
  const started = performance.now();
  const { stderr } = gnuTime
    ? await run('/usr/bin/time', ['-f', 'peak-kib=%M', astro, 'build'], { cwd: dir, env, maxBuffer: 256 * 1024 * 1024 })
    : await run(astro, ['build'], { cwd: dir, env, maxBuffer: 256 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  const peakKib = Number(/peak-kib=(\d+)/.exec(stderr)?.[1] ?? Number.NaN);
  const distDir = join(dir, 'dist');
  const cache = new Map<string, Bytes>();
  const measured: PageBytes[] = [];
  for (const file of files) measured.push(await measurePage(distDir, file.path.replace(/\.md$/, '/index.html'), cache));
  const { stdout } = await run('find', [distDir, '-name', '*.html', '-not', '-path', '*/pagefind/*']);
  return { label, pages: stdout.split('\n').filter(Boolean).length, seconds, peakMemoryMiB: peakKib / 1024, median: medianPageBytes(measured) };
}

/** Peak memory in MiB from GNU time's report in a command's stderr (NaN without GNU time). */
const peakMiB = (stderr: string) => Number(/peak-kib=(\d+)/.exec(stderr)?.[1] ?? Number.NaN) / 1024;

/** Runs a command under GNU time where it exists: wall seconds and peak memory. */
async function timed(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<{ seconds: number; peakMemoryMiB: number; stdout: string }> {
  const started = performance.now();
  const { stdout, stderr } = existsSync('/usr/bin/time')
    ? await run('/usr/bin/time', ['-f', 'peak-kib=%M', command, ...args], { ...options, maxBuffer: 256 * 1024 * 1024 })
    : await run(command, args, { ...options, maxBuffer: 256 * 1024 * 1024 });
  return { seconds: (performance.now() - started) / 1000, peakMemoryMiB: peakMiB(stderr), stdout };
}

/** One shard: this site with N synthetic guides in each of the shard's languages, built with ATLAS_LOCALES. */
async function benchShard(languages: readonly Locale[]): Promise<ShardResult> {
  const files = syntheticPages(pagesPerLocale, await sentences(languages), 'turin-law-clinic');
  console.log(`Building one shard (${languages.join(', ')}): ${files.length} synthetic guides and the site's own pages, in ${work} ...`);
  const dir = await prepareOurs(files, 'shard');
  // The site's own pages stay, in every language: a page not yet translated falls back to English.
  const { stdout: docs } = await run('git', ['ls-files', 'content/docs'], { cwd: projectRoot });
  for (const file of docs.split('\n').filter(Boolean)) await cp(join(projectRoot, file), join(dir, file));
  const env = { ...process.env, ...telemetryOff, ATLAS_LOCALES: languages.join(','), PATH: `${join(projectRoot, 'node_modules', '.bin')}:${process.env['PATH']}` };
  const buildRun = await timed(join(dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: dir, env });
  const distDir = join(dir, 'dist');
  const { stdout: html } = await run('find', [distDir, '-name', '*.html', '-not', '-path', '*/pagefind/*']);
  const pages = html.split('\n').filter(Boolean).length;
  const pagefindRun = await timed(join(projectRoot, 'node_modules', '.bin', 'pagefind'), ['--site', distDir, '--output-path', join(dir, 'pagefind-alone')], { cwd: dir, env });
  return { locales: [...languages], pages, seconds: buildRun.seconds, peakMemoryMiB: buildRun.peakMemoryMiB, pagefindSeconds: pagefindRun.seconds, pagefindPeakMemoryMiB: pagefindRun.peakMemoryMiB };
}

try {
  if (shard !== undefined) {
    console.log(`\n${shardTable(pagesPerLocale, await benchShard(shard), localeCodes.length)}`);
    if (!existsSync('/usr/bin/time')) console.log('\nPeak memory needs GNU time (/usr/bin/time); it was not found.');
    process.exit(0);
  }
  const byLocale = await sentences();
  const files = syntheticPages(pagesPerLocale, byLocale, 'turin-law-clinic');
  console.log(`Building ${files.length} synthetic pages with this site and with stock Starlight, in ${work} ...`);
  const ours = await build(await prepareOurs(files, 'ours'), 'Migrant Rights Atlas', files);
  const stock = await build(await prepareStock(files, 'stock'), 'stock Starlight', files);
  console.log(`\n${benchmarkTable(pagesPerLocale, localeCodes.length, ours, stock)}`);
  if (pagesPerLocale !== 100) {
    const small = syntheticPages(100, byLocale, 'turin-law-clinic');
    const oursSmall = await build(await prepareOurs(small, 'ours-100'), 'Migrant Rights Atlas', small);
    console.log(flatnessTable({ pagesPerLocale: 100, bytes: oursSmall.median }, { pagesPerLocale, bytes: ours.median }));
  } else {
    console.log('\n(Run `npm run bench -- --pages 500` to see whether page size stays flat as the site grows.)');
  }
  if (!existsSync('/usr/bin/time')) console.log('\nPeak memory needs GNU time (/usr/bin/time); it was not found.');
} finally {
  if (!values.keep) await rm(work, { recursive: true, force: true });
}
