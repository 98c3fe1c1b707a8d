import type { SerializedBundle } from '@sigstore/bundle'

/** An in-toto Statement v1. */
export interface InTotoStatement {
  _type: 'https://in-toto.io/Statement/v1'
  /** in-toto v1 allows a subject without a name (cosign's image statements have none). */
  subject: {
    name?: string
    digest: Record<string, string>
    annotations?: Record<string, unknown>
  }[]
  predicateType: string
  predicate?: unknown
}

/** What to sign as a message signature: a digest computed beforehand (files are hashed streaming). */
export interface MessageDigest {
  algorithm: 'sha256'
  /** Raw digest bytes. */
  digest: Buffer
}

/** A signed Sigstore bundle (media type v0.3) and what callers report about it. */
export interface SignedBundle {
  bundle: SerializedBundle
  /** The raw signature (DER ECDSA), as cosign's `--output-signature` writes it base64-encoded. */
  signature: Buffer
  /** The signing certificate (PEM). */
  certificatePem: string
  /**
   * The Rekor entry, when one was written: `integratedTime` (Unix seconds) for Rekor v1 only,
   * `entryUrl` (`<rekor>/api/v1/log/entries?logIndex=<n>`) for Rekor v1 only.
   */
  tlogEntry?: { logIndex: string; integratedTime?: string; entryUrl?: string }
}

/** HTTP requests sent to each Sigstore service so far, every attempt (retries) counted. */
export interface SigningStats {
  fulcio: number
  rekor: number
  tsa: number
}

/**
 * Signs many artifacts with one ephemeral key and one Fulcio certificate, renewed only when less
 * than a minute of its validity remains; log and timestamp requests run with bounded concurrency.
 */
export interface BundleSigner {
  /** A v0.3 message-signature bundle, as `cosign sign-blob --bundle` writes it. */
  signDigest(message: MessageDigest): Promise<SignedBundle>
  /** A v0.3 DSSE bundle over an in-toto statement (payloadType `application/vnd.in-toto+json`). */
  signStatement(statement: InTotoStatement): Promise<SignedBundle>
  /**
   * A v0.3 DSSE bundle over a statement's bytes exactly as given — one another tool wrote (a
   * BuildKit attestation), signed without re-serialising it. The caller checks it is a statement.
   */
  signStatementBytes(payload: Uint8Array): Promise<SignedBundle>
  /** Signs arbitrary bytes as a message signature (the legacy cosign `.sig` payload). */
  signBytes(data: Buffer): Promise<SignedBundle>
  /** The current certificate (PEM), once one was issued. */
  certificatePem(): string | undefined
  /** Requests this signer sent so far (a copy). */
  stats(): SigningStats
}
