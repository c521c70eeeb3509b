import { describe, expect, it } from 'vitest';
import { findOutsideReferences, findOutsideReferencesInCss } from '../../src/lib/outside-references.ts';

// Every expectation below is written out by hand, from what the HTML, URL and CSS standards say
// a browser does: never computed with the module under test.

const pageUrl = 'https://atlas.invalid/en/guides/work/';

/** The findings of a page whose body (and, if given, head) is this markup. */
function scan(body: string, head = ''): ReturnType<typeof findOutsideReferences> {
  return findOutsideReferences(`<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, pageUrl);
}

/** Just the URLs a browser would request from another host. */
function outsideUrls(body: string, head = ''): string[] {
  return scan(body, head).map((finding) => finding.url);
}

describe('images and media', () => {
  it('finds an image on another host, names where it is, and leaves local ones alone', () => {
    expect(scan('<img src="https://evil.example/a.png"><img src="/local.png"><img src="photo.jpg"><img src="">')).toEqual([
      { where: 'img[src]', reference: 'https://evil.example/a.png', url: 'https://evil.example/a.png' },
    ]);
  });

  it('reads every candidate of a srcset, and a data: URL with its comma as one candidate', () => {
    expect(outsideUrls('<img src="/a.png" srcset="/a.png 1x, https://evil.example/b.png 2x, /c.png 3x">')).toEqual([
      'https://evil.example/b.png',
    ]);
    expect(outsideUrls('<img srcset="data:image/png;base64,iVBORw0KGgo= 1x,//evil.example/c.png 2x">')).toEqual([
      'https://evil.example/c.png',
    ]);
  });

  it('splits a srcset where a browser does: a comma inside a URL is part of the path', () => {
    // No whitespace after the comma: the browser requests one local path with a comma in it.
    expect(outsideUrls('<img srcset="/a.png,//evil.example/d.png 2x">')).toEqual([]);
    // A URL that ends with a comma is a candidate of its own.
    expect(outsideUrls('<img srcset="/a.png, //evil.example/d.png 2x">')).toEqual(['https://evil.example/d.png']);
    expect(outsideUrls('<picture><source srcset="/w.avif 100w, //evil.example/e.avif 200w" type="image/avif"><img src="/x.png"></picture>')).toEqual([
      'https://evil.example/e.avif',
    ]);
  });

  it('finds a video poster and the sources of audio and video', () => {
    expect(outsideUrls('<video poster="//evil.example/poster.jpg" src="/clip.mp4"></video>')).toEqual(['https://evil.example/poster.jpg']);
    expect(outsideUrls('<audio src="https://evil.example/a.mp3"></audio><video><source src="https://evil.example/v.webm"></video>')).toEqual([
      'https://evil.example/a.mp3',
      'https://evil.example/v.webm',
    ]);
  });

  it('finds a track of captions', () => {
    expect(scan('<video src="/v.mp4"><track kind="captions" src="https://evil.example/captions.vtt"></video>')).toEqual([
      { where: 'track[src]', reference: 'https://evil.example/captions.vtt', url: 'https://evil.example/captions.vtt' },
    ]);
  });

  it('finds an image button', () => {
    expect(scan('<form action="/search/"><input type="image" src="//evil.example/go.png" alt="Go"></form>')).toEqual([
      { where: 'input[src]', reference: '//evil.example/go.png', url: 'https://evil.example/go.png' },
    ]);
  });

  it('finds the obsolete background attribute', () => {
    expect(outsideUrls('<table background="https://evil.example/t.png"><tr><td background="/local.png">x</td></tr></table>')).toEqual([
      'https://evil.example/t.png',
    ]);
  });

  it('allows data: images, which the browser decodes without contacting anyone', () => {
    expect(scan('<img src="data:image/svg+xml,%3Csvg xmlns=%22http://www.w3.org/2000/svg%22/%3E" alt="">')).toEqual([]);
  });
});

describe('embedded documents and scripts', () => {
  it('finds frames, embeds, objects and scripts', () => {
    expect(scan('<iframe src="https://evil.example/map"></iframe><embed src="//evil.example/e.swf"><object data="https://evil.example/o.pdf"></object><script src="https://evil.example/s.js"></script>')).toEqual([
      { where: 'iframe[src]', reference: 'https://evil.example/map', url: 'https://evil.example/map' },
      { where: 'embed[src]', reference: '//evil.example/e.swf', url: 'https://evil.example/e.swf' },
      { where: 'object[data]', reference: 'https://evil.example/o.pdf', url: 'https://evil.example/o.pdf' },
      { where: 'script[src]', reference: 'https://evil.example/s.js', url: 'https://evil.example/s.js' },
    ]);
    expect(scan('<script type="module" src="/_astro/page.js"></script><iframe src="about:blank"></iframe>')).toEqual([]);
  });

  it('finds javascript: and data: where they would run, but not in a plain link', () => {
    expect(outsideUrls('<iframe src="javascript:alert(1)"></iframe><script src="data:text/javascript,fetch(1)"></script><a href="javascript:void 0">x</a>')).toEqual([
      'javascript:alert(1)',
      'data:text/javascript,fetch(1)',
    ]);
  });

  it('reads the document of an iframe srcdoc', () => {
    expect(scan('<iframe srcdoc="<p>Hi</p><img src=&quot;//evil.example/in.png&quot;>"></iframe>')).toEqual([
      { where: 'iframe[srcdoc] > img[src]', reference: '//evil.example/in.png', url: 'https://evil.example/in.png' },
    ]);
  });

  it('reads template content, which scripts clone into the page, and noscript content', () => {
    expect(outsideUrls('<template id="icons"><img src="https://evil.example/t.png"></template><noscript><img src="https://evil.example/n.png"></noscript>')).toEqual([
      'https://evil.example/t.png',
      'https://evil.example/n.png',
    ]);
  });
});

describe('links in the head', () => {
  const loadingRels = ['stylesheet', 'preload', 'modulepreload', 'prefetch', 'preconnect', 'dns-prefetch', 'icon', 'apple-touch-icon', 'manifest', 'search'];

  it.each(loadingRels)('finds <link rel=%s> to another host', (rel) => {
    expect(scan('', `<link rel="${rel}" href="https://evil.example/thing">`)).toEqual([
      { where: `link[rel=${rel}][href]`, reference: 'https://evil.example/thing', url: 'https://evil.example/thing' },
    ]);
  });

  it('ignores link types that fetch nothing, even to another host', () => {
    const head = ['canonical', 'alternate', 'author', 'license', 'me', 'next', 'prev', 'help', 'privacy-policy']
      .map((rel) => `<link rel="${rel}" href="https://other.example/${rel}">`)
      .join('');
    expect(scan('', `${head}<link rel="stylesheet" href="/_astro/site.css"><link rel="shortcut icon" href="/favicon.svg">`)).toEqual([]);
  });

  it('counts a link as loading if any of its types loads, in any case', () => {
    expect(outsideUrls('', '<link rel="alternate stylesheet" href="//evil.example/alt.css"><link rel="Shortcut ICON" href="//evil.example/f.ico">')).toEqual([
      'https://evil.example/alt.css',
      'https://evil.example/f.ico',
    ]);
  });

  it('reads every candidate of a preloaded image set', () => {
    expect(scan('', '<link rel="preload" as="image" href="/hero.png" imagesrcset="/hero.png 1x, https://evil.example/hero@2x.png 2x">')).toEqual([
      { where: 'link[rel=preload][imagesrcset]', reference: 'https://evil.example/hero@2x.png', url: 'https://evil.example/hero@2x.png' },
    ]);
  });
});

describe('meta refresh', () => {
  it('finds the address of a refresh in every spelling browsers accept', () => {
    const spellings = [
      '0; url=https://evil.example/1',
      "5;URL = 'https://evil.example/2'trailing",
      '0, "//evil.example/3"',
      '0 https://evil.example/4',
      '.5; Url=//evil.example/5',
    ];
    expect(outsideUrls('', spellings.map((content) => `<meta http-equiv="Refresh" content="${content.replaceAll('"', '&quot;')}">`).join(''))).toEqual([
      'https://evil.example/1',
      'https://evil.example/2',
      'https://evil.example/3',
      'https://evil.example/4',
      'https://evil.example/5',
    ]);
  });

  it('ignores a refresh of the page itself, a local one, and one browsers reject', () => {
    expect(scan('', '<meta http-equiv="refresh" content="30"><meta http-equiv="refresh" content="0; url=/fr/"><meta http-equiv="refresh" content="soon; url=https://evil.example/">')).toEqual([]);
  });
});

describe('CSS inside pages', () => {
  it('finds url() and @import in a style element, as a string or url()', () => {
    expect(scan('', '<style>@import "https://evil.example/a.css"; @import url(//evil.example/b.css) layer(x); body { background: url(/local.png) }</style>')).toEqual([
      { where: 'style element: @import', reference: 'https://evil.example/a.css', url: 'https://evil.example/a.css' },
      { where: 'style element: @import', reference: '//evil.example/b.css', url: 'https://evil.example/b.css' },
    ]);
  });

  it('finds url() in a style attribute, and decodes CSS escapes as a browser does', () => {
    expect(scan('<div style="background-image: url(https\\3a //evil.example/escaped.png)">x</div><p style="color: red">y</p>')).toEqual([
      { where: 'div[style]: url()', reference: 'https://evil.example/escaped.png', url: 'https://evil.example/escaped.png' },
    ]);
  });

  it('finds fonts, image-set() strings and custom properties', () => {
    const style = `<style>
      @font-face { font-family: X; src: url("//evil.example/x.woff2") format("woff2"), local(Arial); }
      .a { background-image: image-set("https://evil.example/1x.png" 1x, url(/2x.png) 2x); }
      :root { --banner: url('https://evil.example/banner.png'); }
    </style>`;
    expect(scan('', style)).toEqual([
      { where: 'style element: url()', reference: '//evil.example/x.woff2', url: 'https://evil.example/x.woff2' },
      { where: 'style element: image-set()', reference: 'https://evil.example/1x.png', url: 'https://evil.example/1x.png' },
      { where: 'style element: url()', reference: 'https://evil.example/banner.png', url: 'https://evil.example/banner.png' },
    ]);
  });

  it('finds url( spelled with an escape, which css-tree leaves unparsed but browsers read', () => {
    expect(outsideUrls('', '<style>.b { background: \\75 rl(https://evil.example/sneaky.png) }</style>')).toEqual([
      'https://evil.example/sneaky.png',
    ]);
    // The escaped url( closes itself; the image-set() around it still has a URL to give.
    expect(outsideUrls('', '<style>.c { background: image-set(\\75 rl(/a.png) 1x, "https://evil.example/after.png" 2x) }</style>')).toEqual([
      'https://evil.example/after.png',
    ]);
  });

  it('ignores a namespace name, a feature query and data: images', () => {
    expect(scan('', '<style>@namespace svg url(http://www.w3.org/2000/svg); @supports (background: url(https://evil.example/q.png)) { a { color: red } } i { background: url("data:image/svg+xml,%3Csvg/%3E") }</style>')).toEqual([]);
  });

  it('finds CSS url() in SVG presentation attributes', () => {
    expect(scan('<svg><rect fill="url(https://evil.example/p.svg#gradient)" width="1" height="1"/><rect fill="url(#local)"/></svg>')).toEqual([
      { where: 'rect[fill]: url()', reference: 'https://evil.example/p.svg#gradient', url: 'https://evil.example/p.svg#gradient' },
    ]);
  });
});

describe('SVG', () => {
  it('finds <image> by href and by xlink:href, <use> and <feImage>, but not an SVG link', () => {
    const svg = `<svg xmlns:xlink="http://www.w3.org/1999/xlink">
      <image href="https://evil.example/i.png"/><image xlink:href="//evil.example/j.png"/>
      <use href="https://evil.example/sprite.svg#icon"/><use href="#local-icon"/>
      <filter id="f"><feImage href="https://evil.example/texture.png"/></filter>
      <a href="https://other.example/">A link needs a click</a>
    </svg>`;
    expect(scan(svg)).toEqual([
      { where: 'image[href]', reference: 'https://evil.example/i.png', url: 'https://evil.example/i.png' },
      { where: 'image[xlink:href]', reference: '//evil.example/j.png', url: 'https://evil.example/j.png' },
      { where: 'use[href]', reference: 'https://evil.example/sprite.svg#icon', url: 'https://evil.example/sprite.svg#icon' },
      { where: 'feImage[href]', reference: 'https://evil.example/texture.png', url: 'https://evil.example/texture.png' },
    ]);
  });

  it('finds an SVG script by href', () => {
    expect(outsideUrls('<svg><script href="https://evil.example/svg.js"></script></svg>')).toEqual(['https://evil.example/svg.js']);
  });
});

describe('forms, pings and the base URL', () => {
  it('finds a form that sends to another host, and a button that redirects it', () => {
    expect(scan('<form action="https://evil.example/collect"><button formaction="//evil.example/other">Send</button></form><form action="/search/"></form>')).toEqual([
      { where: 'form[action]', reference: 'https://evil.example/collect', url: 'https://evil.example/collect' },
      { where: 'button[formaction]', reference: '//evil.example/other', url: 'https://evil.example/other' },
    ]);
  });

  it('finds every ping of a link, though the link itself is not a finding', () => {
    expect(scan('<a href="https://other.example/" ping="/count https://evil.example/track">Read</a>')).toEqual([
      { where: 'a[ping]', reference: 'https://evil.example/track', url: 'https://evil.example/track' },
    ]);
  });

  it('finds a base on another host, and every relative reference it sends there', () => {
    expect(scan('<img src="photo.png">', '<base href="https://evil.example/site/">')).toEqual([
      { where: 'base[href]', reference: 'https://evil.example/site/', url: 'https://evil.example/site/' },
      { where: 'img[src]', reference: 'photo.png', url: 'https://evil.example/site/photo.png' },
    ]);
    expect(scan('<img src="photo.png">', '<base href="/fr/">')).toEqual([]);
  });

  it('leaves plain links to other sites alone: they need a click', () => {
    expect(scan('<a href="https://www.ilo.org/">ILO</a><map><area href="https://other.example/" alt="x"></map><a href="//other.example/">x</a>')).toEqual([]);
  });
});

describe('URLs judged as the WHATWG URL parser reads them', () => {
  it.each([
    ['a scheme-relative URL', '//evil.example/x.png', 'https://evil.example/x.png'],
    ['backslashes, read as slashes', '\\\\evil.example\\x.png', 'https://evil.example/x.png'],
    ['a slash and a backslash', '/\\evil.example/x.png', 'https://evil.example/x.png'],
    ['a tab and a newline inside the host', 'https://ev&#9;il.exa&#10;mple/x.png', 'https://evil.example/x.png'],
    ['a tab inside the scheme', 'ht&#9;tps://evil.example/x.png', 'https://evil.example/x.png'],
    ['leading spaces and a newline', '  &#10; //evil.example/x.png', 'https://evil.example/x.png'],
    ['an upper-case scheme and host', 'HTTPS://EVIL.EXAMPLE/x.png', 'https://evil.example/x.png'],
    ['a character reference for the colon', 'https&colon;//evil.example/x.png', 'https://evil.example/x.png'],
    ['the site name as a user name', 'https://atlas.invalid@evil.example/x.png', 'https://atlas.invalid@evil.example/x.png'],
    ['an ideographic full stop in the host', 'https://evil\u3002example/x.png', 'https://evil.example/x.png'],
    ['a hexadecimal IPv4 address', '//0x7f.1/x.png', 'https://127.0.0.1/x.png'],
    ['the same host on another port', '//atlas.invalid:8443/x.png', 'https://atlas.invalid:8443/x.png'],
    ['http: without slashes, a host when the page is https', 'http:evil.example/x.png', 'http://evil.example/x.png'],
    ['https: without slashes, a host when the page is http (npm start)', 'https:evil.example/x.png', 'https://evil.example/x.png'],
    ['a blob: URL made by another site', 'blob:https://evil.example/0b1d', 'blob:https://evil.example/0b1d'],
    ['a file: URL naming a file server', 'file://evil.example/share/x.png', 'file://evil.example/share/x.png'],
    ['javascript: in an image', 'javascript:alert(1)', 'javascript:alert(1)'],
  ])('%s', (_name, reference, url) => {
    expect(outsideUrls(`<img src="${reference}" alt="">`)).toEqual([url]);
  });

  it('keeps the site local over http and https, and ignores what the parser rejects', () => {
    const local = ['/a.png', '../b.png', 'https://atlas.invalid/c.png', 'http://atlas.invalid/d.png', '/a.png?next=https://evil.example/', 'https://exa mple.example/e.png'];
    expect(outsideUrls(local.map((src) => `<img src="${src}" alt="">`).join(''))).toEqual([]);
  });
});

describe('stylesheet files', () => {
  const fileUrl = 'https://atlas.invalid/_astro/site.css';

  it('resolves against the file, and finds url() and @import on another host', () => {
    const css = `@import "/_astro/print.css" print;
      @import url("https://evil.example/theme.css");
      @font-face { font-family: Noto; src: url(./noto.woff2) format("woff2"), url(//evil.example/noto.woff) format("woff"); }
      .hero { background: url(../images/hero.png) }`;
    expect(findOutsideReferencesInCss(css, fileUrl)).toEqual([
      { where: '@import', reference: 'https://evil.example/theme.css', url: 'https://evil.example/theme.css' },
      { where: 'url()', reference: '//evil.example/noto.woff', url: 'https://evil.example/noto.woff' },
    ]);
  });

  it('allows data: fonts and images but not a data: stylesheet, which can import anything', () => {
    const css = `@import url("data:text/css,@import 'https://evil.example/x.css';");
      .i { mask: url("data:image/svg+xml,%3Csvg/%3E") }`;
    expect(findOutsideReferencesInCss(css, fileUrl)).toEqual([
      {
        where: '@import',
        reference: "data:text/css,@import 'https://evil.example/x.css';",
        url: "data:text/css,@import 'https://evil.example/x.css';",
      },
    ]);
  });

  it('reads URLs in CSS that does not parse cleanly', () => {
    expect(findOutsideReferencesInCss('.a { color: red;;; background: url(  "https://evil.example/broken.png"  ) } }}} .b { x: {url(https://evil.example/raw.png)} }', fileUrl).map((finding) => finding.url)).toEqual([
      'https://evil.example/broken.png',
      'https://evil.example/raw.png',
    ]);
  });
});
