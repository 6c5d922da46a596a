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
