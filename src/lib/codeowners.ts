import type { ContentLayer } from './content/records.ts';

/**
 * .github/CODEOWNERS: each country's content goes to the clinic that reviews it, so GitHub asks
 * that clinic to review every pull request touching it. Generated from content/ by
 * `npm run codeowners`; a test fails when the file and the content disagree.
 */
export interface CodeownersInput {
  /** Owners of everything not owned by a clinic, e.g. `@org/maintainers`. */
  maintainers: string;
  countries: readonly { code: string; reviewedBy: string }[];
  clinics: ReadonlyMap<string, { github?: string | undefined }>;
}

/** The input from the content layer's records: countries with a valid file and their reviewers. */
export function codeownersInput(layer: Pick<ContentLayer, 'countries' | 'clinics'>, maintainers: string): CodeownersInput {
  return {
    maintainers,
    countries: layer.countries.flatMap((country) => (country.data ? [{ code: country.id, reviewedBy: country.data.reviewedBy }] : [])),
    clinics: new Map(layer.clinics.flatMap((clinic) => (clinic.data ? [[clinic.id, { github: clinic.data.github }] as const] : []))),
  };
}

export function codeowners({ maintainers, countries, clinics }: CodeownersInput): string {
  const lines = [
    '# Written by `npm run codeowners` from content/countries/*.yaml and content/clinics/*.yaml.',
    '# Do not edit by hand: set `github:` in a clinic file and run the command again.',
    '',
    `* ${maintainers}`,
    '',
  ];
  for (const { code, reviewedBy } of [...countries].sort((a, b) => a.code.localeCompare(b.code))) {
    const team = clinics.get(reviewedBy)?.github;
    const paths = [`/content/countries/${code}.yaml`, `/content/countries/*/${code}.yaml`, `/content/docs/*/countries/${code}.mdx`, `/content/docs/*/countries/${code}.md`];
    if (!team) {
      lines.push(`# ${code}: ${reviewedBy} has no GitHub team yet (add "github:" to content/clinics/${reviewedBy}.yaml).`);
      continue;
    }
    lines.push(...paths.map((path) => `${path} ${maintainers} ${team}`));
  }
  return `${lines.join('\n')}\n`;
}
