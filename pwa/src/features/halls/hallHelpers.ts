import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useSession } from '../../session/useSession';

/** Asia/Shanghai is UTC+8 all year. */
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000;

/** Today's calendar date in Asia/Shanghai, or `days` later, as YYYY-MM-DD. */
export function shanghaiDate(days = 0, now = Date.now()): string {
  return new Date(now + SHANGHAI_OFFSET_MS + days * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

/** Returns the last calendar day of a month given as YYYY-MM, as YYYY-MM-DD. */
export function lastDayOfMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  const days = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

/**
 * Returns the first Monday to Friday after today in Asia/Shanghai, as
 * YYYY-MM-DD: the default day to look for appointment slots, which halls
 * offer on working days. A holiday on that day still shows no slots.
 */
export function nextWeekday(now = Date.now()): string {
  for (let days = 1; ; days += 1) {
    const date = shanghaiDate(days, now);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) return date;
  }
}

/**
 * Parses time ranges written as `09:00-12:00,14:00-17:00`; null when the
 * text does not have that form. The server checks the values again.
 */
export function parseTimeRanges(
  text: string,
): { start: string; end: string }[] | null {
  const parts = text
    .split(/[,，]/)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const ranges = parts.map((part) =>
    /^(\d{2}:\d{2})\s*-\s*(\d{2}:\d{2})$/.exec(part),
  );
  if (ranges.length === 0 || ranges.some((r) => r === null)) return null;
  return ranges.map((r) => ({ start: r![1]!, end: r![2]! }));
}

/** Writes time ranges as `09:00-12:00,14:00-17:00`. */
export function formatTimeRanges(ranges: { start: string; end: string }[]) {
  return ranges.map((r) => `${r.start}-${r.end}`).join(',');
}

/** Parses a comma-separated list of whole numbers, such as weekdays. */
export function parseNumbers(text: string): number[] {
  return text
    .split(/[,，\s]+/)
    .filter((part) => part.length > 0)
    .map(Number);
}

/** Offers text as a file download in the browser. */
export function downloadText(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * Returns the hall a page works on: the `hallId` route parameter, else the hall of
 * the signed-in staff member, else none.
 */
export function useHallId() {
  const route = useRoute();
  const { user } = useSession();
  return computed(() => {
    const fromRoute = route.params.hallId;
    if (typeof fromRoute === 'string' && fromRoute) return fromRoute;
    return user.value?.hallId ?? '';
  });
}

/** Business categories in the order of the schema. */
export const BUSINESS_CATEGORIES = [
  'GENERAL',
  'MARKET_ENTRY',
  'SOCIAL_SECURITY',
  'CONSTRUCTION',
  'PUBLIC_SECURITY',
  'CIVIL_AFFAIRS',
] as const;
