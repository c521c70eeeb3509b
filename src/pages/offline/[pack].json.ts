import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { defaultLocale, localeCodes } from '../../locales.ts';
import { builtLocaleCodes } from '../../tooling/build-shard.ts';
import { statuses } from '../../schemas/vocab.ts';
import { splitDocsId } from '../../lib/localized-pages.ts';
import { packId, packPages } from '../../lib/offline-packs.ts';

/**
 * `/offline/<lang>-<iso2>.json`: the pages of a country's offline pack in one language, from the
 * content. After the build, src/tooling/offline-packs.ts adds what those pages load, their
 * PDFs and the search index, with the pack's size.
 */
export const getStaticPaths = (async () => {
  const countries = await getCollection('countries');
  const guides = (await getCollection('docs')).flatMap((entry) => {
    const place = splitDocsId(entry.id, localeCodes);
    return place?.locale === defaultLocale && entry.data.kind === 'guide' ? [{ slug: place.slug, country: entry.data.country }] : [];
  });
  return builtLocaleCodes().flatMap((locale) =>
    countries.map(({ id: country }) => ({ params: { pack: packId(locale, country) }, props: { locale, country, pages: packPages(locale, country, guides, statuses) } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: string; country: string; pages: string[] }> = ({ params, props }) =>
  new Response(JSON.stringify({ id: params['pack'], locale: props.locale, country: props.country, pages: props.pages }), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
