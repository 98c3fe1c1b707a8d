import type { InTotoStatement } from '@sign/sigstore'
import { SBOM_PREDICATE_TYPES } from '@sign/sbom'
import type { SbomDocument } from '../generate/sbom-document.ts'

/**
 * The in-toto v1 statement of an SBOM attestation: its subject is the file (by name and sha256)
 * or the platform manifest (repository name and digest, as `cosign attest` writes it), its
 * predicate the SBOM document itself.
 */
export function sbomStatement(options: {
  subject: { name: string; sha256: string }
  document: SbomDocument
}): InTotoStatement {
  return {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: options.subject.name, digest: { sha256: options.subject.sha256 } }],
    predicateType: SBOM_PREDICATE_TYPES[options.document.format],
    predicate: options.document.document
  }
}
