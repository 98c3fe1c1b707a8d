import type { DemoEnvironment } from './environment.ts'

/** One capability of the suite, shown against the test environment. */
export interface DemoStep {
  title: string
  /** Returns the lines that say what was done and proven. */
  run(env: DemoEnvironment): Promise<string[]>
}
