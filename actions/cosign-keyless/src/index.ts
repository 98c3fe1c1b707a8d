// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import { booleanInput, enumInput, multilineInput, optionalInput, runAction } from '@sign/action-kit'
import { SIGNING_MODES, type Inputs } from './inputs.ts'
import { readRegistryInputs } from '@sign/subjects'
import { readKeylessInputs } from '@sign/subjects/keyless'

function readInputs(): Inputs {
  const keyless = readKeylessInputs()
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    mode: enumInput('mode', { allowed: SIGNING_MODES, default: 'all' }),
    outputDirectory: optionalInput('output-directory'),
    recursive: booleanInput('recursive', { default: false }),
    legacyTagFormat: booleanInput('legacy-tag-format', { default: false }),
    legacyOutputs: booleanInput('legacy-outputs', { default: false }),
    ...keyless,
    tlogUpload: booleanInput('tlog-upload', { default: true }),
    ...readRegistryInputs(),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'Sigstore keyless signatures',
  nothingDone: 'Nothing was signed, pushed or written.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
