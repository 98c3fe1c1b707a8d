// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import { booleanInput, multilineInput, optionalInput, runAction } from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import { policyFlagKey } from '@sign/verify/flag-key'
import { POLICY_FLAG_NAMES } from '@sign/verify/policy-flags'
import type { Inputs } from './inputs.ts'

function readInputs(): Inputs {
  const registry = readRegistryInputs()
  const flags: Record<string, unknown> = {}
  for (const name of POLICY_FLAG_NAMES) {
    const value = optionalInput(name)
    if (value !== undefined) flags[policyFlagKey(name)] = value
  }
  const trustPolicy = multilineInput('trust-policy')
  if (trustPolicy.length > 0) flags['trustPolicy'] = trustPolicy
  if (booleanInput('allow-unsigned', { default: false })) flags['allowUnsigned'] = true
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    ociLayouts: multilineInput('oci-layouts'),
    policy: optionalInput('policy'),
    flags: flags,
    report: optionalInput('report'),
    ...registry,
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'Verification',
  nothingDone: 'Nothing was verified.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
