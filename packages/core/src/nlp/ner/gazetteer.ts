/**
 * Gazetteers: lists of names as hashed token sequences with type bits.
 * In: phrases (token arrays) with a bit each; the general lists come from the
 * `world-countries` data package (countries, capitals, demonyms, regions),
 * the rest from the training data's own entity lists. Out: per-token match
 * codes (list bit × position in the match: Begin, Inside, Last, Unit).
 */
import { chainHash } from './hash.js';
import { Attr, TokenAttributeCache } from './token-form.js';

/** Bits of a gazetteer entry. */
export const GazetteerBit = {
  TrainPER: 0,
  TrainLOC: 1,
  TrainORG: 2,
  TrainMISC: 3,
  Country: 4,
  Capital: 5,
  Demonym: 6,
  Region: 7,
} as const;

export const MAX_PHRASE_TOKENS = 6;

export class Gazetteer {
  readonly entries = new Map<number, number>();

  /** Adds a phrase (tokens) with one bit. */
  add(tokens: readonly string[], bit: number, cache: TokenAttributeCache): void {
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    let hash = 0;
    for (const token of tokens) hash = chainHash(hash, cache.get(token)[Attr.Plain]!);
    this.entries.set(hash, (this.entries.get(hash) ?? 0) | (1 << bit));
  }

  /** A copy with another gazetteer's entries merged in. */
  union(other: Gazetteer): Gazetteer {
    const merged = new Gazetteer();
    for (const source of [this, other]) {
      for (const [hash, mask] of source.entries) merged.entries.set(hash, (merged.entries.get(hash) ?? 0) | mask);
    }
    return merged;
  }

  /**
   * Match codes per token: `bit * 4 + position` (0 Begin, 1 Inside, 2 Last,
   * 3 Unit) for every listed phrase covering the token.
   */
  match(attrs: readonly Uint32Array[]): number[][] {
    const codes: number[][] = attrs.map(() => []);
    if (this.entries.size === 0) return codes;
    for (let start = 0; start < attrs.length; start++) {
      let hash = 0;
      const limit = Math.min(attrs.length, start + MAX_PHRASE_TOKENS);
      for (let end = start + 1; end <= limit; end++) {
        hash = chainHash(hash, attrs[end - 1]![Attr.Plain]!);
        const mask = this.entries.get(hash);
        if (mask === undefined) continue;
        for (let bit = 0; bit < 8; bit++) {
          if ((mask & (1 << bit)) === 0) continue;
          if (end - start === 1) {
            codes[start]!.push(bit * 4 + 3);
            continue;
          }
          for (let i = start; i < end; i++) codes[i]!.push(bit * 4 + (i === start ? 0 : i === end - 1 ? 2 : 1));
        }
      }
    }
    return codes;
  }

  /** Serialised as parallel arrays of hashes and masks. */
  toArrays(): { hashes: Uint32Array; masks: Uint8Array } {
    const hashes = new Uint32Array(this.entries.size);
    const masks = new Uint8Array(this.entries.size);
    let n = 0;
    for (const [hash, mask] of this.entries) {
      hashes[n] = hash;
      masks[n++] = mask;
    }
    return { hashes, masks };
  }

  static fromArrays(hashes: Uint32Array, masks: Uint8Array): Gazetteer {
    const gazetteer = new Gazetteer();
    for (let n = 0; n < hashes.length; n++) gazetteer.entries.set(hashes[n]!, masks[n]!);
    return gazetteer;
  }
}

/** Splits a listed name into tokens roughly as CoNLL and our tokenizer do. */
export function phraseTokens(name: string): string[] {
  return name
    .replace(/([,()])/g, ' $1 ')
    .split(/\s+/)
    .filter((token) => token !== '' && token !== '(' && token !== ')' && token !== ',');
}
