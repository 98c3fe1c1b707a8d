// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import {
  booleanInput,
  enumInput,
  listInput,
  multilineInput,
  optionalInput,
  runAction,
  secretInput
} from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import { NAMINGS, type Inputs } from './inputs.ts'

function readInputs(): Inputs {
  const identityToken = secretInput('identity-token')
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    sbom: optionalInput('sbom'),
    formats: listInput('format'),
    naming: enumInput('naming', { allowed: NAMINGS, default: 'sign' }),
    attest: booleanInput('attest', { default: true }),
    liftBuildxAttestations: booleanInput('lift-buildx-attestations', { default: true }),
    identityToken,
    fulcioUrl: optionalInput('fulcio-url'),
    rekorUrl: optionalInput('rekor-url'),
    tsaUrl: optionalInput('tsa-url'),
    signingConfig: optionalInput('signing-config'),
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
