import type { Bundle } from '@sigstore/bundle'
import { SigstoreError } from '../errors.ts'

/** Options of {@link checkCheckpointConsistency}. */
export interface CheckCheckpointConsistencyOptions {
  bundle: Bundle
}

// A signature line of a signed note: an em dash, the key name, the base64 key hint + signature.
const SIGNATURE_LINE = /^\u2014 \S+ [A-Za-z0-9+/]+={0,2}$/u

/**
 * Run after @sigstore/verify accepted the bundle: every inclusion proof's rootHash and
 * treeSize are its checkpoint's, and the checkpoint is exactly a note, a blank line and
 * signature lines. @sigstore/verify checks the Merkle path against the signed checkpoint only,
 * ignoring the proof's own rootHash and treeSize, and skips lines of the signature block it
 * cannot read, so without this those bytes of the bundle could say anything. INVALID_BUNDLE.
 */
export function checkCheckpointConsistency(options: CheckCheckpointConsistencyOptions): void {
  for (const [index, entry] of options.bundle.verificationMaterial.tlogEntries.entries()) {
    const proof = entry.inclusionProof
    if (proof?.checkpoint === undefined) continue
    const envelope = proof.checkpoint.envelope
    const fail = (why: string): SigstoreError =>
      new SigstoreError({
        code: 'INVALID_BUNDLE',
        message: `not a valid Sigstore bundle: transparency log entry ${index}'s ${why}`
      })
    const [note = '', signatures = '', ...rest] = envelope.split('\n\n')
    const lines = signatures.split('\n')
    if (rest.length > 0 || !envelope.endsWith('\n') || lines.pop() !== '') {
      throw fail('checkpoint is not a note, a blank line and signature lines ending in a newline')
    }
    const bad = lines.find(line => !SIGNATURE_LINE.test(line))
    if (bad !== undefined) {
      throw fail(
        `checkpoint has a line that is not a signature: ${JSON.stringify(bad.slice(0, 80))}`
      )
    }
    const [, size, hash = ''] = note.split('\n')
    const checkpointHash = Buffer.from(hash, 'base64')
    if (size !== proof.treeSize || !checkpointHash.equals(proof.rootHash)) {
      throw fail(
        `inclusion proof (tree size ${proof.treeSize}, root hash ${Buffer.from(proof.rootHash).toString('hex')}) is not for its checkpoint (tree size ${String(size)}, root hash ${checkpointHash.toString('hex')})`
      )
    }
  }
}
