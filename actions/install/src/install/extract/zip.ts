import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { FileHandle } from 'node:fs/promises'
import { pipeline } from 'node:stream'
import { Readable } from 'node:stream'
import { crc32, createInflateRaw } from 'node:zlib'
import { admitEntry } from './admit-entry.ts'
import type { AdmittedEntry } from './admit-entry.ts'
import type { UnpackBudget } from './budget.ts'
import { UNPACK_CHUNK_BYTES } from './limits.ts'
import { archiveRefusal } from './refusal.ts'
import type { StagingWriter } from './staging-writer.ts'
import { readZipDirectory, type ZipRecord } from '@sign/archive'

const LOCAL_HEADER = 0x04034b50

/**
 * Unpacks a zip in two passes. First its central directory: every entry is admitted (admitEntry),
 * counted and its declared size reserved (UnpackBudget), so a hostile or oversized archive is
 * refused before anything is written. Then each entry's data is inflated with zlib and written,
 * the writer stopping an entry the moment it exceeds its declared size (declared sizes can lie);
 * the CRC-32 is checked last.
 */
export async function unpackZip(options: {
  path: string
  asset: string
  writer: StagingWriter
  budget: UnpackBudget
  maxEntries: number
}): Promise<void> {
  const { asset, budget } = options
  const handle = await open(options.path, 'r')
  try {
    const records = await readZipDirectory({
      handle,
      maxEntries: options.maxEntries,
      refuse: problem =>
        archiveRefusal({
          asset,
          reason:
            problem.code === 'CORRUPT'
              ? problem.reason
              : `holds ${problem.count} entries, more than the ${problem.maxEntries} allowed for a release archive`
        })
    })
    const admitted = records.map(record => {
      budget.countEntry()
      const entry = admitEntry({ asset, entry: record.entry })
      if (record.entry.kind === 'file') budget.reserve({ entry: record.entry })
      return { record, admitted: entry }
    })
    for (const { record, admitted: entry } of admitted) {
      if (entry.entry.kind === 'directory') await options.writer.directory({ admitted: entry })
      else
        await writeZipFile({
          handle,
          path: options.path,
          asset,
          record,
          admitted: entry,
          writer: options.writer
        })
    }
  } finally {
    await handle.close()
  }
}

async function writeZipFile(options: {
  handle: FileHandle
  path: string
  asset: string
  record: ZipRecord
  admitted: AdmittedEntry
  writer: StagingWriter
}): Promise<void> {
  const { record, asset } = options
  const refuse = (reason: string, cause?: unknown) =>
    archiveRefusal({
      asset,
      entry: record.entry.name,
      reason,
      ...(cause === undefined ? {} : { cause })
    })
  if ((record.flags & 0x1) !== 0) throw refuse('is encrypted')
  if (record.method !== 0 && record.method !== 8) {
    throw refuse(
      `is compressed with method ${record.method}; only stored and deflated entries are unpacked`
    )
  }
  const local = Buffer.alloc(30)
  const { bytesRead } = await options.handle.read(local, 0, 30, record.localOffset)
  if (bytesRead < 30 || local.readUInt32LE(0) !== LOCAL_HEADER)
    throw refuse('has no local header where the central directory says')
  const start = record.localOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28)
  const data: Readable =
    record.compressedSize === 0
      ? Readable.from([])
      : createReadStream(options.path, {
          start,
          end: start + record.compressedSize - 1,
          highWaterMark: UNPACK_CHUNK_BYTES
        })
  const content: Readable =
    record.method === 8
      ? pipeline(data, createInflateRaw({ chunkSize: UNPACK_CHUNK_BYTES }), () => undefined)
      : data
  let crc = 0
  async function* checked(): AsyncGenerator<Buffer> {
    try {
      for await (const chunk of content) {
        crc = crc32(chunk as Buffer, crc)
        yield chunk as Buffer
      }
    } catch (cause) {
      throw refuse(`holds corrupt compressed data (${(cause as Error).message})`, cause)
    }
  }
  try {
    await options.writer.file({ admitted: options.admitted, chunks: checked() })
  } finally {
    content.destroy()
  }
  if (crc >>> 0 !== record.crc32 >>> 0) throw refuse('does not match its CRC-32')
}
