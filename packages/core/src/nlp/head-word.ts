/** The head word of a name: what kind of thing it names. */

/** Words after which a name's head is behind, not ahead ("University of Texas", "Fund for Peace"). */
const HEAD_CONNECTORS = new Set(['of', 'for', 'on']);

/** A name's trailing number: "World War II", "World War Two", "Apollo 11". */
const ORDINAL_TAIL = /^(?:[IVX]+|\d+|One|Two|Three|Four|Five)$/;

/**
 * The head of a name, in lower case: the word before its first "of", "for"
 * or "on" ("Port of Ardenport" → port), else its last word not counting a
 * trailing number ("World War II" → war).
 */
export function headWord(words: readonly string[]): string {
  const connector = words.findIndex((word, i) => i > 0 && HEAD_CONNECTORS.has(word));
  if (connector > 0) return words[connector - 1]!.toLowerCase();
  const last = words.length > 1 && ORDINAL_TAIL.test(words[words.length - 1]!) ? words.length - 2 : words.length - 1;
  return words[last]!.toLowerCase();
}
