import { readFile } from 'node:fs/promises'
import {
  genericEnvironment,
  genericProvenanceV02,
  githubProvenance,
  type Subject,
  type WorkflowClaims
} from '@sign/provenance'
import type { InTotoStatement } from '@sign/sigstore'
import type { ProvenanceFormat } from '../inputs.ts'

/** One statement to sign: its format, and what it is about. */
export interface PlannedStatement {
  format: ProvenanceFormat
  statement: InTotoStatement
  subjects: Subject[]
}

/** The server the run is on (`GITHUB_SERVER_URL`), as the statements' URLs name it. */
export function serverUrl(): string {
  return process.env['GITHUB_SERVER_URL'] || 'https://github.com'
}

/**
 * The statement of `subjects` in each format: GitHub's SLSA v1 workflow provenance, and/or the
 * generator's generic v0.2 form with the run's `GITHUB_*` environment and event payload.
 */
export async function buildStatements(options: {
  claims: WorkflowClaims
  subjects: Subject[]
  formats: readonly ProvenanceFormat[]
}): Promise<PlannedStatement[]> {
  const { claims, subjects } = options
  const statements: PlannedStatement[] = []
  for (const format of options.formats) {
    const statement =
      format === 'github-v1'
        ? githubProvenance({ claims, serverUrl: serverUrl(), subjects })
        : genericProvenanceV02({
            claims,
            serverUrl: serverUrl(),
            environment: genericEnvironment({
              variables: process.env,
              eventPayload: await eventPayload()
            }),
            subjects
          })
    statements.push({ format, statement: statement as unknown as InTotoStatement, subjects })
  }
  return statements
}

/** The run's event payload, read once per process: every statement of the run shares it. */
let payload: Promise<unknown> | undefined

/** The run's event payload (the JSON file GITHUB_EVENT_PATH names), when there is one. */
function eventPayload(): Promise<unknown> {
  payload ??= readEventPayload()
  return payload
}

async function readEventPayload(): Promise<unknown> {
  const path = process.env['GITHUB_EVENT_PATH']
  if (path === undefined || path === '') return undefined
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown
  } catch {
    return undefined
  }
}
