import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { localeCodes, type Locale } from '../../../../locales.ts';
import { builtLocaleCodes } from '../../../../tooling/build-shard.ts';
import { changeFeed } from '../../../../queries/change-feed.ts';

/** `/<lang>/countries/<iso2>/feed.xml`: what changed about one country, beside its fact sheet. */
export const getStaticPaths = (async () => {
  const countries = await getCollection('countries');
  return builtLocaleCodes().flatMap((locale) => countries.map(({ id: country }) => ({ params: { locale, country }, props: { locale, country } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale; country: string }> = (context) => changeFeed(context, context.props.locale, context.props.country);
