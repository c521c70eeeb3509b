import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { countrySchema } from '../../src/schemas/country.ts';
import { countryTextStatus, readerTexts, translatableTexts } from '../../src/lib/country-texts.ts';
import { checkContent } from '../../src/tooling/check-content.ts';
import { formatDiagnostic } from '../../src/lib/content/diagnostic.ts';
import { localeCodes } from '../../src/locales.ts';

const projectRoot = join(import.meta.dirname, '..', '..');
const italy = countrySchema.parse(parse(readFileSync(join(projectRoot, 'content/countries/it.yaml'), 'utf8')));
const temporary: string[] = [];
afterAll(() => Promise.all(temporary.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('the prose of a country file', () => {
  it('is every condition, waiting period, note and institution description, by a stable path', () => {
    const texts = translatableTexts(italy);
    const refugeeCare = italy.access.refugee['medical-care'].conditions;
    expect(refugeeCare).toBeDefined();
    expect(texts.get('access.refugee.medical-care.conditions')).toBe(refugeeCare);
    expect(texts.get('institutions.0.helpsWith')).toBe(italy.institutions[0]!.helpsWith);
    // Legal bases and names stay in the law's own words: they are not offered for translation.
    expect([...texts.keys()].some((path) => path.endsWith('legalBasis') || path.endsWith('.name'))).toBe(false);
  });

  it('reaches a reader translated when the translation is current, in English otherwise', () => {
    const path = 'access.refugee.medical-care.conditions';
    const english = italy.access.refugee['medical-care'].conditions!;
    // The hash of the English text, written out independently of the code under test.
    const hash = createHash('sha256').update(english.trim(), 'utf8').digest('hex').slice(0, 16);
    const current = { [path]: { sourceHash: hash, text: 'Les réfugiés ont droit aux soins comme les Italiens.' } };
    expect(readerTexts(italy, { texts: current }, false).text(path)).toEqual({ text: 'Les réfugiés ont droit aux soins comme les Italiens.', state: 'translated' });
    expect(readerTexts(italy, { texts: { [path]: { sourceHash: '0000000000000000', text: 'Ancien texte.' } } }, false).text(path)).toEqual({ text: english, state: 'outdated' });
    expect(readerTexts(italy, { texts: {} }, false).text(path)).toEqual({ text: english, state: 'missing' });
    expect(readerTexts(italy, undefined, true).text(path)).toEqual({ text: english, state: 'original' });
    expect(readerTexts(italy, { texts: current }, false).unreviewedTranslation).toBe(true);
    expect(readerTexts(italy, { reviewedBy: 'turin-law-clinic', texts: current }, false).unreviewedTranslation).toBe(false);
    expect(readerTexts(italy, { texts: {} }, false).unreviewedTranslation).toBe(false);
    const status = countryTextStatus(italy, { texts: { ...current, 'access.refugee.nothing.conditions': { sourceHash: hash, text: 'x' } } });
    expect(status.translated).toBe(1);
    expect(status.unknown).toEqual(['access.refugee.nothing.conditions']);
    expect(status.missing.length).toBe(status.total - 1);
  });
});

describe('the content check of a country translation', () => {
  async function checkTranslation(path: string, yaml: string): Promise<string[]> {
    const root = await mkdtemp(join(tmpdir(), 'atlas-facts-'));
    temporary.push(root);
    await cp(join(import.meta.dirname, '..', 'fixtures', 'content-check', 'valid'), root, { recursive: true });
    for (const folder of ['content/i18n', 'content/clinics']) await cp(join(projectRoot, folder), join(root, folder), { recursive: true });
    await mkdir(join(root, 'content/countries'), { recursive: true });
    await cp(join(projectRoot, 'content/countries/it.yaml'), join(root, 'content/countries/it.yaml'));
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), yaml);
    return (await checkContent({ root })).filter((d) => d.file === path).map(formatDiagnostic);
  }

  it('refuses a key the English file lacks, suggesting the closest', async () => {
    const found = await checkTranslation('content/countries/fr/it.yaml', 'texts:\n  access.refugee.medical-care.condition:\n    sourceHash: "0000000000000000"\n    text: Texte.\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toContain('"access.refugee.medical-care.condition" names no English text in content/countries/it.yaml. Did you mean "access.refugee.medical-care.conditions"?');
  });

  it('warns when the English text changed since, giving the hash to record', async () => {
    const found = await checkTranslation('content/countries/fr/it.yaml', 'texts:\n  access.refugee.medical-care.conditions:\n    sourceHash: "0000000000000000"\n    text: Texte.\n');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/warning {2}The English text at "access\.refugee\.medical-care\.conditions" in content\/countries\/it\.yaml has changed since this Français translation was made\. .* set sourceHash: "[0-9a-f]{16}"\.$/);
  });

  it('refuses a reviewing clinic that does not exist', async () => {
    const found = await checkTranslation('content/countries/fr/it.yaml', 'reviewedBy: turin-law-clinc\ntexts: {}\n');
    expect(found[0]).toContain('"reviewedBy: turin-law-clinc" names no clinic. Did you mean "turin-law-clinic"?');
  });

  it('refuses a translation outside a language folder, or of a country without a file', async () => {
    expect((await checkTranslation('content/countries/en/it.yaml', '{}\n'))[0]).toContain(`go in a language folder (${localeCodes.filter((code) => code !== 'en').join(', ')}), but this one is in "en"`);
    expect((await checkTranslation('content/countries/fr/de.yaml', '{}\n'))[0]).toContain('There is no content/countries/de.yaml to translate.');
  });
});
