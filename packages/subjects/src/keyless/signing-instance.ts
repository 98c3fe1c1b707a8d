import { ConfigurationError } from '@sign/action-kit'
import { resolveInstance, SigstoreError, type SigstoreInstance } from '@sign/sigstore'

/** The inputs that name the Sigstore services of a keyless signing step. */
export interface KeylessInstanceInputs {
  fulcioUrl: string | undefined
  rekorUrl: string | undefined
  tsaUrl: string | undefined
  /** Path of a signing_config.v0.2.json. */
  signingConfig: string | undefined
  tlogUpload: boolean
}

/**
 * The Sigstore services to sign with, from fulcio-url, rekor-url, tsa-url, signing-config and
 * tlog-upload (the public-good instance when none is set). An unusable combination is a
 * ConfigurationError, raised before anything is signed or written.
 */
export function keylessInstance(inputs: KeylessInstanceInputs): SigstoreInstance {
  try {
    return resolveInstance({
      ...(inputs.fulcioUrl !== undefined && { fulcioUrl: inputs.fulcioUrl }),
      ...(inputs.rekorUrl !== undefined && { rekorUrl: inputs.rekorUrl }),
      ...(inputs.tsaUrl !== undefined && { tsaUrl: inputs.tsaUrl }),
      ...(inputs.signingConfig !== undefined && { signingConfig: inputs.signingConfig }),
      tlogUpload: inputs.tlogUpload
    })
  } catch (error) {
    if (!(error instanceof SigstoreError) || error.code !== 'INVALID_INSTANCE') throw error
    throw new ConfigurationError(
      'The inputs fulcio-url, rekor-url, tsa-url, signing-config and tlog-upload do not name ' +
        `a usable Sigstore instance: ${error.message} Leave them all unset for the public-good ` +
        'instance, or name your own, for example:',
      {
        fix:
          'with:\n  fulcio-url: https://fulcio.example.com\n' +
          '  rekor-url: https://rekor.example.com\n  tsa-url: https://timestamp.example.com',
        cause: error
      }
    )
  }
}
