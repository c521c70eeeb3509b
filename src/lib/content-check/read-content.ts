import { readdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { splitFrontmatter } from './frontmatter.ts';
import type { BodyFormat } from './parse-body.ts';

/** A page under content/docs, read once and shared by every check and report. */
export interface DocFile {
  /** `fr/guides/x`: the path under content/docs without extension. */
  id: string;
  /** `content/docs/fr/guides/x.mdx`, relative to the project root, with forward slashes. */
  path: string;
  absolutePath: string;
  format: BodyFormat;
  yaml: string | undefined;
  yamlStartLine: number;
  body: string;
  bodyStartLine: number;
  /** Size of the file on disk. */
  bytes: number;
}

export interface DataFile {
  /** The file name without extension: a clinic id or a country code. */
  id: string;
  path: string;
  text: string;
  bytes: number;
}

export interface ContentFiles {
  root: string;
  docs: DocFile[];
  clinics: DataFile[];
  countries: DataFile[];
  /** Files in public/, as addresses: `/files/letter.docx`. */
  publicFiles: string[];
}

export async function readContent(root: string): Promise<ContentFiles> {
  const rel = (path: string) => relative(root, path).split(sep).join('/');
  const contentDir = join(root, 'content');
  const docs = await Promise.all(
    (await listFiles(join(contentDir, 'docs'), /\.mdx?$/)).map(async (absolutePath): Promise<DocFile> => {
      const path = rel(absolutePath);
      const text = await readFile(absolutePath, 'utf8');
      const split = splitFrontmatter(text);
      return {
        bytes: Buffer.byteLength(text),
        id: path.replace(/^content\/docs\//, '').replace(/\.mdx?$/, ''),
        path,
        absolutePath,
        format: path.endsWith('.mdx') ? 'mdx' : 'md',
        ...split,
      };
    }),
  );
  const readData = async (folder: string) =>
    Promise.all(
      (await listFiles(join(contentDir, folder), /\.ya?ml$/)).map(async (file) => {
        const text = await readFile(file, 'utf8');
        // A byte-order mark, as some Windows editors write, is harmless: drop it.
        return { id: file.split(/[\\/]/).pop()!.replace(/\.ya?ml$/, ''), path: rel(file), text: text.replace(/^\uFEFF/, ''), bytes: Buffer.byteLength(text) };
      }),
    );
  const publicDir = join(root, 'public');
  const publicFiles = existsSync(publicDir)
    ? (await listFiles(publicDir, /./)).map((file) => `/${relative(publicDir, file).split(sep).join('/')}`)
    : [];
  return { root, docs, clinics: await readData('clinics'), countries: await readData('countries'), publicFiles };
}

async function listFiles(dir: string, pattern: RegExp): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries
    .filter((entry) => entry.isFile() && pattern.test(entry.name) && !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
