/**
 * PETRARCH2's CAMEO verb pattern dictionary (text) → its verb blocks. A block
 * is a synonym set of verbs with a default CAMEO code and the patterns that
 * refine it; in PETRARCH a block's patterns apply to every verb of the block.
 * Only what the event lexicon needs is read: the verbs (with their own code,
 * if any), and each pattern's words before and after the verb (`*`) with its
 * code; synonym sets ("&TREATY") stay names in the patterns.
 */

export interface CameoVerb {
  /** Lower-case lemma ("meet"); a multi-word verb ("+MEET_WITH") gives its first word here… */
  readonly lemma: string;
  /** …and the rest ("with") here. */
  readonly particle?: string;
  /** The verb's own CAMEO code, overriding the block's. */
  readonly code?: string;
}

export interface CameoPattern {
  /** Words before the verb, as written ("&MILITARY", "{AIR FORCE}"); often empty. */
  readonly before: string;
  /** Words after the verb ("(WITH)", "&TREATY", "TALKS (WITH +)"). */
  readonly after: string;
  readonly code?: string;
  /** The verb the pattern was written for (its comment, "# ATTACK"), lower-case, when named. */
  readonly origin?: string;
}

export interface CameoBlock {
  readonly name: string;
  readonly code?: string;
  readonly verbs: readonly CameoVerb[];
  readonly patterns: readonly CameoPattern[];
}

export interface CameoDictionary {
  readonly blocks: readonly CameoBlock[];
}

/**
 * The main code of a bracketed code: "[043:042]" is the source's event (043; the target's is after the colon),
 * "[---]" and "[:075]" give none.
 */
export function mainCode(bracket: string): string | undefined {
  const code = bracket.replace(/[[\]\s]/g, '').split(':', 1)[0] ?? '';
  return /^\d{2,4}$/.test(code) ? code : undefined;
}

const BLOCK_HEADER = /^---\s+(\S+)\s+(\[[^\]]*\])?\s*---/;
const VERB_LINE = /^(\+?)([A-Z][A-Z'_-]*)\s*(\{[^}]*\})?\s*(\[[^\]]*\])?\s*(#.*)?$/;
const PATTERN_LINE = /^-\s*(.*?)\*(.*?)(\[[^\]]*\])\s*(#.*)?$/;

export function readCameoDictionary(text: string): CameoDictionary {
  const lines = text.split(/\r?\n/);
  const blocks: CameoBlock[] = [];
  let section: 'header' | 'synonyms' | 'verbs' | 'done' = 'header';
  let block: { name: string; code?: string; verbs: CameoVerb[]; patterns: CameoPattern[] } | undefined;
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('####### SYNONYM SETS')) section = 'synonyms';
    else if (line.startsWith('####### VERB PATTERNS')) section = 'verbs';
    else if (line.startsWith('######## TRANSFORMATIONS')) section = 'done';
    // Synonym sets come before the verbs and, like their members ("+TREATY"), must not be read as verbs.
    if (section !== 'verbs' || line === '' || line.startsWith('#')) continue;
    const header = BLOCK_HEADER.exec(line);
    if (header) {
      const code = header[2] ? mainCode(header[2]) : undefined;
      block = { name: header[1]!, ...(code ? { code } : {}), verbs: [], patterns: [] };
      blocks.push(block);
      continue;
    }
    if (!block) continue;
    const pattern = PATTERN_LINE.exec(line);
    if (pattern) {
      const code = mainCode(pattern[3]!);
      const origin = /^#\s*([A-Z]+)\b/.exec(pattern[4] ?? '')?.[1]?.toLowerCase();
      block.patterns.push({ before: pattern[1]!.trim(), after: pattern[2]!.trim(), ...(code ? { code } : {}), ...(origin ? { origin } : {}) });
      continue;
    }
    const verb = VERB_LINE.exec(line);
    if (!verb) continue;
    const multiWord = verb[1] === '+';
    const words = verb[2]!.toLowerCase().split('_').filter(Boolean);
    // Single verbs with an underscore are stems PETRARCH composes ("RE_ADMIT"); not lemmas.
    if (!words.length || (!multiWord && words.length > 1)) continue;
    const code = verb[4] ? mainCode(verb[4]) : undefined;
    const particle = words.slice(1).join(' ');
    block.verbs.push({ lemma: words[0]!, ...(particle ? { particle } : {}), ...(code ? { code } : {}) });
  }
  return { blocks };
}
