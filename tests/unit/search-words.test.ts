import { describe, expect, it } from 'vitest';
import { searchQuery, searchableKeywords, withoutCliticBreaks, withoutClitics } from '../../src/lib/search-words.ts';
import { cliticBreak, withCliticBreaks } from '../../src/lib/clitic-breaks.ts';
import { keywordsSchema } from '../../src/schemas/page.ts';

describe('a reader’s query, as the index has the words', () => {
  it('drops elided articles and prepositions in French, with either apostrophe', () => {
    expect(searchQuery('d’asile', 'fr')).toBe('asile');
    expect(searchQuery("demandeur d'asile", 'fr')).toBe('demandeur asile');
    expect(searchQuery('L’EMPLOI qu’il', 'fr')).toBe('EMPLOI il');
    expect(searchQuery('jusqu’à', 'fr')).toBe('à');
  });

  it('drops articles and small words when the query has other words', () => {
    expect(searchQuery('a segurança social', 'pt')).toBe('segurança social');
    expect(searchQuery('The asylum seekers', 'en')).toBe('asylum seekers');
    expect(searchQuery('العمل في ألمانيا', 'ar')).toBe('العمل ألمانيا');
    expect(searchQuery('la', 'fr')).toBe('la');
  });

  it('keeps apostrophes that are not elisions, and languages that do not elide', () => {
    expect(searchQuery('aujourd’hui', 'fr')).toBe('aujourd’hui');
    expect(searchQuery("worker's rights", 'en')).toBe("worker's rights");
    expect(searchQuery('d’asile', 'es')).toBe('d’asile');
  });

  it('handles Italian and Portuguese elisions', () => {
    expect(withoutClitics('dell’INPS e l’assegno', 'it')).toBe('INPS e assegno');
    expect(searchQuery('dell’INPS e l’assegno', 'it')).toBe('INPS assegno');
    expect(withoutClitics('copo d’água', 'pt-PT')).toBe('copo água');
  });

  it('removes the Arabic tatweel, extra spaces, and a clitic written onto the article', () => {
    expect(searchQuery('  ألمـانيا   اللجوء ', 'ar')).toBe('ألمانيا اللجوء');
    expect(searchQuery('والضمان الاجتماعي', 'ar')).toBe('الضمان الاجتماعي');
    expect(searchQuery('بالعمل', 'ar')).toBe('العمل');
  });

  it('keeps Arabic words whose first letters only look like a clitic and the article', () => {
    expect(searchQuery('والد', 'ar')).toBe('والد');
    expect(searchQuery('والدين', 'ar')).toBe('والدين');
    expect(searchQuery('بالغ', 'ar')).toBe('بالغ');
    expect(searchQuery('وثيقة', 'ar')).toBe('وثيقة');
  });
});

describe('hidden word breaks after elisions, for the indexer', () => {
  const page = (body: string) => `<html lang="fr"><head><title>l’asile</title></head><body><main data-pagefind-body>${body}</main></body></html>`;

  it('puts a hidden break after each elided apostrophe in the indexed text', () => {
    const html = withCliticBreaks(page('<p>Demande d’asile et l’emploi.</p>'), 'fr');
    expect(html).toContain(`d’${cliticBreak}asile et l’${cliticBreak}emploi`);
  });

  it('leaves the title, ignored parts, scripts and text outside the indexed body alone', () => {
    const source = `<html lang="fr"><head><title>l’asile</title></head><body><p>l’avant</p><main data-pagefind-body><p data-pagefind-ignore>l’ignoré</p><script>var a = "l’x";</script><noscript>l’y</noscript><svg><text>l’z</text></svg><p>l’asile</p></main></body></html>`;
    const html = withCliticBreaks(source, 'fr');
    expect(html.match(new RegExp(cliticBreak, 'g'))?.length).toBe(1);
    expect(html).toContain(`<title>l’asile</title>`);
    expect(html).toContain(`<p>l’avant</p>`);
    expect(html).toContain(`"l’x"`);
  });

  it('breaks an Arabic clitic from the article, and nothing else', () => {
    const html = withCliticBreaks(page('<p>والعمل وثيقة والد بالضمان</p>').replace('lang="fr"', 'lang="ar"'), 'ar');
    expect(html).toContain(`و${cliticBreak}العمل وثيقة والد ب${cliticBreak}الضمان`);
  });

  it('are joined again in the titles and excerpts search shows', () => {
    expect(withoutCliticBreaks('Demande d’ <mark>asile</mark> et l’ emploi', 'fr')).toBe('Demande d’<mark>asile</mark> et l’emploi');
    expect(withoutCliticBreaks('الصحية و <mark>العمل</mark> و الحماية', 'ar')).toBe('الصحية و<mark>العمل</mark> والحماية');
    expect(withoutCliticBreaks('d’ asile', 'es')).toBe('d’ asile');
  });

  it('changes nothing in a language without elision, or where a character reference would shift the text', () => {
    expect(withCliticBreaks(page('<p>d’asile</p>'), 'es')).toBe(page('<p>d’asile</p>'));
    expect(withCliticBreaks(page('<p>d&#x2019;asile</p>'), 'fr')).toBe(page('<p>d&#x2019;asile</p>'));
  });
});

describe('keywords', () => {
  it('are cut into words in Chinese, as Pagefind cuts the query', () => {
    const [transfer, doctor] = searchableKeywords(['社保转移', '看病'], 'zh-CN').split(', ');
    expect(transfer!.split(' ').length).toBeGreaterThan(1);
    expect(transfer!.replaceAll(' ', '')).toBe('社保转移');
    expect(doctor!.replaceAll(' ', '')).toBe('看病');
    expect(searchableKeywords(['sick pay', 'papers'], 'en')).toBe('sick pay, papers');
  });

  it('are short words people type, trimmed', () => {
    expect(keywordsSchema.parse([' doctor ', 'papers'])).toEqual(['doctor', 'papers']);
    expect(keywordsSchema.safeParse(['']).success).toBe(false);
    expect(keywordsSchema.safeParse(['x'.repeat(61)]).success).toBe(false);
    expect(keywordsSchema.safeParse(Array.from({ length: 31 }, (_, i) => `w${i}`)).success).toBe(false);
  });
});
