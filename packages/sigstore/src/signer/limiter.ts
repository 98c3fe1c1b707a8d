/** Bounds how many operations run at once; the rest wait in order. */
export interface Limiter {
  run<T>(task: () => Promise<T>): Promise<T>
}

/** A limiter letting `concurrency` tasks run at once. */
export function createLimiter(options: { concurrency: number }): Limiter {
  let active = 0
  const waiting: (() => void)[] = []
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= options.concurrency) await new Promise<void>(resolve => waiting.push(resolve))
      active++
      try {
        return await task()
      } finally {
        active--
        waiting.shift()?.()
      }
    }
  }
}
