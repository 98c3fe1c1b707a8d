// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import { booleanInput, multilineInput, optionalInput, runAction } from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import type { Inputs } from './inputs.ts'
import { run } from './run.ts'

/** The policy inputs, named as cosign's and notation's flags. */
const POLICY_INPUTS = [
  'certificate-identity',
  'certificate-identity-regexp',
  'certificate-oidc-issuer',
  'certificate-oidc-issuer-regexp',
  'certificate-github-workflow-repository',
  'certificate-github-workflow-ref',
  'certificate-github-workflow-sha',
  'certificate-github-workflow-trigger',
  'certificate-github-workflow-name',
  'key',
  'type',
  'trusted-root',
  'tuf-mirror',
  'tuf-root',
  'trust-store',
  'scope'
] as const

const camel = (name: string): string =>
  name.replace(/-([a-z])/gu, (_, c: string) => c.toUpperCase())

function readInputs(): Inputs {
  const registry = readRegistryInputs()
  const flags: Record<string, unknown> = {}
  for (const name of POLICY_INPUTS) {
    const value = optionalInput(name)
    if (value !== undefined) flags[camel(name)] = value
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
void runAction(() => run(readInputs()))
