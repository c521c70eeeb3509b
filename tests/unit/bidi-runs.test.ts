import { describe, expect, it } from 'vitest';
import { bidiParts } from '../../src/lib/bidi-runs.ts';

const isolated = (text: string) => bidiParts(text).filter((part) => part.isolate).map((part) => part.text);

describe('left-to-right runs in a right-to-left sentence', () => {
  it('are the citations and names, without the sentence’s brackets and punctuation', () => {
    expect(isolated('يسجّلون بالطريقة نفسها (D.Lgs. 142/2015, art. 21: مرسوم الاستقبال). قبل')).toEqual(['D.Lgs. 142/2015, art. 21']);
    expect(isolated('تصبح الرعاية أوسع (AsylbLG, § 2).')).toEqual(['AsylbLG, § 2']);
    expect(isolated('التوجيه (EU) 2024/1346، محلّ التوجيه 2013/33/EU اعتبارًا من')).toEqual(['(EU) 2024/1346', '2013/33/EU']);
    expect(isolated('ينص Ley de Extranjería (Ley Orgánica 4/2000، قانون الأجانب) على')).toEqual(['Ley de Extranjería', 'Ley Orgánica 4/2000']);
  });

  it('leave plain numbers and the rest of the sentence alone, and lose no character', () => {
    expect(isolated('بعد 60 يومًا من 2026')).toEqual([]);
    const sentence = 'سجّل لدى INPS (المعهد الوطني) خلال 68 يومًا.';
    expect(bidiParts(sentence).map((part) => part.text).join('')).toBe(sentence);
    expect(isolated(sentence)).toEqual(['INPS']);
  });
});
