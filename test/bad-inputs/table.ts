// The shape of the bad-inputs table: per action, the services it is run against (each counting
// the requests it answers), a valid base of inputs, and one or more bad values for every input.
import type { ActionResult } from '@sign/testenv'

/** One bad value: the run's inputs are the harness's base overlaid with `inputs`. */
export interface BadInputCase {
  /** The input whose value is bad (what the coverage check counts). */
  input: string
  /**
   * Overlaid on the base; includes the bad value (an empty string unsets a base input).
   * `{{name}}` in a value stands for the harness's value of that name (known once it runs).
   */
  inputs: Record<string, string>
  /** A fragment of the error annotation: the reason, naming the input. */
  message: string
  /** False when the message shows an example other than YAML (e.g. a checksums line). */
  showsYaml?: false
  /** Files added to the case's workspace (path → content). */
  files?: Record<string, string>
}

/** The running services of one action and how to run it against them. */
export interface ActionHarness {
  /** Inputs that, with the workspace files, make a valid step reaching every service. */
  base: Record<string, string>
  /** What `{{name}}` in a case's inputs stands for. */
  values?: Record<string, string>
  /** The workspace every case starts from (path → content). */
  files: Record<string, string>
  run(options: { workspace: string; inputs: Record<string, string> }): Promise<ActionResult>
  /** Requests each service has answered so far, by service name. */
  requests(): Record<string, number>
  stop(): Promise<void>
}

/** Every bad value of one action, the inputs exempt from the table, and its services. */
export interface ActionTable {
  action: string
  /** Inputs no value of which is wrong, each with the reason. */
  exempt: Record<string, string>
  cases: BadInputCase[]
  start(): Promise<ActionHarness>
}
