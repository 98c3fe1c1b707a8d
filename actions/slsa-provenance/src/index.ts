// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import { booleanInput, listInput, multilineInput, optionalInput, runAction } from '@sign/action-kit'
import { readRegistryInputs } from '@sign/subjects'
import { readKeylessInputs } from '@sign/subjects/keyless'
import type { Inputs } from './inputs.ts'

function readInputs(): Inputs {
  const keyless = readKeylessInputs()
  return {
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    base64Subjects: optionalInput('base64-subjects'),
    images: multilineInput('images'),
    formats: listInput('format'),
    provenanceName: optionalInput('provenance-name'),
    outputDirectory: optionalInput('output-directory'),
    sigstoreJson: booleanInput('sigstore-json', { default: false }),
    pushToRegistry: booleanInput('push-to-registry', { default: true }),
    githubAttestations: booleanInput('github-attestations', { default: false }),
    githubApiUrl: optionalInput('github-api-url'),
    ...keyless,
    ...readRegistryInputs(),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'Provenance',
  nothingDone: 'No provenance was written, pushed or uploaded.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
