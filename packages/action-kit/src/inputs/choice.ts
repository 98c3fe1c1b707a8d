import { inputError, readInput } from './input-error.ts'

/**
 * Input `name` as one of `allowed` (compared exactly); `default` when unset or empty; a
 * ConfigurationError listing the allowed values otherwise.
 */
export function enumInput<T extends string>(
  name: string,
  options: { allowed: readonly T[]; default: T }
): T {
  const value = readInput(name)
  if (value === undefined) return options.default
  const match = options.allowed.find(allowed => allowed === value)
  if (match !== undefined) return match
  throw inputError({
    input: name,
    problem: `must be one of: ${options.allowed.join(', ')}`,
    example: options.default
  })
}
