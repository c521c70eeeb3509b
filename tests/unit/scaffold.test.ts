import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { readScaffoldArguments, scaffold, ScaffoldError, type ScaffoldContext, type ScaffoldRequest } from '../../src/lib/scaffold.ts';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';
import { contentHash } from '../../src/lib/content-hash.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';

const run = promisify(execFile);
const projectRoot = join(import.meta.dirname, '..', '..');
const node = join(projectRoot, 'node_modules', '.bin', 'node');
const script = join(projectRoot, 'scripts', 'new.ts');
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The valid fixture site with the project's UI strings, clinics and countries (de, es, it). */
async function fixtureSite(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'atlas-scaffold-'));
  temporary.push(root);
  await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', 'valid'), root, { recursive: true });
  for (const folder of ['i18n', 'clinics', 'countries']) {
    await cp(join(projectRoot, 'content', folder), join(root, 'content', folder), { recursive: true });
  }
  return root;
}

async function contextOf(root: string): Promise<ScaffoldContext> {
  const clinicIds = (await readdir(join(root, 'content', 'clinics'))).map((file) => file.replace(/\.yaml$/, ''));
  return {
    today: new Date(),
    clinicIds,
    readSource: (path) => (existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined),
    exists: (path) => existsSync(join(root, path)),
  };
}

async function write(root: string, request: ScaffoldRequest): Promise<string> {
  const result = scaffold(request, await contextOf(root));
  await mkdir(dirname(join(root, result.path)), { recursive: true });
  await writeFile(join(root, result.path), result.text);
  return result.path;
}

/** What `npm run new -- …` prints and returns, run in `root` without a terminal. */
async function npmRunNew(root: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return run(node, [script, ...args], { cwd: root }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

const clinic = 'turin-law-clinic';
/** Running the check or the command line takes seconds when every test file runs at once. */
const slow = { timeout: 30_000 };

/** A country file as YAML reads it. */
interface CountryData {
  euMember: boolean;
  reviewedBy: string;
  ratifications: { convention: string; status: string }[];
  euCoordination: { applies: boolean; notes?: string; sources: { url?: string; citation?: string }[] };
  access: Record<string, Record<string, { level: string }>>;
}

function countryData(request: Omit<ScaffoldRequest, 'kind'>, clinicIds = [clinic]): CountryData {
  const result = scaffold({ kind: 'country', clinic, ...request }, { today: new Date(), clinicIds, readSource: () => undefined, exists: () => false });
  return parse(result.text) as CountryData;
}

const regulation883 = 'https://eur-lex.europa.eu/eli/reg/2004/883/oj';

describe('npm run new: a country known by its ratifications only', () => {
  it('moves its checked ratifications into the new country file, and names the file to delete', () => {
    const ratifications = `name: Poland\nlastChecked: 2026-11-30\nratifications:\n- convention: C102\n  status: ratified\n  year: 2003\n  source:\n    title: NORMLEX\n    url: https://normlex.ilo.org/x\n    type: convention\n`;
    const result = scaffold(
      { kind: 'country', country: 'pl', clinic },
      { today: new Date(), clinicIds: [clinic], readSource: (path) => (path === 'content/ratifications/pl.yaml' ? ratifications : undefined), exists: () => false },
    );
    expect(result.replaces).toEqual(['content/ratifications/pl.yaml']);
    expect((parse(result.text) as CountryData).ratifications).toEqual([{ convention: 'C102', status: 'ratified', year: 2003, source: { title: 'NORMLEX', url: 'https://normlex.ilo.org/x', type: 'convention' } }]);
    expect(countryData({ country: 'pl' }).ratifications.every((r) => r.status === 'unknown')).toBe(true);
  });
});

describe('npm run new: every kind passes the check as written', slow, () => {
  it('scaffolds countries in and out of the EU, a clinic, a guide, a toolkit, a fact sheet and a translation, with warnings only', async () => {
    const root = await fixtureSite();
    const requests: ScaffoldRequest[] = [
      { kind: 'country', country: 'pl', clinic },
      { kind: 'country', country: 'dk', clinic },
      { kind: 'country', country: 'ch', clinic },
      { kind: 'country', country: 'no', clinic },
      { kind: 'country', country: 'rs', clinic },
      { kind: 'country', country: 'gb', clinic },
      { kind: 'clinic', slug: 'krakow-law-clinic', country: 'pl' },
      { kind: 'guide', slug: 'new-guide', clinic },
      { kind: 'toolkit', slug: 'new-toolkit', country: 'pl', clinic },
      { kind: 'factsheet', country: 'pl', clinic: 'krakow-law-clinic' },
      { kind: 'translation', lang: 'ru', from: 'content/docs/en/guides/health.md' },
    ];
    const settledByIsoCode = ['content/countries/pl.yaml', 'content/countries/dk.yaml', 'content/countries/ch.yaml', 'content/countries/no.yaml'];
    const leftToWrite = [
      'content/countries/rs.yaml',
      'content/countries/gb.yaml',
      'content/clinics/krakow-law-clinic.yaml',
      'content/docs/en/guides/new-guide.mdx',
      'content/docs/en/toolkits/new-toolkit.mdx',
      'content/docs/en/countries/pl.mdx',
    ];
    const written: string[] = [];
    for (const request of requests) written.push(await write(root, request));
    expect(written).toEqual([...settledByIsoCode, ...leftToWrite, 'content/docs/ru/guides/health.md']);
    const diagnostics = await checkContent({ root });
    expect(diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    // Whatever is left to write is flagged; what the ISO code settles (pl, dk, ch, no) is not.
    const flagged = new Set(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.file));
    expect(written.filter((path) => flagged.has(path))).toEqual(leftToWrite);
  });

  it('writes a clinic with its real country code, which the check requires', () => {
    const result = scaffold({ kind: 'clinic', slug: 'krakow-law-clinic', country: 'PL' }, { today: new Date(), clinicIds: [], readSource: () => undefined, exists: () => false });
    expect(parse(result.text)).toMatchObject({ country: 'pl' });
    const context = { today: new Date(), clinicIds: [], readSource: () => undefined, exists: () => false };
    expect(() => scaffold({ kind: 'clinic', slug: 'krakow-law-clinic' }, context)).toThrow(new ScaffoldError('Give the country with --country, as its two-letter ISO code in lower case, for example --country it.'));
    expect(() => scaffold({ kind: 'clinic', slug: 'london-clinic', country: 'uk' }, context)).toThrow(new ScaffoldError('"uk" is not an ISO country code: for this country, give --country gb.'));
  });

  it('refuses a page about a country that has no country file yet, which the check would refuse', async () => {
    const root = await fixtureSite();
    expect(() => scaffold({ kind: 'factsheet', country: 'fr', clinic }, { today: new Date(), clinicIds: [clinic], readSource: () => undefined, exists: (path) => existsSync(join(root, path)) })).toThrow(
      new ScaffoldError('There is no content/countries/fr.yaml yet, and a page about France needs it. Create it first: npm run new -- country fr --clinic <id>'),
    );
  });
});

describe('npm run new: a country file says only what is true', slow, () => {
  it('takes EU membership from the ISO code: France is in the EU, and the coordination regulation applies', () => {
    for (const code of ['fr', 'it', 'hr']) {
      const france = countryData({ country: code });
      expect(france.euMember, code).toBe(true);
      expect(france.euCoordination.applies, code).toBe(true);
      expect(france.euCoordination.sources.map((source) => source.url), code).toContain(regulation883);
    }
  });

  it('does not say the EU rules do not apply in Switzerland or the EEA, which apply them by agreement', () => {
    for (const code of ['ch', 'no', 'is', 'li']) {
      const data = countryData({ country: code });
      expect(data.euMember, code).toBe(false);
      expect(data.euCoordination.applies, code).toBe(true);
      expect(data.euCoordination.notes, code).toMatch(/not an EU Member State, but applies Regulation \(EC\) No 883\/2004 through .*Agreement/);
      // The extension to third-country nationals binds no State outside the EU.
      expect(data.euCoordination.notes, code).toContain('Regulation (EU) No 1231/2010, which extends these rules to other third-country nationals, does not apply here.');
      expect(data.euCoordination.sources.map((source) => source.url), code).toContain(regulation883);
    }
  });

  it('says that Regulation 1231/2010 does not apply to Denmark', () => {
    const denmark = countryData({ country: 'dk' });
    expect(denmark).toMatchObject({ euMember: true, euCoordination: { applies: true } });
    expect(denmark.euCoordination.notes).toContain('Regulation (EU) No 1231/2010, which extends these rules to other third-country nationals, does not apply here.');
  });

  it('leaves EU coordination to be found out elsewhere, as a placeholder the check flags', async () => {
    for (const code of ['rs', 'gb', 'ua', 'tr', 're']) {
      const data = countryData({ country: code });
      expect(data.euMember, code).toBe(false);
      expect(data.euCoordination.notes, code).toMatch(/^\[FILL IN: /);
      expect(data.euCoordination.sources, code).toEqual([]);
    }
    const root = await fixtureSite();
    const path = await write(root, { kind: 'country', country: 'rs', clinic });
    const notesLine = (await readFile(join(root, path), 'utf8')).split('\n').findIndex((line) => line.startsWith('  notes: "[FILL IN')) + 1;
    const diagnostics = (await checkContent({ root })).filter((d) => d.file === path);
    expect(diagnostics.map((d) => [d.severity, d.line])).toEqual([['warning', notesLine]]);
  });

  it('leaves every ratification and every cell of the access matrix "unknown"', () => {
    const data = countryData({ country: 'fr' });
    expect(data.ratifications.map((r) => [r.convention, r.status])).toEqual(['C097', 'C102', 'C118', 'C143', 'C157', 'C189'].map((c) => [c, 'unknown']));
    const statuses = ['migrant-worker', 'asylum-seeker', 'refugee', 'subsidiary-protection', 'temporary-protection', 'undocumented'];
    const branches = ['medical-care', 'sickness', 'unemployment', 'old-age', 'employment-injury', 'family', 'maternity', 'invalidity', 'survivors', 'social-assistance'];
    expect(Object.keys(data.access)).toEqual(statuses);
    for (const status of statuses) {
      expect(Object.keys(data.access[status]!)).toEqual(branches);
      for (const branch of branches) expect(data.access[status]![branch], `${status} ${branch}`).toEqual({ level: 'unknown' });
    }
  });
});

describe('npm run new: the reviewing clinic is given, never guessed', slow, () => {
  it('writes the clinic asked for, not the first in the list', () => {
    expect(countryData({ country: 'fr', clinic: 'valencia-law-clinic' }, ['a-clinic', 'turin-law-clinic', 'valencia-law-clinic']).reviewedBy).toBe('valencia-law-clinic');
  });

  it('refuses to write a page or country without --clinic, or with a clinic that does not exist, listing the clinics', () => {
    const context = { today: new Date(), clinicIds: ['valencia-law-clinic', 'turin-law-clinic'], readSource: () => undefined, exists: (path: string) => path === 'content/countries/it.yaml' };
    for (const request of [{ kind: 'country', country: 'fr' }, { kind: 'guide', slug: 'x' }, { kind: 'toolkit', slug: 'x' }, { kind: 'factsheet', country: 'it' }] as const) {
      expect(() => scaffold(request, context), request.kind).toThrow(/^Say which clinic reviews this with --clinic, one of: turin-law-clinic, valencia-law-clinic\. For example: npm run new -- /);
    }
    expect(() => scaffold({ kind: 'country', country: 'fr', clinic: 'turin-clinic' }, context)).toThrow(
      new ScaffoldError('"--clinic turin-clinic" names no clinic. Did you mean "turin-law-clinic"? Use one of: turin-law-clinic, valencia-law-clinic (the files in content/clinics/). If your clinic is not there, add it first: npm run new -- clinic <id> --country <xx>'),
    );
    expect(() => scaffold({ kind: 'country', country: 'fr', clinic }, { ...context, clinicIds: [] })).toThrow(/^There is no clinic yet/);
  });

  it('stops with that message from the command line instead of waiting for an answer', async () => {
    const root = await fixtureSite();
    const missing = await npmRunNew(root, ['country', 'fr']);
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toBe('Say which clinic reviews this with --clinic, one of: test-clinic, turin-law-clinic, valencia-law-clinic. For example: npm run new -- country fr --clinic turin-law-clinic\n');
    const unknown = await npmRunNew(root, ['country', 'fr', '--clinic', 'paris-clinic', '--yes']);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toContain('Use one of: test-clinic, turin-law-clinic, valencia-law-clinic');
    expect(existsSync(join(root, 'content/countries/fr.yaml'))).toBe(false);
  });
});

describe('npm run new: the command line', slow, () => {
  it('prints its usage for --help: every kind and option, with examples', async () => {
    const root = await fixtureSite();
    for (const flag of ['--help', '-h']) {
      const help = await npmRunNew(root, [flag]);
      expect(help).toMatchObject({ code: 0, stderr: '' });
      for (const kind of ['guide', 'toolkit', 'factsheet', 'country', 'clinic', 'translation']) {
        expect(help.stdout, kind).toMatch(new RegExp(`^  ${kind} +\\S`, 'm'));
        expect(help.stdout, kind).toMatch(new RegExp(`^  npm run new -- ${kind} `, 'm'));
      }
      for (const option of ['--clinic <id>', '--country <xx>', '--lang <xx>', '--slug <name>', '--from <page>', '-y, --yes', '-h, --help']) {
        expect(help.stdout, option).toMatch(new RegExp(`^  ${option}\\n      \\S`, 'm'));
      }
    }
    // --help wins over anything else on the line, mistakes included.
    expect(await npmRunNew(root, ['country', 'fr', '--clinc', 'x', '--help'])).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(join(root, 'content/countries/fr.yaml'))).toBe(false);
  });

  it('writes the file, prints its path, and refuses to overwrite, naming the option that helps', async () => {
    const root = await fixtureSite();
    const first = await npmRunNew(root, ['country', 'fr', '--clinic', clinic, '--yes']);
    expect(first).toMatchObject({ code: 0, stdout: 'content/countries/fr.yaml\n', stderr: '' });
    expect(parse(await readFile(join(root, 'content/countries/fr.yaml'), 'utf8'))).toMatchObject({ euMember: true, reviewedBy: clinic, euCoordination: { applies: true } });
    const again = await npmRunNew(root, ['country', '--country', 'fr', '--clinic', clinic, '--yes']);
    expect(again).toMatchObject({ code: 1, stdout: '', stderr: 'content/countries/fr.yaml already exists: there is one file per country. Edit it, or give another country with --country.\n' });
    const guide = await npmRunNew(root, ['guide', '--slug', 'from-cli', '--clinic', clinic, '--yes']);
    expect(guide).toMatchObject({ code: 0, stdout: 'content/docs/en/guides/from-cli.mdx\n' });
    const guideAgain = await npmRunNew(root, ['guide', 'from-cli', '--clinic', clinic, '--yes']);
    expect(guideAgain).toMatchObject({ code: 1, stderr: 'content/docs/en/guides/from-cli.mdx already exists. Edit it, or choose another short name with --slug.\n' });
    const clinicAgain = await npmRunNew(root, ['clinic', clinic, '--country', 'it', '--yes']);
    expect(clinicAgain).toMatchObject({ code: 1, stderr: `content/clinics/${clinic}.yaml already exists. If it is your clinic, edit it; otherwise choose another id with --slug.\n` });
    const factsheetAgain = await npmRunNew(root, ['factsheet', 'it', '--clinic', clinic, '--yes']);
    expect(factsheetAgain.stderr).not.toMatch(/--slug/);
  });

  it('writes .github/CODEOWNERS again for a new country, so the check still passes', async () => {
    const root = await fixtureSite();
    await writeFile(join(root, 'package.json'), JSON.stringify({ atlas: { maintainers: '@migrant-rights-atlas/maintainers' } }));
    await cp(join(projectRoot, '.github', 'CODEOWNERS'), join(root, '.github', 'CODEOWNERS'));
    expect((await checkContent({ root })).filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    const result = await npmRunNew(root, ['country', 'fr', '--clinic', clinic]);
    expect(result).toMatchObject({ code: 0, stdout: 'content/countries/fr.yaml\n.github/CODEOWNERS (updated: it names the clinic that reviews each country; commit it too)\n', stderr: '' });
    expect(await readFile(join(root, '.github', 'CODEOWNERS'), 'utf8')).toContain(`# fr: ${clinic} has no GitHub team yet`);
    expect((await checkContent({ root })).filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
  });

  it('explains a wrong word or option, and the way out', async () => {
    const root = await fixtureSite();
    expect(await npmRunNew(root, ['countr', 'fr'])).toMatchObject({ code: 1, stderr: expect.stringMatching(/^"countr" is not something npm run new creates\. Did you mean "country"\? Say what to create: guide, toolkit, factsheet, country, clinic, translation\./) });
    expect(await npmRunNew(root, ['country', 'fr', '--clinc', clinic])).toMatchObject({ code: 1, stderr: '"--clinc" is not an option of npm run new. Did you mean --clinic? To see every option: npm run new -- --help\n' });
    expect(await npmRunNew(root, ['country', 'fr', '--clinic'])).toMatchObject({ code: 1, stderr: '--clinic needs a value after it, for example --clinic turin-law-clinic.\n' });
    expect(await npmRunNew(root, ['factsheet', '--yes', '--clinic', clinic])).toMatchObject({ code: 1, stderr: 'Give the country with --country, as its two-letter ISO code in lower case, for example --country it.\n' });
    expect(await npmRunNew(root, [])).toMatchObject({ code: 1, stderr: expect.stringContaining('Say what to create: guide, toolkit') });
  });

  it('reads the name after the kind as the option it stands for', () => {
    expect(readScaffoldArguments(['country', 'fr', '--clinic', clinic])).toEqual({ kind: 'country', fields: { country: 'fr', clinic }, yes: false, help: false });
    expect(readScaffoldArguments(['guide', 'health', '-y'])).toEqual({ kind: 'guide', fields: { slug: 'health' }, yes: true, help: false });
    expect(readScaffoldArguments(['translation', 'en/guides/health', '--lang=fr'])).toEqual({ kind: 'translation', fields: { from: 'en/guides/health', lang: 'fr' }, yes: false, help: false });
    expect(() => readScaffoldArguments(['country', 'fr', '--country', 'de'])).toThrow(new ScaffoldError('You gave "fr" after "country", and also --country de. Give the country once, one way or the other.'));
    expect(() => readScaffoldArguments(['country', 'fr', 'de'])).toThrow(/^After "country", give one name, not 2/);
  });
});

describe('npm run new: translations', () => {
  it('records the hash of the original in a translation', async () => {
    const root = await fixtureSite();
    const source = await readFile(join(root, 'content/docs/en/guides/health.md'), 'utf8');
    const result = scaffold(
      { kind: 'translation', lang: 'ru', from: 'en/guides/health' },
      { today: new Date(), clinicIds: [], readSource: (path) => (path === 'content/docs/en/guides/health.md' ? source : undefined), exists: () => false },
    );
    expect(result.path).toBe('content/docs/ru/guides/health.md');
    expect(result.text).toContain(`translationOf:\n  source: en/guides/health\n  sourceHash: "${contentHash(splitFrontmatter(source).body)}"`);
  });

  it('explains what is missing or already there', async () => {
    const root = await fixtureSite();
    const context = await contextOf(root);
    expect(() => scaffold({ kind: 'translation', lang: 'fr', from: 'en/nothing' }, context)).toThrow(/There is no page at content\/docs\/en\/nothing.mdx or content\/docs\/en\/nothing.md/);
    expect(() => scaffold({ kind: 'translation', from: 'en/guides/health' }, context)).toThrow(/^Say which language you translate into with --lang/);
    expect(() => scaffold({ kind: 'translation', lang: 'fr', from: 'en/guides/health' }, context)).toThrow(
      new ScaffoldError('content/docs/fr/guides/health.md already exists. Edit it, or choose another language with --lang.'),
    );
    expect(() => scaffold({ kind: 'translation', lang: 'ru', from: 'content/docs/fr/guides/health.md' }, context)).toThrow(/^content\/docs\/fr\/guides\/health\.md is not an original: translate from the page in content\/docs\/en\//);
  });
});
