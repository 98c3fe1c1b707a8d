import type { ContentStore, Descriptor } from '@sign/oci'
import { SigstoreError } from '../errors.ts'
import { writeBytesAtomic } from '@sign/oci'
import type { BundleSigner, InTotoStatement, SignedBundle } from '../signer/bundle-signer.ts'
import { attachBundleToImage } from './bundle-referrer.ts'

/** Options of attest. */
export interface AttestOptions {
  signer: BundleSigner
  statement: InTotoStatement
  /** Write the bundle JSON to this path (e.g. `app.tgz.intoto.sigstore.json`). */
  file?: string
  /** Attach the bundle to this image as a cosign v3 referrer; the statement must name it. */
  image?: { store: ContentStore; subject: Descriptor }
  /** The referrer's `org.opencontainers.image.created` (default: now). */
  created?: Date
}

/** The signed attestation and where it went. */
export interface AttestResult {
  signed: SignedBundle
  /** The file written, when `file` was given. */
  file?: string
  /** The referrer manifest, when `image` was given. */
  referrer?: Descriptor
}

/**
 * Signs an in-toto statement as a v0.3 DSSE bundle (`cosign attest` / `attest-blob` with the new
 * bundle format) and stores it: in a file, and/or attached to an image with the statement's
 * predicateType, as cosign does. The statement must list the image's digest among its subjects
 * (cosign verify checks exactly that), which is checked before anything is signed or written.
 */
export async function attest(options: AttestOptions): Promise<AttestResult> {
  const { statement, image } = options
  if (image) {
    const hex = image.subject.digest.replace(/^sha256:/, '')
    if (!statement.subject.some(subject => subject.digest['sha256'] === hex)) {
      throw new SigstoreError({
        code: 'INVALID_INPUT',
        message: `the statement's subjects do not include ${image.subject.digest}, so cosign verify would reject it on that image; add the image digest as a subject`
      })
    }
  }
  const signed = await options.signer.signStatement(statement)
  const result: AttestResult = { signed }
  if (options.file) {
    try {
      await writeBytesAtomic({
        path: options.file,
        bytes: JSON.stringify(signed.bundle)
      })
    } catch (cause) {
      throw new SigstoreError({
        code: 'WRITE_FAILED',
        cause,
        message: `writing the attestation to ${options.file} failed (${(cause as Error).message}); check its directory exists and is writable`
      })
    }
    result.file = options.file
  }
  if (image) {
    result.referrer = await attachBundleToImage({
      ...image,
      signed,
      predicateType: statement.predicateType,
      ...(options.created ? { created: options.created } : {})
    })
  }
  return result
}
