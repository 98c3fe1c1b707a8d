import { X509Certificate } from 'node:crypto'
import { certificateExtensions, derString, subjectAltName } from './certificate-extensions.ts'

/**
 * Who signed, as the Fulcio certificate says it (fulcio docs/oid-info.md): what a verifier checks
 * (identity, issuer) and the workflow run it came from. Claims the certificate lacks (a token from
 * another CI, another issuer) are absent.
 */
export interface SignerClaims {
  /** The subject alternative name: `certificate-identity` of a verifier ('' when it has none). */
  identity: string
  /** The OIDC issuer: `certificate-oidc-issuer`. */
  issuer?: string
  /** `https://github.com/owner/repo`. */
  repositoryUrl?: string
  /** `owner/repo`. */
  repository?: string
  ref?: string
  commit?: string
  /** The event that started the run (`push`). */
  trigger?: string
  /** `https://github.com/owner/repo/actions/runs/<id>/attempts/<n>`. */
  runUrl?: string
  issuedAt: Date
  validUntil: Date
}

const FULCIO = '1.3.6.1.4.1.57264.1'
/** v2 extensions (a DER string each) and the deprecated one (raw UTF-8) each falls back to. */
const CLAIMS = {
  issuer: [`${FULCIO}.8`, `${FULCIO}.1`],
  repositoryUrl: [`${FULCIO}.12`, undefined],
  repository: [undefined, `${FULCIO}.5`],
  commit: [`${FULCIO}.13`, `${FULCIO}.3`],
  ref: [`${FULCIO}.14`, `${FULCIO}.6`],
  trigger: [`${FULCIO}.20`, `${FULCIO}.2`],
  runUrl: [`${FULCIO}.21`, undefined]
} as const
const SUBJECT_ALT_NAME = '2.5.29.17'

/** Options of {@link signerClaims}. */
export interface SignerClaimsOptions {
  certificatePem: string
}

/** The claims of the signing certificate, or undefined when it does not parse. */
export function signerClaims(options: SignerClaimsOptions): SignerClaims | undefined {
  let certificate: X509Certificate
  let extensions: Map<string, Buffer>
  try {
    certificate = new X509Certificate(options.certificatePem)
    extensions = certificateExtensions({ der: certificate.raw })
  } catch {
    return undefined
  }
  const claims: SignerClaims = {
    identity: subjectAltName(extensions.get(SUBJECT_ALT_NAME)) ?? '',
    issuedAt: new Date(certificate.validFrom),
    validUntil: new Date(certificate.validTo)
  }
  for (const [name, [v2, legacy]] of Object.entries(CLAIMS)) {
    const v2Value = v2 === undefined ? undefined : extensions.get(v2)
    const legacyValue = legacy === undefined ? undefined : extensions.get(legacy)
    const value = v2Value ? derString(v2Value) : legacyValue?.toString('utf8')
    if (value) claims[name as keyof typeof CLAIMS] = value
  }
  // owner/repo, from the v2 repository URL where the deprecated extension is missing.
  const path = /^https:\/\/[^/]+\/([^/]+\/[^/]+)$/.exec(claims.repositoryUrl ?? '')?.[1]
  if (claims.repository === undefined && path !== undefined) claims.repository = path
  return claims
}
