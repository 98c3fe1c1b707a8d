// Entry point: reads every input once into a typed object (secrets masked first) and runs the
// step through the one failure path.
import {
  booleanInput,
  durationInput,
  enumInput,
  multilineInput,
  optionalInput,
  runAction
} from '@sign/action-kit'
import { CERTIFICATE_SOURCES, SIGNATURE_FORMATS, type Inputs } from './inputs.ts'
import { readRegistryInputs } from '@sign/subjects'

function readInputs(): Inputs {
  return {
    keyId: optionalInput('key-id'),
    certificateId: optionalInput('certificate-id'),
    caCerts: optionalInput('ca-certs'),
    certificateSource: enumInput('certificate-source', {
      allowed: CERTIFICATE_SOURCES,
      default: 'certificate'
    }),
    keyFile: optionalInput('key-file'),
    certificateFile: optionalInput('certificate-file'),
    clientId: optionalInput('client-id'),
    tenantId: optionalInput('tenant-id'),
    authorityHost: optionalInput('authority-host') ?? 'https://login.microsoftonline.com',
    signatureFormat: enumInput('signature-format', { allowed: SIGNATURE_FORMATS, default: 'jws' }),
    expiryMs: durationInput('expiry', { defaultMs: 0 }),
    userMetadata: multilineInput('user-metadata'),
    images: multilineInput('images'),
    files: multilineInput('files'),
    checksums: optionalInput('checksums'),
    outputDirectory: optionalInput('output-directory'),
    mediaType: optionalInput('media-type') ?? 'application/octet-stream',
    recursive: booleanInput('recursive', { default: false }),
    forceReferrersTag: booleanInput('force-referrers-tag', { default: false }),
    ...readRegistryInputs(),
    showSummary: booleanInput('show-summary', { default: true })
  }
}

// runAction never rejects: it turns every failure into the step's error annotation and exit code.
// The step's code is loaded once the inputs are read, so an input error is reported at once.
void runAction({
  title: 'Notary Project signatures',
  nothingDone: 'Nothing was signed, pushed or written.',
  run: async progress => {
    const inputs = readInputs()
    const { run } = await import('./run.ts')
    await run({ inputs, progress })
  }
})
