// Notary Project trust policy documents: parsing with notation's rules, statement selection and
// the x509.subject identity helpers the verifier uses.
export type * from './types.ts'
export { parseTrustPolicyDocument } from './parse-document.ts'
export type { ParseTrustPolicyDocumentOptions } from './parse-document.ts'
export { loadTrustPolicyDocument } from './load-document.ts'
export type { LoadTrustPolicyDocumentOptions } from './load-document.ts'
export { selectBlobStatement, selectOciStatement } from './select-statement.ts'
export type { SelectBlobStatementOptions, SelectOciStatementOptions } from './select-statement.ts'
export { identityMatches, parseDistinguishedName } from './distinguished-name.ts'
export type { IdentityMatchesOptions, ParseDistinguishedNameOptions } from './distinguished-name.ts'
export { certificateSubjectAttributes } from './certificate-subject.ts'
export type {
  CertificateSubject,
  CertificateSubjectAttributesOptions
} from './certificate-subject.ts'
