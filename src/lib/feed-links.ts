import { changesFeedPath } from './site-routes.ts';

/**
 * `<link rel="alternate">` for a feed of changes, as a Starlight head entry: feed readers and
 * browsers find the feed from any page of the language, and a country's from its pages.
 */
export interface FeedLinkEntry {
  tag: 'link';
  attrs: { rel: 'alternate'; type: 'application/rss+xml'; title: string; href: string };
}

export function feedLink(locale: string, title: string, country?: string): FeedLinkEntry {
  return { tag: 'link', attrs: { rel: 'alternate', type: 'application/rss+xml', title, href: changesFeedPath(locale, country) } };
}
