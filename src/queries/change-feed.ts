import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { locales, type Locale } from '../locales.ts';
import { affectsText, changeAnchor } from '../lib/change-log.ts';
import { countryName } from '../lib/country-names.ts';
import { changesPath } from '../lib/site-routes.ts';
import { asText } from '../lib/ui-text.ts';
import { loadChanges } from './changes.ts';

/**
 * The RSS feed of changes in one language, the site's or one country's, made with @astrojs/rss.
 * Each item links to its entry on the "What changed" page; its title says where, and what.
 */
export async function changeFeed(context: APIContext, locale: Locale, country?: string): Promise<Response> {
  const t = context.locals.t;
  const { lang } = locales[locale];
  const items = await loadChanges(locale, country);
  const site = t('site.title');
  const listUrl = new URL(changesPath(locale, country), context.site ?? context.url.origin);
  return rss({
    title: country ? t('changes.feed.countryTitle', { site, country: countryName(country, lang), ...asText }) : t('changes.feed.title', { site, ...asText }),
    description: country ? t('changes.country.intro') : t('changes.intro'),
    // The channel's link is the list it mirrors; each item links to its entry on it, absolute so
    // that nothing is appended after the fragment.
    site: listUrl.href,
    customData: `<language>${lang}</language>`,
    items: items.map((item) => {
      const where = item.page?.title ?? (country ? undefined : item.country && countryName(item.country, lang));
      return {
        title: where ? `${where}: ${item.summary}` : item.summary,
        link: new URL(`#${changeAnchor(item)}`, listUrl).href,
        pubDate: item.date,
        description: [item.summary, affectsText(item.affects, (key) => t(key), lang)].filter(Boolean).join(' '),
      };
    }),
  });
}
