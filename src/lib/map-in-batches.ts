/**
 * `items.map(work)`, at most `limit` at a time, results in order. For passes over every built
 * page: all at once, ten thousand pages are held in memory together (gigabytes on a large site);
 * a few dozen at a time keep the disk busy and memory flat.
 */
/** How many built pages a pass over the site holds at once. */
export const pageBatch = 32;

export async function mapInBatches<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
