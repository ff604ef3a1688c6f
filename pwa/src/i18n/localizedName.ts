/** A record named in Chinese and in English, such as an item or a department. */
export interface BilingualName {
  name: string;
  nameEn?: string | null;
}

/** Returns the English name in an English locale when there is one, the Chinese name otherwise. */
export function localizedName(record: BilingualName, locale: string): string {
  return locale.startsWith('en') && record.nameEn ? record.nameEn : record.name;
}

/** A record that names its item in Chinese and, where recorded, in English, such as a case. */
export interface BilingualItemName {
  itemName: string;
  itemNameEn?: string | null;
}

/** Returns a record's English item name in an English locale when there is one, the Chinese name otherwise. */
export function localizedItemName(
  record: BilingualItemName,
  locale: string,
): string {
  return localizedName(
    { name: record.itemName, nameEn: record.itemNameEn },
    locale,
  );
}
