import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';

export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

/** The stylesheets and scripts a page loads when it opens (not what it may load later), from its parsed HTML. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const tree = fromHtml(html);
  const links = (rel: string) =>
    selectAll('link[href]', tree)
      .filter((link) => ([] as unknown[]).concat(link.properties['rel'] ?? []).map(String).includes(rel))
      .map((link) => String(link.properties['href']));
  const css = links('stylesheet');
  const js = [...selectAll('script[src]', tree).map((script) => String(script.properties['src'])), ...links('modulepreload')];
  return { css: [...new Set(css)], js: [...new Set(js)] };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export function medianPageBytes(pages: readonly PageBytes[]): PageBytes {
  const of = (part: keyof PageBytes, kind: keyof Bytes) => median(pages.map((page) => page[part][kind]));
  return {
    html: { raw: of('html', 'raw'), gzip: of('html', 'gzip') },
    css: { raw: of('css', 'raw'), gzip: of('css', 'gzip') },
    js: { raw: of('js', 'raw'), gzip: of('js', 'gzip') },
  };
}
