import { createHash } from 'node:crypto';

/**
 * The Content-Security-Policy of a built page: everything from this site only. A request to
 * another host can expose a reader, so nothing may be loaded from one, even by mistake.
 *
 * Inline scripts are allowed one by one, by the hash of their text (Starlight's theme script,
 * for example). Inline styles are allowed wholesale: Starlight and Pagefind set `style`
 * attributes, which hashes cannot cover, and a style cannot reach another host while every
 * fetch directive says 'self'.
 */
export function contentSecurityPolicy(html: string): string {
  return policyWithScriptHashes(scriptHashesOf(html));
}

/** The hash sources (`'sha256-…'`) of a page's inline scripts. */
export function scriptHashesOf(html: string): string[] {
  return inlineScripts(html).map((text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`);
}

export function policyWithScriptHashes(scriptHashes: readonly string[]): string {
  return [
    "default-src 'self'",
    // Pagefind runs its search index in WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' ${[...new Set(scriptHashes)].join(' ')}`.trim(),
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The text of every `<script>` without a `src`, exactly as the browser will hash it. */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\bsrc\s*=/i.test(attributes) || /\btype\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
    scripts.push(match[2] ?? '');
  }
  return scripts;
}

/**
 * The page with its policy as the first thing after `<meta charset>`, replacing any older one,
 * and the hashes of its inline scripts (for `_headers`), computed once.
 */
export function applyContentSecurityPolicy(html: string): { html: string; scriptHashes: string[] } {
  const withoutOld = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/gi, '');
  const scriptHashes = scriptHashesOf(withoutOld);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyWithScriptHashes(scriptHashes)}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(withoutOld);
  if (charset) {
    const end = charset.index + charset[0].length;
    return { html: withoutOld.slice(0, end) + meta + withoutOld.slice(end), scriptHashes };
  }
  return { html: withoutOld.replace(/<head\b[^>]*>/i, (head) => head + meta), scriptHashes };
}

/**
 * One `_headers` for a site joined from shards: each shard's file allows its own pages' inline
 * scripts; the joined one allows them all, as a full build's would.
 */
export function mergeHeadersFiles(files: readonly string[]): string {
  const hashes = files.flatMap((file) => file.match(/'sha256-[A-Za-z0-9+/=]+'/g) ?? []);
  return headersFile(hashes);
}

/**
 * `_headers`, for hosts that read one (Netlify, Cloudflare Pages): the same policy as an HTTP
 * header, allowing the inline scripts of every page, and no referrer sent to other sites, so a
 * source's website never learns which page of the Atlas a reader came from.
 */
export function headersFile(allScriptHashes: Iterable<string>): string {
  const policy = policyWithScriptHashes([...new Set(allScriptHashes)].sort());
  return [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  Referrer-Policy: no-referrer',
    '  X-Content-Type-Options: nosniff',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}
