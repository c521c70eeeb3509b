import { createHash } from 'node:crypto';

/**
 * What a PDF depends on, hashed: the built page, every stylesheet and script it loads, the print
 * fonts and their versions, the PDF's properties, and the browser that prints it. An unchanged
 * page reuses its PDF from the last build; any change to one of these prints it again.
 */
export interface PdfInputs {
  html: string;
  /** Contents of the stylesheets and scripts the page loads, in the page's order. */
  resources: readonly string[];
  fontCss: string;
  /** The font packages and their versions, e.g. "@fontsource/noto-sans@5.3.0". */
  fontPackages: readonly string[];
  metadata: unknown;
  /** The printing browser and its version. */
  printer: string;
}

/** Bumped when the way PDFs are made changes in a way the inputs above do not show. */
export const pdfRecipeVersion = 1;

export function pdfCacheKey(inputs: PdfInputs): string {
  const hash = createHash('sha256');
  const part = (text: string) => hash.update(`${text.length}:`).update(text);
  part(String(pdfRecipeVersion));
  part(inputs.html);
  for (const resource of inputs.resources) part(resource);
  part(inputs.fontCss);
  for (const name of inputs.fontPackages) part(name);
  part(JSON.stringify(inputs.metadata));
  part(inputs.printer);
  return hash.digest('hex');
}
