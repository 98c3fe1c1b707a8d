import { pipeline, Readable } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { BLOCK, ByteReader, kindOf, parsePaxRecords, parseTarHeader } from '@sign/archive'
import type { ArchiveEntry, EntryHandler } from './archive-entry.ts'
import { CatalogError } from './catalog-error.ts'
import type { ArchiveLimits } from './limits.ts'
import { READ_CHUNK_BYTES } from './limits.ts'

/** The largest pax extended header or GNU long name read: real ones are a few hundred bytes. */
const MAX_META_BYTES = 64 * 1024

interface Overrides {
  path?: string
  linkpath?: string
  size?: number
}

/** The gzip magic: a stream starting with it is decompressed, any other is read as plain tar. */
const GZIP_MAGIC = [0x1f, 0x8b]
const ZSTD_MAGIC = [0x28, 0xb5, 0x2f, 0xfd]

/**
 * Reads a tar stream (gzip-compressed or plain, told apart by its first bytes) entry by entry,
 * handing each to `onEntry` with its content as a stream — nothing is held whole and nothing is
 * written anywhere. Entry count and unpacked bytes are bounded; headers are checked (checksum,
 * octal fields) before their sizes are used. Reading stops at the end-of-archive blocks, then the
 * rest of the input is drained (a registry stream verifies its digest only when read to the end).
 */
export async function readTarStream(options: {
  /** The input; each chunk is read in place (not copied), so a source must not reuse one it yielded. */
  chunks: AsyncIterable<Uint8Array>
  /** Names the input in errors (archive path, layer digest). */
  source: string
  limits: Pick<ArchiveLimits, 'maxEntries' | 'maxTotalBytes'>
  onEntry: EntryHandler
}): Promise<{ entries: number }> {
  const { source, limits } = options
  const input = options.chunks[Symbol.asyncIterator]()
  const first = await input.next()
  const head = first.done === true ? Buffer.alloc(0) : asBuffer(first.value)
  const rest = async function* (): AsyncGenerator<Buffer> {
    if (head.length > 0) yield head
    for (;;) {
      const next = await input.next()
      if (next.done === true) return
      yield asBuffer(next.value)
    }
  }
  if (startsWith(head, ZSTD_MAGIC)) {
    throw new CatalogError({
      code: 'UNSUPPORTED_FORMAT',
      source,
      reason: 'is zstd-compressed; only gzip and plain tar are read'
    })
  }
  const gzipped = startsWith(head, GZIP_MAGIC)
  const raw = Readable.from(rest(), { objectMode: false })
  const stream = gzipped
    ? pipeline(raw, createGunzip({ chunkSize: READ_CHUNK_BYTES }), () => undefined)
    : raw
  const reader = new ByteReader({
    chunks: stream as AsyncIterable<Buffer>,
    // zlib's errors (codes Z_*) mean corrupt compressed data; the source's own errors (a digest
    // that does not match, a blob over its limit) are passed on as they are.
    readError: cause =>
      isZlibError(cause)
        ? new CatalogError({
            code: 'CORRUPT',
            source,
            reason: `is not a valid gzip stream (${cause.message})`,
            cause
          })
        : cause instanceof Error
          ? cause
          : new CatalogError({ code: 'CORRUPT', source, reason: 'could not be read', cause })
  })
  const truncated = (entry?: string): CatalogError =>
    new CatalogError({
      code: 'TRUNCATED',
      source,
      ...(entry === undefined ? {} : { entry }),
      reason: 'is truncated: the input ends before the size its tar header declares'
    })
  let entries = 0
  let total = 0
  const count = (bytes: number, entry: string): void => {
    total += bytes
    if (total > limits.maxTotalBytes) {
      throw new CatalogError({
        code: 'TOO_LARGE',
        source,
        entry,
        reason: `unpacks to more than the ${limits.maxTotalBytes} bytes read from one archive`
      })
    }
  }
  try {
    let overrides: Overrides = {}
    for (;;) {
      const block = await reader.read({ length: BLOCK })
      if (block.length === 0) {
        if (entries === 0) {
          throw new CatalogError({ code: 'TRUNCATED', source, reason: 'is empty' })
        }
        // Tolerated as docker does: a stream that ends right after an entry without end blocks.
        break
      }
      if (block.length < BLOCK) throw truncated()
      if (block.every(byte => byte === 0)) break
      const header = parseTarHeader(block)
      if ('invalid' in header) {
        throw new CatalogError({
          code: 'CORRUPT',
          source,
          reason: `is not a valid tar archive: it holds ${header.invalid}`
        })
      }
      entries++
      if (entries > limits.maxEntries) {
        throw new CatalogError({
          code: 'TOO_LARGE',
          source,
          reason: `holds more than the ${limits.maxEntries} entries read from one archive`
        })
      }
      const padding = (BLOCK - (header.size % BLOCK)) % BLOCK
      if (['x', 'g', 'L', 'K'].includes(header.type)) {
        if (header.size > MAX_META_BYTES) {
          throw new CatalogError({
            code: 'TOO_LARGE',
            source,
            reason: `holds an extended header of ${header.size} bytes, more than the ${MAX_META_BYTES} read`
          })
        }
        const data = await reader.read({ length: header.size + padding })
        if (data.length < header.size + padding) throw truncated()
        const content = data.subarray(0, header.size)
        if (header.type === 'x') overrides = { ...overrides, ...parsePaxRecords(content) }
        else if (header.type === 'L') overrides.path = nulTerminated(content)
        else if (header.type === 'K') overrides.linkpath = nulTerminated(content)
        continue
      }
      const size = overrides.size ?? header.size
      const name = overrides.path ?? header.name
      const baseKind = kindOf(header.type)
      const kind = baseKind === 'file' && name.endsWith('/') ? 'directory' : baseKind
      const hasContent = kind === 'file'
      const contentSize = hasContent ? size : 0
      const entry: ArchiveEntry = {
        name,
        kind,
        size: contentSize,
        mode: header.mode,
        ...(header.type === '1' || header.type === '2'
          ? { linkTarget: overrides.linkpath ?? header.linkName }
          : {})
      }
      overrides = {}
      count(contentSize, name)
      let consumed = 0
      const content = async function* (): AsyncGenerator<Buffer> {
        for await (const chunk of reader.take({ length: contentSize - consumed })) {
          consumed += chunk.length
          yield chunk
        }
      }
      await options.onEntry(entry, content())
      // Whatever the handler left (and any data a non-file header carries) is skipped unread.
      const skip = (hasContent ? contentSize : size) - consumed
      let skipped = 0
      for await (const chunk of reader.take({ length: skip })) skipped += chunk.length
      if (skipped < skip || consumed > contentSize) throw truncated(name)
      const dataPadding = (BLOCK - ((hasContent ? contentSize : size) % BLOCK)) % BLOCK
      if ((await reader.read({ length: dataPadding })).length < dataPadding) throw truncated(name)
    }
    // Drains what follows the archive so a verifying source sees its whole input.
    for await (const chunk of reader.take({ length: Number.MAX_SAFE_INTEGER })) {
      count(chunk.length, '(after the end of the archive)')
    }
    return { entries }
  } finally {
    stream.destroy()
  }
}

/** The same bytes as a Buffer, without a copy (`Buffer.from` of a view copies it). */
function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
}

function startsWith(data: Buffer, magic: number[]): boolean {
  return data.length >= magic.length && magic.every((byte, index) => data[index] === byte)
}

function nulTerminated(data: Buffer): string {
  const end = data.indexOf(0)
  return data.toString('utf8', 0, end === -1 ? data.length : end)
}

function isZlibError(cause: unknown): cause is Error {
  const code = (cause as { code?: unknown } | undefined)?.code
  return cause instanceof Error && typeof code === 'string' && code.startsWith('Z_')
}
