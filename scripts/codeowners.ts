/** `npm run codeowners`: writes .github/CODEOWNERS from the content (see src/lib/codeowners.ts). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { codeownersFor } from './codeowners-input.ts';

mkdirSync('.github', { recursive: true });
writeFileSync('.github/CODEOWNERS', await codeownersFor(process.cwd(), JSON.parse(readFileSync('package.json', 'utf8'))));
console.log('.github/CODEOWNERS');
