import { onBeforeUnmount, onMounted, readonly, ref, type Ref } from 'vue';

/**
 * Tracks `navigator.onLine` for the calling component, updated on the
 * window's `online` and `offline` events while the component is mounted.
 */
export function useOnline(): Readonly<Ref<boolean>> {
  const online = ref(navigator.onLine);
  const update = () => {
    online.value = navigator.onLine;
  };

  onMounted(() => {
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
  });
  onBeforeUnmount(() => {
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  });
  return readonly(online);
}
