// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import {
  booleanInput,
  enumInput,
  listInput,
  multilineInput,
  optionalInput,
  runAction
} from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import { readKeylessInputs } from '@sign/subjects/keyless'
import { NAMINGS, type Inputs } from './inputs.ts'

function readInputs(): Inputs {
  const keyless = readKeylessInputs()
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    sbom: optionalInput('sbom'),
    formats: listInput('format'),
    naming: enumInput('naming', { allowed: NAMINGS, default: 'sign' }),
    attest: booleanInput('attest', { default: true }),
    liftBuildxAttestations: booleanInput('lift-buildx-attestations', { default: true }),
    ...keyless,
    ...readRegistryInputs(),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'SBOMs',
  nothingDone: 'No SBOM was written, attached or signed.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
