import { inputError, readInput } from './input-error.ts'

/** Input `name` (kebab-case, as in action.yml), trimmed; a ConfigurationError when unset or empty. */
export function requiredInput(name: string): string {
  const value = readInput(name)
  if (value === undefined) {
    throw inputError({
      input: name,
      problem: 'is required but the step does not set it',
      example: '<value>'
    })
  }
  return value
}

/** Input `name`, trimmed; undefined when unset or empty. */
export function optionalInput(name: string): string | undefined {
  return readInput(name)
}
