import { inputError, readInput } from './input-error.ts'

const DURATION_UNITS_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }

/**
 * Input `name` as a whole number within [min, max]; `default` when unset or empty; a
 * ConfigurationError stating the range otherwise.
 */
export function integerInput(
  name: string,
  options: { default: number; min?: number; max?: number }
): number {
  const value = readInput(name)
  if (value === undefined) return options.default
  const { min = Number.MIN_SAFE_INTEGER, max = Number.MAX_SAFE_INTEGER } = options
  const parsed = /^[+-]?\d+$/.test(value) ? Number(value) : NaN
  if (Number.isSafeInteger(parsed) && parsed >= min && parsed <= max) return parsed
  throw inputError({
    input: name,
    problem: `must be a whole number from ${min} to ${max}`,
    example: String(options.default)
  })
}

/**
 * Input `name` as a duration in milliseconds, written `<number><unit>` with unit ms, s, m or h
 * (a number alone means seconds); `defaultMs` when unset or empty; a ConfigurationError otherwise.
 */
export function durationInput(name: string, options: { defaultMs: number }): number {
  const value = readInput(name)
  if (value === undefined) return options.defaultMs
  const match = /^(\d+)\s*(ms|s|m|h)?$/.exec(value)
  const amount = Number(match?.[1])
  const unitMs = DURATION_UNITS_MS[match?.[2] ?? 's']
  if (Number.isSafeInteger(amount) && unitMs !== undefined) return amount * unitMs
  throw inputError({
    input: name,
    problem: 'must be a duration such as 500ms, 90s, 5m or 1h (a number alone means seconds)',
    example: `${Math.ceil(options.defaultMs / 1000)}s`
  })
}
