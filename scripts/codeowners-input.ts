import { readContent } from '../src/lib/content-check/read-content.ts';
import { clinicData, countryRecords } from '../src/lib/content-check/page-records.ts';
import { codeowners } from '../src/lib/codeowners.ts';

/** CODEOWNERS for the project at `root`, whose package.json names the maintainers' team. */
export async function codeownersFor(root: string, pkg: { atlas?: { maintainers?: string } }): Promise<string> {
  const content = await readContent(root);
  return codeowners({
    maintainers: pkg.atlas?.maintainers ?? '@maintainers',
    countries: countryRecords(content).map((record) => ({ code: record.id.replace(/^countries\//, ''), reviewedBy: String(record.data['reviewedBy'] ?? '') })),
    clinics: new Map([...clinicData(content)].map(([id, data]) => [id, { github: data['github'] as string | undefined }])),
  });
}
