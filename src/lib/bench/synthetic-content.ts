/**
 * Synthetic pages for the benchmark: N guides per locale, each a few hundred words of that
 * locale's own script (taken from its UI strings), so both sites build the same realistic
 * content. Deterministic: the same N gives the same files.
 */
export interface SyntheticFile {
  /** Path under the docs folder, e.g. `fr/guides/bench-0007.md`. */
  path: string;
  text: string;
}

/** A small deterministic generator (mulberry32), so runs compare like with like. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticPages(pagesPerLocale: number, sentencesByLocale: Record<string, readonly string[]>, reviewedBy: string): SyntheticFile[] {
  const files: SyntheticFile[] = [];
  for (const [locale, sentences] of Object.entries(sentencesByLocale)) {
    const next = random(locale.split('').reduce((sum, c) => sum * 31 + c.charCodeAt(0), 7));
    const pick = () => sentences[Math.floor(next() * sentences.length)]!.replace(/[{}<>[\]|*_#`]/g, '');
    for (let i = 1; i <= pagesPerLocale; i++) {
      const id = String(i).padStart(4, '0');
      const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 5 }, pick).join(' '));
      const body = [
        `## ${pick()}`,
        '',
        paragraphs[0],
        '',
        paragraphs[1],
        '',
        `## ${pick()}`,
        '',
        ...Array.from({ length: 4 }, () => `- ${pick()}`),
        '',
        paragraphs[2],
        '',
        `## ${pick()}`,
        '',
        paragraphs[3],
        '',
        paragraphs[4],
        '',
        paragraphs[5],
        '',
      ].join('\n');
      files.push({
        path: `${locale}/guides/bench-${id}.md`,
        text: [
          '---',
          `title: ${JSON.stringify(`${pick().slice(0, 60)} ${id}`)}`,
          `description: ${JSON.stringify(pick().slice(0, 150))}`,
          'kind: guide',
          'lastReviewed: 2026-10-01',
          `reviewedBy: ${reviewedBy}`,
          'validAsOf: 2026-10-01',
          'audience: [migrants]',
          'statuses: [asylum-seeker]',
          'branches: [medical-care]',
          'sources:',
          '  - title: Directive 2013/33/EU',
          '    url: https://eur-lex.europa.eu/eli/dir/2013/33/oj',
          '    type: eu-law',
          '---',
          '',
          body,
        ].join('\n'),
      });
    }
  }
  return files;
}
