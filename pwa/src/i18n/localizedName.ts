/** A record named in Chinese and in English, such as an item or a department. */
export interface BilingualName {
  name: string;
  nameEn?: string | null;
}

/** Returns the English name in an English locale when there is one, the Chinese name otherwise. */
export function localizedName(record: BilingualName, locale: string): string {
  return locale.startsWith('en') && record.nameEn ? record.nameEn : record.name;
}
