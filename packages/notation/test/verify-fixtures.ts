// Shared by the verify*.test.ts files: trust policy statements as literals, trust stores that
// read named certificate files (or hold certificates in memory), and OCI layouts read in place
// from test/vectors (see SOURCES.md).
import { X509Certificate } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parseDistinguishedName } from '../src/trust-policy/distinguished-name.ts'
import { LEVELS } from '../src/trust-policy/levels.ts'
import type {
  TrustPolicyStatement,
  TrustStoreType,
  ValidationAction,
  ValidationType,
  VerificationLevelName
} from '../src/trust-policy/types.ts'
import { readCertificateFile } from '../src/trust-store/read-certificates.ts'
import type { TrustStoreSource } from '../src/trust-store/types.ts'

export const VECTORS = join(import.meta.dirname, '../../../test/vectors/notation')
export const NOTATION_GO = join(VECTORS, 'notation-go')
export const TRUSTSTORE = join(NOTATION_GO, 'verifier/testdata/truststore/x509')
export const E2E = join(VECTORS, 'e2e')

/** Options of {@link statement}. */
export interface StatementOptions {
  level: VerificationLevelName
  /** `type:name` entries. */
  trustStores?: string[]
  /** `*` or DNs like `CN=x,O=y,ST=WA,C=US` (what follows `x509.subject:`). */
  identities?: '*' | string[]
  verifyTimestamp?: 'always' | 'afterCertExpiry'
  override?: Partial<Record<ValidationType, ValidationAction>>
}

/** A validated trust policy statement, as the trust-policy loader would produce it. */
export function statement(options: StatementOptions): TrustPolicyStatement {
  const identities = options.identities ?? '*'
  return {
    name: 'test-statement',
    registryScopes: ['*'],
    globalPolicy: false,
    level: options.level,
    actions: { ...LEVELS[options.level], ...options.override },
    verifyTimestamp: options.verifyTimestamp ?? 'always',
    trustStores: (options.trustStores ?? []).map(entry => {
      const [type, name] = entry.split(':') as [TrustStoreType, string]
      return { type, name }
    }),
    trustedIdentities:
      identities === '*' ? '*' : identities.map(text => parseDistinguishedName({ text }))
  }
}

/** A trust store source over named stores: `type:name` → certificate files or DER buffers. */
export function trustStores(stores: Record<string, (string | Buffer)[]>): TrustStoreSource & {
  loads: string[]
} {
  const loads: string[] = []
  return {
    loads,
    load({ type, name }) {
      const key = `${type}:${name}`
      loads.push(key)
      const entries = stores[key]
      if (!entries) return Promise.reject(new Error(`trust store ${key} does not exist`))
      return Promise.resolve(
        entries.flatMap(entry =>
          typeof entry === 'string'
            ? readCertificateFile(readFileSync(entry))
            : [new X509Certificate(entry)]
        )
      )
    }
  }
}

/** An OCI descriptor. */
export interface Descriptor {
  mediaType: string
  digest: string
  size: number
}

/** The artifact tagged `v1` of an e2e OCI layout and every signature envelope referring to it. */
export function e2eLayout(name: string): {
  subject: Descriptor
  signatures: { digest: string; bytes: Buffer; mediaType: string }[]
} {
  const root = join(E2E, 'oci_layout', name)
  const blob = (digest: string) => readFileSync(join(root, 'blobs', ...digest.split(':')))
  const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8')) as {
    manifests: (Descriptor & { annotations?: Record<string, string> })[]
  }
  const tagged = index.manifests.find(
    m => m.annotations?.['org.opencontainers.image.ref.name'] === 'v1'
  )
  if (!tagged) throw new Error(`${name} has no v1 tag`)
  const subject = { mediaType: tagged.mediaType, digest: tagged.digest, size: tagged.size }
  const signatures = index.manifests
    .filter(m => m.mediaType === 'application/vnd.oci.image.manifest.v1+json')
    .map(
      m =>
        JSON.parse(blob(m.digest).toString('utf8')) as {
          config: { mediaType: string }
          artifactType?: string
          subject?: Descriptor
          layers: Descriptor[]
        }
    )
    .filter(
      manifest =>
        manifest.subject?.digest === subject.digest &&
        (manifest.config.mediaType === 'application/vnd.cncf.notary.signature' ||
          manifest.artifactType === 'application/vnd.cncf.notary.signature')
    )
    .map(manifest => {
      const layer = manifest.layers[0] as Descriptor
      return { digest: layer.digest, bytes: blob(layer.digest), mediaType: layer.mediaType }
    })
  return { subject, signatures }
}
