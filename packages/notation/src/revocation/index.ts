export { createRevocationChecker, CRL_MAX_BYTES, OCSP_MAX_BYTES } from './checker.ts'
export type { RevocationCheckerOptions } from './checker.ts'
export type {
  CertificateRevocation,
  RevocationCheckOptions,
  RevocationChecker,
  RevocationStatus
} from './types.ts'
