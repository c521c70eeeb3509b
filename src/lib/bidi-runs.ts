/**
 * A sentence in a right-to-left language cut into its own words and the left-to-right runs inside
 * it: law citations ("D.Lgs. 142/2015, art. 21", "SGB III, § 136"), names of laws and bodies.
 * Each run is then isolated (<bdi>), or the browser and the PDF reorder it ("2013/33/EU" shows as
 * "EU/2013/33"). Runs end before the sentence's own punctuation and brackets.
 */
export type BidiPart = { text: string; isolate: boolean };

/** Latin letters, digits and the punctuation of citations, starting with a letter, digit, § or "(". */
const latinRun = /[\p{Script=Latin}0-9§(][\p{Script=Latin}0-9§ .,:;/()'’\-–]*/gu;

export function bidiParts(text: string): BidiPart[] {
  const parts: BidiPart[] = [];
  let last = 0;
  for (const match of text.matchAll(latinRun)) {
    for (const { start, run } of balancedRuns(match[0], match.index)) {
      // Plain numbers read the same in both directions; only runs with letters, "/" or "§" need isolating.
      if (!/[\p{Script=Latin}/§]/u.test(run)) continue;
      if (start > last) parts.push({ text: text.slice(last, start), isolate: false });
      parts.push({ text: run, isolate: true });
      last = start + run.length;
    }
  }
  if (last < text.length) parts.push({ text: text.slice(last), isolate: false });
  return parts;
}

/**
 * The pieces of a Latin run that form whole citations: cut at a bracket whose partner lies in
 * the surrounding sentence, without brackets around a whole piece, and without trailing spaces
 * or sentence punctuation.
 */
function balancedRuns(run: string, offset: number): { start: number; run: string }[] {
  const unmatched = unmatchedBrackets(run);
  const pieces: { start: number; run: string }[] = [];
  let from = 0;
  for (const cut of [...unmatched, run.length]) {
    pieces.push({ start: offset + from, run: run.slice(from, cut) });
    from = cut + 1;
  }
  return pieces.flatMap(({ start, run: piece }) => {
    let trimmed = piece.replace(/^\s+/, '');
    let at = start + (piece.length - trimmed.length);
    trimmed = trimmed.replace(/[\s.,:;]+$/, '');
    // Brackets around the whole piece are the sentence's: "(AsylbLG, § 2)" isolates "AsylbLG, § 2".
    if (trimmed.startsWith('(') && trimmed.endsWith(')') && closingOf(trimmed, 0) === trimmed.length - 1) {
      trimmed = trimmed.slice(1, -1);
      at += 1;
    }
    return trimmed === '' ? [] : [{ start: at, run: trimmed }];
  });
}

/** Positions of brackets without a partner inside the run. */
function unmatchedBrackets(text: string): number[] {
  const open: number[] = [];
  const unmatched: number[] = [];
  [...text].forEach((character, index) => {
    if (character === '(') open.push(index);
    else if (character === ')' && open.pop() === undefined) unmatched.push(index);
  });
  return [...unmatched, ...open].sort((a, b) => a - b);
}

/** Where the bracket opened at `open` closes, or -1. */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let index = open; index < text.length; index++) {
    if (text[index] === '(') depth += 1;
    else if (text[index] === ')' && --depth === 0) return index;
  }
  return -1;
}
