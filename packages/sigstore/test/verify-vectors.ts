// Where the test vectors live: test/vectors from the repo root (see test/vectors/SOURCES.md).
import { resolve } from 'node:path'

/** The repository root. */
export const repoRoot = resolve(import.meta.dirname, '..', '..', '..')

/** The sigstore vectors folder. */
export const sigstoreVectors = resolve(repoRoot, 'test', 'vectors', 'sigstore')
