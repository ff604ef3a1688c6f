/** All times are shown in China Standard Time, wherever the device is. */
export const DISPLAY_TIME_ZONE = 'Asia/Shanghai';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Formats an ISO 8601 instant as a date and time in Asia/Shanghai. */
export function formatDateTime(
  instant: string | null | undefined,
  locale: string,
): string {
  if (!instant) return '—';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;

  let formatter = formatters.get(locale);
  if (!formatter) {
    // English uses a month name, because 03/04 reads differently in the
    // United States and elsewhere.
    const english = locale.startsWith('en');
    formatter = new Intl.DateTimeFormat(english ? 'en-GB' : locale, {
      timeZone: DISPLAY_TIME_ZONE,
      year: 'numeric',
      month: english ? 'short' : '2-digit',
      day: english ? 'numeric' : '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(locale, formatter);
  }
  return formatter.format(date);
}
