import { readFile } from 'node:fs/promises'
import { parseActionInputs } from './action-yml.ts'

/** The variable the runner passes input `name` in: INPUT_ + name uppercased, spaces as '_'. */
export function inputVariableName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** The inputs a step runs with, and the warning the runner gives for undeclared ones. */
export interface ResolvedInputs {
  values: Record<string, string>
  /** "Unexpected input(s) …", as the runner warns, when `with:` names an undeclared input. */
  warning?: string
}

/**
 * Merges `given` over the defaults of `actionYml` (when given) the way the runner does: every
 * declared input gets a value (its default, or '' without one). Defaults that are expressions
 * (`${{ … }}`) are not evaluated here: using one throws, asking the test to pass the input.
 */
export async function resolveInputs(options: {
  given: Record<string, string>
  actionYml?: string
}): Promise<ResolvedInputs> {
  if (options.actionYml === undefined) return { values: { ...options.given } }
  const declared = parseActionInputs(await readFile(options.actionYml, 'utf8'), options.actionYml)
  const values: Record<string, string> = {}
  for (const [name, fallback] of declared) {
    if (name in options.given) continue
    if (fallback?.includes('${{')) {
      throw new Error(
        `${options.actionYml}: the default of input '${name}' is an expression, which this ` +
          `runner does not evaluate; pass inputs['${name}'] explicitly`
      )
    }
    values[name] = fallback ?? ''
  }
  Object.assign(values, options.given)
  const unexpected = Object.keys(options.given).filter(name => !declared.has(name))
  if (unexpected.length === 0) return { values }
  const list = (names: string[]): string => names.map(name => `'${name}'`).join(', ')
  return {
    values,
    warning: `Unexpected input(s) ${list(unexpected)}, valid inputs are [${list([...declared.keys()])}]`
  }
}
