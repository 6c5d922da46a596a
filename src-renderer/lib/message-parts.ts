/**
 * A message with markup inside it ("undo (<kbd>Shift</kbd> to redo)"): the message takes the
 * marked word as its `key` parameter, and the component puts its own element between the text
 * before and after it, so the word order stays the translation's.
 */
const MARK = '\u0001';

export function around(message: (inputs: { key: string }) => string): [string, string] {
  const [before, after = ''] = message({ key: MARK }).split(MARK);
  return [before, after];
}

/**
 * A message whose parameters are code (Keras names in a code font): its text cut into pieces, each
 * a plain run of text or one of `code`'s values, in the translation's order.
 */
export function codePieces<K extends string>(
  message: (inputs: Record<K, string>) => string,
  code: Record<K, string>,
): { text: string; code: boolean }[] {
  const keys = Object.keys(code) as K[];
  const marked = Object.fromEntries(keys.map((k, i) => [k, `\u0001${i}\u0001`])) as Record<
    K,
    string
  >;
  return message(marked)
    .split('\u0001')
    .map((piece, i) =>
      i % 2 ? { text: code[keys[Number(piece)]], code: true } : { text: piece, code: false },
    )
    .filter((p) => p.text);
}
