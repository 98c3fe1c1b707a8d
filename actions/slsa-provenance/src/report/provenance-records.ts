import type { SignedBundle } from '@sign/sigstore'
import type { SignedStatement } from '../sign/sign-statements.ts'
import type { PushedImage } from '../store/push-images.ts'
import type { ProvenanceRecord } from './provenance-record.ts'

/**
 * The `provenance` output: the files' statements (where their .intoto.jsonl and bundle went),
 * then each image's (its bundle referrer), with GitHub's attestation id when `attestationId`
 * knows one and the Rekor log index.
 */
export function provenanceRecords(options: {
  files: SignedStatement[]
  written: { path: string; bundle: string | undefined } | undefined
  pushed: PushedImage[]
  attestationId?: (bundle: SignedBundle) => number | undefined
}): ProvenanceRecord[] {
  const extra = (signed: SignedBundle) => {
    const id = options.attestationId?.(signed)
    const entry = signed.tlogEntry
    return {
      ...(id === undefined ? {} : { attestationId: id }),
      ...(entry === undefined ? {} : { rekorLogIndex: Number(entry.logIndex) })
    }
  }
  const { written } = options
  return [
    ...options.files.map(item => ({
      format: item.format,
      predicateType: item.statement.predicateType,
      subjects: item.subjects,
      ...(written && { path: written.path }),
      ...(written?.bundle === undefined ? {} : { bundle: written.bundle }),
      ...extra(item.signed)
    })),
    ...options.pushed.flatMap(({ image, statements }) =>
      statements.map(item => ({
        format: item.format,
        predicateType: item.statement.predicateType,
        subjects: item.subjects,
        image: image.name,
        ...(item.referrer === undefined ? {} : { referrer: item.referrer }),
        ...extra(item.signed)
      }))
    )
  ]
}
