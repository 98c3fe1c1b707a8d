import { createHash } from 'node:crypto'
import { x509 } from '../../pki/certificates.ts'
import type { StoredVersion } from './store.ts'

/** The identifiers Key Vault gives one version: `<url>/keys|certificates|secrets/<name>/<version>`. */
export function identifiers(options: { url: string; entry: StoredVersion }) {
  const { url, entry } = options
  const suffix = `${entry.name}/${entry.version}`
  return {
    keyId: `${url}/keys/${suffix}`,
    certificateId: `${url}/certificates/${suffix}`,
    secretId: `${url}/secrets/${suffix}`
  }
}

const RECOVERY = { recoveryLevel: 'Recoverable+Purgeable', recoverableDays: 90 }
const seconds = (date: Date) => Math.floor(date.getTime() / 1000)

/** What GET /keys/{name}/{version} returns: the public JWK, its operations and attributes. */
export function keyBundle(options: { url: string; entry: StoredVersion }): object {
  const { entry } = options
  const jwk = entry.key.publicKey.export({ format: 'jwk' })
  const leaf = entry.certificate?.chain[0]?.certificate
  return {
    key: { kid: identifiers(options).keyId, ...jwk, key_ops: ['sign', 'verify'] },
    attributes: {
      enabled: true,
      ...(leaf && { nbf: seconds(leaf.notBefore), exp: seconds(leaf.notAfter) }),
      created: entry.created,
      updated: entry.created,
      exportable: entry.certificate?.exportable ?? false,
      ...RECOVERY
    },
    ...(leaf && { managed: true })
  }
}

const keyUsageNames = (certificate: x509.X509Certificate): string[] => {
  const usages = certificate.getExtension(x509.KeyUsagesExtension)?.usages ?? 0
  return Object.entries(x509.KeyUsageFlags)
    .filter((flag): flag is [string, number] => typeof flag[1] === 'number')
    .filter(([, bit]) => (usages & bit) !== 0)
    .map(([name]) => name)
}

/** What GET /certificates/{name}/policy returns, derived from the stored leaf. */
export function certificatePolicy(options: { url: string; entry: StoredVersion }): object {
  const { url, entry } = options
  const { spec } = entry.key
  const chain = entry.certificate?.chain ?? []
  const leaf = chain[0]?.certificate
  if (!leaf) throw new Error(`key ${entry.name} has no certificate`)
  const months = (leaf.notAfter.getTime() - leaf.notBefore.getTime()) / (30 * 86_400_000)
  return {
    id: `${url}/certificates/${entry.name}/policy`,
    key_props: {
      exportable: entry.certificate?.exportable ?? false,
      kty: spec.kind === 'rsa' ? 'RSA' : 'EC',
      key_size: spec.kind === 'rsa' ? spec.bits : Number(spec.curve.slice(2)),
      ...(spec.kind === 'ec' && { crv: spec.curve }),
      reuse_key: false
    },
    secret_props: { contentType: entry.certificate?.contentType },
    x509_props: {
      subject: leaf.subject,
      ekus: leaf.getExtension(x509.ExtendedKeyUsageExtension)?.usages.map(String) ?? [],
      key_usage: keyUsageNames(leaf),
      validity_months: Math.max(1, Math.round(months))
    },
    lifetime_actions: [
      { trigger: { lifetime_percentage: 80 }, action: { action_type: 'EmailContacts' } }
    ],
    issuer: { name: chain.length === 1 ? 'Self' : 'Unknown' },
    attributes: { enabled: true, created: entry.created, updated: entry.created }
  }
}

/** What GET /certificates/{name}[/{version}] returns: DER leaf, thumbprint, linked key and secret. */
export function certificateBundle(options: {
  url: string
  entry: StoredVersion
  withPolicy: boolean
}): object {
  const leaf = options.entry.certificate?.chain[0]
  if (!leaf) throw new Error(`key ${options.entry.name} has no certificate`)
  const ids = identifiers(options)
  return {
    id: ids.certificateId,
    kid: ids.keyId,
    sid: ids.secretId,
    x5t: createHash('sha1').update(leaf.der).digest('base64url'),
    cer: leaf.der.toString('base64'),
    attributes: {
      enabled: true,
      nbf: seconds(leaf.certificate.notBefore),
      exp: seconds(leaf.certificate.notAfter),
      created: options.entry.created,
      updated: options.entry.created,
      ...RECOVERY
    },
    ...(options.withPolicy && { policy: certificatePolicy(options) })
  }
}

/** What GET /secrets/{name}[/{version}] returns for a certificate's secret. */
export function secretBundle(options: { url: string; entry: StoredVersion }): object {
  const { entry } = options
  if (!entry.secret) throw new Error(`key ${entry.name} has no secret`)
  const ids = identifiers(options)
  return {
    value: entry.secret.value,
    contentType: entry.secret.contentType,
    id: ids.secretId,
    managed: true,
    kid: ids.keyId,
    attributes: {
      enabled: true,
      created: entry.created,
      updated: entry.created,
      ...RECOVERY
    }
  }
}
