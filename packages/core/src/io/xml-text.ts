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
  return removeNonXmlCharacters(text).replace(/[&<>"\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c] ?? c);
}

/** Escapes text for element content. CR becomes a reference so it is not read back as LF. */
export function escapeXmlText(text: string): string {
  return removeNonXmlCharacters(text).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '\r': '&#13;',
};

/** Lines of an XML document as one piece of it, each ended by a line feed. */
export function xmlLines(lines: readonly string[]): string {
  return lines.map((line) => `${line}\n`).join('');
}
