import * as core from '@actions/core'
import { ConfigurationError } from '../failure/configuration-error.ts'

/**
 * The trimmed value of input `name` as the runner passes it (INPUT_<NAME>), or undefined when the
 * step does not set it or sets it to an empty string.
 */
export function readInput(name: string): string | undefined {
  const value = core.getInput(name)
  return value === '' ? undefined : value
}

/**
 * A ConfigurationError about input `input` (its kebab-case YAML name) that says what the value
 * must be and shows what to write instead. It never repeats the value given: inputs may be secret.
 */
export function inputError(options: {
  input: string
  /** What the value must be, completing "Input 'x' …", e.g. "must be true or false". */
  problem: string
  /** A valid value for the fix, e.g. "true". */
  example: string
}): ConfigurationError {
  return new ConfigurationError(`Input '${options.input}' ${options.problem}. Write for example:`, {
    fix: `with:\n  ${options.input}: ${options.example}`
  })
}
