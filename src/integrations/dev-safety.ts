import type { Dirent } from 'node:fs';
import { lstat, readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { findUnsafePage } from '../lib/content-check/page-safety.ts';
import { formatDiagnostic, type Diagnostic } from '../lib/content/diagnostic.ts';
import { symbolicLinkMessage } from '../lib/content-check/rules/file-rules.ts';
import { listLinks } from '../tooling/repository-files.ts';

type PageFormat = Parameters<typeof findUnsafePage>[1];

/**
 * Makes `npm run dev` as safe as `npm run build` for a pull request from someone we do not know.
 * The build runs the whole content check before it compiles anything (./content-check.ts);
 * `astro dev` does not, and compiling MDX runs its `import`, `export` and `{…}` code on the
 * reviewer's machine. So every Markdown and MDX file is checked by the safety rules just before
 * Vite loads it, in dev and build alike, and a file that fails is never compiled.
 *
 * Markdown (.md) pages are not compiled through Vite: Astro's content layer turns them into HTML
 * when the dev server starts or the file changes, and any page may show that HTML (untranslated
 * pages show the English one), so while a .md page holds unsafe HTML the dev server serves no
 * pages at all.
 */
export function devSafety(): AstroIntegration {
  return {
    name: 'atlas:dev-safety',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig, logger }) => {
        const root = fileURLToPath(config.root);
        const links = await findLinks(root);
        if (links.length > 0) {
          for (const link of links) logger.error(formatDiagnostic(link));
          throw new Error('The content holds links to other files (listed above). Replace each link with the file itself.');
        }
        updateConfig({ vite: { plugins: [pageSafetyPlugin(root, logger, command === 'dev')] } });
      },
    },
  };
}

/**
 * A content file that is a symbolic link makes Vite load the file it points at, under that
 * file's own name, where the page rules never look: a link named page.mdx to a .astro file whose
 * frontmatter is both YAML and JavaScript runs that JavaScript. The content check refuses links
 * too (src/lib/content-check/rules/file-rules.ts); this says so before anything is compiled.
 */
function linkDiagnostic(root: string, path: string): Diagnostic {
  return { file: projectPath(root, path), line: 1, column: 1, severity: 'error', message: symbolicLinkMessage };
}

async function contentEntries(contentDir: string): Promise<Dirent[]> {
  return readdir(contentDir, { recursive: true, withFileTypes: true }).catch(() => []);
}

async function findLinks(root: string): Promise<Diagnostic[]> {
  return (await listLinks(root, 'content')).map((path) => linkDiagnostic(root, join(root, path)));
}

/** The first link on the way from content/ down to `path`, if there is one. */
async function linkOnTheWay(contentDir: string, path: string): Promise<string | undefined> {
  const steps = relative(contentDir, path).split(sep);
  for (let i = 0; i <= steps.length; i++) {
    const step = join(contentDir, ...steps.slice(0, i));
    if ((await lstat(step).catch(() => undefined))?.isSymbolicLink()) return step;
  }
  return undefined;
}

function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** The extensions Astro reads as Markdown or MDX: only .md and .mdx are pages here, but any may be imported. */
const markdownFile = /\.(?:mdx|md|markdown|mdown|mkdn|mkd|mdwn)$/i;

function pageFormat(path: string): PageFormat {
  return path.toLowerCase().endsWith('.mdx') ? 'mdx' : 'md';
}

function projectPath(root: string, path: string): string {
  return relative(root, path).split(sep).join('/');
}

/** The safety rules on one file's text, remembered until the text changes: Vite loads each file under several ids. */
function createPageCheck(root: string): (path: string, text: string) => Diagnostic[] {
  const checked = new Map<string, { text: string; diagnostics: Diagnostic[] }>();
  return (path, text) => {
    const known = checked.get(path);
    if (known?.text === text) return known.diagnostics;
    const file = projectPath(root, path);
    const diagnostics = findUnsafePage(text, pageFormat(path)).map(
      (finding): Diagnostic => ({ file, line: finding.line, column: finding.column, severity: 'error', message: finding.message }),
    );
    checked.set(path, { text, diagnostics });
    return diagnostics;
  };
}

/** What Vite reports: the message is the check's own lines; `id` and `loc` point the overlay and the terminal at the file. */
function refusal(path: string, diagnostics: readonly Diagnostic[], hint: string): Error {
  const first = diagnostics[0]!;
  return Object.assign(new Error(diagnostics.map(formatDiagnostic).join('\n')), {
    id: path,
    loc: { file: path, line: first.line, column: first.column },
    // Shown under the message by Astro's error overlay and in the terminal.
    hint,
  });
}

const notCompiled = 'This file was not compiled, so nothing in it ran. Fix the lines above; `npm run check` lists every problem in the content.';

function pageSafetyPlugin(root: string, logger: AstroIntegrationLogger, isDevServer: boolean): Plugin {
  const contentDir = join(root, 'content');
  const check = createPageCheck(root);
  return {
    name: 'atlas:page-safety',
    enforce: 'pre',
    /**
     * Links are refused before the build or dev server starts; this catches one that appears while
     * the dev server runs (a reviewer switching branches). Vite resolves a link to the file it
     * points at, so this is the last moment the content path is still visible.
     */
    resolveId: {
      order: 'pre',
      filter: { id: /[\\/]content[\\/]/ },
      async handler(source) {
        const path = source.split('?')[0]!;
        // An absolute path, or one from the project root such as `/content/docs/en/x.mdx`.
        const file = [path, join(root, path)].find((candidate) => isAbsolute(candidate) && isInside(contentDir, candidate));
        if (!file) return null;
        const link = await linkOnTheWay(contentDir, file);
        if (link) throw refusal(link, [linkDiagnostic(root, link)], notCompiled);
        return null;
      },
    },
    /**
     * `load`, not `transform`: a content page reaches Vite under several ids (`page.mdx`, and
     * `page.mdx?astroPropagatedAssets` for the wrapper that `render()` imports, which in dev
     * imports `page.mdx` itself), and a `transform` hook may receive text another plugin has
     * already rewritten. `load` with `order: 'pre'` runs before any plugin can read the file,
     * whatever the query; the file is read here and judged as it is on disk. Returning nothing
     * lets Vite and @astrojs/mdx load and compile a file that passed, as they would without us.
     */
    load: {
      order: 'pre',
      filter: { id: /\.(?:mdx|md|markdown|mdown|mkdn|mkd|mdwn)(?:\?|$)/i },
      async handler(id) {
        const path = id.split('?')[0]!;
        // Every Markdown file, wherever it is: pages under content/ and anything they lead to.
        if (!isAbsolute(path) || !markdownFile.test(path)) return null;
        const text = await readFile(path, 'utf8').catch(() => undefined);
        if (text === undefined) return null;
        const diagnostics = check(path, text);
        if (diagnostics.length > 0) throw refusal(path, diagnostics, notCompiled);
        return null;
      },
    },
    configureServer(server) {
      // `astro build` starts a Vite server too, to sync content; it serves no pages.
      if (!isDevServer) return;

      const unsafePages = async (extensions: RegExp): Promise<Diagnostic[]> => {
        const files = (await contentEntries(contentDir))
          .filter((entry) => entry.isFile() && extensions.test(entry.name))
          .map((entry) => join(entry.parentPath, entry.name))
          .sort();
        const found = await Promise.all(files.map(async (file) => check(file, await readFile(file, 'utf8').catch(() => ''))));
        return found.flat();
      };

      // Every unsafe page, once, when the server starts: the reviewer sees the whole list, not
      // only the pages they happen to open.
      const atStart = unsafePages(/\.mdx?$/i).then((diagnostics) => {
        for (const d of diagnostics) logger.error(formatDiagnostic(d));
        if (diagnostics.length > 0) {
          logger.error('The pages above are not compiled or shown until they are fixed: `npm run check` explains every problem.');
        }
      });

      let lastReported = '';
      server.middlewares.use((request, response, next) => {
        if (!isPageRequest(request)) return next();
        // Looked at again on every page request, so that a file changed while the server runs
        // counts at once; the rules run again only on files whose text changed.
        atStart
          .then(async () => [...(await findLinks(root)), ...(await unsafePages(/\.md$/i))])
          .then((diagnostics) => {
            if (diagnostics.length === 0) {
              lastReported = '';
              return next();
            }
            const lines = diagnostics.map(formatDiagnostic).join('\n');
            if (lines !== lastReported) {
              logger.error(`No page is served until these are fixed:\n${lines}`);
              lastReported = lines;
            }
            response.statusCode = 500;
            // Plain text: the browser shows the messages and runs nothing.
            response.setHeader('Content-Type', 'text/plain; charset=utf-8');
            response.setHeader('X-Content-Type-Options', 'nosniff');
            response.end(
              [
                'No page of this site is served while the content holds something that could run code in your browser or on this computer:',
                '',
                lines,
                '',
                'Fix or remove what these lines point at; pages are served again as soon as it is gone.',
                '',
              ].join('\n'),
            );
          })
          .catch(next);
      });
    },
  };
}

/** A request whose answer a browser would show as a page: Vite's own modules and assets are left alone. */
function isPageRequest(request: IncomingMessage): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path.startsWith('/@') || path.startsWith('/node_modules/')) return false;
  return path.endsWith('/') || path.endsWith('.html') || (request.headers.accept ?? '').includes('text/html');
}
