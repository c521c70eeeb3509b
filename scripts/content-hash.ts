/** Prints the content hash of a page, for `translationOf.sourceHash`: node scripts/content-hash.ts <file> */
import { readFileSync } from 'node:fs';
import { contentHash } from '../src/lib/content-hash.ts';
import { splitFrontmatter } from '../src/lib/content-check/frontmatter.ts';

const file = process.argv[2];
if (!file) {
  console.error('Give the path of the source page, for example: node scripts/content-hash.ts content/docs/en/countries/it.mdx');
  process.exit(1);
}
console.log(contentHash(splitFrontmatter(readFileSync(file, 'utf8')).body));
