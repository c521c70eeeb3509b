import { branches, conventions, statuses } from '../schemas/vocab.ts';
import { contentHash } from './content-hash.ts';
import { isoDay } from './dates.ts';
import { splitFrontmatter } from './content-check/frontmatter.ts';

export const scaffoldKinds = ['guide', 'toolkit', 'factsheet', 'country', 'clinic', 'translation'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export interface ScaffoldRequest {
  kind: ScaffoldKind;
  lang: string;
  slug: string;
  country?: string | undefined;
  /** For translations: the source page, as a path (content/docs/en/x.mdx) or id (en/x). */
  from?: string | undefined;
}

export interface ScaffoldContext {
  today: Date;
  /** Clinic ids, to propose one that exists as reviewer. */
  clinicIds: readonly string[];
  /** Reads a file of the project, for translations. */
  readSource(path: string): string | undefined;
}

export interface ScaffoldResult {
  /** Where to write, relative to the project root. */
  path: string;
  text: string;
}

const folders = { guide: 'guides', toolkit: 'toolkits', factsheet: 'countries' } as const;

/** What `npm run new` writes: a file that passes `npm run check`, with guidance where to fill in. */
export function scaffold(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  switch (request.kind) {
    case 'guide':
    case 'toolkit':
    case 'factsheet':
      return reviewedPage(request, context);
    case 'country':
      return countryFile(request, context);
    case 'clinic':
      return clinicFile(request);
    case 'translation':
      return translation(request, context);
  }
}

function reviewer(context: ScaffoldContext): string {
  const id = context.clinicIds[0];
  if (!id) throw new ScaffoldError('There is no clinic yet. Create one first: npm run new -- clinic --slug <clinic-id>');
  return id;
}

export class ScaffoldError extends Error {}

function reviewedPage(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const kind = request.kind as 'guide' | 'toolkit' | 'factsheet';
  const slug = kind === 'factsheet' ? requireCountry(request) : request.slug;
  const today = isoDay(context.today);
  const audience = kind === 'guide' ? '[migrants]' : kind === 'toolkit' ? '[ngos, trade-unions, lawyers]' : '[migrants, ngos, trade-unions, lawyers]';
  const countryLine =
    kind === 'factsheet'
      ? `country: ${slug}\n`
      : request.country
        ? `country: ${request.country}   # only for pages about one country; delete the line otherwise\n`
        : '';
  const text = `---
# Written with "npm run new". Replace every [FILL IN …], then run "npm run check".
title: "[FILL IN: a title that says what the reader can do, e.g. Health care while you wait for an asylum decision]"
description: "[FILL IN: one or two sentences, under 160 characters]"
kind: ${kind}
# The day your clinic checked this page against the law, and the date the law is described as of.
lastReviewed: ${today}
validAsOf: ${today}
# The id of the reviewing clinic: a file name in content/clinics/ without .yaml.
reviewedBy: ${reviewer(context)}
# Who the page is for: migrants, ngos, trade-unions, employers, lawyers, researchers.
audience: ${audience}
${countryLine}# Residence statuses the page is about: ${statuses.join(', ')}.
statuses: []
# Branches of social security it covers: ${branches.join(', ')}.
branches: []
# Every statement must be traceable: give each source a web address (url), a legal citation, or both.
# type: convention, eu-law, national-law, regulation, case-law, official-guidance, official-website, report.
sources:
  - title: "[FILL IN: the name of the law or official page]"
    citation: "[FILL IN: law, number, date and article]"
    type: national-law
---

{/* Write in plain language: short sentences, the most important fact first, one idea per section.
    Do not use "<" or "{" in the text: write "less than", and [NAME] for placeholders.
    To highlight a warning, use <Aside type="caution">…</Aside>. */}

## [FILL IN: the first thing the reader needs to know]

[FILL IN: text]
`;
  return { path: `content/docs/${request.lang}/${folders[kind]}/${slug}.mdx`, text };
}

function requireCountry(request: ScaffoldRequest): string {
  const code = request.country ?? request.slug;
  if (!code || !/^[a-z]{2}$/.test(code)) {
    throw new ScaffoldError('Give the country as its two-letter ISO code in lower case, for example --country it.');
  }
  return code;
}

function countryFile(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const code = requireCountry(request);
  const name = new Intl.DisplayNames(['en'], { type: 'region' }).of(code.toUpperCase()) ?? code;
  const today = isoDay(context.today);
  const matrix = statuses
    .map((status) => `  ${status}:\n${branches.map((branch) => `    ${branch}: { level: unknown }`).join('\n')}`)
    .join('\n');
  const text = `# Written with "npm run new". Facts about ${name} that do not depend on language.
# Fill in only what an official source confirms; everything else stays "unknown".
name: ${name}
euMember: false   # true for members of the European Union
lastReviewed: ${today}
reviewedBy: ${reviewer(context)}
validAsOf: ${today}
# For each convention: ratified, not-ratified, denounced or unknown; with the year and the ILO NORMLEX
# page as source once confirmed (https://normlex.ilo.org, "Ratifications for ${name}").
ratifications:
${conventions.map((convention) => `  - convention: ${convention}\n    status: unknown`).join('\n')}
# Whether EU social security coordination (Regulations 883/2004 and 1231/2010) applies.
euCoordination:
  applies: false
# Who can get what. For each cell: level (full, conditional, emergency-only, none, unknown),
# and for any level but unknown: conditions (in English), legalBasis and sources.
access:
${matrix}
# Official institutions to contact: name, website, what they help with, and the day you checked.
institutions: []
`;
  return { path: `content/countries/${code}.yaml`, text };
}

function clinicFile(request: ScaffoldRequest): ScaffoldResult {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(request.slug)) {
    throw new ScaffoldError('Give the clinic an id of lower-case letters, digits and hyphens, for example --slug turin-law-clinic.');
  }
  const country = request.country ?? '[FILL IN: two-letter country code]';
  const text = `# Written with "npm run new". Publish only details the clinic agrees to publish.
name: "[FILL IN: the clinic's name]"
university: "[FILL IN: the university]"
city: "[FILL IN: the city]"
country: ${request.country ? country : `"${country}"`}
# website: https://…   (optional)
# contact: clinic@example.org   (optional: a shared address, never a student's own)
sample: true   # set to false once the clinic has confirmed it joins
`;
  return { path: `content/clinics/${request.slug}.yaml`, text };
}

function translation(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  if (!request.from) throw new ScaffoldError('Say which page to translate, for example --from content/docs/en/countries/it.mdx');
  const sourcePath = request.from.startsWith('content/') ? request.from : `content/docs/${request.from}`;
  const withExtension = /\.mdx?$/.test(sourcePath) ? [sourcePath] : [`${sourcePath}.mdx`, `${sourcePath}.md`];
  const found = withExtension.map((path) => ({ path, text: context.readSource(path) })).find((candidate) => candidate.text !== undefined);
  if (!found || found.text === undefined) throw new ScaffoldError(`There is no page at ${withExtension.join(' or ')}. Give the path of the original, for example content/docs/en/countries/it.mdx.`);
  const sourceId = found.path.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  const [sourceLocale, ...rest] = sourceId.split('/');
  if (sourceLocale === request.lang) throw new ScaffoldError(`The original is already in "${request.lang}". Choose another language with --lang.`);
  const split = splitFrontmatter(found.text);
  if (split.yaml === undefined) throw new ScaffoldError(`${found.path} has no frontmatter to copy.`);
  const yaml = withoutBlock(split.yaml, 'translationOf');
  const text = `---
# Translation written with "npm run new". Translate the title, the description and the text;
# keep every other field as it is, and legal citations in their original language.
${yaml}
translationOf:
  source: ${sourceId}
  sourceHash: "${contentHash(split.body)}"
---
${split.body}`;
  const extension = found.path.endsWith('.md') ? 'md' : 'mdx';
  return { path: `content/docs/${request.lang}/${rest.join('/')}.${extension}`, text };
}

/** The YAML without the top-level field `key` and the indented lines under it. */
function withoutBlock(yaml: string, key: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of yaml.split('\n')) {
    if (line.startsWith(`${key}:`)) skipping = true;
    else if (skipping && !/^\s/.test(line)) skipping = false;
    if (!skipping) kept.push(line);
  }
  return kept.join('\n');
}
