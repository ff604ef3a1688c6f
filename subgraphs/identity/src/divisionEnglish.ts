import { pinyin } from 'pinyin-pro';
import type { DivisionRecord } from './divisionSource.js';

/** English names of divisions whose Chinese name is no place name: the province and its two groupings. */
const FIXED_NAMES: Readonly<Record<string, string>> = {
  '50': 'Chongqing',
  '5001': 'Districts of Chongqing',
  '5002': 'Counties of Chongqing',
};

/** Level terms that end a division name, longest first, with their English terms. */
const LEVEL_TERMS: readonly (readonly [string, string])[] = [
  ['社区居民委员会', 'Community'],
  ['居民委员会', 'Community'],
  ['村民委员会', 'Village'],
  ['街道办事处', 'Subdistrict'],
  ['自治县', 'Autonomous County'],
  ['民族乡', 'Ethnic Township'],
  ['街道', 'Subdistrict'],
  ['社区', 'Community'],
  ['区', 'District'],
  ['县', 'County'],
  ['镇', 'Town'],
  ['乡', 'Township'],
  ['村', 'Village'],
];

/** Ethnic groups named in Chongqing's autonomous counties and ethnic townships. */
const ETHNIC_GROUPS: readonly (readonly [string, string])[] = [
  ['土家族', 'Tujia'],
  ['苗族', 'Miao'],
];

/** Readings of polyphonic characters in Chongqing's place names where pinyin-pro picks another one: 丰都 is Fengdu. */
const PLACE_READINGS: Readonly<Record<string, string>> = { 都: 'du' };

/**
 * Writes a place name in Hanyu Pinyin without tones as one capitalised
 * word, with an apostrophe before a syllable that starts with a, o or e
 * (西安 becomes Xi'an), as the pinyin spelling rules for place names ask.
 */
function placeNamePinyin(name: string): string {
  const characters = [...name];
  const syllables = pinyin(name, { toneType: 'none', type: 'array' }).map(
    (syllable, index) => PLACE_READINGS[characters[index] ?? ''] ?? syllable,
  );
  const word = syllables
    .map((syllable, index) =>
      index > 0 && /^[aoe]/.test(syllable) ? `'${syllable}` : syllable,
    )
    .join('');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Returns the English name of a division: the pinyin of its proper name,
 * the ethnic groups of an autonomous county or ethnic township, and the
 * English term of its level, such as "Wuxi County", "Chengbei Village" or
 * "Shizhu Tujia Autonomous County".
 */
// NOTE: pinyin-pro picks the reading of polyphonic characters from its
// dictionary, so a rare place name may be spelled differently from local usage.
export function englishDivisionName(
  division: Pick<DivisionRecord, 'code' | 'name'>,
): string {
  const fixed = FIXED_NAMES[division.code];
  if (fixed) return fixed;
  let rest = division.name;
  const term = LEVEL_TERMS.find(([chinese]) => rest.endsWith(chinese));
  if (term) rest = rest.slice(0, -term[0].length);
  // A village committee (城北村村民委员会) is named after its village (城北村).
  if (term?.[1] === 'Village' && rest.length > 2 && rest.endsWith('村'))
    rest = rest.slice(0, -1);
  const ethnic: string[] = [];
  for (;;) {
    const group = ETHNIC_GROUPS.find(([chinese]) => rest.endsWith(chinese));
    if (!group) break;
    ethnic.unshift(group[1]);
    rest = rest.slice(0, -group[0].length);
  }
  const parts = [placeNamePinyin(rest), ...ethnic];
  if (term) parts.push(term[1]);
  return parts.filter((part) => part.length > 0).join(' ');
}
