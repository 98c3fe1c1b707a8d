import { IN_TOTO_PAYLOAD_TYPE } from '../cosign/formats.ts'
import { SigstoreError } from '../errors.ts'

/** What this module reads of an in-toto statement. */
export interface StatementSummary {
  predicateType: string | undefined
  /** Lowercase SHA-256 hex digests of the subjects that have one. */
  sha256Subjects: string[]
}

/** Options of {@link readStatement}. */
export interface ReadStatementOptions {
  payloadType: string
  payload: Buffer
}

/** Reads an in-toto statement's predicate type and subject digests; undefined for other payloads. */
export function readStatement(options: ReadStatementOptions): StatementSummary | undefined {
  if (options.payloadType !== IN_TOTO_PAYLOAD_TYPE) return undefined
  let statement: unknown
  try {
    statement = JSON.parse(options.payload.toString('utf8'))
  } catch (cause) {
    throw new SigstoreError({
      code: 'INVALID_BUNDLE',
      cause,
      message: `the DSSE payload claims to be an in-toto statement but is not JSON (${(cause as Error).message})`
    })
  }
  const record = isRecord(statement) ? statement : {}
  const predicateType = record['predicateType']
  const subjects = Array.isArray(record['subject']) ? (record['subject'] as unknown[]) : []
  const sha256Subjects: string[] = []
  for (const subject of subjects) {
    const digest = isRecord(subject) ? subject['digest'] : undefined
    const sha256 = isRecord(digest) ? digest['sha256'] : undefined
    if (typeof sha256 === 'string') sha256Subjects.push(sha256.toLowerCase())
  }
  return {
    predicateType: typeof predicateType === 'string' ? predicateType : undefined,
    sha256Subjects
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
