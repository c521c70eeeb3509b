import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentenceParts } from '../../src/lib/sentence-parts.ts';

const srcDir = join(import.meta.dirname, '..', '..', 'src');

describe('a translated sentence with elements in it', () => {
  it('is cut at its placeholders, keeping the translation’s word order', () => {
    expect(sentenceParts('Reviewed by {{clinic}} on {{date}}.')).toEqual([
      { kind: 'text', text: 'Reviewed by ' },
      { kind: 'slot', name: 'clinic' },
      { kind: 'text', text: ' on ' },
      { kind: 'slot', name: 'date' },
      { kind: 'text', text: '.' },
    ]);
    expect(sentenceParts('راجعتها {{ clinic }} في {{date}}')).toEqual([
      { kind: 'text', text: 'راجعتها ' },
      { kind: 'slot', name: 'clinic' },
      { kind: 'text', text: ' في ' },
      { kind: 'slot', name: 'date' },
    ]);
    expect(sentenceParts('{{date}}审核')).toEqual([
      { kind: 'slot', name: 'date' },
      { kind: 'text', text: '审核' },
    ]);
  });

  it('leaves markup in the words as words, for Astro to escape', () => {
    expect(sentenceParts('<img src=x onerror=alert(1)> {{date}}')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> ' },
      { kind: 'slot', name: 'date' },
    ]);
  });
});

describe('HTML made from strings', () => {
  it('is used only for markup the build makes itself, each use saying why it is safe', async () => {
    const files = (await readdir(srcDir, { recursive: true })).filter((file) => /\.(astro|ts)$/.test(file));
    const uses: string[] = [];
    for (const file of files) {
      const text = await readFile(join(srcDir, file), 'utf8');
      const lines = text.split('\n');
      lines.forEach((line, index) => {
        if (!line.includes('set:html')) return;
        if (line.includes('set:html is safe here')) return;
        const before = lines.slice(Math.max(0, index - 15), index).join('\n');
        uses.push(`${file.split('\\').join('/')}:${index + 1}${before.includes('set:html is safe here') ? '' : ' (no comment saying why it is safe)'}`);
      });
    }
    // Each entry: inline scripts from the site's own files (minified), the print footer's CSS and
    // the QR code SVG; nothing built from content or translations.
    expect(uses.map((use) => use.replace(/:\d+/, ''))).toEqual(['components/InlineScript.astro', 'components/print/PrintFooter.astro', 'components/print/PrintHeader.astro']);
  });
});
