/**
 * One signature or attestation found beside a release file (or given by path), read far
 * enough to verify.
 */
export type FoundFileSignature =
  FileSigstoreBundle | FileNotationSignature | FileDsseEnvelope | FileUnreadable

interface FileBase {
  /** The signature file. */
  path: string
  /** The 1-based line of an `.intoto.jsonl` file the item came from. */
  line?: number
}

/** A Sigstore bundle (`<file>.sigstore.json`, `<file>.sigstore`, a line of `.intoto.jsonl`). */
export interface FileSigstoreBundle extends FileBase {
  kind: 'sigstore-bundle'
  /** The bundle JSON, parsed (not yet verified). */
  bundle: unknown
}

/** A detached Notary Project envelope (`<file>.jws.sig`, `<file>.cose.sig`). */
export interface FileNotationSignature extends FileBase {
  kind: 'notation'
  envelope: Buffer
  envelopeMediaType: 'application/jose+json' | 'application/cose'
}

/**
 * A bare DSSE envelope with no verification material — what slsa-github-generator before v2
 * wrote, one per `.intoto.jsonl` line: its certificate and log entry live only in Rekor, so it
 * cannot be verified offline.
 */
export interface FileDsseEnvelope extends FileBase {
  kind: 'dsse-envelope'
  /** `{payloadType, payload, signatures}`, parsed. */
  envelope: unknown
}

/** A signature file that could not be read. */
export interface FileUnreadable extends FileBase {
  kind: 'unreadable'
  /** What it claimed to be: `sigstore-bundle`, `notation`, `intoto-jsonl`. */
  claimed: string
  reason: string
}

/** What a signature file given by path is taken for, when its name does not say. */
export type FileSignatureHint = 'sigstore-bundle' | 'notation'
