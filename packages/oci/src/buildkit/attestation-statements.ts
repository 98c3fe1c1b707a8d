import { quote } from '@sign/safe-text'
import type { Descriptor, ImageManifest } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import type { ContentStore } from '../store.ts'
import {
  ATTESTATION_ARTIFACT_TYPE,
  type BuildkitAttestationManifest
} from './attestation-manifests.ts'

/** The in-toto statement media type of BuildKit's attestation layers. */
export const IN_TOTO_LAYER = 'application/vnd.in-toto+json'
/** The layer annotation naming the statement's predicate type. */
export const PREDICATE_TYPE_ANNOTATION = 'in-toto.io/predicate-type'
/** The statement types BuildKit writes: v0.1 up to 0.30, v1 from 0.31. */
export const STATEMENT_TYPES = [
  'https://in-toto.io/Statement/v0.1',
  'https://in-toto.io/Statement/v1'
] as const
/** BuildKit caps each attestation file at 40 MiB; nothing longer is read. */
export const MAX_BUILDKIT_STATEMENT_BYTES = 40 * 1024 * 1024
/** More layers than any build writes (one per SBOM scanned stage, one provenance). */
const MAX_STATEMENT_LAYERS = 64

/** One BuildKit statement, its bytes exactly as stored. */
export interface BuildkitStatement {
  /** The platform manifest it is about. */
  platform: Descriptor
  /** The attestation manifest it came from. */
  attestationManifest: Descriptor
  /** `legacy` (≤ 0.31: image-config manifest, no subject) or `oci-artifact` (0.32+). */
  form: 'legacy' | 'oci-artifact'
  layer: Descriptor
  statementType: (typeof STATEMENT_TYPES)[number]
  predicateType: string
  /** The statement's bytes, checked against the layer digest. */
  payload: Buffer
}

/** Options of {@link readBuildkitStatements}. */
export interface ReadBuildkitStatementsOptions {
  store: ContentStore
  attestation: BuildkitAttestationManifest
  /** The most bytes of one statement read (default and most: BuildKit's 40 MiB). */
  maxStatementBytes?: number
}

/**
 * Reads the in-toto statements of one BuildKit attestation manifest, in either form, and checks
 * each is what the index says: a v0.1 or v1 in-toto Statement (bare, unsigned), whose
 * predicateType is its layer's `in-toto.io/predicate-type`, and whose every subject is the
 * platform manifest by sha256 — and, for the OCI artifact form, a manifest whose `subject` is
 * that platform manifest. Anything else is INVALID_CONTENT saying what; a statement over the
 * limit is TOO_LARGE before it is read. Layers of other media types are not statements and are
 * skipped.
 */
export async function readBuildkitStatements(
  options: ReadBuildkitStatementsOptions
): Promise<BuildkitStatement[]> {
  const { store, attestation } = options
  const limit = Math.min(
    options.maxStatementBytes ?? MAX_BUILDKIT_STATEMENT_BYTES,
    MAX_BUILDKIT_STATEMENT_BYTES
  )
  const where = `the attestation manifest ${attestation.descriptor.digest}`
  const fetched = await store.fetchManifest(attestation.descriptor.digest)
  if (fetched === undefined) {
    throw invalid(`${where} is listed in the index but not in ${store.location}`)
  }
  const manifest = parseManifest(fetched.bytes, where)
  const form = manifest.artifactType === ATTESTATION_ARTIFACT_TYPE ? 'oci-artifact' : 'legacy'
  if (manifest.subject !== undefined && manifest.subject.digest !== attestation.platform.digest) {
    throw invalid(
      `${where} has subject ${quote(manifest.subject.digest)}, not the platform manifest ${attestation.platform.digest} the index names`
    )
  }
  const layers = manifest.layers.filter(layer => layer.mediaType === IN_TOTO_LAYER)
  if (layers.length > MAX_STATEMENT_LAYERS) {
    throw invalid(
      `${where} has ${layers.length} statement layers, more than ${MAX_STATEMENT_LAYERS}`
    )
  }
  const statements: BuildkitStatement[] = []
  for (const layer of layers) {
    const what = `the statement ${layer.digest} of ${where}`
    if (!Number.isSafeInteger(layer.size) || layer.size < 0 || layer.size > limit) {
      throw new OciError({
        code: 'TOO_LARGE',
        message: `${what} is ${quote(String(layer.size))} bytes, over the ${limit}-byte read limit`
      })
    }
    const payload = await store.fetchBlob(layer.digest, { maxBytes: limit })
    const statement = parseStatement(payload, what)
    const annotated = layer.annotations?.[PREDICATE_TYPE_ANNOTATION]
    if (annotated !== undefined && annotated !== statement.predicateType) {
      throw invalid(
        `${what} has predicateType ${quote(statement.predicateType)}, but its layer says ${quote(annotated)}`
      )
    }
    const hex = attestation.platform.digest.replace(/^sha256:/, '')
    const other = statement.subjects.find(digest => digest !== hex)
    if (statement.subjects.length === 0 || other !== undefined) {
      throw invalid(
        `${what} is about ${
          other === undefined ? 'no subject' : `sha256:${quote(other)}`
        }, not only the platform manifest ${attestation.platform.digest}`
      )
    }
    statements.push({
      platform: attestation.platform,
      attestationManifest: attestation.descriptor,
      form,
      layer,
      statementType: statement.type,
      predicateType: statement.predicateType,
      payload
    })
  }
  return statements
}

function parseManifest(bytes: Uint8Array, where: string): ImageManifest {
  const parsed = parseJson(bytes, where) as Partial<ImageManifest> | null
  if (parsed === null || typeof parsed !== 'object' || !Array.isArray(parsed.layers)) {
    throw invalid(`${where} is not an image manifest (it has no layers list)`)
  }
  return parsed as ImageManifest
}

/** The fields checked of a statement: its type, predicate type and subject sha256 digests. */
function parseStatement(
  payload: Buffer,
  what: string
): { type: BuildkitStatement['statementType']; predicateType: string; subjects: string[] } {
  const parsed = parseJson(payload, what) as Record<string, unknown> | null
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw invalid(`${what} is not a JSON object`)
  }
  const type = STATEMENT_TYPES.find(known => known === parsed._type)
  if (type === undefined) {
    throw invalid(
      `${what} has ${typeof parsed._type === 'string' ? `_type ${quote(parsed._type)}` : 'no _type'}, not an in-toto Statement (${STATEMENT_TYPES.join(' or ')}); a DSSE envelope or another document is not lifted`
    )
  }
  const { predicateType, subject } = parsed
  if (typeof predicateType !== 'string' || predicateType === '') {
    throw invalid(`${what} has no predicateType`)
  }
  if (!Array.isArray(subject)) throw invalid(`${what} has no subject list`)
  const subjects = subject.map(entry => {
    const digest = (entry as { digest?: { sha256?: unknown } } | null)?.digest?.sha256
    return typeof digest === 'string' ? digest : ''
  })
  return { type, predicateType, subjects }
}

function parseJson(bytes: Uint8Array, what: string): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'))
  } catch {
    throw invalid(`${what} is not JSON`)
  }
}

function invalid(message: string): OciError {
  return new OciError({ code: 'INVALID_CONTENT', message })
}
