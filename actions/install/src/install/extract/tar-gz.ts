import { createReadStream } from 'node:fs'
import { pipeline } from 'node:stream'
import { createGunzip } from 'node:zlib'
import { admitEntry } from './admit-entry.ts'
import type { UnpackBudget } from './budget.ts'
import { UNPACK_CHUNK_BYTES } from './limits.ts'
import { archiveRefusal } from './refusal.ts'
import type { StagingWriter } from './staging-writer.ts'
import {
  BLOCK,
  ByteReader,
  kindOf,
  parsePaxRecords,
  parseTarHeader,
  type ArchiveEntry
} from '@sign/archive'

/** The largest pax extended header or GNU long name read: real ones are a few hundred bytes. */
const MAX_META_BYTES = 64 * 1024

/** Names and sizes that pax headers and GNU long-name headers set for the entry after them. */
interface Overrides {
  path?: string
  linkpath?: string
  size?: number
}

/**
 * Unpacks a .tar.gz streamed through zlib, one entry at a time: each header is decoded and the
 * entry admitted (admitEntry), counted and its size reserved (UnpackBudget) before any of its
 * content is written — so the first hostile entry stops the extraction. Reading ends at the
 * end-of-archive block; whatever follows is never decompressed.
 */
export async function unpackTarGz(options: {
  path: string
  asset: string
  writer: StagingWriter
  budget: UnpackBudget
}): Promise<void> {
  const { asset, writer, budget } = options
  const gunzip = pipeline(
    createReadStream(options.path, { highWaterMark: UNPACK_CHUNK_BYTES }),
    createGunzip({ chunkSize: UNPACK_CHUNK_BYTES }),
    () => undefined
  )
  const reader = new ByteReader({
    chunks: gunzip,
    readError: cause =>
      archiveRefusal({
        asset,
        reason: `is not a valid gzip stream (${(cause as Error).message})`,
        cause
      })
  })
  const truncated = (entry?: string) =>
    archiveRefusal({ asset, ...(entry === undefined ? {} : { entry }), reason: 'is truncated' })
  try {
    let overrides: Overrides = {}
    for (;;) {
      const block = await reader.read({ length: BLOCK })
      if (block.length === 0 && budget.used.entries === 0) {
        throw archiveRefusal({ asset, reason: 'is empty' })
      }
      if (block.length < BLOCK) throw truncated()
      if (block.every(byte => byte === 0)) return
      const header = parseTarHeader(block)
      if ('invalid' in header) {
        throw archiveRefusal({
          asset,
          reason: `is not a valid tar archive: it holds ${header.invalid}`
        })
      }
      budget.countEntry()
      const padding = (BLOCK - (header.size % BLOCK)) % BLOCK
      if (
        header.type === 'x' ||
        header.type === 'g' ||
        header.type === 'L' ||
        header.type === 'K'
      ) {
        if (header.size > MAX_META_BYTES) {
          throw archiveRefusal({
            asset,
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
      // pre-POSIX archives mark a directory as a file entry whose name ends with `/`
      const kind =
        kindOf(header.type) === 'file' && name.endsWith('/') ? 'directory' : kindOf(header.type)
      const entry: ArchiveEntry = {
        name,
        kind,
        size,
        mode: header.mode,
        ...(header.type === '1' || header.type === '2'
          ? { linkTarget: overrides.linkpath ?? header.linkName }
          : {}),
        ...(kind === 'unsupported' ? { typeLabel: header.type } : {})
      }
      overrides = {}
      const admitted = admitEntry({ asset, entry })
      const contentPadding = (BLOCK - (size % BLOCK)) % BLOCK
      budget.reserve({ entry })
      if (entry.kind === 'file') {
        await writer.file({ admitted, chunks: reader.take({ length: size }) })
      } else {
        await writer.directory({ admitted })
        let skipped = 0
        for await (const chunk of reader.take({ length: size })) skipped += chunk.length
        if (skipped < size) throw truncated(entry.name)
      }
      if ((await reader.read({ length: contentPadding })).length < contentPadding) {
        throw truncated(entry.name)
      }
    }
  } finally {
    gunzip.destroy()
  }
}

function nulTerminated(data: Buffer): string {
  const end = data.indexOf(0)
  return data.toString('utf8', 0, end === -1 ? data.length : end)
}
