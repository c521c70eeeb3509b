/** Splits a Markdown/MDX file into its YAML frontmatter and body, keeping line numbers. */
export interface FrontmatterSplit {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** Line in the file where the YAML text starts (the line after the opening `---`). */
  yamlStartLine: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyStartLine: number;
  /**
   * Set when the fences are not plain `---` lines at the top of the file: Astro still reads
   * such a file, but a student (and a reviewer) would read it differently.
   */
  fenceProblem?: string;
}

/**
 * Where Astro itself ends the frontmatter (@astrojs/internal-helpers/frontmatter.js, used by its
 * content loaders): after optional blank lines, `---` or `+++`, then anything up to the first line
 * that *starts* with `---` or `+++`, which may carry more text ("---x"). The split must be the
 * one Astro compiles, or text Astro compiles as the page could pass the checks as YAML.
 * tests/unit/small-utils.test.ts compares this with Astro's own function.
 */
const astroFrontmatter = /(?:^|^\s*\n)(---|\+\+\+)([\s\S]*?\n)(---|\+\+\+)/;

export function splitFrontmatter(fileText: string): FrontmatterSplit {
  // Windows editors may start a file with a byte-order mark and end lines with CRLF: both harmless.
  const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = astroFrontmatter.exec(text);
  if (!match) return { yaml: undefined, yamlStartLine: 1, body: text, bodyStartLine: 1 };
  const opening = match.index + match[0].length - match[3]!.length - match[2]!.length - match[1]!.length;
  const closingEnd = match.index + match[0].length;
  const linesBefore = (offset: number) => text.slice(0, offset).split('\n').length;
  const restOfClosingLine = /^[^\n]*/.exec(text.slice(closingEnd))![0];
  const openingLine = /^[^\n]*/.exec(text.slice(opening + 3))![0];
  const fenceProblem =
    match[1] === '+++' || match[3] === '+++'
      ? 'The frontmatter must be fenced with "---" lines, not "+++". Write "---" on the first line and on the line after the last field.'
      : opening !== 0
        ? 'The frontmatter must start on the very first line of the file. Remove the blank lines above the first "---".'
        : openingLine.trim() !== '' || restOfClosingLine.trim() !== ''
          ? 'A line of the frontmatter starts with "---" but has more text after it. The fences must be lines with only "---" on them: the text after it would be read as the page, not as a field.'
          : undefined;
  // The body is what Astro compiles: everything after the closing fence (the rest of that line
  // included, when it is not empty), without the fences and what lies between them.
  const afterClosing = text.slice(closingEnd);
  const closingLineIsPlain = /^[ \t]*(?:\n|$)/.test(afterClosing);
  const split: FrontmatterSplit = {
    yaml: match[2]!.replace(/^[^\n]*\n/, (first) => (first.trim() === '' ? '' : first)).replace(/\n$/, ''),
    yamlStartLine: linesBefore(opening) + 1,
    body: closingLineIsPlain ? afterClosing.replace(/^[ \t]*\n?/, '') : afterClosing,
    bodyStartLine: linesBefore(closingEnd) + (closingLineIsPlain ? 1 : 0),
  };
  return fenceProblem ? { ...split, fenceProblem } : split;
}
