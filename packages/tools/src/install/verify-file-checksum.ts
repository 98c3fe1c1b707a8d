// The SHA-256 check every download passes before it is extracted or run.
import { hashFile, SigstoreError } from '@sign/sigstore'
import { ToolsError } from '../errors.ts'

/** Options of {@link verifyFileChecksum}. */
export interface VerifyFileChecksumOptions {
  /** The downloaded file. */
  path: string
  /** The expected SHA-256, hex (either case). */
  sha256: string
  /** What the file is and where it came from (e.g. its URL), named in the error. */
  source?: string
}

/** Hashes a file with SHA-256 as it streams from disk; returns the lowercase hex digest. */
export async function sha256File(options: { path: string }): Promise<string> {
  try {
    return (await hashFile(options.path)).hex
  } catch (error) {
    if (!(error instanceof SigstoreError)) throw error
    const cause = error.cause as NodeJS.ErrnoException
    throw new ToolsError({
      code: 'DOWNLOAD_FAILED',
      message: `Cannot read ${options.path} to hash it (${cause.code ?? cause.message}).`,
      cause
    })
  }
}

/**
 * Streams the file through SHA-256 and compares it with the expected digest. Returns the digest
 * on a match; throws CHECKSUM_MISMATCH naming the file, the expected and the actual digest.
 */
export async function verifyFileChecksum(options: VerifyFileChecksumOptions): Promise<string> {
  const expected = options.sha256.toLowerCase()
  const actual = await sha256File({ path: options.path })
  if (actual !== expected) {
    throw new ToolsError({
      code: 'CHECKSUM_MISMATCH',
      message: `Checksum mismatch for ${options.source ?? options.path}: expected SHA-256 ${expected}, got ${actual}.`
    })
  }
  return actual
}
