/**
 * Gazetteers: lists of names as hashed token sequences with type bits.
 * In: phrases (token arrays) with a bit each; the general lists come from the
 * `world-countries` data package (countries, capitals, demonyms, regions),
 * the rest from the training data's own entity lists. Out: per-token match
 * codes (list bit × position in the match: Begin, Inside, Last, Unit).
 */
import { FeatureTable } from './feature-table.js';
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
  /** From a general lexicon of words (compromise's): first names, surnames, full names, places, organisations, demonyms. */
  FirstName: 8,
  LastName: 9,
  Person: 10,
  Place: 11,
  Organization: 12,
  LexiconDemonym: 13,
  /** From GeoNames' places of 100,000 people or more, and of fewer. */
  City: 14,
  Town: 15,
  /** From WordNet's named instances, by lexicographer file: people, places, groups, other (events, works, …). */
  NamedPerson: 16,
  NamedPlace: 17,
  NamedGroup: 18,
  NamedOther: 19,
  /** WordNet places that are instances of a kind of settlement (city, town, port, capital), or of a kind of region (state, province, county). */
  NamedCity: 20,
  NamedRegion: 21,
} as const;

/** Bits the tagger does not see as features: kept for lookups only (NerModel.placeKind). */
const LOOKUP_ONLY_BITS = (1 << GazetteerBit.NamedCity) | (1 << GazetteerBit.NamedRegion);

export const MAX_PHRASE_TOKENS = 6;

/** Shared empty list for tokens no phrase covers (never written to). */
const NO_CODES: number[] = [];

export class Gazetteer {
  /**
   * Phrase hash → bit mask. Keys are stored as signed 32-bit numbers (`| 0`):
   * V8 keeps those as small integers, where unsigned hashes above 2³¹ would
   * be boxed and hash slowly on every lookup.
   */
  readonly entries = new Map<number, number>();
  /** The entries as an open-addressing table for matching (built on first match; masks stand in its rows). */
  private index: FeatureTable | undefined;

  /**
   * Adds a phrase (tokens) with one bit. Every proper prefix of a phrase is
   * kept too, with mask 0 unless it is a phrase itself, so matching stops
   * as soon as no listed phrase starts with the tokens read so far.
   */
  add(tokens: readonly string[], bit: number, cache: TokenAttributeCache): void {
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    this.addPlain(tokens.map((token) => cache.get(token)[Attr.Plain]!), bit);
  }

  /** Adds a phrase given by its tokens' lower-case hashes (Attr.Plain). */
  addPlain(plain: ArrayLike<number>, bit: number): void {
    if (plain.length === 0 || plain.length > MAX_PHRASE_TOKENS) return;
    this.index = undefined;
    let hash = 0;
    for (let n = 0; n < plain.length; n++) {
      hash = chainHash(hash, plain[n]!);
      const key = hash | 0;
      const mask = this.entries.get(key) ?? 0;
      this.entries.set(key, n === plain.length - 1 ? mask | (1 << bit) : mask);
    }
  }

  /** A copy with another gazetteer's entries merged in. */
  union(other: Gazetteer): Gazetteer {
    const merged = new Gazetteer();
    for (const source of [this, other]) {
      for (const [hash, mask] of source.entries) merged.entries.set(hash, (merged.entries.get(hash) ?? 0) | mask);
    }
    return merged;
  }

  /** The bit mask of exactly this phrase (its tokens' Attr.Plain hashes); 0 if it is not listed. */
  maskOf(plain: ArrayLike<number>): number {
    if (plain.length === 0 || plain.length > MAX_PHRASE_TOKENS) return 0;
    let hash = 0;
    for (let n = 0; n < plain.length; n++) hash = chainHash(hash, plain[n]!);
    return this.entries.get(hash | 0) ?? 0;
  }

  /**
   * Match codes per token: `bit * 4 + position` (0 Begin, 1 Inside, 2 Last,
   * 3 Unit) for every listed phrase covering the token.
   */
  match(attrs: readonly Uint32Array[]): number[][] {
    const codes: number[][] = new Array<number[]>(attrs.length);
    for (let i = 0; i < attrs.length; i++) codes[i] = NO_CODES;
    if (this.entries.size === 0) return codes;
    const index = (this.index ??= this.buildIndex());
    for (let start = 0; start < attrs.length; start++) {
      let hash = 0;
      const limit = Math.min(attrs.length, start + MAX_PHRASE_TOKENS);
      for (let end = start + 1; end <= limit; end++) {
        hash = chainHash(hash, attrs[end - 1]![Attr.Plain]!);
        const listed = index.get(hash | 0 || 1);
        if (listed < 0) break;
        const mask = listed & ~LOOKUP_ONLY_BITS;
        for (let bit = 0; mask >>> bit !== 0 && bit < 32; bit++) {
          if ((mask & (1 << bit)) === 0) continue;
          for (let i = start; i < end; i++) {
            if (codes[i] === NO_CODES) codes[i] = [];
            codes[i]!.push(bit * 4 + (end - start === 1 ? 3 : i === start ? 0 : i === end - 1 ? 2 : 1));
          }
        }
      }
    }
    return codes;
  }

  private buildIndex(): FeatureTable {
    const index = new FeatureTable(this.entries.size);
    // Key 0 marks an empty slot there; a hash of 0 is read as 1 (both ways).
    for (const [hash, mask] of this.entries) index.set(hash || 1, mask);
    return index;
  }

  /** Serialised as parallel arrays of hashes and masks. */
  toArrays(): { hashes: Uint32Array; masks: Uint32Array } {
    const hashes = new Uint32Array(this.entries.size);
    const masks = new Uint32Array(this.entries.size);
    let n = 0;
    for (const [hash, mask] of this.entries) {
      hashes[n] = hash;
      masks[n++] = mask;
    }
    return { hashes, masks };
  }

  static fromArrays(hashes: Uint32Array, masks: Uint32Array): Gazetteer {
    const gazetteer = new Gazetteer();
    for (let n = 0; n < hashes.length; n++) gazetteer.entries.set(hashes[n]! | 0, masks[n]!);
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
