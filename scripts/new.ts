/**
 * `npm run new -- <guide|toolkit|factsheet|country|clinic|translation> --lang xx --slug name
 *  [--country xx] [--from path] [--yes]`: writes a new content file that passes the check.
 * Without the flags it asks; with --yes it never asks and stops if something is missing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { scaffold, scaffoldKinds, ScaffoldError, type ScaffoldKind } from '../src/lib/scaffold.ts';
import { localeCodes, defaultLocale } from '../src/locales.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    lang: { type: 'string' },
    slug: { type: 'string' },
    country: { type: 'string' },
    from: { type: 'string' },
    yes: { type: 'boolean', short: 'y', default: false },
  },
});

const interactive = !values.yes && process.stdin.isTTY === true;
const prompt = interactive ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;

function fail(message: string): never {
  console.error(message);
  prompt?.close();
  process.exit(1);
}

async function ask(question: string, current: string | undefined, fallback?: string): Promise<string | undefined> {
  if (current !== undefined || !prompt) return current ?? fallback;
  const answer = (await prompt.question(`${question}${fallback ? ` [${fallback}]` : ''}: `)).trim();
  return answer || fallback;
}

const kind = (await ask(`What do you want to create (${scaffoldKinds.join(', ')})`, positionals[0])) as ScaffoldKind | undefined;
if (!kind || !scaffoldKinds.includes(kind)) fail(`Say what to create: ${scaffoldKinds.join(', ')}. For example: npm run new -- guide --lang en --slug health-care --yes`);

const needsLang = kind !== 'country' && kind !== 'clinic';
const lang = needsLang ? await ask(`Language (${localeCodes.join(', ')})`, values.lang, kind === 'translation' ? undefined : defaultLocale) : defaultLocale;
if (!lang || !localeCodes.includes(lang as never)) fail(`Give the language with --lang, one of: ${localeCodes.join(', ')}.`);

const from = kind === 'translation' ? await ask('Page to translate (e.g. content/docs/en/countries/it.mdx)', values.from) : undefined;
const country = kind === 'factsheet' || kind === 'country' || kind === 'clinic' ? await ask('Country (two-letter code, e.g. it)', values.country) : values.country;
if ((kind === 'factsheet' || kind === 'country') && !country) fail('Give the country with --country, as its two-letter code in lower case, for example --country it.');
const slug =
  kind === 'translation' || kind === 'factsheet' || kind === 'country'
    ? (values.slug ?? country ?? '')
    : await ask('Short name for the address, lower case with hyphens (e.g. health-care-asylum-seekers)', values.slug);
if (!slug && kind !== 'translation') fail('Give a short name with --slug, in lower case with hyphens, for example --slug health-care-asylum-seekers.');
prompt?.close();

const clinicIds = existsSync('content/clinics')
  ? readdirSync('content/clinics').filter((f) => f.endsWith('.yaml')).map((f) => f.replace(/\.yaml$/, '')).sort()
  : [];

try {
  const result = scaffold(
    { kind, lang, slug: slug ?? '', country, from },
    { today: new Date(), clinicIds, readSource: (path) => (existsSync(path) ? readFileSync(path, 'utf8') : undefined) },
  );
  if (existsSync(result.path)) fail(`${result.path} already exists. Edit it, or choose another --slug.`);
  mkdirSync(dirname(result.path), { recursive: true });
  writeFileSync(result.path, result.text);
  console.log(result.path);
} catch (error) {
  if (error instanceof ScaffoldError) fail(error.message);
  throw error;
}
