import { existsSync } from 'node:fs'

/** The artifact verify-bundle checks: a file's path, or a SHA-256 digest given instead. */
export type ArtifactInput = { path: string } | { digest: string }

const DIGEST = /^sha256:([0-9a-fA-F]{64})$/

/**
 * FILE_OR_DIGEST as the protocol reads it: `sha256:` and 64 hex digits naming no file on disk is
 * a digest (returned as `sha256:<lowercase hex>`); anything else is a path.
 */
export function artifactInput(value: string): ArtifactInput {
  const match = DIGEST.exec(value)
  if (match?.[1] === undefined || existsSync(value)) return { path: value }
  return { digest: `sha256:${match[1].toLowerCase()}` }
}
