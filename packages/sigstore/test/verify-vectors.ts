// Where the shared test vectors live (../shared/vectors from the repo root), read in place.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..')

/** The sigstore vectors folder, read in place (never copied). */
export const sigstoreVectors = resolve(repoRoot, '..', 'shared', 'vectors', 'sigstore')

/** Why the vector tests are skipped, or false when the folder is there. */
export const vectorsSkip: string | false = existsSync(sigstoreVectors)
  ? false
  : `test vectors folder ${sigstoreVectors} is absent`
