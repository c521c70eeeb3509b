/**
 * The search dialog's contents, loaded when a reader first opens search (src/components/Search.astro):
 * its stylesheet, Pagefind's UI, queries read as the index has the words, and the filters folded
 * into one disclosure. A reader on slow data who never searches never downloads any of it.
 */
import { pagefindUserConfig } from 'virtual:starlight/pagefind-config';
import { searchQuery, withoutCliticBreaks } from '../lib/search-words.ts';
import { keywordsField, searchRanking } from '../lib/search-fields.ts';
// As a URL, not an import: Astro would add an imported stylesheet to every page.
import searchDialogCss from '../styles/search-dialog.css?url';

interface SearchResult {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  sub_results: Array<{ url: string; title: string; excerpt: string }>;
}

const pagefindRanking = (pagefindUserConfig as { ranking?: Record<string, unknown> }).ranking;

/** Adds a stylesheet of this site to the page and waits until it applies. */
const loadStylesheet = (href: string) =>
  new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
    document.head.append(link);
  });

/** Starts Pagefind's UI inside the `<site-search>` element, once. */
export async function startSearchUi(host: HTMLElement): Promise<void> {
  let translations = {};
  try {
    translations = JSON.parse(host.dataset['translations'] || '{}');
  } catch {}

  const shouldStrip = host.dataset['stripTrailingSlash'] !== undefined;
  const stripTrailingSlash = (path: string) => path.replace(/(.)\/(#.*)?$/, '$1$2');
  const formatURL = shouldStrip ? stripTrailingSlash : (path: string) => path;
  const bundlePath = import.meta.env.BASE_URL.replace(/\/$/, '') + '/pagefind/';

  await loadStylesheet(searchDialogCss);
  // @ts-expect-error — Missing types for @pagefind/default-ui package.
  const { PagefindUI } = await import('@pagefind/default-ui');
  const ui = new PagefindUI({
    ...pagefindUserConfig,
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath,
    showImages: false,
    translations,
    showSubResults: true,
    // Elisions and Arabic tatweel, as src/lib/search-words.ts explains.
    processTerm: (term: string) => searchQuery(term, document.documentElement.lang),
    ranking: { ...pagefindRanking, ...searchRanking },
    processResult: (result: SearchResult) => {
      const lang = document.documentElement.lang;
      result.url = formatURL(result.url);
      // Keywords help find a page; they are not a fact about it to show.
      delete result.meta[keywordsField];
      if (result.meta['title']) result.meta['title'] = withoutCliticBreaks(result.meta['title'], lang);
      result.excerpt = withoutCliticBreaks(result.excerpt, lang);
      result.sub_results = result.sub_results.map((subResult) => {
        subResult.url = formatURL(subResult.url);
        subResult.title = withoutCliticBreaks(subResult.title, lang);
        subResult.excerpt = withoutCliticBreaks(subResult.excerpt, lang);
        return subResult;
      });
    },
  });
  await foldFilters(host, ui, bundlePath);
}

/**
 * Pagefind lists each filter as its own open menu, which on a phone pushes the first result far
 * down. Ours are one "Filter" disclosure under the search field, a native select per filter,
 * named and valued in the reader's language as the pages index them.
 */
async function foldFilters(host: HTMLElement, ui: { triggerFilters: (filters: Record<string, string[]>) => void }, bundlePath: string): Promise<void> {
  const disclosure = host.querySelector<HTMLDetailsElement>('[data-search-filters]');
  const fields = host.querySelector<HTMLElement>('[data-filter-fields]');
  const count = host.querySelector<HTMLElement>('[data-filter-count]');
  const form = host.querySelector('.pagefind-ui__form');
  const drawer = form?.querySelector(':scope > .pagefind-ui__drawer');
  if (!disclosure || !fields || !count || !form || !drawer) return;
  const pagefind = await import(/* @vite-ignore */ `${bundlePath}pagefind.js`);
  const available = (await pagefind.filters()) as Record<string, Record<string, number>>;
  const names = Object.keys(available).filter((name) => Object.keys(available[name] ?? {}).length > 0);
  if (names.length === 0) return;
  const collator = new Intl.Collator(document.documentElement.lang);
  const selects: HTMLSelectElement[] = names.map((name, index) => {
    const label = document.createElement('label');
    const text = document.createElement('span');
    text.textContent = name;
    const select = document.createElement('select');
    select.id = `search-filter-${index}`;
    select.dataset['filter'] = name;
    label.htmlFor = select.id;
    const all = document.createElement('option');
    all.value = '';
    all.textContent = disclosure.dataset['allLabel'] ?? '';
    select.append(all);
    for (const value of Object.keys(available[name]!).sort(collator.compare)) {
      const option = document.createElement('option');
      option.value = value;
      option.textContent = value;
      select.append(option);
    }
    label.append(text, select);
    fields.append(label);
    return select;
  });
  const template = disclosure.dataset['activeTemplate'] ?? '{{count}}';
  const apply = () => {
    const chosen = selects.filter((select) => select.value !== '');
    ui.triggerFilters(Object.fromEntries(chosen.map((select) => [select.dataset['filter']!, [select.value]])));
    count.textContent = chosen.length > 0 ? `(${template.replace('{{count}}', String(chosen.length))})` : '';
  };
  for (const select of selects) select.addEventListener('change', apply);
  form.insertBefore(disclosure, drawer);
  disclosure.hidden = false;
}
