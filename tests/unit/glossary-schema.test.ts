import { describe, expect, it } from 'vitest';
import { glossarySchema, glossaryTexts } from '../../src/schemas/glossary.ts';

const term = (id: string, related: string[] = []) => ({
  id,
  term: id.replace('-', ' '),
  definition: 'A plain definition.',
  source: { title: 'Directive 2013/33/EU', citation: 'Directive 2013/33/EU, Article 2(b)', type: 'eu-law' },
  related,
});
const messages = (input: unknown) => glossarySchema.safeParse(input).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('the glossary schema', () => {
  it('accepts terms with a source and related terms that exist', () => {
    expect(messages({ terms: [term('asylum-seeker', ['refugee-status']), term('refugee-status')] })).toEqual([]);
  });

  it('refuses a second term with the same id, a related id that does not exist, markup, and a term without a source', () => {
    expect(messages({ terms: [term('asylum-seeker'), term('asylum-seeker')] })).toContain('terms.1.id: Two terms have the id "asylum-seeker". Give each term its own id.');
    expect(messages({ terms: [term('asylum-seeker', ['refugee'])] })).toContain('terms.0.related.0: "refugee" is not the id of a term in this glossary.');
    expect(messages({ terms: [{ ...term('x'), definition: 'A <script>bad</script> one.' }] })).toContain('terms.0.definition: Write the definition as plain text, without "<" or ">".');
    const { source: _source, ...withoutSource } = term('x');
    expect(messages({ terms: [withoutSource] }).some((m) => m.startsWith('terms.0.source'))).toBe(true);
  });

  it('gives each term and definition the key a translation uses', () => {
    expect([...glossaryTexts({ terms: [term('waiting-period')] } as never).keys()]).toEqual(['waiting-period.term', 'waiting-period.definition']);
  });
});
