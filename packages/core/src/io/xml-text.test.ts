import { describe, expect, it } from 'vitest';
import { escapeXmlAttribute, escapeXmlText, removeNonXmlCharacters } from './xml-text.js';

describe('XML text escaping', () => {
  it('escapes markup and quotes in attribute values', () => {
    expect(escapeXmlAttribute('<img src=x onerror="alert(1)"> & co')).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; co');
    expect(escapeXmlAttribute('&lt; is already a reference')).toBe('&amp;lt; is already a reference');
  });

  it('writes tab, LF and CR in attribute values as character references so readers do not turn them into spaces', () => {
    expect(escapeXmlAttribute('a\tb\nc\r\nd')).toBe('a&#9;b&#10;c&#13;&#10;d');
  });

  it('keeps LF in element text but writes CR as a reference, and leaves quotes alone there', () => {
    expect(escapeXmlText('a\r\nb "c" <d>')).toBe('a&#13;\nb "c" &lt;d&gt;');
  });

  it('drops C0 controls, lone surrogates, U+FFFE and U+FFFF, and keeps emoji and non-Latin text', () => {
    expect(removeNonXmlCharacters('a\u0000b\u0007c\u001Fd\uD800e\uDFFFf\uFFFEg\uFFFFh')).toBe('abcdefgh');
    expect(removeNonXmlCharacters('東京 Αθήνα القاهرة 👩‍🔬')).toBe('東京 Αθήνα القاهرة 👩‍🔬');
  });
});
