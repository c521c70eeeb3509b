import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../src/lib/dates.ts';
import { contentHash } from '../../src/lib/content-hash.ts';
import { didYouMean, editDistance } from '../../src/lib/content/did-you-mean.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
// Astro's own splitter, to notice when it changes: the check must read pages as Astro does.
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';

describe('dates', () => {
  it('formats a calendar day in the reader’s language without shifting it', () => {
    const day = new Date('2026-03-01T00:00:00Z');
    expect(formatDate(day, 'en')).toBe('March 1, 2026');
    expect(formatDate(day, 'fr')).toBe('1 mars 2026');
    expect(formatDate(day, 'zh-CN')).toBe('2026年3月1日');
    expect(isoDay(day)).toBe('2026-03-01');
  });
});

describe('contentHash', () => {
  it('changes when the text changes and ignores line-ending style', () => {
    const text = '---\ntitle: A\n---\nBody\n';
    expect(contentHash(text)).toMatch(/^[0-9a-f]{16}$/);
    expect(contentHash(text.replace(/\n/g, '\r\n'))).toBe(contentHash(text));
    expect(contentHash(text.replace('Body', 'Body changed'))).not.toBe(contentHash(text));
  });
});

describe('didYouMean', () => {
  it('suggests the closest known value for a typo, and nothing for unrelated words', () => {
    expect(didYouMean('refugee ', ['refugee', 'asylum-seeker'])).toBe('refugee');
    expect(didYouMean('asylum-seker', ['refugee', 'asylum-seeker'])).toBe('asylum-seeker');
    expect(didYouMean('pension', ['refugee', 'asylum-seeker'])).toBeUndefined();
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('splitFrontmatter', () => {
  it('separates the YAML and the body and knows where the body starts', () => {
    const split = splitFrontmatter('---\ntitle: A\nkind: page\n---\n\nText\n');
    expect(split.yaml).toBe('title: A\nkind: page');
    expect(split.bodyStartLine).toBe(5);
    expect(split.body).toBe('\nText\n');
  });

  it('reports no YAML for a file without frontmatter', () => {
    expect(splitFrontmatter('# Title\n').yaml).toBeUndefined();
  });

  it('ends the frontmatter where Astro does, so everything Astro compiles is checked as the page', () => {
    const tricky = [
      '---\ntitle: A\nkind: page\n---\n\nText {x}\n',
      '---\ntitle: A\nkind: page\n---x: |\n  {globalThis.process.exit()}\n---\n\nBody\n',
      '\n\n---\ntitle: A\n---\nBody\n',
      '+++\ntitle = "A"\n+++\nBody {x}\n',
      '---\ntitle: A\n---   \nBody\n',
      '\uFEFF---\r\ntitle: A\r\n---\r\nBody\r\n',
      '---\ntitle: A\n----\nBody\n',
    ];
    for (const text of tricky) {
      const astro = parseFrontmatter(text.replace(/\r\n/g, '\n').replace(/^\uFEFF/, ''));
      expect(splitFrontmatter(text).body.trim(), JSON.stringify(text)).toBe(astro.content.trim());
    }
    expect(splitFrontmatter(tricky[0]!).fenceProblem).toBeUndefined();
    for (const text of tricky.slice(1, 4)) expect(splitFrontmatter(text).fenceProblem, JSON.stringify(text)).toBeDefined();
    expect(splitFrontmatter(tricky[6]!).fenceProblem).toBeDefined();
  });
});

describe('mapInBatches', () => {
  it('keeps the order of results and never runs more than the limit at once', async () => {
    const { mapInBatches } = await import('../../src/lib/map-in-batches.ts');
    let running = 0;
    let most = 0;
    const results = await mapInBatches([5, 1, 4, 2, 3], 2, async (n) => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, n));
      running--;
      return n * 10;
    });
    expect(results).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
    expect(await mapInBatches([], 4, async (n: number) => n)).toEqual([]);
  });
});
