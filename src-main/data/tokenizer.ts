/**
 * Words as Keras' `Tokenizer` sees them (keras/src/legacy/preprocessing/text.py): lowercase, every
 * character of the default filter string turned into a space, split on spaces. IMDB reviews also hold
 * `<br />` tags, which are removed first so they do not become the word "br".
 */

/** Keras' default `filters` argument. */
export const KERAS_FILTERS = '!"#$%&()*+,-./:;<=>?@[\\]^_`{|}~\t\n';

const FILTER_RE = new RegExp(
  '[' + KERAS_FILTERS.replace(/[\\\]^\-[]/g, (c) => '\\' + c) + ']',
  'g',
);
const BR_RE = /<br\s*\/?>/gi;

/** Keras' `text_to_word_sequence` with default arguments, after stripping `<br />` tags. */
export function textToWordSequence(text: string): string[] {
  return text
    .replace(BR_RE, ' ')
    .toLowerCase()
    .replace(FILTER_RE, ' ')
    .split(' ')
    .filter((w) => w.length > 0);
}

/**
 * Turns texts into provisional word ids (first seen, first numbered) so that many texts can be held
 * as compact arrays before the vocabulary is ranked.
 */
export class WordIds {
  readonly words: string[] = [];
  private readonly ids = new Map<string, number>();

  encode(text: string): Uint32Array {
    const tokens = textToWordSequence(text);
    const out = new Uint32Array(tokens.length);
    for (let i = 0; i < tokens.length; i++) {
      let id = this.ids.get(tokens[i]);
      if (id === undefined) {
        id = this.words.length;
        this.ids.set(tokens[i], id);
        this.words.push(tokens[i]);
      }
      out[i] = id;
    }
    return out;
  }
}

export interface Ranking {
  /** Rank (1 = most frequent) of each provisional id; 0 for words never seen in the fitted texts. */
  rankOf: Uint32Array;
  /** The word of each rank; index 0 is '' (Keras reserves index 0). */
  words: string[];
}

/**
 * Ranks words as `Tokenizer.fit_on_texts` does: by count over the given sequences, most frequent first,
 * ties in order of first appearance (Python's sort is stable over an insertion-ordered dict).
 */
export function rankWords(sequences: Iterable<Uint32Array>, dictionary: string[]): Ranking {
  const n = dictionary.length;
  const counts = new Float64Array(n);
  const firstSeen = new Float64Array(n).fill(Infinity);
  let order = 0;
  for (const seq of sequences) {
    for (let i = 0; i < seq.length; i++) {
      const id = seq[i];
      if (counts[id]++ === 0) firstSeen[id] = order++;
    }
  }
  const seen: number[] = [];
  for (let id = 0; id < n; id++) if (counts[id] > 0) seen.push(id);
  seen.sort((a, b) => counts[b] - counts[a] || firstSeen[a] - firstSeen[b]);
  const rankOf = new Uint32Array(n);
  const words = [''];
  seen.forEach((id, i) => {
    rankOf[id] = i + 1;
    words.push(dictionary[id]);
  });
  return { rankOf, words };
}
