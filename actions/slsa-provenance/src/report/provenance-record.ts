import type { Subject } from '@sign/provenance'
import type { ProvenanceFormat } from '../inputs.ts'

/** One signed statement: an entry of the `provenance` output and a row of the summary. */
export interface ProvenanceRecord {
  format: ProvenanceFormat
  predicateType: string
  subjects: Subject[]
  /** Files: the .intoto.jsonl that holds its bundle (workspace-relative). */
  path?: string
  /** Files: the .intoto.sigstore.json (workspace-relative), with input sigstore-json. */
  bundle?: string
  /** Images: the image (`registry/repository@sha256:…`) and its bundle referrer's digest. */
  image?: string
  referrer?: string
  /** GitHub's attestation id, when uploaded. */
  attestationId?: number
  rekorLogIndex?: number
}
