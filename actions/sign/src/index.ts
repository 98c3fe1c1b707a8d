// Entry point of the root action: reads every input once into a typed object (secrets masked
// first) and runs the pipeline through the one failure path.
import { booleanInput, listInput, multilineInput, optionalInput, runAction } from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import { readKeylessInputs } from '@sign/subjects/keyless'
import type { Inputs } from './inputs.ts'

function readInputs(): Inputs {
  const keyless = readKeylessInputs()
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    signatures: booleanInput('signatures', { default: true }),
    sboms: booleanInput('sboms', { default: true }),
    provenance: booleanInput('provenance', { default: true }),
    verify: booleanInput('verify', { default: true }),
    sbomFormats: listInput('sbom-format'),
    provenanceFormats: listInput('provenance-format'),
    policy: optionalInput('policy'),
    trustedRoot: optionalInput('trusted-root'),
    ...keyless,
    ...readRegistryInputs(),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
void runAction({
  title: 'Sign, describe, attest and verify',
  nothingDone: 'Nothing was signed, written or pushed.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
