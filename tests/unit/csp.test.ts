import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { applyContentSecurityPolicy, contentSecurityPolicy, headersFile, inlineScripts } from '../../src/lib/csp.ts';

const page = `<!doctype html><html><head><meta charset="utf-8"/><title>x</title>
<script>window.theme = 'dark';</script><script type="module" src="/_astro/a.js"></script>
<script type="application/ld+json">{"a":1}</script></head><body></body></html>`;

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('Content-Security-Policy', () => {
  it('finds inline scripts but not external ones or data blocks', () => {
    expect(inlineScripts(page)).toEqual(["window.theme = 'dark';"]);
  });

  it('allows only this site, and each inline script by its hash', () => {
    const policy = contentSecurityPolicy(page);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha("window.theme = 'dark';")}`);
    expect(policy).not.toMatch(/https?:|\*/);
  });

  it('puts the policy right after the charset and replaces an older one', () => {
    const once = applyContentSecurityPolicy(page).html;
    expect(once).toMatch(/^<!doctype html><html><head><meta charset="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
    const twice = applyContentSecurityPolicy(once).html;
    expect(twice.match(/Content-Security-Policy/gi)?.length).toBe(1);
  });
});

describe('_headers', () => {
  it('sends the same policy as a header, allowing every page’s inline scripts, and no referrer', () => {
    const file = headersFile(["'sha256-b'", "'sha256-a'", "'sha256-a'"]);
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-a' 'sha256-b'; ");
    expect(file).toContain('  Referrer-Policy: no-referrer\n');
    expect(file.startsWith('/*\n')).toBe(true);
  });
});
