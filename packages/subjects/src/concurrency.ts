/** Work items in flight at once: registry pushes, file writes, hashing. */
export const CONCURRENCY = 8

/**
 * `work` over every item with at most `limit` in flight; results in the order of `items`. After
 * the first failure no new item starts; the ones in flight finish, then that failure is thrown.
 */
export async function mapBounded<T, R>(options: {
  items: readonly T[]
  limit?: number
  work: (item: T, index: number) => Promise<R>
}): Promise<R[]> {
  const { items, work } = options
  const results = new Array<R>(items.length)
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (failure === undefined && next < items.length) {
      const index = next++
      try {
        results[index] = await work(items[index] as T, index)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  const workers = Math.max(1, Math.min(options.limit ?? CONCURRENCY, items.length))
  await Promise.all(Array.from({ length: workers }, worker))
  if (failure !== undefined) throw failure.error
  return results
}
