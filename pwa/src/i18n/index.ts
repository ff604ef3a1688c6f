import { createI18n } from 'vue-i18n';
import en from './messages/en';
import zhCN from './messages/zh-CN';

export const SUPPORTED_LOCALES = ['zh-CN', 'en'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];

const LOCALE_KEY = 'ykb.locale';

function storedLocale(): Locale {
  const stored = localStorage.getItem(LOCALE_KEY);
  return SUPPORTED_LOCALES.find((locale) => locale === stored) ?? 'zh-CN';
}

export const i18n = createI18n({
  legacy: false,
  locale: storedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': zhCN, en },
});

/** Switches the UI language, stores it and updates `<html lang>`. */
export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale;
  localStorage.setItem(LOCALE_KEY, locale);
  document.documentElement.lang = locale;
}

document.documentElement.lang = i18n.global.locale.value;
