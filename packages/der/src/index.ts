// Canonical DER: the one checker the Sigstore and Notary Project verifiers run on certificates.
export { checkCanonicalCertificate, checkCanonicalDer, NonCanonicalDerError } from './canonical.ts'
export type { CheckCanonicalDerOptions } from './canonical.ts'
