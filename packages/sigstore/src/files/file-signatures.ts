import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { quote } from '@sign/safe-text'
import { SigstoreError } from '../errors.ts'
import type { SignedBundle } from '../signer/bundle-signer.ts'
import { writeBytesAtomic } from '@sign/oci'

/** Options of writeFileSignatures. */
export interface FileSignaturesOptions {
  /** The signed file; the outputs are written beside it unless `directory` is given. */
  file: string
  /** Where the outputs go instead, named `<file's base name><suffix>`; created when missing. */
  directory?: string
  /** Its message-signature bundle (signer.signDigest over the file's SHA-256). */
  signed: SignedBundle
  /** Also write cosign's pre-bundle outputs, `<file>.sig` and `<file>.pem`. */
  legacyOutputs: boolean
}

/** Where writeFileSignatures wrote. */
export interface FileSignaturePaths {
  /** `<file>.sigstore.json`. */
  bundle: string
  /** `<file>.sig`, with legacyOutputs. */
  signature?: string
  /** `<file>.pem`, with legacyOutputs. */
  certificate?: string
}

/**
 * Writes a file's signature as `cosign sign-blob` does (cmd/cosign/cli/sign/sign_blob.go):
 * `<file>.sigstore.json` holds the bundle JSON (`--bundle`); with legacyOutputs, `<file>.sig` the
 * base64 signature (`--output-signature`, b64 by default) and `<file>.pem` the base64 of the PEM
 * certificate (`--output-certificate` with the default `--b64`), no trailing newlines. Each file
 * is written atomically, after the inputs are checked, beside the file or in `directory`.
 */
export async function writeFileSignatures(
  options: FileSignaturesOptions
): Promise<FileSignaturePaths> {
  const { file, signed } = options
  if (options.legacyOutputs && !signed.bundle.messageSignature) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      message: `the bundle for ${quote(file)} is a DSSE envelope, whose signature is not over the file: .sig/.pem need a message signature — sign the file with signDigest`
    })
  }
  const base = options.directory === undefined ? file : join(options.directory, basename(file))
  const paths: FileSignaturePaths = { bundle: `${base}.sigstore.json` }
  if (options.directory !== undefined) await createDirectory(options.directory)
  // Not flushed to disk one by one: a rerun makes a lost signature again (durable: false).
  const writes = [
    writeBytesAtomic({
      path: paths.bundle,
      bytes: JSON.stringify(signed.bundle),
      durable: false
    })
  ]
  if (options.legacyOutputs) {
    paths.signature = `${base}.sig`
    paths.certificate = `${base}.pem`
    const pem = signed.certificatePem.replace(/\n?$/, '\n')
    writes.push(
      writeBytesAtomic({
        path: paths.signature,
        bytes: signed.signature.toString('base64'),
        durable: false
      }),
      writeBytesAtomic({
        path: paths.certificate,
        bytes: Buffer.from(pem).toString('base64'),
        durable: false
      })
    )
  }
  try {
    await Promise.all(writes)
  } catch (cause) {
    throw new SigstoreError({
      code: 'WRITE_FAILED',
      cause,
      message: `writing the signature files of ${quote(file)} failed (${(cause as Error).message}); check their directory is writable`
    })
  }
  return paths
}

async function createDirectory(directory: string): Promise<void> {
  try {
    await mkdir(directory, { recursive: true })
  } catch (cause) {
    throw new SigstoreError({
      code: 'WRITE_FAILED',
      cause,
      message: `cannot create the signature directory ${quote(directory)} (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check it can be created`
    })
  }
}
