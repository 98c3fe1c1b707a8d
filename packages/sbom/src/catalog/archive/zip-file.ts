import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import { pipeline, Readable } from 'node:stream'
import { crc32, createInflateRaw } from 'node:zlib'
import type { EntryHandler } from './archive-entry.ts'
import { CatalogError } from './catalog-error.ts'
import type { ArchiveLimits } from './limits.ts'
import { READ_CHUNK_BYTES } from './limits.ts'
import { readAt, readZipDirectory } from '@sign/archive'

const LOCAL_HEADER = 0x04034b50

/**
 * Reads a zip file entry by entry: its central directory first (entry count and declared sizes
 * checked before any data is read), then each entry's data inflated as a stream and handed to
 * `onEntry`. A member that inflates past its declared size, fails its CRC-32 or points outside
 * the file is refused.
 */
export async function readZipFile(options: {
  path: string
  source: string
  limits: Pick<ArchiveLimits, 'maxEntries' | 'maxTotalBytes'>
  onEntry: EntryHandler
}): Promise<{ entries: number }> {
  const { source, limits } = options
  const handle = await open(options.path, 'r')
  try {
    const { size: fileSize } = await handle.stat()
    const records = await readZipDirectory({
      handle,
      maxEntries: limits.maxEntries,
      refuse: problem =>
        problem.code === 'CORRUPT'
          ? new CatalogError({ code: 'CORRUPT', source, reason: problem.reason })
          : new CatalogError({
              code: 'TOO_LARGE',
              source,
              reason: `holds ${problem.count} entries, more than the ${problem.maxEntries} read from one archive`
            })
    })
    const declared = records.reduce((sum, record) => sum + record.entry.size, 0)
    if (declared > limits.maxTotalBytes) {
      throw new CatalogError({
        code: 'TOO_LARGE',
        source,
        reason: `declares ${declared} unpacked bytes, more than the ${limits.maxTotalBytes} read from one archive`
      })
    }
    for (const record of records) {
      const refuse = (code: 'CORRUPT' | 'UNSUPPORTED_FORMAT', reason: string, cause?: unknown) =>
        new CatalogError({
          code,
          source,
          entry: record.entry.name,
          reason,
          ...(cause === undefined ? {} : { cause })
        })
      if (record.entry.kind !== 'file') {
        await options.onEntry(record.entry, Readable.from([]))
        continue
      }
      if ((record.flags & 0x1) !== 0) throw refuse('UNSUPPORTED_FORMAT', 'is encrypted')
      if (record.method !== 0 && record.method !== 8) {
        throw refuse(
          'UNSUPPORTED_FORMAT',
          `is compressed with method ${record.method}; only stored and deflated entries are read`
        )
      }
      const local = await readAt({ handle, position: record.localOffset, length: 30 })
      if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_HEADER) {
        throw refuse('CORRUPT', 'has no local header where the central directory says')
      }
      const start = record.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
      if (start + record.compressedSize > fileSize) {
        throw refuse('CORRUPT', 'has data that runs past the end of the file')
      }
      const data: Readable =
        record.compressedSize === 0
          ? Readable.from([])
          : createReadStream(options.path, {
              start,
              end: start + record.compressedSize - 1,
              highWaterMark: READ_CHUNK_BYTES
            })
      const content: Readable =
        record.method === 8
          ? pipeline(data, createInflateRaw({ chunkSize: READ_CHUNK_BYTES }), () => undefined)
          : data
      let crc = 0
      let length = 0
      let complete = false
      const declaredSize = record.entry.size
      const checked = async function* (): AsyncGenerator<Buffer> {
        try {
          for await (const chunk of content) {
            const bytes = chunk as Buffer
            length += bytes.length
            if (length > declaredSize) {
              throw refuse('CORRUPT', `inflates past its declared size of ${declaredSize} bytes`)
            }
            crc = crc32(bytes, crc)
            yield bytes
          }
          complete = true
        } catch (cause) {
          if (cause instanceof CatalogError) throw cause
          throw refuse(
            'CORRUPT',
            `holds corrupt compressed data (${(cause as Error).message})`,
            cause
          )
        }
      }
      try {
        await options.onEntry(record.entry, checked())
      } finally {
        content.destroy()
      }
      if (complete && (length !== declaredSize || crc >>> 0 !== record.crc32 >>> 0)) {
        throw refuse('CORRUPT', 'does not match its declared size and CRC-32')
      }
    }
    return { entries: records.length }
  } finally {
    await handle.close()
  }
}
