import { mkdir } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { quote } from '@sign/safe-text'
import { NotationError } from '../errors.ts'
import { writeBytesAtomic } from '@sign/oci'
import { ENVELOPE_MEDIA_TYPE, type EnvelopeFormat } from '../envelope/types.ts'
import type { StoredEnvelope } from './formats.ts'

/** Where a file's detached signature goes: `<file>.jws.sig` or `<file>.cose.sig` beside it. */
export function blobSignaturePath(file: string, format: EnvelopeFormat): string {
  return `${file}.${format}.sig`
}

/** Options of writeBlobSignature. */
export interface WriteBlobSignatureOptions {
  /** The signed file; the signature is written beside it unless `directory` is given. */
  file: string
  /** Where the signature goes instead, named `<file's base name>.<format>.sig`; created when missing. */
  directory?: string
  envelope: StoredEnvelope
  /** Must be the envelope's format (the file name tells verifiers which parser to use). */
  format: EnvelopeFormat
}

/**
 * Writes a file's detached signature as `notation blob sign` does (spec "Blob Signatures"): the
 * envelope bytes, atomically, at `<file>.<format>.sig` (or that name in `directory`). Returns the path.
 */
export async function writeBlobSignature(options: WriteBlobSignatureOptions): Promise<string> {
  const { file, envelope, format } = options
  const expected = ENVELOPE_MEDIA_TYPE[format]
  if (envelope.mediaType !== expected) {
    throw new NotationError({
      code: 'INVALID_INPUT',
      message: `the envelope is ${envelope.mediaType} but the format is ${format} (${expected}); a verifier picks the parser from the .${format}.sig name, so they must agree`
    })
  }
  const base = options.directory === undefined ? file : join(options.directory, basename(file))
  const path = blobSignaturePath(base, format)
  try {
    if (options.directory !== undefined) await mkdir(options.directory, { recursive: true })
    // Not flushed to disk: a rerun makes a lost signature again.
    await writeBytesAtomic({ path, bytes: envelope.bytes, durable: false })
  } catch (cause) {
    throw new NotationError({
      code: 'WRITE_FAILED',
      cause,
      message: `writing ${quote(path)} failed (${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}); check its directory is writable`
    })
  }
  return path
}
