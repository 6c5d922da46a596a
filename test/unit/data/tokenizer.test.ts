import { describe, expect, it } from 'vitest';
import { rankWords, textToWordSequence, WordIds } from '../../../src-main/data/tokenizer.ts';

describe('textToWordSequence (Keras Tokenizer defaults)', () => {
  it.each([
    ['Hello, World!', ['hello', 'world']],
    // Filter characters become spaces, so they split words; the apostrophe is not filtered.
    ["It's a must-see... 10/10!!", ["it's", 'a', 'must', 'see', '10', '10']],
    ['Great film.<br /><br />The END', ['great', 'film', 'the', 'end']],
    ['tabs\tand\nnewlines  double  spaces', ['tabs', 'and', 'newlines', 'double', 'spaces']],
    ['e-mail me@x.com (now)', ['e', 'mail', 'me', 'x', 'com', 'now']],
    [
      '"quoted" [brackets] {braces} back\\slash ~tilde` ^caret |pipe',
      ['quoted', 'brackets', 'braces', 'back', 'slash', 'tilde', 'caret', 'pipe'],
    ],
    ['Ünïcode CAFÉ', ['ünïcode', 'café']],
    ['<br/>x<BR>y', ['x', 'y']],
    ['', []],
  ])('%j', (text, words) => {
    expect(textToWordSequence(text)).toEqual(words);
  });
});

describe('rankWords (fit_on_texts)', () => {
  it('ranks by count, breaking ties by first appearance', () => {
    const dict = new WordIds();
    const seqs = ['b a c', 'c d b', 'e c'].map((t) => dict.encode(t));
    const unseen = dict.encode('z a');
    const { rankOf, words } = rankWords(seqs, dict.words);
    // c: 3; b: 2; a, d, e: 1 each, first seen in that order.
    expect(words).toEqual(['', 'c', 'b', 'a', 'd', 'e']);
    expect(rankOf[unseen[0]]).toBe(0);
    expect(rankOf[unseen[1]]).toBe(3);
  });
});
