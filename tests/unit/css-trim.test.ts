import { describe, expect, it } from 'vitest';
import { mergeUsage, pageUsage, scriptWords } from '../../src/lib/css-trim/page-usage.ts';
import { styleGroupOf } from '../../src/lib/css-trim/style-groups.ts';
import { prepareForPurgeCss, trimStylesheet } from '../../src/lib/css-trim/trim-stylesheet.ts';
import { joinStylesheets, variablesRead } from '../../src/tooling/trim-css.ts';
import { localeCodes } from '../../src/locales.ts';

const page = `<!doctype html><html lang="zh-CN" dir="ltr" data-theme="dark"><head><title>x</title>
<script>document.body.classList.add('menu-open')</script></head>
<body><main class="sl-markdown-content" id="main" style="--bar: 1; color: var(--sl-color-accent)">
<a href="/x" aria-current="page">x</a><template id="icons"><svg class="sun"></svg></template></main></body></html>`;

describe('what a page uses', () => {
  it('lists tags, classes, ids and attributes, with HTML names and values', () => {
    const usage = pageUsage(page);
    expect(usage.tags).toEqual(expect.arrayContaining(['html', 'main', 'a', 'template', 'svg']));
    expect(usage.classes).toEqual(expect.arrayContaining(['sl-markdown-content']));
    expect(usage.ids).toEqual(['icons', 'main']);
    expect(usage.attributeNames).toEqual(expect.arrayContaining(['data-theme', 'aria-current', 'lang', 'dir', 'href', 'class']));
    expect(usage.attributeValues).toEqual(expect.arrayContaining(['dark', 'page', 'zh-CN']));
  });

  it('looks inside <template>, whose contents scripts put on the page', () => {
    expect(pageUsage(page).classes).toContain('sun');
  });

  it('counts the words of inline scripts and the custom properties style attributes read', () => {
    const usage = pageUsage(page);
    expect(usage.words).toEqual(expect.arrayContaining(['menu-open', '--sl-color-accent', '--bar']));
  });

  it('reads `element.dataset.fooBar` in a script as the attribute data-foo-bar', () => {
    expect(scriptWords('el.dataset.mobileMenuExpanded = "";')).toContain('data-mobile-menu-expanded');
  });

  it('merges usage into sorted lists without repeats, whatever the order', () => {
    const a = pageUsage('<p class="b a">x</p>');
    const b = pageUsage('<p class="a c">x</p>');
    expect(mergeUsage(a, b)).toEqual(mergeUsage(b, a));
    expect(mergeUsage(a, b).classes).toEqual(['a', 'b', 'c']);
  });
});

describe('groups of pages', () => {
  it('groups by section, the same in every language', () => {
    expect(styleGroupOf('en/guides/health/index.html', localeCodes)).toBe('guides');
    expect(styleGroupOf('ar/guides/health/index.html', localeCodes)).toBe('guides');
    expect(styleGroupOf('ar/guides/index.html', localeCodes)).toBe('guides');
    expect(styleGroupOf('en/index.html', localeCodes)).toBe('home');
    expect(styleGroupOf('index.html', localeCodes)).toBe('home');
    expect(styleGroupOf('404.html', localeCodes)).toBe('404');
    expect(styleGroupOf('data/index.html', localeCodes)).toBe('data');
  });
});

describe('trimming a stylesheet', () => {
  const css = [
    ':root{--sl-color-accent:blue;--unused:red;--bar-width:3px}',
    '.sl-markdown-content a{color:var(--sl-color-accent)}',
    '.card-grid{display:grid;border:var(--bar-width) solid}',
    ':lang(zh){line-height:1.8}',
    '::selection{background:yellow}',
    "[data-theme='light'] .sl-markdown-content{color:black}",
    '.menu-open main{display:none}',
    '[aria-current="page"]{font-weight:bold}',
    '@keyframes spin{to{transform:rotate(1turn)}}',
    '.spinner{animation:spin 1s}',
    '@media print{.sl-markdown-content{font-size:10pt}.card-grid{display:none}}',
  ].join('\n');

  it('keeps the rules the page can match and drops the others', async () => {
    const trimmed = await trimStylesheet(css, pageUsage(page));
    expect(trimmed).toContain('.sl-markdown-content a');
    expect(trimmed).toContain('[aria-current="page"]');
    expect(trimmed).not.toContain('.card-grid');
    expect(trimmed).not.toContain('.spinner');
    expect(trimmed, 'an animation nothing uses').not.toContain('@keyframes spin');
  });

  it('keeps what a script turns on, and the other theme', async () => {
    const trimmed = await trimStylesheet(css, pageUsage(page));
    expect(trimmed).toContain('.menu-open main');
    expect(trimmed).toContain("[data-theme='light'] .sl-markdown-content");
  });

  it('keeps rules that name no element, class, id or attribute, such as Chinese line height', async () => {
    const trimmed = await trimStylesheet(css, pageUsage(page));
    expect(trimmed).toContain('*:lang(zh)');
    expect(trimmed).toContain('::selection');
    expect(prepareForPurgeCss('.a{color:red}:lang(ar){font-size:1.1em}:root,::backdrop{--x:1}')).toBe('.a{color:red}*:lang(ar){font-size:1.1em}:root,*::backdrop{--x:1}');
    const inWhere = await trimStylesheet('[lang]:where(:lang(zh),:lang(ja)){text-autospace:normal}', pageUsage(page));
    expect(inWhere, 'inside :where(), as Starlight writes it').toContain('[lang]:where(*:lang(zh),*:lang(ja))');
  });

  it('keeps a rule whose :not() holds a :where() of classes no page has (it then matches every such element)', async () => {
    const trimmed = await trimStylesheet('.sl-markdown-content a:not(:where(.not-content *)){color:blue}', pageUsage(page));
    expect(trimmed).toBe('.sl-markdown-content a:not(:where(.not-content *)){color:blue}');
  });

  it('keeps the custom properties that rules or style attributes read, and only those', async () => {
    const trimmed = await trimStylesheet(css, pageUsage(page));
    expect(trimmed).toContain('--sl-color-accent:blue');
    expect(await trimStylesheet(':root{--bar:1;--baz:2}', pageUsage(page)), 'read by a style attribute').toContain('--bar:1');
    expect(trimmed, 'read by nothing').not.toContain('--unused');
    expect(trimmed, 'only .card-grid read it').not.toContain('--bar-width');
  });

  it('keeps print rules for the elements the page has', async () => {
    const trimmed = await trimStylesheet(css, pageUsage(page));
    expect(trimmed).toMatch(/@media print\s*\{\s*\.sl-markdown-content/);
  });

  it('finds the custom properties a stylesheet loaded by a script reads, to keep them defined', () => {
    expect(variablesRead('.pagefind-ui{color:var(--pagefind-ui-text);border:var( --pagefind-ui-border , red)}')).toEqual(['--pagefind-ui-text', '--pagefind-ui-border']);
  });

  it('joins a print stylesheet under @media print, in the order the page links them', () => {
    expect(joinStylesheets([{ css: 'a{color:red}', media: 'print' }, { css: 'b{color:blue}', media: undefined }])).toBe('@media print{a{color:red}}\nb{color:blue}');
  });
});
