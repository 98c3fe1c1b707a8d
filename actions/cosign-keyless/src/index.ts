// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import {
  booleanInput,
  enumInput,
  maskSecret,
  multilineInput,
  optionalInput,
  runAction
} from '@sign/action-kit'
import { SIGNING_MODES, type Inputs } from './inputs.ts'
import { run } from './run.ts'

/** Input `name`, registered as a secret before anything else can print it. */
function secretInput(name: string): string | undefined {
  const value = optionalInput(name)
  if (value !== undefined) maskSecret(value)
  return value
}

function readInputs(): Inputs {
  const identityToken = secretInput('identity-token')
  const registryPassword = secretInput('registry-password')
  const githubToken = secretInput('github-token')
  return {
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    mode: enumInput('mode', { allowed: SIGNING_MODES, default: 'all' }),
    recursive: booleanInput('recursive', { default: false }),
    legacyTagFormat: booleanInput('legacy-tag-format', { default: false }),
    legacyOutputs: booleanInput('legacy-outputs', { default: false }),
    identityToken,
    fulcioUrl: optionalInput('fulcio-url'),
    rekorUrl: optionalInput('rekor-url'),
    tsaUrl: optionalInput('tsa-url'),
    signingConfig: optionalInput('signing-config'),
    tlogUpload: booleanInput('tlog-upload', { default: true }),
    registryUsername: optionalInput('registry-username'),
    registryPassword,
    githubToken,
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
void runAction(() => run(readInputs()))
