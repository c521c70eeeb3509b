import type { APIRoute, GetStaticPaths } from 'astro';
import { localeCodes, type Locale } from '../../../locales.ts';
import { builtLocaleCodes } from '../../../tooling/build-shard.ts';
import { changeFeed } from '../../../queries/change-feed.ts';

/** `/<lang>/changes/feed.xml`: every change, in the reader's language. */
export const getStaticPaths = (() => builtLocaleCodes().map((locale) => ({ params: { locale }, props: { locale } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = (context) => changeFeed(context, context.props.locale);
