import { inputError, readInput } from './input-error.ts'

const TRUE_VALUES = ['true', 'True', 'TRUE']
const FALSE_VALUES = ['false', 'False', 'FALSE']

/**
 * Input `name` as a YAML 1.2 core-schema boolean (true | True | TRUE | false | False | FALSE, the
 * values core.getBooleanInput accepts); `default` when unset or empty; a ConfigurationError
 * naming the input and the accepted values otherwise.
 */
export function booleanInput(name: string, options: { default: boolean }): boolean {
  const value = readInput(name)
  if (value === undefined) return options.default
  if (TRUE_VALUES.includes(value)) return true
  if (FALSE_VALUES.includes(value)) return false
  throw inputError({
    input: name,
    problem: `must be true or false (accepted: ${[...TRUE_VALUES, ...FALSE_VALUES].join(', ')})`,
    example: String(!options.default)
  })
}
