import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import en from '../src/i18n/messages/en';
import zhCN from '../src/i18n/messages/zh-CN';
import { historyOpinion } from '../src/features/cases/historyOpinion';

function translator(locale: 'zh-CN' | 'en') {
  const i18n = createI18n({
    legacy: false,
    locale,
    messages: { 'zh-CN': zhCN, en },
  });
  return (key: string, values?: Record<string, string>) =>
    i18n.global.t(key, values ?? {});
}

const MAILED = {
  action: 'DELIVERED',
  opinion: 'MAIL: delivered 2026-12-05T05:54:08.201Z',
};

describe('historyOpinion', () => {
  it('shows a courier delivery in Chinese and Shanghai time', () => {
    const text = historyOpinion(MAILED, translator('zh-CN'), 'zh-CN');
    expect(text).toContain('快递已签收');
    expect(text).toContain('2026/12/05 13:54');
    expect(text).not.toContain('delivered');
  });

  it('shows a courier delivery in English', () => {
    const text = historyOpinion(MAILED, translator('en'), 'en');
    expect(text).toBe(
      'Delivered by courier and signed for at 5 Dec 2026, 13:54 (China Standard Time)',
    );
  });

  it('names the method of a staff delivery', () => {
    const t = translator('zh-CN');
    expect(
      historyOpinion({ action: 'DELIVERED', opinion: 'WINDOW' }, t, 'zh-CN'),
    ).toBe('窗口领取');
    expect(
      historyOpinion(
        { action: 'DELIVERED', opinion: 'WINDOW: 本人持身份证领取' },
        t,
        'zh-CN',
      ),
    ).toBe('窗口领取：本人持身份证领取');
  });

  it('keeps other opinions as written', () => {
    const t = translator('en');
    expect(
      historyOpinion(
        { action: 'APPROVED', opinion: 'MAIL: delivered' },
        t,
        'en',
      ),
    ).toBe('MAIL: delivered');
    expect(
      historyOpinion({ action: 'DELIVERED', opinion: '快递员转交' }, t, 'en'),
    ).toBe('快递员转交');
    expect(
      historyOpinion({ action: 'DELIVERED', opinion: null }, t, 'en'),
    ).toBe(null);
  });
});
