export interface Bytes {
  raw: number;
  gzip: number;
}

export interface PageBytes {
  html: Bytes;
  css: Bytes;
  js: Bytes;
}

/** The stylesheets and scripts a page loads when it opens (not what it may load later). */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g), ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="stylesheet"/g)].map((m) => m[1]!);
  const js = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!);
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
