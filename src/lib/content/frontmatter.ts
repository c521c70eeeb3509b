/** Splits a Markdown/MDX file into its YAML frontmatter and body, keeping line numbers. */
export interface FrontmatterSplit {
  /** The YAML between the `---` fences, or undefined when the file has none. */
  yaml: string | undefined;
  /** Line in the file where the YAML text starts (the line after the opening `---`). */
  yamlStartLine: number;
  body: string;
  /** Line in the file where the body starts. */
  bodyStartLine: number;
}

export function splitFrontmatter(fileText: string): FrontmatterSplit {
  // Windows editors may start a file with a byte-order mark and end lines with CRLF: both harmless.
  const text = fileText.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return { yaml: undefined, yamlStartLine: 1, body: text, bodyStartLine: 1 };
  const yaml = match[1] ?? '';
  const consumedLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  return { yaml, yamlStartLine: 2, body: text.slice(match[0].length), bodyStartLine: consumedLines + 1 };
}
