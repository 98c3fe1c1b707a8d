import { createHash, createPublicKey } from 'node:crypto'
import type { KeyObject } from 'node:crypto'
import { TrustedRoot } from '@sigstore/protobuf-specs'
import type { TransparencyLogInstance } from '@sigstore/protobuf-specs'
import { toTrustMaterial } from '@sigstore/verify'
import type { TrustMaterial } from '@sigstore/verify'
import { SigstoreError } from '../errors.ts'
import { checkCanonical } from './bundle-shape.ts'
import { EntityVerifier } from './entity-verifier.ts'
import { publicGoodTrustedRoot } from './trusted-root.ts'
import type { TrustedRootJSON } from './trusted-root.ts'

/** What {@link buildTrustMaterial} made, and which logs of the root it refused to trust. */
export interface BuiltTrustMaterial {
  trustMaterial: TrustMaterial
  /** Transparency and CT logs left out because their key has no validFor.start. */
  untrustedLogs: UntrustedLog[]
}

/** A log of the trusted root that is not trusted, and the IDs it would match. */
export interface UntrustedLog {
  baseUrl: string
  /** Its log ID and checkpoint key ID, base64. */
  keyIds: string[]
}

/** Options of {@link buildTrustMaterial}. */
export interface BuildTrustMaterialOptions {
  trustedRoot: TrustedRootJSON
  /** A public key (PEM) that signed managed-key bundles, whatever key hint the bundle gives. */
  key?: string
}

/**
 * Turns a trusted root into @sigstore/verify's trust material. A log key without
 * `validFor.start` is malformed (the spec requires the start); @sigstore/verify would treat it
 * as valid since the beginning of time, so such logs are left out, never trusted.
 */
export function buildTrustMaterial(options: BuildTrustMaterialOptions): BuiltTrustMaterial {
  const root = TrustedRoot.fromJSON(options.trustedRoot)
  const authorities = [
    ...root.certificateAuthorities.map(ca => ({ ca, kind: 'certificate authority' })),
    ...root.timestampAuthorities.map(ca => ({ ca, kind: 'timestamp authority' }))
  ]
  for (const { ca, kind } of authorities) {
    for (const [index, certificate] of (ca.certChain?.certificates ?? []).entries()) {
      checkCanonical({
        der: certificate.rawBytes,
        what: `certificate ${index} of the trusted root's ${kind} ${ca.uri || '(no URI)'}`,
        code: 'TRUST_ROOT'
      })
    }
  }
  const untrustedLogs: UntrustedLog[] = []
  const withStart = (logs: TransparencyLogInstance[]): TransparencyLogInstance[] =>
    logs.filter(log => {
      if (log.publicKey?.validFor?.start !== undefined) return true
      untrustedLogs.push({
        baseUrl: log.baseUrl,
        keyIds: [log.logId?.keyId, log.checkpointKeyId?.keyId]
          .filter(id => id !== undefined)
          .map(id => Buffer.from(id).toString('base64'))
      })
      return false
    })
  const filtered: TrustedRoot = {
    ...root,
    tlogs: withStart(root.tlogs),
    ctlogs: withStart(root.ctlogs)
  }
  const key = options.key === undefined ? undefined : parsePublicKey(options.key)
  const trustMaterial = toTrustMaterial(
    filtered,
    key === undefined ? undefined : () => ({ publicKey: key, validFor: () => true })
  )
  return { trustMaterial, untrustedLogs }
}

/** Parses a PEM public key; INVALID_INPUT naming the problem when it is not one. */
export function parsePublicKey(pem: string): KeyObject {
  try {
    return createPublicKey(pem)
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_INPUT',
      cause,
      message: `the verification key is not a valid PEM public key (${(cause as Error).message})`
    })
  }
}

/** Trust material ready for verification, with what is worked out from it once. */
export interface PreparedTrust extends BuiltTrustMaterial {
  verifier: EntityVerifier
}

/** Options of {@link prepareTrust}. */
export interface PrepareTrustOptions {
  /** The trusted root; the pinned public-good root when absent. */
  trustedRoot: TrustedRootJSON | undefined
  key?: string
}

const PREPARED_LIMIT = 8
const prepared = new Map<string, PreparedTrust>()

/**
 * The trust material of a trusted root and key, built on the first call for them and then
 * reused, with its verifier's caches. Keyed by the root's content (a SHA-256 of its JSON text)
 * and the key, never by object identity, so a root altered between calls is a new root. The
 * last few are kept.
 */
export function prepareTrust(options: PrepareTrustOptions): PreparedTrust {
  const { trustedRoot, key } = options
  const rootId =
    trustedRoot === undefined
      ? 'public-good'
      : createHash('sha256').update(JSON.stringify(trustedRoot)).digest('base64')
  const id = `${rootId} ${key ?? ''}`
  let trust = prepared.get(id)
  if (trust === undefined) {
    const built = buildTrustMaterial({
      trustedRoot: trustedRoot ?? publicGoodTrustedRoot(),
      ...(key === undefined ? {} : { key })
    })
    trust = { ...built, verifier: new EntityVerifier(built.trustMaterial) }
    if (prepared.size >= PREPARED_LIMIT) {
      const oldest = prepared.keys().next()
      if (oldest.done !== true) prepared.delete(oldest.value)
    }
    prepared.set(id, trust)
  }
  return trust
}
