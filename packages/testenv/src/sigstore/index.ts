// A Sigstore stack on loopback: Fulcio (verifying GitHub Actions OIDC tokens), Rekor v1/v2, a
// TSA and a TUF repository, with its trusted root and signing config.
export { startSigstoreStack } from './stack.ts'
export type { SigstoreStack, SigstoreStackOptions } from './stack.ts'
export type { TrustedOidcIssuer } from './fulcio.ts'
export type { SigstoreRequestCounts, SigstoreService } from './http.ts'
export type {
  CertificateAuthorityJson,
  TimeRangeJson,
  TransparencyLogJson,
  TrustedRootJson
} from './trusted-root.ts'
export type { SigningConfigJson, SigningServiceJson } from './signing-config.ts'
