import { parseArgs } from 'node:util';
import { branches, conventions, statuses } from '../schemas/vocab.ts';
import { countryCodeHints, isCountryCode, type CountryCode } from '../schemas/country-codes.ts';
import { isEuMemberState } from '../schemas/eu-member-states.ts';
import { defaultLocale, isLocale, localeCodes } from '../locales.ts';
import { contentHash } from './content-hash.ts';
import { countryName } from './country-names.ts';
import { isoDay } from './dates.ts';
import { splitFrontmatter } from './content/frontmatter.ts';
import { didYouMean } from './content/did-you-mean.ts';
import { pageKindTable } from '../schemas/page.ts';

/**
 * What `npm run new` writes: a file that passes `npm run check` as it is, with [FILL IN …] where
 * a person has to write, and nothing a clinic has not confirmed. What is not researched stays
 * "unknown"; what is certain from the ISO code alone (EU membership, and with it EU social
 * security coordination) is written with its source.
 */

export const scaffoldKinds = ['guide', 'toolkit', 'factsheet', 'country', 'clinic', 'translation'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export function isScaffoldKind(value: string): value is ScaffoldKind {
  return (scaffoldKinds as readonly string[]).includes(value);
}

/** The fields of a request a person can give, each an option of `npm run new`. */
export type ScaffoldField = 'lang' | 'slug' | 'country' | 'clinic' | 'from';

interface KindDescription {
  what: string;
  writes: string;
  /** The field a bare word after the kind stands for: `npm run new -- country fr`. */
  name: ScaffoldField;
  /** The fields this kind needs, in the order `npm run new` asks for them. */
  needs: readonly ScaffoldField[];
  example: string;
}

export const scaffoldKindDescriptions: Readonly<Record<ScaffoldKind, KindDescription>> = {
  guide: {
    what: 'a guide for migrants',
    writes: 'content/docs/<lang>/guides/<slug>.mdx',
    name: 'slug',
    needs: ['lang', 'slug', 'clinic'],
    example: 'npm run new -- guide health-care-asylum-seekers --clinic turin-law-clinic',
  },
  toolkit: {
    what: 'a toolkit for NGOs, trade unions and lawyers',
    writes: 'content/docs/<lang>/toolkits/<slug>.mdx',
    name: 'slug',
    needs: ['lang', 'slug', 'clinic'],
    example: 'npm run new -- toolkit intake-checklist --lang en --clinic turin-law-clinic',
  },
  factsheet: {
    what: 'the fact sheet page of a country',
    writes: 'content/docs/<lang>/countries/<country>.mdx',
    name: 'country',
    needs: ['lang', 'country', 'clinic'],
    example: 'npm run new -- factsheet it --clinic turin-law-clinic',
  },
  country: {
    what: 'the facts about a country: EU membership, ratifications, who can get what',
    writes: 'content/countries/<country>.yaml',
    name: 'country',
    needs: ['country', 'clinic'],
    example: 'npm run new -- country fr --clinic turin-law-clinic',
  },
  clinic: {
    what: 'your law clinic',
    writes: 'content/clinics/<slug>.yaml',
    name: 'slug',
    needs: ['slug', 'country'],
    example: 'npm run new -- clinic krakow-law-clinic --country pl',
  },
  translation: {
    what: 'a translation of a page',
    writes: 'content/docs/<lang>/… (the same path as the original)',
    name: 'from',
    needs: ['from', 'lang'],
    example: 'npm run new -- translation content/docs/en/countries/it.mdx --lang fr',
  },
};

/** The options of `npm run new`, in the form `node:util` parseArgs takes. */
export const scaffoldOptions = {
  clinic: { type: 'string' },
  country: { type: 'string' },
  lang: { type: 'string' },
  slug: { type: 'string' },
  from: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** What each option means, for `--help` and for the messages about a mistyped option. */
const optionHelp: Readonly<Record<keyof typeof scaffoldOptions, { value?: string; example?: string; help: string }>> = {
  clinic: {
    value: '<id>',
    example: 'turin-law-clinic',
    help: 'The clinic that reviews the content: the name of a file in content/clinics/ without ".yaml". Required for a guide, toolkit, factsheet or country.',
  },
  country: {
    value: '<xx>',
    example: 'fr',
    help: 'The two-letter ISO code of the country, in lower case, for example "fr" for France. Required for a factsheet, country or clinic; for a guide or toolkit, only if it is about one country.',
  },
  lang: {
    value: '<xx>',
    example: 'fr',
    help: `The language of the page: ${localeCodes.join(', ')}. A guide, toolkit or factsheet is in ${defaultLocale} unless you say otherwise; a translation needs it.`,
  },
  slug: {
    value: '<name>',
    example: 'health-care-asylum-seekers',
    help: 'The short name in the web address: lower-case words joined by hyphens, for example "health-care-asylum-seekers". For a guide, toolkit or clinic.',
  },
  from: {
    value: '<page>',
    example: 'content/docs/en/countries/it.mdx',
    help: 'For a translation: the page to translate, for example content/docs/en/countries/it.mdx.',
  },
  yes: { help: 'Never ask a question: stop with a message if something is missing.' },
  help: { help: 'Show this help.' },
};

const seeHelp = 'To see every option: npm run new -- --help';

export interface ScaffoldArguments {
  /** What to create, if the command says. */
  kind?: ScaffoldKind;
  /** The fields given as options, or as the name after the kind. */
  fields: Partial<Record<ScaffoldField, string>>;
  /** --yes: never ask. */
  yes: boolean;
  /** --help: print the usage and nothing else. */
  help: boolean;
}

/**
 * Reads the words after `npm run new --`. Every mistake is a ScaffoldError that names the option
 * to use, rather than a parser's message about "positional arguments".
 */
export function readScaffoldArguments(args: readonly string[]): ScaffoldArguments {
  const { tokens } = parseArgs({ args: [...args], options: scaffoldOptions, allowPositionals: true, strict: false, tokens: true });
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { fields: {}, yes: false, help: true };
  const known = Object.keys(scaffoldOptions) as (keyof typeof scaffoldOptions)[];
  const fields: Partial<Record<ScaffoldField, string>> = {};
  const words: string[] = [];
  let yes = false;
  for (const token of tokens) {
    if (token.kind === 'positional') words.push(token.value);
    if (token.kind !== 'option') continue;
    const name = token.name as keyof typeof scaffoldOptions;
    if (!known.includes(name)) {
      const suggestion = didYouMean(token.name, known);
      throw new ScaffoldError(`"${token.rawName}" is not an option of npm run new.${suggestion ? ` Did you mean --${suggestion}?` : ''} ${seeHelp}`);
    }
    if (scaffoldOptions[name].type === 'boolean') {
      if (token.value !== undefined) throw new ScaffoldError(`${token.rawName} takes no value: write it alone, as ${token.rawName}.`);
      if (name === 'yes') yes = true;
      continue;
    }
    // Without strict parsing, "--clinic --yes" would take "--yes" as the clinic.
    if (token.value === undefined || (token.inlineValue === false && token.value.startsWith('-'))) {
      throw new ScaffoldError(`--${name} needs a value after it, for example --${name} ${optionHelp[name].example}.`);
    }
    const field = name as ScaffoldField;
    if (fields[field] !== undefined && fields[field] !== token.value) {
      throw new ScaffoldError(`--${name} is given twice ("${fields[field]}" and "${token.value}"). Give it once.`);
    }
    fields[field] = token.value;
  }
  const [kindWord, name, ...extra] = words;
  if (kindWord === undefined) return { fields, yes, help: false };
  const kind = requireKind(kindWord);
  if (extra.length > 0) {
    throw new ScaffoldError(`After "${kind}", give one name, not ${words.length - 1} ("${words.slice(1).join('", "')}"). ${seeHelp}`);
  }
  const nameField = scaffoldKindDescriptions[kind].name;
  if (name !== undefined) {
    if (fields[nameField] !== undefined && fields[nameField] !== name) {
      throw new ScaffoldError(`You gave "${name}" after "${kind}", and also --${nameField} ${fields[nameField]}. Give the ${nameField} once, one way or the other.`);
    }
    fields[nameField] = name;
  }
  return { kind, fields, yes, help: false };
}

/** The kind of content to create, or a message listing the kinds. */
export function requireKind(word: string | undefined): ScaffoldKind {
  if (word !== undefined && isScaffoldKind(word)) return word;
  const suggestion = word === undefined ? undefined : didYouMean(word, scaffoldKinds);
  const wrong = word === undefined ? '' : `"${word}" is not something npm run new creates.${suggestion ? ` Did you mean "${suggestion}"?` : ''} `;
  throw new ScaffoldError(`${wrong}Say what to create: ${scaffoldKinds.join(', ')}. For example: ${scaffoldKindDescriptions.guide.example}\n${seeHelp}`);
}

export const fieldQuestions: Readonly<Record<ScaffoldField, string>> = {
  lang: `Language (${localeCodes.join(', ')}; a guide, toolkit or factsheet without one is in ${defaultLocale})`,
  slug: 'Short name for the address, lower case with hyphens (e.g. health-care-asylum-seekers)',
  country: 'Country (two-letter ISO code, e.g. fr)',
  clinic: 'Reviewing clinic (the name of its file in content/clinics/)',
  from: 'Page to translate (e.g. content/docs/en/countries/it.mdx)',
};

/** The text of `npm run new -- --help`. */
export function scaffoldUsage(): string {
  const kindWidth = Math.max(...scaffoldKinds.map((kind) => kind.length));
  const kinds = scaffoldKinds.map((kind) => {
    const { what, writes } = scaffoldKindDescriptions[kind];
    return `  ${kind.padEnd(kindWidth)}  ${what}\n  ${''.padEnd(kindWidth)}  → ${writes}`;
  });
  const options = Object.entries(scaffoldOptions).map(([name, option]) => {
    const { value, help } = optionHelp[name as keyof typeof scaffoldOptions];
    const short = 'short' in option ? `-${option.short}, ` : '';
    return `  ${short}--${name}${value ? ` ${value}` : ''}\n${wrap(help, '      ')}`;
  });
  const kindsByName = new Map<ScaffoldField, ScaffoldKind[]>();
  for (const kind of scaffoldKinds) {
    const { name } = scaffoldKindDescriptions[kind];
    kindsByName.set(name, [...(kindsByName.get(name) ?? []), kind]);
  }
  const names = [...kindsByName]
    .map(([name, kinds]) => `--${name} of a ${kinds.length > 1 ? `${kinds.slice(0, -1).join(', ')} or ${kinds.at(-1)}` : kinds[0]}`)
    .join('; the ');
  return `Creates a new content file that passes "npm run check" as it is. Open it and replace every
[FILL IN …]; the lines starting with # explain each field.

Usage:
  npm run new -- <what> [<name>] [options]

What you can create:
${kinds.join('\n')}

${wrap(`The <name> after <what> is the ${names}.`, '')}

Options:
${options.join('\n')}

Examples:
${scaffoldKinds.map((kind) => `  ${scaffoldKindDescriptions[kind].example}`).join('\n')}
  npm run new -- --help

Run in a terminal without --yes, it asks for whatever is missing.
`;
}

/** Help text in lines a terminal shows whole. */
function wrap(text: string, indent: string, width = 96): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, indent + line].join('\n');
}

export interface ScaffoldRequest {
  kind: ScaffoldKind;
  /** The page's language; a guide, toolkit or factsheet is in the default language without it. */
  lang?: string | undefined;
  slug?: string | undefined;
  country?: string | undefined;
  /** The id of the clinic that reviews the content (`reviewedBy`). */
  clinic?: string | undefined;
  /** For translations: the source page, as a path (content/docs/en/x.mdx) or id (en/x). */
  from?: string | undefined;
}

export interface ScaffoldContext {
  today: Date;
  /** The ids of the clinics in content/clinics/: the reviewer must be one of them. */
  clinicIds: readonly string[];
  /** Reads a file of the project, for translations. */
  readSource(path: string): string | undefined;
  /** Whether a file of the project exists, so nothing is overwritten and references resolve. */
  exists(path: string): boolean;
}

export interface ScaffoldResult {
  /** Where to write, relative to the project root. */
  path: string;
  text: string;
  /**
   * Whether .github/CODEOWNERS must be written again: it routes each country's files to the
   * clinic named in `reviewedBy`, and the check refuses it once it no longer matches.
   */
  rewritesCodeowners?: true;
  /**
   * Files the new one replaces, to delete: a country's ratifications move from
   * content/ratifications/<iso2>.yaml into its new country file, so that each fact has one file.
   */
  replaces?: string[];
}

export class ScaffoldError extends Error {}

/** A file `npm run new` may write: it passes the check as it is, with placeholders where to write. */
export function scaffold(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  switch (request.kind) {
    case 'guide':
    case 'toolkit':
    case 'factsheet':
      return reviewedPage(request, context);
    case 'country':
      return countryFile(request, context);
    case 'clinic':
      return clinicFile(request, context);
    case 'translation':
      return translation(request, context);
  }
}

function reviewedPage(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const kind = request.kind as 'guide' | 'toolkit' | 'factsheet';
  const lang = requireLang(request.lang ?? defaultLocale);
  const country = kind === 'factsheet' ? requireCountry(request.country) : request.country === undefined ? undefined : requireCountry(request.country);
  if (country) requireCountryFile(country, context);
  const slug = kind === 'factsheet' ? country! : requireSlug(request.slug, 'health-care-asylum-seekers');
  const reviewer = requireClinic(request, context);
  const path = `content/docs/${lang}/${pageKindTable[kind].folder}/${slug}.mdx`;
  if (context.exists(path)) {
    throw new ScaffoldError(
      kind === 'factsheet'
        ? `${path} already exists: there is one fact sheet per country and language. Edit it, or write it in another language with --lang.`
        : `${path} already exists. Edit it, or choose another short name with --slug.`,
    );
  }
  const today = isoDay(context.today);
  const audience = kind === 'guide' ? '[migrants]' : kind === 'toolkit' ? '[ngos, trade-unions, lawyers]' : '[migrants, ngos, trade-unions, lawyers]';
  const countryLine =
    kind === 'factsheet'
      ? `country: ${country}\n`
      : country
        ? `country: ${country}   # only for pages about one country; delete the line otherwise\n`
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
reviewedBy: ${reviewer}
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
  return { path, text };
}

function countryFile(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const code = requireCountry(request.country);
  const name = countryName(code, 'en');
  const path = `content/countries/${code}.yaml`;
  if (context.exists(path)) {
    throw new ScaffoldError(`${path} already exists: there is one file per country. Edit it, or give another country with --country.`);
  }
  const reviewer = requireClinic(request, context);
  const today = isoDay(context.today);
  const euMember = isEuMemberState(code);
  // A country known so far by its ratifications only keeps them, checked on NORMLEX already.
  const ratificationsPath = `content/ratifications/${code}.yaml`;
  const known = /(?:^|\n)ratifications:\n([\s\S]*?)\s*$/.exec(context.readSource(ratificationsPath) ?? '')?.[1];
  const matrix = statuses
    .map((status) => `  ${status}:\n${branches.map((branch) => `    ${branch}: { level: unknown }`).join('\n')}`)
    .join('\n');
  const text = `# Written with "npm run new". Facts about ${name} that do not depend on language.
# Fill in only what an official source confirms; everything else stays "unknown".
name: ${yamlString(name)}
# ${euMember ? `${name} is one of the 27 EU Member States` : `${name} is not an EU Member State`} (the list is in src/schemas/eu-member-states.ts).
euMember: ${euMember}
lastReviewed: ${today}
reviewedBy: ${reviewer}
validAsOf: ${today}
${
    known === undefined
      ? `# Every convention stays "unknown" until you have checked it on ILO NORMLEX (https://normlex.ilo.org,
# "Ratifications for ${name}"). Then write ratified, not-ratified or denounced, with the year and
# the NORMLEX page as source.
ratifications:
${conventions.map((convention) => `  - convention: ${convention}\n    status: unknown`).join('\n')}`
      : `# Moved from ${ratificationsPath}, where they were checked on ILO NORMLEX. Check any "unknown"
# on NORMLEX ("Ratifications for ${name}") and cite the page that settles it.
ratifications:
${known}`
  }
${euCoordination(code, name)}
# Who can get what. Every cell stays "unknown" (not yet researched, never "no access") until you
# can cite the law. Then give level (full, conditional, emergency-only, none), conditions
# (in English), legalBasis and sources.
access:
${matrix}
# Official institutions to contact: name, website, what they help with, and the day you checked.
institutions: []
`;
  return { path, text, rewritesCodeowners: true, ...(known === undefined ? {} : { replaces: [ratificationsPath] }) };
}

const regulation883 = `    - title: Regulation (EC) No 883/2004 on the coordination of social security systems
      url: https://eur-lex.europa.eu/eli/reg/2004/883/oj
      type: eu-law`;
const regulation1231 = `    - title: Regulation (EU) No 1231/2010 extending Regulation (EC) No 883/2004 and Regulation (EC) No 987/2009 to nationals of third countries who are not already covered by these Regulations solely on the ground of their nationality
      url: https://eur-lex.europa.eu/eli/reg/2010/1231/oj
      type: eu-law`;
/** The Commission's page that says where the coordination rules apply, and where Regulation 1231/2010 does not. */
const commissionPage = `    - title: "Social security coordination: EU legislation (European Commission)"
      url: https://ec.europa.eu/social/main.jsp?catId=867&langId=en
      type: official-website`;

/** States outside the EU that apply Regulation 883/2004 through an agreement with it. */
const coordinationAgreements: Readonly<Partial<Record<CountryCode, string>>> = {
  is: 'the Agreement on the European Economic Area (EEA)',
  li: 'the Agreement on the European Economic Area (EEA)',
  no: 'the Agreement on the European Economic Area (EEA)',
  ch: 'its Agreement with the EU on the free movement of persons',
};

/**
 * The `euCoordination` block. The schema needs `applies` to be true or false, so where the ISO code
 * does not settle it the note is a placeholder that the check reports until someone has found out.
 */
function euCoordination(code: CountryCode, name: string): string {
  // Regulation 1231/2010 extends the rules to third-country nationals, but binds no State outside
  // the EU, nor Denmark (which did not take part in adopting it): there, a third-country national
  // is covered only as a refugee, a stateless person, or a family member or survivor of a person
  // covered (Regulation 883/2004, Article 2). Source: the Commission's page above.
  const onlyThrough883 =
    'Regulation (EU) No 1231/2010, which extends these rules to other third-country nationals, does not apply here. So third-country nationals are covered only as refugees, as stateless persons, or as family members or survivors of a person covered (Regulation (EC) No 883/2004, Article 2).';
  if (code === 'dk') {
    return `# ${name} is an EU Member State, so Regulation (EC) No 883/2004 applies; Regulation (EU) No 1231/2010 does not.
euCoordination:
  applies: true
  notes: ${JSON.stringify(`${name} is an EU Member State, so Regulation (EC) No 883/2004 applies. ${onlyThrough883}`)}
  sources:
${regulation883}
${commissionPage}`;
  }
  if (isEuMemberState(code)) {
    return `# ${name} is an EU Member State, so the EU coordination rules apply: Regulation (EC) No 883/2004, which
# Regulation (EU) No 1231/2010 extends to third-country nationals who live legally in the EU and move
# between Member States.
euCoordination:
  applies: true
  sources:
${regulation883}
${regulation1231}`;
  }
  const agreement = coordinationAgreements[code];
  if (agreement) {
    return `# ${name} is not in the EU, but applies Regulation (EC) No 883/2004 through ${agreement}.
euCoordination:
  applies: true
  notes: ${JSON.stringify(`${name} is not an EU Member State, but applies Regulation (EC) No 883/2004 through ${agreement}. ${onlyThrough883}`)}
  sources:
${regulation883}
${commissionPage}`;
  }
  const lookAt = code === 'gb' ? ' For the United Kingdom, look at the Withdrawal Agreement (for the people it covers) and the Trade and Cooperation Agreement.' : '';
  return `# ${name} is not an EU Member State. Whether the EU coordination rules apply here (through an agreement
# with the EU, or as part of a Member State's territory) is for you to find out, with a source.
# The schema needs true or false for "applies": false is not a finding until the note is filled in.
euCoordination:
  applies: false
  notes: ${JSON.stringify(`[FILL IN: in English, whether the EU social security coordination rules apply in ${name}, through which agreement or act, and to whom. Cite it under sources, and set applies: true if they apply.${lookAt}]`)}
  sources: []`;
}

function clinicFile(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  const id = requireSlug(request.slug, 'krakow-law-clinic');
  // The check refuses a clinic without a valid country code, and no placeholder is one.
  const country = requireCountry(request.country);
  const path = `content/clinics/${id}.yaml`;
  if (context.exists(path)) {
    throw new ScaffoldError(`${path} already exists. If it is your clinic, edit it; otherwise choose another id with --slug.`);
  }
  const text = `# Written with "npm run new". Publish only details the clinic agrees to publish.
name: "[FILL IN: the clinic's name]"
university: "[FILL IN: the university]"
city: "[FILL IN: the city]"
country: ${country}
# website: https://…   (optional)
# contact: clinic@example.org   (optional: a shared address, never a student's own)
sample: true   # set to false once the clinic has confirmed it joins
`;
  return { path, text };
}

function translation(request: ScaffoldRequest, context: ScaffoldContext): ScaffoldResult {
  if (!request.from) throw new ScaffoldError('Say which page to translate with --from, for example --from content/docs/en/countries/it.mdx');
  if (request.lang === undefined) throw new ScaffoldError(`Say which language you translate into with --lang, one of: ${localeCodes.join(', ')}.`);
  const lang = requireLang(request.lang);
  const sourcePath = request.from.startsWith('content/') ? request.from : `content/docs/${request.from}`;
  const withExtension = /\.mdx?$/.test(sourcePath) ? [sourcePath] : [`${sourcePath}.mdx`, `${sourcePath}.md`];
  const found = withExtension.map((path) => ({ path, text: context.readSource(path) })).find((candidate) => candidate.text !== undefined);
  if (!found || found.text === undefined) throw new ScaffoldError(`There is no page at ${withExtension.join(' or ')}. Give the path of the original with --from, for example --from content/docs/en/countries/it.mdx.`);
  const sourceId = found.path.replace(/^content\/docs\//, '').replace(/\.mdx?$/, '');
  const [sourceLocale, ...rest] = sourceId.split('/');
  if (sourceLocale !== defaultLocale) {
    throw new ScaffoldError(`${found.path} is not an original: translate from the page in content/docs/${defaultLocale}/, for example --from content/docs/${defaultLocale}/${rest.join('/')}${found.path.slice(found.path.lastIndexOf('.'))}.`);
  }
  if (lang === defaultLocale) throw new ScaffoldError(`The original is already in "${lang}". Choose another language with --lang.`);
  const split = splitFrontmatter(found.text);
  if (split.yaml === undefined) throw new ScaffoldError(`${found.path} has no frontmatter to copy.`);
  const extension = found.path.endsWith('.md') ? 'md' : 'mdx';
  const path = `content/docs/${lang}/${rest.join('/')}.${extension}`;
  if (context.exists(path)) throw new ScaffoldError(`${path} already exists. Edit it, or choose another language with --lang.`);
  const yaml = withoutBlock(split.yaml, 'translationOf');
  const text = `---
# Translation written with "npm run new". Translate the title, the description, the keywords and the text;
# keep every other field as it is, and legal citations in their original language.
${yaml}
translationOf:
  source: ${sourceId}
  sourceHash: "${contentHash(split.body)}"
---
${split.body}`;
  return { path, text };
}

function requireLang(lang: string): string {
  if (!isLocale(lang)) throw new ScaffoldError(`"${lang}" is not a language of the site. Give the language with --lang, one of: ${localeCodes.join(', ')}.`);
  return lang;
}

/** File and folder names become web addresses: the check accepts lower-case words and hyphens only. */
function requireSlug(slug: string | undefined, example: string): string {
  if (!slug) throw new ScaffoldError(`Give a short name with --slug, in lower case with hyphens, for example --slug ${example}.`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new ScaffoldError(`"${slug}" cannot be a short name: use lower-case letters, digits and hyphens only, for example --slug ${example}.`);
  }
  return slug;
}

function requireCountry(given: string | undefined): CountryCode {
  if (!given) throw new ScaffoldError('Give the country with --country, as its two-letter ISO code in lower case, for example --country it.');
  const code = given.trim().toLowerCase();
  if (isCountryCode(code)) return code;
  const hint = countryCodeHints[code];
  throw new ScaffoldError(
    hint
      ? `"${given}" is not an ISO country code: for this country, give --country ${hint}.`
      : `"${given}" is not an ISO country code. Give the country with --country, as its two-letter ISO 3166-1 code in lower case, for example --country it.`,
  );
}

/** A page about a country needs the country's file, or the check reports the page. */
function requireCountryFile(code: CountryCode, context: ScaffoldContext): void {
  if (context.exists(`content/countries/${code}.yaml`)) return;
  throw new ScaffoldError(`There is no content/countries/${code}.yaml yet, and a page about ${countryName(code, 'en')} needs it. Create it first: npm run new -- country ${code} --clinic <id>`);
}

/** The reviewing clinic is a statement of who checked the content: it is never chosen for the author. */
function requireClinic(request: ScaffoldRequest, context: ScaffoldContext): string {
  const ids = [...context.clinicIds].sort();
  if (ids.length === 0) {
    throw new ScaffoldError('There is no clinic yet, and every page names the clinic that reviews it. Add yours first: npm run new -- clinic <id> --country <xx>');
  }
  const list = ids.join(', ');
  if (!request.clinic) {
    throw new ScaffoldError(`Say which clinic reviews this with --clinic, one of: ${list}. For example: ${scaffoldKindDescriptions[request.kind].example}`);
  }
  if (!ids.includes(request.clinic)) {
    const suggestion = didYouMean(request.clinic, ids);
    throw new ScaffoldError(
      `"--clinic ${request.clinic}" names no clinic.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Use one of: ${list} (the files in content/clinics/). If your clinic is not there, add it first: npm run new -- clinic <id> --country <xx>`,
    );
  }
  return request.clinic;
}

/** A value YAML reads back as the same string, whatever characters a country's name holds. */
function yamlString(value: string): string {
  return /^[A-Za-z][A-Za-z .’'()-]*$/.test(value) && !/[:#]/.test(value) ? value : JSON.stringify(value);
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
