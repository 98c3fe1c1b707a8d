// Entry point: reads every input once into a typed object and runs the step through the one
// failure path.
import {
  booleanInput,
  multilineInput,
  optionalInput,
  requiredInput,
  runAction
} from '@sign/action-kit'
import type { Inputs } from './inputs.ts'

function readInputs(): Inputs {
  requiredInput('tools')
  return {
    tools: multilineInput('tools'),
    mirror: optionalInput('mirror'),
    allowUnverified: booleanInput('allow-unverified', { default: false }),
    catalog: optionalInput('catalog'),
    trustedRoot: optionalInput('trusted-root'),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'Install',
  nothingDone: 'Nothing was installed or cached.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
