import { ref, watch } from 'vue';

const STORAGE_KEY = 'ykb.elderMode';

const elderMode = ref(localStorage.getItem(STORAGE_KEY) === 'on');

// Elder mode scales every rem-based size and switches to the high-contrast
// palette through one class on <html>, defined in styles/main.css.
watch(
  elderMode,
  (enabled) => {
    document.documentElement.classList.toggle('elder', enabled);
    localStorage.setItem(STORAGE_KEY, enabled ? 'on' : 'off');
  },
  { immediate: true },
);

/** Returns the elder-friendly display mode flag, stored in localStorage. */
export function useElderMode() {
  return { elderMode };
}
