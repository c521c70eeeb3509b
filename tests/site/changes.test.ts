import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { fromXml } from 'xast-util-from-xml';
import type { Element as XmlElement } from 'xast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { select, selectAll } from 'hast-util-select';
import { describe, expect, it } from 'vitest';
import { distDir, readPage } from '../support/dist.ts';
import { countryCodes } from '../support/content-pages.ts';
import { localeCodes, locales } from '../../src/locales.ts';

const root = join(import.meta.dirname, '..', '..');
const strings = (lang: string) => JSON.parse(readFileSync(join(root, 'content', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
const countryChanges = (code: string) =>
  ((parseYaml(readFileSync(join(root, 'content', 'countries', `${code}.yaml`), 'utf8')) as { changes?: { summary: string }[] }).changes ?? []);
/** Pages with their own change entries, by country: the Italy fact sheet's corrected links. */
const pageChangeCountries = ['it'];

/** Child elements by name. xast-util-from-xml may carry its own copy of the xast types, so nodes are checked, not assumed. */
const children = (node: { children: readonly unknown[] }, name: string): XmlElement[] =>
  node.children.filter((child): child is XmlElement => typeof child === 'object' && child !== null && (child as XmlElement).type === 'element' && (child as XmlElement).name === name);
const text = (node: XmlElement | undefined) => (node ? node.children.map((child) => ('value' in child ? child.value : '')).join('') : '');

/** A feed, parsed as XML (it throws on anything that is not well-formed), with its items. */
function readFeed(path: string) {
  const tree = fromXml(readFileSync(join(distDir, path), 'utf8'));
  const rss = children(tree, 'rss')[0];
  expect(rss?.attributes['version'], path).toBe('2.0');
  const channel = children(rss!, 'channel')[0]!;
  return {
    title: text(children(channel, 'title')[0]),
    language: text(children(channel, 'language')[0]),
    link: text(children(channel, 'link')[0]),
    items: children(channel, 'item').map((item) => ({
      title: text(children(item, 'title')[0]),
      link: text(children(item, 'link')[0]),
      pubDate: text(children(item, 'pubDate')[0]),
      description: text(children(item, 'description')[0]),
    })),
  };
}

/** Each item must lead to its entry: the page exists and holds an element with that id. */
async function linkProblems(feedPath: string, link: string): Promise<string[]> {
  const url = new URL(link);
  const page = `${url.pathname.replace(/^\//, '')}index.html`;
  if (!existsSync(join(distDir, page))) return [`${feedPath}: ${link} leads to no page`];
  const id = url.hash.slice(1);
  return select(`[id="${id}"]`, fromHtml(await readPage(page))) ? [] : [`${feedPath}: ${link} names no entry on its page`];
}

describe('what changed', () => {
  const expectedCount = (country?: string) =>
    (country ? [country] : countryCodes()).reduce((sum, code) => sum + countryChanges(code).length + (pageChangeCountries.includes(code) ? 1 : 0), 0);

  it('has valid RSS feeds, site-wide and per country, in every language, holding every entry', async () => {
    const problems: string[] = [];
    for (const locale of localeCodes) {
      const { lang } = locales[locale];
      const site = strings(lang)['site.title']!;
      for (const country of [undefined, ...countryCodes()]) {
        const path = country ? `${locale}/countries/${country}/feed.xml` : `${locale}/changes/feed.xml`;
        const feed = readFeed(path);
        if (!feed.title.startsWith(site)) problems.push(`${path}: title "${feed.title}" is not in ${lang}`);
        if (feed.language !== lang) problems.push(`${path}: language ${feed.language}`);
        if (!feed.link.endsWith(`/${locale}/changes/${country ? `${country}/` : ''}`)) problems.push(`${path}: channel link ${feed.link}`);
        if (feed.items.length !== expectedCount(country)) problems.push(`${path}: ${feed.items.length} items instead of ${expectedCount(country)}`);
        for (const item of feed.items) {
          if (!item.title || !item.description) problems.push(`${path}: an item without title or description`);
          if (Number.isNaN(Date.parse(item.pubDate))) problems.push(`${path}: pubDate "${item.pubDate}"`);
          problems.push(...(await linkProblems(path, item.link)));
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(readFeed('en/countries/it/feed.xml').items.map((item) => item.title)).toContain(countryChanges('it')[0]!.summary);
  });

  it('announces the feeds with <link rel="alternate"> on every page of a language, and a country’s on its pages', async () => {
    const feedLinks = async (path: string) =>
      selectAll('link[rel="alternate"][type="application/rss+xml"]', fromHtml(await readPage(path))).map((link) => String(link.properties['href']));
    for (const locale of localeCodes) {
      expect(await feedLinks(`${locale}/index.html`)).toEqual([`/${locale}/changes/feed.xml`]);
      expect(await feedLinks(`${locale}/guides/index.html`)).toEqual([`/${locale}/changes/feed.xml`]);
      for (const page of [`${locale}/countries/de/index.html`, `${locale}/rights/de/asylum-seeker/index.html`, `${locale}/changes/de/index.html`]) {
        expect(await feedLinks(page), page).toContain(`/${locale}/countries/de/feed.xml`);
      }
    }
    expect(await feedLinks('404.html')).toEqual([]);
  });

  it('lists the changes on a page per language and per country, in the reader’s language, with links to what they affect', async () => {
    const problems: string[] = [];
    for (const locale of localeCodes) {
      const { lang, dir } = locales[locale];
      for (const country of [undefined, ...countryCodes()]) {
        const path = country ? `${locale}/changes/${country}/index.html` : `${locale}/changes/index.html`;
        const tree = fromHtml(await readPage(path));
        const html = select('html', tree)!;
        if (html.properties['lang'] !== lang || html.properties['dir'] !== dir) problems.push(`${path}: lang/dir`);
        const entries = selectAll('.change-list > li', tree);
        if (entries.length !== expectedCount(country)) problems.push(`${path}: ${entries.length} entries instead of ${expectedCount(country)}`);
        for (const entry of entries) {
          if (!select('time[datetime]', entry)) problems.push(`${path}: an entry without its date`);
          // Translated summaries are in the reader's language: nothing on these pages is marked English.
          if (locale !== 'en' && selectAll('[lang^="en"]', entry).length > 0) problems.push(`${path}: an entry in English: ${toString(entry).slice(0, 80)}`);
        }
        if (country) {
          // The country file's own entries (anchored by the country's code) name statuses.
          for (const entry of entries.filter((entry) => String(entry.properties['id']).startsWith(`change-${country}-`))) {
            if (selectAll(`.affects a[href^="/${locale}/rights/${country}/"]`, entry).length === 0) problems.push(`${path}: an entry's statuses do not link the rights navigator`);
          }
          if (!select(`a[href="/${locale}/countries/${country}/feed.xml"]`, tree)) problems.push(`${path}: no link to its feed`);
        }
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('shows a fact sheet’s latest changes on it', async () => {
    for (const locale of localeCodes) {
      const tree = fromHtml(await readPage(`${locale}/countries/it/index.html`));
      const section = select('section.country-changes', tree);
      expect(section, locale).toBeTruthy();
      expect(selectAll('.change-list > li', section!).length).toBe(expectedCount('it'));
      expect(select(`a[href="/${locale}/changes/it/"]`, section!)).toBeTruthy();
    }
  });
});
