import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

const frontmatter = `---
title: A guide
kind: guide
lastReviewed: 2026-10-01
reviewedBy: test-clinic
validAsOf: 2026-10-01
audience: [migrants]
sources:
  - title: Directive 2013/33/EU
    url: https://eur-lex.europa.eu/eli/dir/2013/33/oj
    type: eu-law
---
`;

/** A temporary copy of the valid fixture site with the project's UI strings, removed after the tests. */
async function validSiteCopy(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-rule-'));
  temporary.push(root);
  await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', 'valid'), root, { recursive: true });
  await cp(join(projectRoot, 'content', 'i18n'), join(root, 'content', 'i18n'), { recursive: true });
  return root;
}

/**
 * Checks one page added to the valid fixture site, and returns what the check says about it.
 * The body starts on line 13 of the file.
 */
async function checkPage(body: string, { path = 'content/docs/en/guides/page.mdx', today = new Date('2026-11-01T00:00:00Z') } = {}): Promise<string[]> {
  const root = await validSiteCopy();
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), frontmatter + body);
  return (await checkContent({ root, today })).filter((d) => d.file === path).map(formatDiagnostic);
}

const at = (line: number, column: number, severity: 'error' | 'warning', message: string) =>
  `content/docs/en/guides/page.mdx:${line}:${column}  ${severity}  ${message}`;

describe('MDX safety', () => {
  it('refuses imports and exports', async () => {
    expect(await checkPage('import fs from "node:fs"\n\nText.\n')).toEqual([
      at(13, 1, 'error', 'Pages may not contain "import" or "export" lines: they run code when the site is built. Delete the line; the components the site provides (such as <Aside>) work without importing.'),
    ]);
    expect(await checkPage('export const x = process.env\n')).toHaveLength(1);
  });

  it('refuses JavaScript expressions, in text and in props', async () => {
    expect(await checkPage('Hello {process.env.HOME}.\n')).toEqual([
      at(13, 7, 'error', 'Text in curly braces {…} is JavaScript, which pages may not contain. Delete it; to show a curly brace, write "\\{"; for a placeholder, use square brackets such as [NAME].'),
    ]);
    expect(await checkPage('<Aside title={process.env.HOME}>x</Aside>\n')).toEqual([
      at(13, 1, 'error', 'The prop "title" of <Aside> must be plain text in quotes, as in title="…", not a {…} expression.'),
    ]);
    expect(await checkPage('<Aside {...props}>x</Aside>\n')).toEqual([
      at(13, 1, 'error', '<Aside> has a {…} expression among its props. Write each prop as name="text".'),
    ]);
  });

  it('refuses components the site does not provide, and unknown props or values', async () => {
    expect(await checkPage('<Asdie type="note">x</Asdie>\n')).toEqual([
      at(13, 1, 'error', '<Asdie> is not a component of this site. Did you mean <Aside>? Pages may use only: <Aside>, <Term>.'),
    ]);
    expect(await checkPage('<Aside type="warning" icon="x">x</Aside>\n')).toEqual([
      at(13, 1, 'error', '<Aside type="warning"> is not allowed. Use one of: note, tip, caution, danger.'),
      at(13, 1, 'error', '<Aside> has no prop "icon". It accepts: type, title.'),
    ]);
    expect(await checkPage('<Aside type="caution" title="Deadlines">Appeal within 30 days.</Aside>\n')).toEqual([]);
  });

  it.each(['script', 'style', 'iframe', 'object', 'embed'])('refuses <%s>', async (tag) => {
    expect(await checkPage(`<${tag}></${tag}>\n`)).toEqual([
      at(13, 1, 'error', `<${tag}> is not allowed in pages: only elements for plain text (such as <abbr>, <sup>, <sub>, <br>, <table>, <details>) are, because others can run code, load content from another website or change the page around the text. Remove it; write the content as text, a link or a list.`),
    ]);
  });

  it('refuses event-handler attributes', async () => {
    expect(await checkPage('<abbr title="x" onmouseover="steal()">EU</abbr>\n')).toEqual([
      at(13, 1, 'error', 'The attribute "onmouseover" on <abbr> runs code, which pages may not contain. Remove it.'),
    ]);
  });

  it('refuses javascript: and data: addresses in links and images', async () => {
    expect(await checkPage('[click](javascript:alert(1))\n')).toEqual([
      at(13, 1, 'error', 'Addresses starting with "javascript:" are not allowed: they can run code or hide content. Link to a web page (https://…) or to a page of this site (/en/…).'),
    ]);
    expect(await checkPage('![A chart](data:image/png;base64,AAAA)\n')).toEqual([
      at(13, 1, 'error', 'Addresses starting with "data:" are not allowed: they can run code or hide content. Link to a web page (https://…) or to a page of this site (/en/…).'),
    ]);
  });

  it('refuses images from other websites, which would tell them who reads the page', async () => {
    expect(await checkPage('![A chart](https://tracker.example/pixel.png)\n')).toEqual([
      at(13, 1, 'error', 'Images must be files of this site, not on another website: loading one would tell that website who reads this page. Save the image in public/images/ and write its path, for example /images/chart.png.'),
    ]);
  });

  it('applies the same rules to raw HTML in Markdown files', async () => {
    const path = 'content/docs/en/guides/page.md';
    const found = await checkPage('<script>fetch("https://x")</script>\n\n<img src="x.png" onerror="y()">\n', { path });
    expect(found).toEqual([
      `${path}:13:1  error  <script> is not allowed in pages: only elements for plain text (such as <abbr>, <sup>, <sub>, <br>, <table>, <details>) are, because others can run code, load content from another website or change the page around the text. Remove it; write the content as text, a link or a list.`,
      `${path}:15:1  error  The attribute "onerror" on <img> runs code, which pages may not contain. Remove it.`,
    ]);
  });

  it('warns that ::: boxes would disappear', async () => {
    expect(await checkPage(':::note\nRemember the deadline.\n:::\n')).toEqual([
      at(13, 1, 'error', 'Boxes written with ":::" are not shown on this site: the text inside would disappear. Write <Aside type="note">your text</Aside> instead (type can be note, tip, caution or danger).'),
    ]);
  });
});

describe('links to other files', () => {
  it('are refused in content/ and public/, naming the link', async () => {
    const root = await validSiteCopy();
    await symlink(join(projectRoot, 'package.json'), join(root, 'public', 'images', 'secrets.png'));
    await symlink(join(projectRoot, 'src', 'components', 'Sentence.astro'), join(root, 'content', 'docs', 'en', 'guides', 'linked.mdx'));
    const errors = (await checkContent({ root })).filter((d) => d.message.includes('symbolic link')).map((d) => d.file);
    expect(errors).toEqual(['content/docs/en/guides/linked.mdx', 'public/images/secrets.png']);
  });

  it('are refused when public/ itself is one', async () => {
    const root = await validSiteCopy();
    await rm(join(root, 'public'), { recursive: true });
    await symlink(join(projectRoot, 'src'), join(root, 'public'));
    const errors = (await checkContent({ root })).filter((d) => d.message.includes('symbolic link')).map((d) => d.file);
    expect(errors).toEqual(['public']);
  });
});

describe('files saved by Windows editors', () => {
  it('accepts a byte-order mark and CRLF line endings, keeping line numbers', async () => {
    const root = await validSiteCopy();
    const path = 'content/docs/en/guides/windows.md';
    await writeFile(join(root, path), `\uFEFF${frontmatter}\n[a](javascript:alert(1))\n`.replace(/\n/g, '\r\n'));
    expect((await checkContent({ root })).filter((d) => d.file === path).map(formatDiagnostic)).toEqual([
      `${path}:14:1  error  Addresses starting with "javascript:" are not allowed: they can run code or hide content. Link to a web page (https://…) or to a page of this site (/en/…).`,
    ]);
  });
});

describe('MDX traps in legal prose', () => {
  it('names a bare "<" and says how to write it', async () => {
    expect(await checkPage('You need <5 years of residence.\n')).toEqual([
      at(13, 10, 'error', 'A "<" in the text is read as the start of a component. Write it in words ("less than 5 years") or as "&lt;". If you meant a component, check its name and that it is closed, as in <Aside>…</Aside>.'),
    ]);
  });

  it('names an unclosed "{" and says how to write it', async () => {
    expect(await checkPage('Dear {name,\n')).toEqual([
      at(13, 6, 'error', 'A "{" in the text starts JavaScript in MDX, which pages may not contain. To show a curly brace, write "\\{"; for a placeholder in a letter, use square brackets such as [NAME].'),
    ]);
  });
});

describe('links and images', () => {
  it('accepts links to pages, fallbacks, sections and public files', async () => {
    expect(await checkPage('[a](/en/guides/health/) [b](/ar/guides/health/#x) [c](/fr/countries/) [d](/images/map.gif) [e](https://www.inps.it/)\n')).toEqual([]);
  });

  it('refuses a link to a page that does not exist, suggesting the closest one', async () => {
    expect(await checkPage('[a](/en/guides/helth/)\n')).toEqual([
      at(13, 1, 'error', 'The link "/en/guides/helth/" leads to no page of this site. Did you mean /en/guides/health/? Check the spelling, or link to an existing page.'),
    ]);
  });

  it('asks for the trailing slash and for full paths', async () => {
    expect(await checkPage('[a](/en/guides/health)\n')).toEqual([
      at(13, 1, 'error', 'The link "/en/guides/health" needs a "/" at the end: write /en/guides/health/.'),
    ]);
    expect(await checkPage('[a](../health/)\n')).toEqual([
      at(13, 1, 'error', 'The link "../health/" is written relative to this page, which breaks when the page is translated or moved. Write the full path starting with the language, for example /en/guides/health-care-asylum-seekers/.'),
    ]);
  });

  it('refuses images that do not exist or have no description', async () => {
    expect(await checkPage('![](/images/map.gif)\n\n![A map](/images/missing.png)\n')).toEqual([
      at(13, 1, 'error', 'This image has no description. Write what it shows between the square brackets, as in ![Map of the regions of Italy](/images/map.png): people who cannot see it hear this text.'),
      at(15, 1, 'error', 'The image "/images/missing.png" does not exist. Put the file in public/images/missing.png or correct the path.'),
    ]);
  });
});

describe('review freshness', () => {
  it('warns when the last review is more than 12 months old', async () => {
    const found = await checkPage('Text.\n', { today: new Date('2027-10-02T00:00:00Z') });
    expect(found).toEqual([
      at(4, 15, 'warning', 'The last review (2026-10-01) is more than 12 months old: it was due on 2027-10-01. Ask the reviewing clinic to check the content against the current law, then update "lastReviewed".'),
    ]);
    expect(await checkPage('Text.\n', { today: new Date('2027-10-01T00:00:00Z') })).toEqual([]);
  });
});

describe('translations', () => {
  const translation = (hash: string) => `---
title: Soins
kind: page
translationOf:
  source: en/guides/health
  sourceHash: "${hash}"
---

Texte.
`;

  it('warns when the original changed since the translation, giving the new hash', async () => {
    const root = await validSiteCopy();
    await mkdir(join(root, 'content/docs/pt/guides'), { recursive: true });
    await writeFile(join(root, 'content/docs/pt/guides/health.md'), translation('0000000000000000'));
    const found = (await checkContent({ root })).filter((d) => d.file.startsWith('content/docs/pt/')).map(formatDiagnostic);
    expect(found).toEqual([
      'content/docs/pt/guides/health.md:6:15  warning  The original (content/docs/en/guides/health.md) has changed since this translation was made. Compare the two, update the translation, then set sourceHash: \"f06dce27b84e18cc\".',
    ]);
    await writeFile(join(root, 'content/docs/pt/guides/health.md'), translation('f06dce27b84e18cc'));
    expect((await checkContent({ root })).filter((d) => d.file.startsWith('content/docs/pt/'))).toEqual([]);
    await writeFile(join(root, 'content/docs/pt/guides/health.md'), translation('0').replace('"0"', '0000000000000000'));
    expect((await checkContent({ root })).filter((d) => d.file.startsWith('content/docs/pt/')).map(formatDiagnostic)).toEqual([
      'content/docs/pt/guides/health.md:6:15  error  "translationOf.sourceHash": Write the hash in quotes, as in sourceHash: "0a1b2c3d4e5f6a7b", so it is read as text.',
    ]);
  });
});

describe('toolkit attachments', () => {
  const toolkit = (file: string) => `---
title: A toolkit
kind: toolkit
lastReviewed: 2026-10-01
reviewedBy: test-clinic
validAsOf: 2026-10-01
audience: [ngos]
sources:
  - title: A law
    citation: Law 1/2020, art. 1
    type: national-law
attachments:
  - file: ${file}
    title: Letter template
---

Text.
`;

  async function checkToolkit(file: string): Promise<string[]> {
    const root = await validSiteCopy();
    await mkdir(join(root, 'public/files/toolkits'), { recursive: true });
    await writeFile(join(root, 'public/files/toolkits/letter.docx'), 'PK\u0003\u0004');
    await mkdir(join(root, 'content/docs/en/toolkits'), { recursive: true });
    await writeFile(join(root, 'content/docs/en/toolkits/kit.md'), toolkit(file));
    return (await checkContent({ root })).filter((d) => d.file === 'content/docs/en/toolkits/kit.md').map(formatDiagnostic);
  }

  it('accepts a listed file that exists', async () => {
    expect(await checkToolkit('/files/toolkits/letter.docx')).toEqual([]);
  });

  it('fails when a listed file is missing', async () => {
    expect(await checkToolkit('/files/toolkits/letter.odt')).toEqual([
      'content/docs/en/toolkits/kit.md:13:11  error  The file "/files/toolkits/letter.odt" listed under "attachments" does not exist. Put it in public/files/toolkits/letter.odt, or correct the path.',
    ]);
  });

  it('refuses file types people cannot safely open', async () => {
    expect(await checkToolkit('/files/toolkits/run.exe')).toEqual([
      'content/docs/en/toolkits/kit.md:13:11  error  "attachments[0].file": Give the file\'s path in public/, starting with /files/ and ending with its type (docx, odt, pdf, xlsx, ods, csv), for example /files/toolkits/letter-template.docx.',
    ]);
  });
});

describe('glossary terms in pages', () => {
  /** The valid fixture site with the project's glossary. */
  async function checkWithGlossary(body: string): Promise<string[]> {
    const root = await validSiteCopy();
    await cp(join(projectRoot, 'content', 'glossary'), join(root, 'content', 'glossary'), { recursive: true });
    const path = 'content/docs/en/guides/page.mdx';
    await writeFile(join(root, path), frontmatter + body);
    return (await checkContent({ root, today: new Date('2026-11-01T00:00:00Z') })).filter((d) => d.file === path).map(formatDiagnostic);
  }

  it('accepts <Term> with the id of a glossary entry', async () => {
    expect(await checkWithGlossary('While you wait, <Term id="asylum-seeker">asylum seekers</Term> get care.\n')).toEqual([]);
  });

  it('names the glossary and the closest id when a <Term> names no entry', async () => {
    expect(await checkWithGlossary('<Term id="asylum-seekers">asylum seekers</Term> get care.\n')).toEqual([
      at(13, 1, 'error', '<Term id="asylum-seekers"> names no entry of the glossary (content/glossary/terms.yaml). Did you mean "asylum-seeker"? Use the id of an entry, or add the term to the glossary first.'),
    ]);
    expect(await checkWithGlossary('<Term>asylum</Term>\n')).toEqual([
      at(13, 1, 'error', '<Term> needs the id of a glossary entry, as in <Term id="asylum-seeker">asylum seekers</Term>.'),
    ]);
  });

  it('refuses any other prop or an expression on <Term>', async () => {
    expect(await checkWithGlossary('<Term id="asylum-seeker" href="https://example.org">x</Term>\n')).toEqual([
      at(13, 1, 'error', '<Term> has no prop "href". It accepts: id.'),
    ]);
    expect((await checkWithGlossary('<Term id={"asylum-seeker"}>x</Term>\n')).length).toBeGreaterThan(0);
  });
});
