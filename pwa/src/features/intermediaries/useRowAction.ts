import { reactive, ref } from 'vue';
import { newIdempotencyKey } from '../services/money';

/**
 * State of a per-card action such as filing a complaint: the text typed on
 * each card, the card whose action runs, and each card's notice or error.
 */
export function useRowAction() {
  const texts = reactive<Record<string, string>>({});
  const notices = reactive<Record<string, string>>({});
  const errors = reactive<Record<string, unknown>>({});
  const busy = ref<string | null>(null);
  // The idempotency key of each card's last failed request and the text it
  // sent: a retry of the same text reuses the key, an edited text gets a new one.
  const pending = new Map<string, { text: string; key: string }>();

  function keyFor(id: string): string {
    const text = texts[id] ?? '';
    const earlier = pending.get(id);
    if (earlier && earlier.text === text) return earlier.key;
    const key = newIdempotencyKey();
    pending.set(id, { text, key });
    return key;
  }

  /** Runs a card's action with the idempotency key of its request; the action returns the notice shown on success. */
  async function act(
    id: string,
    action: (idempotencyKey: string) => Promise<string>,
  ) {
    busy.value = id;
    delete errors[id];
    delete notices[id];
    try {
      notices[id] = await action(keyFor(id));
      pending.delete(id);
      texts[id] = '';
    } catch (caught) {
      errors[id] = caught;
    } finally {
      busy.value = null;
    }
  }

  return { texts, notices, errors, busy, act };
}
