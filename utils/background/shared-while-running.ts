/**
 * Wraps `run` so that callers asking for the same key while a call is running share its promise;
 * once it settles, the next call runs again. The popup asks for a tab's outlet and its coverage at
 * once: the page's article is extracted once for both, yet afresh on the next opening.
 */
export function sharedWhileRunning<K, T>(run: (key: K) => Promise<T>): (key: K) => Promise<T> {
  const running = new Map<K, Promise<T>>();
  return (key) => {
    const pending = running.get(key);
    if (pending) return pending;
    const started = run(key).finally(() => running.delete(key));
    running.set(key, started);
    return started;
  };
}
