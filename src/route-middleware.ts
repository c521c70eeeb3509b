import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { feedLink } from './lib/feed-links.ts';
import { countryName } from './lib/country-names.ts';
import { isLocale, locales } from './locales.ts';
import { asText } from './lib/ui-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  const t = context.locals.t;
  // Not for readers: the generator tags name the software and versions behind the site, and a
  // "large image" card has no image to show. Every byte counts on a reader's data plan.
  route.head = route.head.filter(({ tag, attrs }) => !(tag === 'meta' && (attrs?.['name'] === 'generator' || attrs?.['name'] === 'twitter:card')));
  // The 404 page is one file served for every missing address, in no locale: links to "its"
  // translations, or to a language's feed, would point at pages that are not its own.
  if (route.entry.id === '404') {
    route.head = route.head.filter(({ tag, attrs }) => !(tag === 'link' && (attrs?.['rel'] === 'alternate' || attrs?.['rel'] === 'canonical')));
    return;
  }
  const locale = route.locale;
  if (locale === undefined || !isLocale(locale)) return;
  const site = t('site.title');
  // Every page of a language announces that language's feed of changes; a fact sheet also its country's.
  route.head.push(feedLink(locale, t('changes.feed.title', { site, ...asText })));
  const data = route.entry.data as { kind?: string; country?: string };
  if (data.kind === 'factsheet' && data.country) {
    const country = countryName(data.country, locales[locale].lang);
    route.head.push(feedLink(locale, t('changes.feed.countryTitle', { site, country, ...asText }), data.country));
  }
});
