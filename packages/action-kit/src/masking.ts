import * as core from '@actions/core'
import { optionalInput } from './inputs/text.ts'

/**
 * Registers `value` with the runner so that it is replaced by *** in the log. The runner masks
 * line by line, so a multi-line value (a PEM key, a JSON credential) is also registered line by
 * line: each non-empty line, trimmed. Empty values register nothing.
 */
export function maskSecret(value: string): void {
  if (value.trim() === '') return
  core.setSecret(value)
  const lines = value.split(/\r?\n/).map(line => line.trim())
  if (lines.length < 2) return
  for (const line of new Set(lines)) {
    if (line !== '') core.setSecret(line)
  }
}

/** Input `name` (undefined when empty), registered as a secret before anything can print it. */
export function secretInput(name: string): string | undefined {
  const value = optionalInput(name)
  if (value !== undefined) maskSecret(value)
  return value
}
