import { LineCounter, parseDocument, isNode, type Document } from 'yaml';

/** A YAML text parsed with positions, so a problem at a field can be reported at its line. */
export interface YamlSource {
  /** The YAML text itself. */
  text: string;
  data: unknown;
  document: Document;
  /** Problems with the YAML syntax itself, already positioned. */
  syntaxErrors: { line: number; column: number; message: string }[];
  /** Line and column (1-based, in the YAML text) of the value at `path`, or of its nearest parent. */
  positionOf(path: readonly PropertyKey[]): { line: number; column: number };
}

export function parseYamlSource(text: string): YamlSource {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const syntaxErrors = document.errors.map((error) => {
    const { line, col } = lineCounter.linePos(error.pos[0]);
    return { line, column: col, message: plainYamlError(error.code, error.message) };
  });
  let data: unknown;
  if (syntaxErrors.length === 0) {
    try {
      // Aliases (*name) can multiply a small file into an enormous one: content needs few of them.
      data = document.toJS({ maxAliasCount: 50 });
    } catch {
      syntaxErrors.push({ line: 1, column: 1, message: 'This file repeats other parts of itself with YAML aliases (&name and *name) too many times. Write the values out instead of using aliases.' });
    }
  }
  return {
    text,
    data,
    document,
    syntaxErrors,
    positionOf(path) {
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth) as unknown[], true);
        if (isNode(node) && node.range) {
          const { line, col } = lineCounter.linePos(node.range[0]);
          return { line, column: col };
        }
      }
      return { line: 1, column: 1 };
    },
  };
}

function plainYamlError(code: string, message: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'This field is written twice. Keep only one of them.';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
    case 'UNEXPECTED_TOKEN':
      return `The YAML here cannot be read (${message.split('\n')[0]}). Check the indentation and that every "key: value" pair is on its own line; put text containing ":" or "#" in quotes.`;
    default:
      return `The YAML here cannot be read (${message.split('\n')[0]}). Check the indentation, colons and quotes.`;
  }
}
