/** The last queued index.json update of each layout (by absolute path) in this process. */
const queues = new Map<string, Promise<void>>()

/**
 * Runs `update` once every earlier update of the same layout in this process has finished, so a
 * read-modify-write of index.json never overwrites a concurrent one. Other processes are not
 * excluded: like oras and notation, a layout has one writing process at a time.
 */
export async function withIndexLock<T>(options: {
  root: string
  update: () => Promise<T>
}): Promise<T> {
  const { root, update } = options
  const previous = queues.get(root) ?? Promise.resolve()
  const result = previous.then(update)
  const settled = result.then(
    () => undefined,
    () => undefined
  )
  queues.set(root, settled)
  try {
    return await result
  } finally {
    if (queues.get(root) === settled) queues.delete(root)
  }
}
