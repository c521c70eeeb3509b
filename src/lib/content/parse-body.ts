import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkGfm from 'remark-gfm';
import type { Root } from 'mdast';

export type BodyFormat = 'md' | 'mdx';

export interface BodySyntaxError {
  line: number;
  column: number;
  message: string;
}

/**
 * Parses a page body the way the site reads it: GFM (tables, task lists), plus MDX for .mdx
 * files. Positions are relative to the body; the caller adds the frontmatter's lines.
 */
export function parseBody(body: string, format: BodyFormat): { tree: Root } | { error: BodySyntaxError } {
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (format === 'mdx') processor.use(remarkMdx);
  try {
    return { tree: processor.parse(body) as Root };
  } catch (cause) {
    return { error: explainSyntaxError(cause, body) };
  }
}

interface ParseFailure {
  line?: number;
  column?: number;
  reason?: string;
  source?: string;
}

/**
 * MDX treats `<` as the start of a component and `{` as the start of JavaScript, so ordinary
 * legal prose such as "< 5 years" or "{name}" stops it. Name the character and the fix.
 */
function explainSyntaxError(cause: unknown, body: string): BodySyntaxError {
  const failure = (cause ?? {}) as ParseFailure;
  const line = failure.line ?? 1;
  const column = failure.column ?? 1;
  const text = body.split('\n')[line - 1] ?? '';
  const before = text.slice(0, Math.max(0, column - 1));
  const lastAngle = before.lastIndexOf('<');
  const lastBrace = before.lastIndexOf('{');
  const isExpression = (failure.source ?? '').includes('expression') || lastBrace > lastAngle;
  if (isExpression && lastBrace >= 0) {
    return {
      line,
      column: lastBrace + 1,
      message:
        'A "{" in the text starts JavaScript in MDX, which pages may not contain. To show a curly brace, write "\\{"; for a placeholder in a letter, use square brackets such as [NAME].',
    };
  }
  if (lastAngle >= 0) {
    return {
      line,
      column: lastAngle + 1,
      message:
        'A "<" in the text is read as the start of a component. Write it in words ("less than 5 years") or as "&lt;". If you meant a component, check its name and that it is closed, as in <Aside>…</Aside>.',
    };
  }
  return {
    line,
    column,
    message: `This part of the page cannot be read as MDX (${(failure.reason ?? 'unknown problem').replace(/\s+/g, ' ')}). Check for an unclosed component, or a "<" or "{" in the text.`,
  };
}
