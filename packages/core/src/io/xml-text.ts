/**
 * Text that is safe inside an XML 1.0 document: escaping for attribute values
 * and element text, and removal of the characters XML 1.0 cannot carry at all
 * (C0 controls other than tab, LF, CR; lone surrogates; U+FFFE, U+FFFF).
 */

// Everything outside the XML 1.0 `Char` production.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

// What may be outside it, checked code unit by code unit (no /u): a text without any, nearly every text, is kept as it is.
const MAYBE_NOT_XML_CHAR = /[\0-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]/;

/** Drops the characters an XML 1.0 document cannot contain, even escaped. */
export function removeNonXmlCharacters(text: string): string {
  return MAYBE_NOT_XML_CHAR.test(text) ? text.replace(NOT_XML_CHAR, '') : text;
}

/**
 * Escapes text for a double-quoted attribute value. Tab, LF and CR become
 * character references so that attribute-value normalisation in the reader
 * does not turn them into spaces.
 */
export function escapeXmlAttribute(text: string): string {
  return escapeEach(removeNonXmlCharacters(text), ATTRIBUTE_ESCAPES);
}

/** Escapes text for element content. CR becomes a reference so it is not read back as LF. */
export function escapeXmlText(text: string): string {
  return escapeEach(removeNonXmlCharacters(text), TEXT_ESCAPES);
}

/**
 * Each character of `escapes` replaced by its reference, `&` first so that no reference is escaped again. A
 * character is looked for before it is replaced: most texts hold none or one of them (JSON text, quotes), and
 * looking is far cheaper than a replacement called for each match.
 */
function escapeEach(text: string, escapes: readonly (readonly [string, string])[]): string {
  let escaped = text;
  for (const [character, reference] of escapes) if (escaped.includes(character)) escaped = escaped.replaceAll(character, reference);
  return escaped;
}

const ATTRIBUTE_ESCAPES: readonly (readonly [string, string])[] = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['"', '&quot;'],
  ['\t', '&#9;'],
  ['\n', '&#10;'],
  ['\r', '&#13;'],
];

const TEXT_ESCAPES: readonly (readonly [string, string])[] = [
  ['&', '&amp;'],
  ['<', '&lt;'],
  ['>', '&gt;'],
  ['\r', '&#13;'],
];

/** Lines of an XML document as one piece of it, each ended by a line feed. */
export function xmlLines(lines: readonly string[]): string {
  return lines.length ? `${lines.join('\n')}\n` : '';
}
