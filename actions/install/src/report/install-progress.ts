/** What the step tells runAction as it goes, for a failure summary that says what was done. */
export interface Progress {
  done(what: string): void
}

/** Where a tool is being added: the runner's tool cache, or PATH (the plugin: its directory). */
export type Destination = 'the tool cache' | 'PATH'

/** Options of {@link InstallProgress.adding} and {@link InstallProgress.added}. */
export interface ProgressStep {
  /** The tool and its version, as the log names it (`cosign 3.2.0`). */
  tool: string
  to: Destination
}

/**
 * Keeps the failure summary's "what was done" true while the step writes: called before each
 * write into the tool cache or PATH (`adding`) and after it (`added`), it says what was added so
 * far and where the step would have stopped: `Added to the tool cache: cosign 3.2.0. Added to PATH
 * (or notation's plugin directory): nothing. It stopped while adding notation 1.3.2 to the tool
 * cache.`
 */
export class InstallProgress {
  readonly #progress: Progress
  readonly #added: Record<Destination, string[]> = { 'the tool cache': [], PATH: [] }

  constructor(progress: Progress) {
    this.#progress = progress
  }

  adding(step: ProgressStep): void {
    this.#progress.done(this.#text(step))
  }

  added(step: ProgressStep): void {
    this.#added[step.to].push(step.tool)
    this.#progress.done(this.#text())
  }

  #text(adding?: ProgressStep): string {
    const list = (tools: string[]): string => (tools.length === 0 ? 'nothing' : tools.join(', '))
    const stopped =
      adding === undefined ? '' : ` It stopped while adding ${adding.tool} to ${adding.to}.`
    return (
      `Added to the tool cache: ${list(this.#added['the tool cache'])}. ` +
      `Added to PATH (or notation's plugin directory): ${list(this.#added.PATH)}.${stopped}`
    )
  }
}
