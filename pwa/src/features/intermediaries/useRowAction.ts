import { reactive, ref } from 'vue';

/**
 * State of a per-card action such as filing a complaint: the text typed on
 * each card, the card whose action runs, and each card's notice or error.
 */
export function useRowAction() {
  const texts = reactive<Record<string, string>>({});
  const notices = reactive<Record<string, string>>({});
  const errors = reactive<Record<string, unknown>>({});
  const busy = ref<string | null>(null);

  async function act(id: string, action: () => Promise<string>) {
    busy.value = id;
    delete errors[id];
    delete notices[id];
    try {
      notices[id] = await action();
      texts[id] = '';
    } catch (caught) {
      errors[id] = caught;
    } finally {
      busy.value = null;
    }
  }

  return { texts, notices, errors, busy, act };
}
