// What the keyless signing actions share: the identity-token check, the Sigstore instance from
// the URL inputs, the step's one signer, and the claims of its certificate for the reports.
export { checkIdentityToken } from './identity-token.ts'
export { keylessInstance } from './signing-instance.ts'
export type { KeylessInstanceInputs } from './signing-instance.ts'
export { createKeylessSigner } from './signer.ts'
export { signerClaims } from './signer-claims.ts'
export type { SignerClaims, SignerClaimsOptions } from './signer-claims.ts'
export {
  certificateExtensions,
  derElements,
  derString,
  subjectAltName
} from './certificate-extensions.ts'
export type { CertificateExtensionsOptions, DerElement } from './certificate-extensions.ts'
export { writeCertificate } from './certificate-file.ts'
export { isPublicGood, rekorSearchUrl } from './public-good.ts'
export type { IsPublicGoodOptions, RekorSearchUrlOptions } from './public-good.ts'
export { readKeylessInputs } from './keyless-inputs.ts'
export type { KeylessInputs } from './keyless-inputs.ts'
