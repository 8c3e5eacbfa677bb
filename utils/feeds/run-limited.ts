/** Runs `worker` over `tasks` with at most `limit` at a time, in order of start. */
export async function runLimited<T>(
  tasks: readonly T[],
  limit: number,
  worker: (task: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) await worker(tasks[next++]!);
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, lane));
}
