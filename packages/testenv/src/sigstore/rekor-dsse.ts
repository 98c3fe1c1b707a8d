import { X509Certificate, createHash, createPublicKey } from 'node:crypto'

/** A Rekor v1 `dsse` 0.0.1 proposal, as sigstore-js and cosign send it. */
export interface DsseProposal {
  kind: 'dsse'
  apiVersion: string
  spec: { proposedContent: { envelope: string; verifiers: string[] } }
}

/**
 * The entry real Rekor stores for a `dsse` 0.0.1 proposal (rekor pkg/types/dsse/v0.0.1/entry.go
 * Unmarshal + Canonicalize): `envelopeHash` = sha256 of the envelope text as submitted,
 * `payloadHash` = sha256 of the decoded payload, and one `{signature, verifier}` per envelope
 * signature (sorted by signature, verifier = base64 of the canonical PEM).
 *
 * Workaround (c): @sigstore/mock's rekorHandler logs the proposal itself, so the entry body has
 * `proposedContent` and no `signatures`, and verification fails with `TLOG_BODY_ERROR signature
 * count mismatch`. Handing it this canonical form instead makes the logged body the real one.
 * Unlike Rekor, the signature is not checked here: the i-th signature is paired with the i-th
 * verifier.
 */
export function canonicalDsseEntry(proposal: DsseProposal): object {
  const { envelope, verifiers } = proposal.spec.proposedContent
  const parsed = JSON.parse(envelope) as { payload: string; signatures: { sig: string }[] }
  const signatures = parsed.signatures.map(({ sig }, index) => {
    const verifier = verifiers[index]
    if (verifier === undefined) throw new Error('all signatures must have a key that verifies it')
    return { signature: sig, verifier: canonicalVerifier(verifier) }
  })
  signatures.sort((a, b) => (a.signature < b.signature ? -1 : a.signature > b.signature ? 1 : 0))
  return {
    apiVersion: proposal.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256Hex(Buffer.from(envelope)) },
      payloadHash: { algorithm: 'sha256', value: sha256Hex(Buffer.from(parsed.payload, 'base64')) },
      signatures
    }
  }
}

/** Rekor re-encodes each verifier (certificate or public key) as PEM with 64-column lines. */
function canonicalVerifier(base64Pem: string): string {
  const pem = Buffer.from(base64Pem, 'base64').toString()
  const canonical = pem.includes('BEGIN CERTIFICATE')
    ? new X509Certificate(pem).toString()
    : createPublicKey(pem).export({ type: 'spki', format: 'pem' }).toString()
  return Buffer.from(canonical).toString('base64')
}

function sha256Hex(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex')
}
