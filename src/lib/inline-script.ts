import { transform } from 'esbuild';

const minified = new Map<string, Promise<string>>();

/** A script's source minified, once per build however many pages inline it. */
export function minifiedInlineScript(source: string): Promise<string> {
  let result = minified.get(source);
  if (!result) {
    result = transform(source, { minify: true, loader: 'js', target: 'es2020', legalComments: 'none' }).then(({ code }) => code.trim());
    minified.set(source, result);
  }
  return result;
}
