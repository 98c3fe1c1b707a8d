// Components started one after another, stopped together in the reverse order: what an
// environment of several servers needs when one of them fails to start.

/** Anything the environment starts and must stop. */
export interface Stoppable {
  stop(): Promise<void>
}

/** The components started so far. */
export interface RunningComponents {
  /** Records a started component (to be stopped first, before those added earlier); returns it. */
  add<T extends Stoppable>(component: T): T
  /** Stops every component, the last started first. */
  stop(): Promise<void>
}

export function runningComponents(): RunningComponents {
  const started: Stoppable[] = []
  return {
    add(component) {
      started.push(component)
      return component
    },
    async stop() {
      while (started.length > 0) await started.pop()!.stop()
    }
  }
}

/**
 * Runs `start` with a fresh set of running components: if it throws, whatever it had started is
 * stopped before the error is rethrown.
 */
export async function startAll<T>(start: (running: RunningComponents) => Promise<T>): Promise<T> {
  const running = runningComponents()
  try {
    return await start(running)
  } catch (error) {
    await running.stop()
    throw error
  }
}
