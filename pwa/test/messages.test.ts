import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import { ErrorCode } from '../../packages/common/src/errors';
import en from '../src/i18n/messages/en';
import zhCN from '../src/i18n/messages/zh-CN';
import { localizedName } from '../src/i18n/localizedName';

const locales = { 'zh-CN': zhCN, en } as const;

/** Codes the platform sends besides ErrorCode: the gateway's request limits and the PWA's own. */
const OTHER_CODES = [
  'PAYLOAD_TOO_LARGE',
  'QUERY_TOO_COMPLEX',
  'NETWORK',
  'UNKNOWN',
];

function i18nIn(locale: keyof typeof locales) {
  return createI18n({ legacy: false, locale, messages: { 'zh-CN': zhCN, en } })
    .global;
}

describe('error messages', () => {
  const codes = [...Object.values(ErrorCode), ...OTHER_CODES];

  it.each(Object.keys(locales) as (keyof typeof locales)[])(
    'cover every error code in %s',
    (locale) => {
      const errors = locales[locale].errors as Record<
        string,
        string | undefined
      >;
      const missing = codes.filter((code) => !errors[code]?.trim());
      expect(missing).toEqual([]);
    },
  );

  it('name wrong credentials plainly', () => {
    expect(i18nIn('zh-CN').t('errors.INVALID_CREDENTIALS')).toBe(
      '账号或密码错误。',
    );
    expect(i18nIn('en').t('errors.INVALID_CREDENTIALS')).toBe(
      'The account or password is incorrect.',
    );
  });

  it('put the unlock time into the lock message', () => {
    expect(
      i18nIn('zh-CN').t('errorDetails.accountLockedUntil', {
        time: '2026-03-04 14:05',
      }),
    ).toContain('北京时间 2026-03-04 14:05');
    expect(
      i18nIn('en').t('errorDetails.accountLockedUntil', {
        time: '4 Mar 2026, 14:05',
      }),
    ).toContain('until 4 Mar 2026, 14:05 China Standard Time');
  });
});

describe('plural forms', () => {
  it('count working days in English', () => {
    const { t } = i18nIn('en');
    expect(t('common.workingDays', { days: 1 }, 1)).toBe('1 working day');
    expect(t('common.workingDays', { days: 20 }, 20)).toBe('20 working days');
    expect(t('common.workingDays', { days: 0 }, 0)).toBe('0 working days');
  });

  it('count working days in Chinese', () => {
    const { t } = i18nIn('zh-CN');
    expect(t('common.workingDays', { days: 1 }, 1)).toBe('1 个工作日');
    expect(t('common.workingDays', { days: 15 }, 15)).toBe('15 个工作日');
  });

  it('label the search count as the results shown', () => {
    expect(i18nIn('zh-CN').t('search.resultCount', { count: 20 }, 20)).toBe(
      '显示 20 项',
    );
    expect(i18nIn('en').t('search.resultCount', { count: 1 }, 1)).toBe(
      'Showing 1 service',
    );
    expect(i18nIn('en').t('search.resultCount', { count: 20 }, 20)).toBe(
      'Showing 20 services',
    );
  });
});

describe('localizedName', () => {
  const department = {
    name: '重庆市公安局',
    nameEn: 'Chongqing Public Security Bureau',
  };

  it('returns the English name in English', () => {
    expect(localizedName(department, 'en')).toBe(
      'Chongqing Public Security Bureau',
    );
  });

  it('returns the Chinese name in Chinese', () => {
    expect(localizedName(department, 'zh-CN')).toBe('重庆市公安局');
  });

  it('falls back to Chinese without an English name', () => {
    expect(localizedName({ name: '重庆市公安局', nameEn: '' }, 'en')).toBe(
      '重庆市公安局',
    );
    expect(localizedName({ name: '重庆市公安局' }, 'en')).toBe('重庆市公安局');
  });
});
