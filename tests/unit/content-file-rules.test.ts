import { describe, expect, it } from 'vitest';
import { findBadNames, findCaseCollisions, suggestName } from '../../src/lib/content-check/file-names.ts';
import { publicFileProblems } from '../../src/lib/content-check/public-files.ts';
import { containsMarkup, placeholderProblem, placeholdersOf } from '../../src/lib/content-check/ui-string-text.ts';
import { findTextProblems } from '../../src/lib/content-check/text-hygiene.ts';

const uiFiles = new Set(['en.json', 'zh-CN.json']);
const bytes = (text: string) => new TextEncoder().encode(text);

describe('file names', () => {
  it('accepts lower-case words with hyphens, and UI-string files named by language tag', () => {
    expect(findBadNames(['content/docs/en/guides/health-care.md', 'content/i18n/zh-CN.json', 'public/files/toolkits/letter-2.pdf', 'content/docs/en/_draft.md'], uiFiles)).toEqual([]);
  });

  it('refuses capitals, spaces, underscores and accents, in files and folders, with a suggestion', () => {
    const found = findBadNames(['content/docs/en/guides/Health Care.md', 'content/docs/EN/x.md', 'public/files/lettre_modèle.docx', 'content/i18n/xx-YY.json'], uiFiles);
    expect(found.map((f) => f.file)).toEqual(['content/docs/en/guides/Health Care.md', 'content/docs/EN/x.md', 'public/files/lettre_modèle.docx', 'content/i18n/xx-YY.json']);
    expect(found[0]!.message).toContain('for example "health-care.md"');
    expect(found[1]!.message).toContain('The name "EN"');
    expect(suggestName('lettre_modèle.DOCX')).toBe('lettre-modele.docx');
  });

  it('names every file of a pair that differs only in case', () => {
    const found = findCaseCollisions(['content/docs/en/a.md', 'content/docs/en/A.md', 'content/docs/en/b.md']);
    expect(found.map((f) => f.file)).toEqual(['content/docs/en/a.md', 'content/docs/en/A.md']);
    expect(found[0]!.message).toContain('"content/docs/en/A.md" only in capital letters');
  });
});

describe('public files', () => {
  it('accepts files of the allowed kinds that are what their names say', () => {
    expect(publicFileProblems('public/files/a.pdf', bytes('%PDF-1.7\n'))).toEqual([]);
    expect(publicFileProblems('public/files/a.docx', bytes('PK\u0003\u0004'))).toEqual([]);
    expect(publicFileProblems('public/favicon.svg', bytes('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2 2"><defs><linearGradient id="g"/></defs><circle r="1" fill="url(#g)"/><use href="#g"/></svg>'))).toEqual([]);
  });

  it('refuses pages, scripts and unknown kinds, hidden files included', () => {
    for (const path of ['public/a.html', 'public/a.htm', 'public/a.js', 'public/a.mjs', 'public/a.css', 'public/a.xml', 'public/a.exe', 'public/_headers', 'public/.htaccess', 'public/a.svgz']) {
      expect(publicFileProblems(path, bytes('x'))[0], path).toContain('is not a kind of file the site publishes');
    }
  });

  it('refuses a file whose inside does not match its name, and one over its size limit', () => {
    expect(publicFileProblems('public/a.pdf', bytes('<html>'))[0]).toContain('is not a PDF document inside');
    const big = new Uint8Array(3 * 1024 * 1024);
    big.set([0x89, 0x50, 0x4e, 0x47]);
    expect(publicFileProblems('public/a.png', big)[0]).toContain('This PNG image is 3.0 MB; the limit is 2.0 MB');
  });

  it.each([
    ['a script', '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'contains <script>'],
    ['a namespaced script', '<s:svg xmlns:s="http://www.w3.org/2000/svg"><s:script>alert(1)</s:script></s:svg>', 'contains <s:svg>'],
    ['an event handler', '<svg xmlns="http://www.w3.org/2000/svg"><circle onclick="x()"/></svg>', 'has the attribute "onclick"'],
    ['a foreignObject', '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', 'contains <foreignObject>'],
    ['a style element', '<svg xmlns="http://www.w3.org/2000/svg"><style>@import url(https://evil.example/)</style></svg>', 'contains <style>'],
    ['a style attribute', '<svg xmlns="http://www.w3.org/2000/svg"><circle style="fill:url(https://evil.example/#a)"/></svg>', 'has the attribute "style"'],
    ['an outside fill', '<svg xmlns="http://www.w3.org/2000/svg"><circle fill="url(https://evil.example/#a)"/></svg>', 'refers to something outside the image'],
    ['an outside use', '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><use xlink:href="//evil.example/s.svg#a"/></svg>', 'refers to "//evil.example/s.svg#a"'],
    ['a link', '<svg xmlns="http://www.w3.org/2000/svg"><a href="javascript:alert(1)"><circle/></a></svg>', 'contains <a>'],
    ['an animation that sets a link', '<svg xmlns="http://www.w3.org/2000/svg"><set attributeName="href" to="javascript:x"/></svg>', 'contains <set>'],
    ['a doctype', '<!DOCTYPE svg><svg xmlns="http://www.w3.org/2000/svg"/>', '<!DOCTYPE>'],
    ['broken XML', '<svg><circle></svg>', 'cannot be read as XML'],
  ])('refuses an SVG with %s', (_what, svg, message) => {
    expect(publicFileProblems('public/images/x.svg', bytes(svg)).join('\n')).toContain(message);
  });
});

describe('UI strings', () => {
  it('reads placeholders as i18next does', () => {
    expect(placeholdersOf('Reviewed by {{clinic}} on {{ date }}.')).toEqual(['clinic', 'date']);
  });

  it('asks a translation to keep the English placeholders', () => {
    expect(placeholderProblem('Reviewed by {{clinic}} on {{date}}.', 'راجعتها {{clinic}} في {{date}}.')).toBeUndefined();
    expect(placeholderProblem('Reviewed by {{clinic}} on {{date}}.', 'Revisado el {{date}}.')).toContain('{{clinic}}, {{date}}. It has {{date}}');
    expect(placeholderProblem('Reviewed by {{clinic}}.', 'Revu par {{clinique}}.')).toContain('It has {{clinique}}');
  });

  it('finds markup the way a browser would, and leaves ordinary text alone', () => {
    for (const text of ['<b>x</b>', 'a<!-- c -->', 'x &amp; y', 'v&eacute;rifi&eacute;', '&#60;script&#62;']) expect(containsMarkup(text), text).toBe(true);
    for (const text of ['Terms & conditions', '3 < 5', 'Section titled “{{title}}”', 'طالب لجوء', 'a > b']) expect(containsMarkup(text), text).toBe(false);
  });
});

describe('text in data files', () => {
  it('finds invisible characters in values and keys, and http:// addresses, by path', () => {
    const found = findTextProblems({ name: 'A\u202Eb', sources: [{ url: 'http://example.org/' }], ['k\u200B']: 'v' });
    expect(found.map((f) => [f.path, f.kind])).toEqual([
      [['name'], 'invisible'],
      [['sources', 0, 'url'], 'unencrypted'],
      [['k\u200B'], 'invisible'],
    ]);
  });
});
