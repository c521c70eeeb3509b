/** The address prefix print fonts are served under while printing; nothing is written to dist/. */
export const pdfFontRoute = '/__atlas-pdf-fonts/';

/**
 * What the PDF browser does with a request: serve a print font from the font packages, let it
 * through to the local build or to data the page holds itself, or refuse it. Anything not on the
 * build's own origin is refused, other ports on 127.0.0.1 included: a PDF made during the build
 * must not tell another server, local or not, that it was made, and must look the same whatever
 * the network does.
 */
export type PdfRequestVerdict = 'font' | 'site' | 'inline' | 'refused';

/** Addresses whose content is already in the page: loading them reaches no server. */
const inlineSchemes: ReadonlySet<string> = new Set(['data:', 'blob:', 'about:']);

export function pdfRequestVerdict(url: string, siteOrigin: string): PdfRequestVerdict {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'refused';
  }
  if (inlineSchemes.has(parsed.protocol)) return 'inline';
  if (parsed.origin !== new URL(siteOrigin).origin) return 'refused';
  return parsed.pathname.startsWith(pdfFontRoute) ? 'font' : 'site';
}

export interface RefusedLoads {
  /** The page's address on the site, e.g. /fr/countries/it/. */
  pagePath: string;
  /** The content file the page is made from, e.g. content/docs/fr/countries/it.mdx. */
  contentFile: string;
  /** Every address the page tried to load, in the order it tried. */
  urls: readonly string[];
}

const howToFix = [
  'Pages may load only files of this site, so that making a PDF sends nothing to anyone else.',
  'Remove each of these images, stylesheets or fonts from the file, or save the file under public/ and use its address on this site instead (for example /images/map.png).',
  'If the content file does not contain these addresses, they come from the site’s own components or styles: send this message to a maintainer.',
];

function addressList(urls: readonly string[]): string[] {
  return [...new Set(urls)].map((url) => `  ${url}`);
}

/** The build's error for a page that tried to load files from elsewhere: where, what, how to fix. */
export function refusedLoadsMessage({ pagePath, contentFile, urls }: RefusedLoads): string {
  const count = new Set(urls).size;
  return [
    `The PDF of the page ${pagePath} could not be made: the page tried to load ${count === 1 ? 'a file' : `${count} files`} from another website while its PDF was made.`,
    `The page is made from ${contentFile}. It tried to load:`,
    ...addressList(urls),
    ...howToFix,
  ].join('\n');
}

/** The same error when the browser could not tell which page asked (a window a page opened, say). */
export function unattributedLoadsMessage(urls: readonly string[]): string {
  return [
    'The PDFs could not be made: while they were printed, a fact sheet or toolkit tried to load files from another website, and the browser could not tell which page asked. It tried to load:',
    ...addressList(urls),
    ...howToFix,
  ].join('\n');
}
