import { describe, expect, it } from 'vitest';
import { pdfRequestVerdict, refusedLoadsMessage, unattributedLoadsMessage } from '../../src/lib/pdf/request-policy.ts';
import { sealedChromiumArgs } from '../../src/tooling/chromium.ts';

const site = 'http://127.0.0.1:4567';

describe('what the PDF browser may load', () => {
  it('lets through the build and the print fonts, and nothing else', () => {
    expect(pdfRequestVerdict('http://127.0.0.1:4567/fr/countries/it/', site)).toBe('site');
    expect(pdfRequestVerdict('http://127.0.0.1:4567/_astro/print.css?v=1', site)).toBe('site');
    expect(pdfRequestVerdict('http://127.0.0.1:4567/__atlas-pdf-fonts/noto-sans/noto-sans-latin-400-normal.woff2', site)).toBe('font');
  });

  it('lets through what the page holds itself: it reaches no server', () => {
    for (const url of ['data:image/svg+xml,%3Csvg%3E', 'blob:http://127.0.0.1:4567/0b8c', 'about:blank']) {
      expect(pdfRequestVerdict(url, site), url).toBe('inline');
    }
  });

  it('refuses other ports, other names for this machine, other schemes and other hosts', () => {
    for (const url of [
      'http://127.0.0.1:4568/x.png',
      'http://127.0.0.1/x.png',
      'http://localhost:4567/x.png',
      'http://[::1]:4567/x.png',
      'https://127.0.0.1:4567/x.png',
      'ws://127.0.0.1:4567/live',
      'https://fonts.googleapis.com/css2?family=Noto+Sans',
      'http://example.org/__atlas-pdf-fonts/noto-sans/x.woff2',
      'ftp://example.org/file',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(pdfRequestVerdict(url, site), url).toBe('refused');
    }
  });
});

describe('the error when a page broke the seal', () => {
  const message = refusedLoadsMessage({
    pagePath: '/fr/countries/it/',
    contentFile: 'content/docs/en/countries/it.mdx',
    urls: ['http://x.example/a.png', 'http://x.example/b.css', 'http://x.example/a.png'],
  });

  it('names the page, the content file and each address once, and says how to fix it', () => {
    expect(message).toContain('/fr/countries/it/');
    expect(message).toContain('content/docs/en/countries/it.mdx');
    expect(message).toContain('2 files');
    expect(message.split('http://x.example/a.png')).toHaveLength(2);
    expect(message).toContain('http://x.example/b.css');
    expect(message).toContain('public/');
  });

  it('still lists the addresses when no page could be told', () => {
    expect(unattributedLoadsMessage(['ws://127.0.0.1:1/live'])).toContain('ws://127.0.0.1:1/live');
  });
});

describe('the PDF browser’s own flags', () => {
  it('resolve no host name but the site’s and send every other connection to a proxy that cannot exist', () => {
    expect(sealedChromiumArgs(site)).toEqual([
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      '--proxy-server=http://127.0.0.1:0',
      '--proxy-bypass-list=<-loopback>;127.0.0.1:4567',
    ]);
  });
});
