import { pinyin } from 'pinyin-pro';

/**
 * Search terms stored with each published item. Chinese has no spaces
 * between words, so names are indexed by character n-grams: every single
 * Han character and every pair of adjacent ones. Latin text is indexed by
 * lower-case words. Pinyin terms let a query in pinyin or pinyin initials
 * (`sbk` for 社会保障卡) find an item, and the full pinyin of the name is the
 * sort key, because FerretDB has no collations. Plain string arrays and
 * equality filters are all the database needs, so the same search runs on
 * MongoDB and on FerretDB.
 */

/** Searchable texts of an item. */
export interface SearchableText {
  name: string;
  nameEn: string;
  aliases: readonly string[];
  keywords: readonly string[];
  /** Names of the item's life-event themes, such as 企业开办. */
  themeNames: readonly string[];
}

/** Terms stored with an item. */
export interface StoredSearchTerms {
  searchTokens: string[];
  pinyinTerms: string[];
  pinyinKey: string;
}

const HAN = /\p{Script=Han}/u;
const LATIN_WORD = /[a-z0-9]+/gu;

/** NFKC, lower case, no whitespace: the form in which texts and queries are compared. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Runs of consecutive Han characters in a text. */
function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const character of text.normalize('NFKC')) {
    if (HAN.test(character)) run += character;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Character unigrams and bigrams of the Han runs of a text. */
export function hanNgrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of hanRuns(text)) {
    const characters = Array.from(run);
    characters.forEach((character, index) => {
      grams.add(character);
      const next = characters[index + 1];
      if (next) grams.add(character + next);
    });
  }
  return [...grams];
}

/** Bigrams of a query's Han characters, or its unigram when it has one Han character. */
export function queryNgrams(query: string): string[] {
  const grams = new Set<string>();
  for (const run of hanRuns(query)) {
    const characters = Array.from(run);
    if (characters.length === 1) grams.add(run);
    for (let index = 0; index + 1 < characters.length; index++)
      grams.add(characters[index]! + characters[index + 1]!);
  }
  return [...grams];
}

/** Lower-case Latin words and digit runs of a text. */
function latinWords(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(LATIN_WORD) ?? [];
}

/** Toneless pinyin syllables of the Han characters of a text, other characters dropped. */
function syllables(text: string): string[] {
  const han = hanRuns(text).join('');
  if (!han) return [];
  return pinyin(han, { toneType: 'none', type: 'array', v: true });
}

/** Full pinyin (`shehuibaozhangka`) and initials (`shbzk`) of a text; empty strings for a text without Han characters. */
export function pinyinForms(text: string): { full: string; initials: string } {
  const parts = syllables(text);
  return {
    full: parts.join(''),
    initials: parts.map((part) => part[0] ?? '').join(''),
  };
}

/** Computes the terms stored with an item. */
export function searchTermsOf(text: SearchableText): StoredSearchTerms {
  const sources = [
    text.name,
    ...text.aliases,
    ...text.keywords,
    ...text.themeNames,
  ];
  const tokens = new Set<string>();
  for (const source of sources) {
    for (const gram of hanNgrams(source)) tokens.add(gram);
    for (const word of latinWords(source)) tokens.add(word);
  }
  for (const word of latinWords(text.nameEn)) tokens.add(word);
  const pinyinTerms = new Set<string>();
  for (const source of [text.name, ...text.aliases, ...text.keywords]) {
    const { full, initials } = pinyinForms(source);
    if (full) pinyinTerms.add(full);
    if (initials) pinyinTerms.add(initials);
  }
  return {
    searchTokens: [...tokens],
    pinyinTerms: [...pinyinTerms],
    pinyinKey: pinyinForms(text.name).full || normalizeText(text.name),
  };
}

/** A parsed query. */
export interface ParsedQuery {
  /** Normalised query text. */
  text: string;
  /** Han bigrams of the query, or its single unigram. */
  grams: string[];
  /** Latin words of the query. */
  words: string[];
  /** Whether the query is Latin letters only, so it may be pinyin. */
  maybePinyin: boolean;
}

export function parseQuery(keyword: string): ParsedQuery {
  const text = normalizeText(keyword);
  return {
    text,
    grams: queryNgrams(text),
    words: latinWords(text),
    maybePinyin: /^[a-z]+$/u.test(text),
  };
}

/**
 * Terms of which an item must store at least one to match the query, for
 * the database filter `{ $or: [{ searchTokens: { $in } }, { pinyinTerms: … }] }`
 * that narrows the candidates before scoring.
 */
export function candidateTokens(query: ParsedQuery): string[] {
  return [...query.grams, ...query.words];
}

/** Texts and stored terms of an item, the input of the scorer. */
export interface ScoredText extends Omit<SearchableText, 'themeNames'> {
  searchTokens: readonly string[];
  pinyinTerms: readonly string[];
}

/** Share of the query's bigrams an item must hold when the query is not a substring of any of its texts. */
const MIN_COVERAGE = 0.6;

/**
 * Scores an item against a query; 0 means no match. An exact name or alias
 * match ranks first. Then come a name that starts with or contains the
 * query, keywords and aliases that contain it, and pinyin matches. Last
 * come items that contain most of the query's bigrams in any order, which
 * is how life-event themes match, through their stored bigrams.
 */
export function scoreItem(item: ScoredText, query: ParsedQuery): number {
  const q = query.text;
  if (!q) return 1;
  const name = normalizeText(item.name);
  const aliases = item.aliases.map(normalizeText);
  const keywords = item.keywords.map(normalizeText);
  if (name === q) return 1000;
  if (aliases.includes(q)) return 900;
  if (name.startsWith(q)) return 700;
  if (name.includes(q)) return 600;
  if (keywords.includes(q)) return 550;
  if (aliases.some((alias) => alias.includes(q))) return 500;
  if (keywords.some((keyword) => keyword.includes(q))) return 450;
  if (query.maybePinyin && q.length >= 2) {
    if (item.pinyinTerms.some((term) => term === q)) return 400;
    if (item.pinyinTerms.some((term) => term.startsWith(q))) return 300;
    if (q.length >= 3 && item.pinyinTerms.some((term) => term.includes(q)))
      return 200;
  }
  const tokens = new Set(item.searchTokens);
  if (query.words.length > 0 && query.grams.length === 0) {
    const english = new Set(
      latinWords(item.nameEn).concat(latinWords(item.name)),
    );
    const matched = query.words.filter(
      (word) =>
        english.has(word) || [...english].some((each) => each.startsWith(word)),
    );
    return matched.length === query.words.length ? 150 : 0;
  }
  if (query.grams.length === 0) return 0;
  const held = query.grams.filter((gram) => tokens.has(gram)).length;
  const coverage = held / query.grams.length;
  if (coverage < MIN_COVERAGE) return 0;
  return Math.round(100 * coverage);
}
