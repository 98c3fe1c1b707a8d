import { ENVELOPE_MEDIA_TYPE } from '@sign/notation'
import { stat } from 'node:fs/promises'
import { OciError, fileKind, readRegularFile } from '@sign/oci'
import { DiscoveryError } from './errors.ts'
import type { FileSignatureHint, FoundFileSignature } from './file-types.ts'
import { MAX_SIGNATURE_BYTES, describeSize } from './limits.ts'
import { SIGSTORE_BUNDLE_PREFIX } from './media-types.ts'

/** Options of {@link readFileSignature}. */
export interface ReadFileSignatureOptions {
  /** The signature file (`--bundle`, `--signature`, or one found beside a release file). */
  path: string
  /** What it is meant to be, when its name does not say (`.jws.sig`, `.cose.sig`, `.jsonl`). */
  kindHint?: FileSignatureHint
}

/**
 * Reads one signature file: a Sigstore bundle (JSON), a Notary Project envelope (`.jws.sig` JSON,
 * `.cose.sig` CBOR), or an `.intoto.jsonl` file with one bundle or bare DSSE envelope per line
 * (slsa-github-generator). Without a hint or telling name, the content decides. One result per
 * signature (several for a `.jsonl`); content that is not what it claims is `unreadable` with
 * the reason. A missing file is DiscoveryError NOT_FOUND, an unreadable one READ_FAILED.
 */
export async function readFileSignature(
  options: ReadFileSignatureOptions
): Promise<FoundFileSignature[]> {
  const { path, kindHint } = options
  const bytes = await readSignatureFile(path)
  if (bytes === undefined) {
    return [
      {
        kind: 'unreadable',
        path,
        claimed: kindHint ?? 'signature',
        reason: `${path} is over the ${describeSize(MAX_SIGNATURE_BYTES)} limit of a signature file`
      }
    ]
  }
  if (path.endsWith('.jws.sig')) return [notation(path, bytes, 'jws')]
  if (path.endsWith('.cose.sig')) return [notation(path, bytes, 'cose')]
  if (path.endsWith('.jsonl')) return jsonLines(path, bytes)
  if (kindHint === 'notation') return [notation(path, bytes, bytes[0] === 0x7b ? 'jws' : 'cose')]
  if (kindHint === 'sigstore-bundle') return [sigstoreBundle(path, bytes)]
  if (bytes[0] === 0xd2) return [notation(path, bytes, 'cose')]
  return [fromJson(path, bytes.toString(), undefined)]
}

/**
 * The file's bytes; undefined when it is over the size limit (counted while reading). It must be
 * a regular file once links are followed: a FIFO or a link to a device is READ_FAILED, never read.
 */
async function readSignatureFile(path: string): Promise<Buffer | undefined> {
  try {
    return await readRegularFile({ path, limit: MAX_SIGNATURE_BYTES, what: 'the signature file' })
  } catch (cause) {
    if (cause instanceof OciError && cause.code === 'TOO_LARGE') return undefined
    if (cause instanceof OciError && cause.code === 'NOT_REGULAR_FILE') {
      const kind = await stat(path).then(fileKind, () => 'not a regular file')
      throw new DiscoveryError({
        code: 'READ_FAILED',
        cause,
        message: `${path} is not a file${kind === 'a directory' ? '' : ` (it is ${kind})`}; give the path of a signature file`
      })
    }
    const code = (cause as NodeJS.ErrnoException).code
    throw new DiscoveryError({
      code: code === 'ENOENT' ? 'NOT_FOUND' : 'READ_FAILED',
      cause,
      message:
        code === 'ENOENT'
          ? `the signature file ${path} does not exist; check the path`
          : `cannot read the signature file ${path} (${code ?? (cause as Error).message}); check it is readable`
    })
  }
}

function notation(path: string, bytes: Buffer, format: 'jws' | 'cose'): FoundFileSignature {
  const envelopeMediaType = ENVELOPE_MEDIA_TYPE[format]
  const problem =
    bytes.length === 0
      ? 'is empty'
      : format === 'jws' && 'reason' in jsonObject(bytes.toString(), path)
        ? 'is not a JWS JSON object'
        : format === 'cose' && bytes[0] !== 0xd2 && bytes[0] !== 0x84
          ? 'is not a COSE_Sign1 message (CBOR tag 18)'
          : undefined
  if (problem !== undefined) {
    return { kind: 'unreadable', path, claimed: 'notation', reason: `${path} ${problem}` }
  }
  return { kind: 'notation', path, envelope: bytes, envelopeMediaType }
}

function sigstoreBundle(path: string, bytes: Buffer): FoundFileSignature {
  const parsed = jsonObject(bytes.toString(), path)
  if ('reason' in parsed) {
    return { kind: 'unreadable', path, claimed: 'sigstore-bundle', reason: parsed.reason }
  }
  if (!isBundle(parsed.value)) {
    const reason = `${path} is not a Sigstore bundle: it has no mediaType ${SIGSTORE_BUNDLE_PREFIX}…`
    return { kind: 'unreadable', path, claimed: 'sigstore-bundle', reason }
  }
  return { kind: 'sigstore-bundle', path, bundle: parsed.value }
}

/** One result per non-blank line of an `.intoto.jsonl` file. */
function jsonLines(path: string, bytes: Buffer): FoundFileSignature[] {
  const found: FoundFileSignature[] = []
  bytes
    .toString()
    .split('\n')
    .forEach((text, index) => {
      if (text.trim() !== '') found.push(fromJson(path, text, index + 1))
    })
  if (found.length === 0) {
    return [{ kind: 'unreadable', path, claimed: 'intoto-jsonl', reason: `${path} is empty` }]
  }
  return found
}

/** A JSON signature: a Sigstore bundle, a bare DSSE envelope, or a JWS envelope. */
function fromJson(path: string, text: string, line: number | undefined): FoundFileSignature {
  const at = line === undefined ? {} : { line }
  const where = line === undefined ? path : `${path} line ${line}`
  const parsed = jsonObject(text, where)
  if ('reason' in parsed) {
    return { kind: 'unreadable', path, ...at, claimed: 'signature', reason: parsed.reason }
  }
  const { value } = parsed
  if (isBundle(value)) return { kind: 'sigstore-bundle', path, ...at, bundle: value }
  if (typeof value.payloadType === 'string' && Array.isArray(value.signatures)) {
    return { kind: 'dsse-envelope', path, ...at, envelope: value }
  }
  if (typeof value.protected === 'string' && typeof value.signature === 'string') {
    return {
      kind: 'notation',
      path,
      ...at,
      envelope: Buffer.from(text),
      envelopeMediaType: ENVELOPE_MEDIA_TYPE.jws
    }
  }
  const reason = `${where} is neither a Sigstore bundle (mediaType ${SIGSTORE_BUNDLE_PREFIX}…), a DSSE envelope nor a JWS envelope`
  return { kind: 'unreadable', path, ...at, claimed: 'signature', reason }
}

/** The JSON object `text` holds, or why it holds none. */
function jsonObject(
  text: string,
  where: string
): { value: Record<string, unknown> } | { reason: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(text) as unknown
  } catch (error) {
    return { reason: `${where} is not JSON (${(error as Error).message})` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { reason: `${where} is not a JSON object` }
  }
  return { value: parsed as Record<string, unknown> }
}

function isBundle(value: Record<string, unknown>): boolean {
  return typeof value.mediaType === 'string' && value.mediaType.startsWith(SIGSTORE_BUNDLE_PREFIX)
}
