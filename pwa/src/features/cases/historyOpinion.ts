import { formatDateTime } from '../../i18n/formatDateTime';

/** Stored opinion of a courier's delivery, written by the cases subgraph: `MAIL: delivered <ISO 8601 instant>`. */
const MAIL_DELIVERED =
  /^MAIL: delivered (\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?Z)$/;
/** Stored opinion of a staff delivery: the method, then `: ` and the note when there is one. */
const DELIVERY = /^(WINDOW|MAIL|ELECTRONIC)(?:: ([\s\S]+))?$/;

type Translate = (key: string, values?: Record<string, string>) => string;

/**
 * Text of a history event's opinion in the current locale. The opinions of
 * DELIVERED events are stored in the fixed forms above and are shown as a
 * sentence, with a courier's delivery time in Asia/Shanghai. Other opinions
 * are staff's own words and are shown as written; null when there is none.
 */
export function historyOpinion(
  event: { action: string; opinion?: string | null },
  t: Translate,
  locale: string,
): string | null {
  const opinion = event.opinion;
  if (!opinion || event.action !== 'DELIVERED') return opinion ?? null;
  const mailed = MAIL_DELIVERED.exec(opinion);
  if (mailed)
    return t('caseDetail.mailDelivered', {
      at: formatDateTime(mailed[1], locale),
    });
  const delivery = DELIVERY.exec(opinion);
  if (!delivery) return opinion;
  const method = t(`deliveryMethod.${delivery[1]}`);
  return delivery[2]
    ? t('caseDetail.deliveredWithNote', { method, note: delivery[2] })
    : method;
}
