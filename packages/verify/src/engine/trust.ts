import { readFile } from 'node:fs/promises'
import {
  directoryTrustStore,
  parseTrustPolicyDocument,
  createRevocationChecker,
  type RevocationChecker,
  type TrustPolicyDocument,
  type TrustStoreSource
} from '@sign/notation'
import {
  loadTrustedRoot,
  loadTrustedRootFromTuf,
  publicGoodTrustedRoot,
  type TrustedRootJSON
} from '@sign/sigstore'
import { VerifyError } from '../errors.ts'
import type { VerificationPolicy } from '../policy/types.ts'

/** The trust material a policy names, loaded once per run. */
export interface TrustMaterial {
  /** Loaded when the policy has a keyless or key signer. */
  trustedRoot?: TrustedRootJSON
  notation?: {
    oci?: TrustPolicyDocument
    blob?: TrustPolicyDocument
    stores: TrustStoreSource
    /** OCSP/CRL checks, run when a statement's revocation action is not skip. */
    revocation: RevocationChecker
  }
}

/** Options of {@link loadTrust}. */
export interface LoadTrustOptions {
  policy: VerificationPolicy
  /** Where TUF metadata is cached (tuf-mirror): e.g. RUNNER_TEMP or ~/.sigstore. */
  tufCachePath: string
}

/**
 * Loads what the policy trusts: the Sigstore trusted root (pinned public-good, a file, or a TUF
 * mirror — the only network access, and only when asked for), the notation trust policy
 * documents (each recognised as OCI or blob by whether its statements have registryScopes) and
 * the notation trust store.
 */
export async function loadTrust(options: LoadTrustOptions): Promise<TrustMaterial> {
  const { policy } = options
  const material: TrustMaterial = {}
  if (policy.signers.some(signer => signer.kind !== 'notation')) {
    material.trustedRoot = await loadSigstoreRoot(options)
  }
  if (policy.notation !== undefined) {
    const documents: { oci?: TrustPolicyDocument; blob?: TrustPolicyDocument } = {}
    for (const path of policy.notation.trustPolicies) {
      const document = await loadNotationPolicy({ path })
      if (documents[document.kind] !== undefined) {
        throw new VerifyError({
          code: 'TRUST_MATERIAL',
          message: `two notation ${document.kind === 'oci' ? 'OCI' : 'blob'} trust policy documents are given (${policy.notation.trustPolicies.join(', ')}); notation uses one of each kind: merge their statements`
        })
      }
      documents[document.kind] = document
    }
    const trustStore = policy.notation.trustStore
    const stores: TrustStoreSource =
      trustStore === undefined
        ? missingTrustStore(policy.source)
        : directoryTrustStore({ root: trustStore })
    material.notation = { ...documents, stores, revocation: createRevocationChecker() }
  }
  return material
}

async function loadSigstoreRoot(options: LoadTrustOptions): Promise<TrustedRootJSON> {
  const trust = options.policy.sigstore
  try {
    if (trust.source === 'public-good') return publicGoodTrustedRoot()
    if (trust.source === 'file') return await loadTrustedRoot({ path: trust.path })
    return await loadTrustedRootFromTuf({
      mirror: trust.mirror,
      root: trust.root,
      cachePath: options.tufCachePath
    })
  } catch (cause) {
    throw new VerifyError({ code: 'TRUST_MATERIAL', cause, message: (cause as Error).message })
  }
}

async function loadNotationPolicy(options: { path: string }): Promise<TrustPolicyDocument> {
  const { path } = options
  let json: unknown
  try {
    json = JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch (cause) {
    const reason =
      cause instanceof SyntaxError
        ? `malformed JSON (${cause.message})`
        : ((cause as NodeJS.ErrnoException).code ?? (cause as Error).message)
    throw new VerifyError({
      code: 'TRUST_MATERIAL',
      cause,
      message: `cannot read the notation trust policy ${path}: ${reason}`
    })
  }
  const statements = (json as { trustPolicies?: unknown } | null)?.trustPolicies
  const oci =
    Array.isArray(statements) &&
    statements.some(
      statement =>
        typeof statement === 'object' && statement !== null && 'registryScopes' in statement
    )
  try {
    return parseTrustPolicyDocument({ json, kind: oci ? 'oci' : 'blob', source: path })
  } catch (cause) {
    throw new VerifyError({ code: 'TRUST_MATERIAL', cause, message: (cause as Error).message })
  }
}

function missingTrustStore(source: string): TrustStoreSource {
  return {
    load: ({ type, name }) =>
      Promise.reject(
        new VerifyError({
          code: 'TRUST_MATERIAL',
          message: `the notation trust policy names the trust store ${type}:${name}, but ${source === 'flags' || source === 'inputs' ? 'no trust store directory is given' : `policy ${source} gives no trust store directory`} (trust-store, holding x509/${type}/${name}/)`
        })
      )
  }
}
