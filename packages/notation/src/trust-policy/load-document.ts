import { lstat, readFile } from 'node:fs/promises'
import { NotationError } from '../errors.ts'
import { parseTrustPolicyDocument } from './parse-document.ts'
import { policyError, TRUST_POLICY_LINK } from './policy-error.ts'
import type { TrustPolicyDocument } from './types.ts'

/** Options of {@link loadTrustPolicyDocument}. */
export interface LoadTrustPolicyDocumentOptions {
  /** Path of trustpolicy.oci.json, trustpolicy.json or trustpolicy.blob.json. */
  path: string
  kind: 'oci' | 'blob'
}

/**
 * Reads and validates a trust policy file. Like notation, refuses a path that is a directory or a
 * symlink. Throws NotationError INVALID_TRUST_POLICY naming the path.
 */
export async function loadTrustPolicyDocument(
  options: LoadTrustPolicyDocumentOptions
): Promise<TrustPolicyDocument> {
  const { path, kind } = options
  let text: string
  try {
    const info = await lstat(path)
    if (info.isDirectory() || info.isSymbolicLink()) {
      throw policyError(
        path,
        `trust policy is not a regular file (symlinks are not supported). To create a trust policy, see: ${TRUST_POLICY_LINK}`
      )
    }
    text = await readFile(path, 'utf8')
  } catch (error) {
    if (error instanceof NotationError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') {
      throw policyError(
        path,
        `trust policy is not present. To create a trust policy, see: ${TRUST_POLICY_LINK}`,
        error
      )
    }
    if (code === 'EACCES' || code === 'EPERM') {
      throw policyError(
        path,
        `unable to read trust policy due to file permissions, please verify the permissions of ${path}`,
        error
      )
    }
    if (code === undefined) throw error
    throw policyError(path, `cannot read the trust policy (${code})`, error)
  }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw policyError(
      path,
      `malformed trust policy (${(error as Error).message}). To create a trust policy, see: ${TRUST_POLICY_LINK}`,
      error
    )
  }
  return parseTrustPolicyDocument({ json, kind, source: path })
}
