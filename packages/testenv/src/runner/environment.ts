import { inputVariableName } from './inputs.ts'

/** The only parent variables a step sees; everything else comes from the runner's options. */
const INHERITED_VARIABLES = ['PATH', 'HOME', 'NODE_EXTRA_CA_CERTS']

/**
 * A step's whole environment, built from nothing rather than from this process's, so the
 * parent's INPUT_*, GITHUB_* and ACTIONS_* variables never leak in. Later layers win: inherited,
 * context, file commands, ID-token endpoint, inputs, then `env`.
 */
export function stepEnvironment(options: {
  context: Record<string, string>
  files: Record<string, string>
  idToken?: Record<string, string>
  inputs: Record<string, string>
  env?: Record<string, string>
}): Record<string, string> {
  const env: Record<string, string> = {}
  for (const name of INHERITED_VARIABLES) {
    const value = process.env[name]
    if (value !== undefined) env[name] = value
  }
  Object.assign(env, options.context, options.files, options.idToken)
  for (const [name, value] of Object.entries(options.inputs)) env[inputVariableName(name)] = value
  return Object.assign(env, options.env)
}
