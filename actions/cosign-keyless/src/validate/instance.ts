import { ConfigurationError } from '@sign/action-kit'
import type { SigstoreInstance } from '@sign/sigstore'
import { keylessInstance } from '@sign/subjects/keyless'
import type { Inputs } from '../inputs.ts'

/**
 * The Sigstore services to sign with, from fulcio-url, rekor-url, tsa-url, signing-config and
 * tlog-upload (the public-good instance when none is set). An unusable combination fails here,
 * before anything is signed or written.
 */
export function signingInstance(
  inputs: Pick<
    Inputs,
    'fulcioUrl' | 'rekorUrl' | 'tsaUrl' | 'signingConfig' | 'tlogUpload' | 'legacyTagFormat'
  >
): SigstoreInstance {
  const instance = keylessInstance(inputs)
  if (inputs.legacyTagFormat && instance.rekorVersion === 2) {
    // The `.sig` tag carries the Rekor v1 signed entry timestamp in its `dev.sigstore.cosign/bundle`
    // annotation; Rekor v2 gives none, and cosign's legacy verification then looks the entry up in
    // a Rekor v1 (rekor.sigstore.dev unless told otherwise): such a `.sig` would not verify.
    throw new ConfigurationError(
      `legacy-tag-format writes cosign's old .sig tag, which needs a Rekor v1 entry, but the Rekor to sign with (${instance.rekorUrl ?? 'none'}) is a Rekor v2. Leave legacy-tag-format off (cosign 3 reads the bundle referrer by default), or name a Rekor v1:`,
      { fix: 'with:\n  legacy-tag-format: true\n  rekor-url: https://rekor.sigstore.dev' }
    )
  }
  return instance
}
