import { parse } from 'yaml';
import { readContent } from '../src/lib/content-check/read-content.ts';
import { codeowners } from '../src/lib/codeowners.ts';

/** CODEOWNERS for the project at `root`, whose package.json names the maintainers' team. */
export async function codeownersFor(root: string, pkg: { atlas?: { maintainers?: string } }): Promise<string> {
  const content = await readContent(root);
  const read = (text: string) => (parse(text) ?? {}) as Record<string, unknown>;
  return codeowners({
    maintainers: pkg.atlas?.maintainers ?? '@maintainers',
    countries: content.countries.map((file) => ({ code: file.id, reviewedBy: String(read(file.text)['reviewedBy'] ?? '') })),
    clinics: new Map(content.clinics.map((file) => [file.id, { github: read(file.text)['github'] as string | undefined }])),
  });
}
