import type { Subject } from '../subjects/subject.ts'

/** in-toto Statement v1, the envelope of SLSA v1 provenance. */
export const STATEMENT_V1 = 'https://in-toto.io/Statement/v1'
/** in-toto Statement v0.1, which SLSA v0.2 provenance is usually wrapped in. */
export const STATEMENT_V01 = 'https://in-toto.io/Statement/v0.1'
/** SLSA Provenance v1. */
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1'
/** SLSA Provenance v0.2. */
export const SLSA_PROVENANCE_V02 = 'https://slsa.dev/provenance/v0.2'

/** An in-toto statement with its predicate. */
export interface Statement<Predicate> {
  _type: string
  subject: Subject[]
  predicateType: string
  predicate: Predicate
}
