/**
 * Runs tasks one after another, each after the previous one settled (a failed task does not stop the next).
 * The pack store reads its state, changes it and writes it back: two commands at once would each write over
 * the other's change.
 */
export function createSerialQueue(): <T>(task: () => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };
}
