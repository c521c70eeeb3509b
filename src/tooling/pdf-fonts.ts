import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pdfFontRoute } from '../lib/pdf/request-policy.ts';

/**
 * The fonts PDFs are printed with: Noto Sans for Latin and Cyrillic, Noto Sans Arabic and Noto
 * Sans SC, from their npm packages (never fetched from a font service). Chromium embeds the
 * subsets a page uses. Readers' browsers never load them: on screen the site uses system fonts.
 */
export const pdfFontPackages = ['@fontsource/noto-sans', '@fontsource/noto-sans-arabic', '@fontsource/noto-sans-sc'] as const;

const weights = ['400', '700'] as const;

export { pdfFontRoute };

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  return dirname(require.resolve(`${name}/package.json`));
}

/** @font-face rules for every package and weight, pointing at `pdfFontRoute`, plus the font stack. */
export async function pdfFontCss(): Promise<string> {
  const faces = await Promise.all(
    pdfFontPackages.flatMap((name) =>
      weights.map(async (weight) =>
        (await readFile(join(packageDir(name), `${weight}.css`), 'utf8')).replace(/url\(\.\/files\//g, `url(${pdfFontRoute}${name.replace('@fontsource/', '')}/`),
      ),
    ),
  );
  const stack = "'Noto Sans', 'Noto Sans Arabic', 'Noto Sans SC', sans-serif";
  return `${faces.join('\n')}\n:root { --sl-font: ${stack}; } body, :root { font-family: ${stack} !important; }`;
}

/** The font file for a request under `pdfFontRoute`, or undefined if it is not one of ours. */
export async function pdfFontFile(pathname: string): Promise<Buffer | undefined> {
  const match = new RegExp(`^${pdfFontRoute}(noto-sans(?:-arabic|-sc)?)/([a-z0-9-]+\\.woff2?)$`).exec(pathname);
  if (!match) return undefined;
  return readFile(join(packageDir(`@fontsource/${match[1]}`), 'files', match[2]!));
}
