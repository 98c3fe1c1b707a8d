import { resolve } from 'node:path'
import { ConfigurationError } from '@sign/action-kit'
import { OciError, readRegularFile } from '@sign/oci'
import { plainOrQuoted, quote } from '@sign/safe-text'
import { MAX_SBOM_BYTES, SbomReadError, readSbom, validateSbom } from '@sign/sbom'
import { checkAttestedSize } from '../attest/limits.ts'
import type { SbomDocument } from '../generate/sbom-document.ts'
import type { Inputs } from '../inputs.ts'

/** The SBOM the workflow gave (input `sbom`), read and validated, to attach as it is. */
export interface GivenSbom {
  /** How reports name it: the input's value. */
  name: string
  /** The document, its exact bytes as `json`. */
  document: SbomDocument
  /** `SPDX-2.3`, `1.6`… as the document says. */
  specVersion: string
}

/**
 * Reads input `sbom` (relative to the workspace; a regular file of at most 64 MiB), tells its
 * format as actions/attest does, and checks it against its official schema and SPDX's rules —
 * every problem is a configuration error naming the file, before anything is signed or written.
 * Input `format`, when set, must be the document's format: the step attaches what it was given
 * and converts nothing. Attested, it must fit an attestation (16 MiB).
 */
export async function readGivenSbom(options: {
  inputs: Pick<Inputs, 'sbom' | 'formats' | 'naming' | 'attest'>
}): Promise<GivenSbom | undefined> {
  const { inputs } = options
  if (inputs.sbom === undefined) return undefined
  const name = inputs.sbom
  const workspace = process.env['GITHUB_WORKSPACE'] || process.cwd()
  const bytes = await readBytes({ path: resolve(workspace, name), name })
  const read = (() => {
    try {
      return readSbom({ bytes })
    } catch (error) {
      if (!(error instanceof SbomReadError)) throw error
      throw refused({ name, why: error.message, cause: error })
    }
  })()
  const problems = validateSbom({ document: read.raw })
  if (problems.length > 0) {
    const listed = problems
      .slice(0, 5)
      .map(problem => `${plainOrQuoted(problem.path || '/')}: ${quote(problem.message)}`)
      .join('; ')
    throw refused({
      name,
      why: `it is not a valid ${read.format} ${read.specVersion} document (${problems.length} problem(s): ${listed})`
    })
  }
  const given = inputs.formats.length === 0 ? [read.format] : inputs.formats
  if (given.length !== 1 || given[0] !== read.format) {
    throw new ConfigurationError(
      `Input 'format' asks for ${given.map(format => plainOrQuoted(format)).join(', ')}, but the SBOM of input 'sbom' (${plainOrQuoted(name)}) is ${read.format}: a given SBOM is attached as it is, never converted. Leave format out, or name the document's format:`,
      { fix: `with:\n  sbom: ${name}\n  format: ${read.format}` }
    )
  }
  if (inputs.naming === 'goreleaser' && read.format !== 'spdx-json') {
    throw new ConfigurationError(
      `naming: goreleaser writes <file>.sbom.json, an SPDX document, but the SBOM of input 'sbom' (${plainOrQuoted(name)}) is ${read.format}. Use the sign naming (<file>.cdx.json):`,
      { fix: 'with:\n  naming: sign' }
    )
  }
  if (inputs.attest) {
    checkAttestedSize({
      what: `The SBOM of input 'sbom' (${plainOrQuoted(name)})`,
      bytes: bytes.byteLength,
      unsigned: 'attest: false'
    })
  }
  return {
    name,
    specVersion: read.specVersion,
    document: {
      format: read.format,
      document: read.raw,
      json: bytes.toString('utf8'),
      packages: read.sbom.packages.length
    }
  }
}

async function readBytes(options: { path: string; name: string }): Promise<Buffer> {
  try {
    return await readRegularFile({ path: options.path, limit: MAX_SBOM_BYTES, what: 'the SBOM' })
  } catch (error) {
    const code = (error as { code?: unknown }).code
    if (error instanceof OciError || code === 'ENOENT' || code === 'EACCES') {
      const why = code === 'ENOENT' ? 'there is no such file' : (error as Error).message
      throw refused({ name: options.name, why, cause: error })
    }
    throw error
  }
}

function refused(options: { name: string; why: string; cause?: unknown }): ConfigurationError {
  return new ConfigurationError(
    `Input 'sbom': ${plainOrQuoted(options.name)} cannot be attached: ${options.why}. Give an SPDX 2.2/2.3 or CycloneDX 1.6/1.7 JSON document (syft -o spdx-json, docker buildx imagetools inspect --format '{{ json .SBOM.SPDX }}'), relative to the workspace, or leave sbom out to have one generated:`,
    { fix: 'with:\n  sbom: dist/app.spdx.json', cause: options.cause }
  )
}
