import { open, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { SbomLocation } from '../../model/types.ts'
import type { EntryContent } from './archive-entry.ts'
import { CatalogError } from './catalog-error.ts'
import { HEAD_BYTES, type ContentCataloger, type ContentResult } from './content-cataloger.ts'
import type { ArchiveLimits } from './limits.ts'

/** A directory only this process writes to, and a counter naming its temporary copies. */
export interface ScratchDirectory {
  dir: string
  next: number
}

/**
 * Runs the content catalogers that match one member: reads its first bytes, asks each cataloger,
 * and only then reads the rest — into memory for `bytes` catalogers (up to maxBufferedBytes),
 * into a temporary file for `file` catalogers (up to maxFileBytes, removed after). A member over
 * its limit is skipped with a problem; a member no cataloger wants is never read past its head.
 */
export async function catalogMember(options: {
  location: SbomLocation
  size: number
  content: EntryContent
  catalogers: ContentCataloger[]
  limits: Pick<ArchiveLimits, 'maxBufferedBytes' | 'maxFileBytes'>
  scratch: ScratchDirectory
  /** Names the input in errors. */
  source: string
}): Promise<ContentResult> {
  const { location, size, limits } = options
  const empty: ContentResult = { packages: [], relationships: [], problems: [] }
  if (options.catalogers.length === 0) return empty
  const iterator = options.content[Symbol.asyncIterator]()
  let pending: Buffer = Buffer.alloc(0)
  while (pending.length < Math.min(HEAD_BYTES, size)) {
    const next = await iterator.next()
    if (next.done === true) break
    // The first chunk is taken as it is: a copy of it would be garbage the size of a read.
    pending = pending.length === 0 ? next.value : Buffer.concat([pending, next.value])
  }
  const head = pending.subarray(0, HEAD_BYTES)
  const matching = options.catalogers.filter(cataloger =>
    cataloger.matches({ path: location.path, head, size })
  )
  if (matching.length === 0) {
    await iterator.return?.()
    return empty
  }
  const rest = async function* (): AsyncGenerator<Buffer> {
    if (pending.length > 0) yield pending
    for (;;) {
      const next = await iterator.next()
      if (next.done === true) return
      yield next.value
    }
  }
  const results: ContentResult[] = []
  const problems: string[] = []
  const byteCatalogers = matching.filter(cataloger => cataloger.reads === 'bytes')
  const fileCatalogers = matching.filter(cataloger => cataloger.reads === 'file')
  const tooLarge = (limit: number): string =>
    `${location.path}: skipped, its ${size} bytes are over the ${limit} bytes read for ${matching.map(c => c.name).join(', ')}`
  if (byteCatalogers.length > 0 && size > limits.maxBufferedBytes) {
    problems.push(tooLarge(limits.maxBufferedBytes))
  } else if (fileCatalogers.length > 0 && size > limits.maxFileBytes) {
    problems.push(tooLarge(limits.maxFileBytes))
  } else if (byteCatalogers.length > 0) {
    const data = await readAll({
      chunks: rest(),
      size,
      source: options.source,
      path: location.path
    })
    for (const cataloger of byteCatalogers) {
      if (cataloger.reads !== 'bytes') continue
      const result = await cataloger.catalog({ data, location })
      if (result !== undefined) results.push(result)
    }
    if (fileCatalogers.length > 0) {
      results.push(
        ...(await withTemporaryCopy({
          scratch: options.scratch,
          chunks: [data],
          size,
          source: options.source,
          path: location.path,
          run: file => runFileCatalogers({ catalogers: fileCatalogers, file, location })
        }))
      )
    }
  } else {
    results.push(
      ...(await withTemporaryCopy({
        scratch: options.scratch,
        chunks: rest(),
        size,
        source: options.source,
        path: location.path,
        run: file => runFileCatalogers({ catalogers: fileCatalogers, file, location })
      }))
    )
  }
  return {
    packages: results.flatMap(result => result.packages),
    relationships: results.flatMap(result => result.relationships),
    problems: [...problems, ...results.flatMap(result => result.problems)]
  }
}

async function runFileCatalogers(options: {
  catalogers: ContentCataloger[]
  file: string
  location: SbomLocation
}): Promise<ContentResult[]> {
  const results: ContentResult[] = []
  for (const cataloger of options.catalogers) {
    if (cataloger.reads !== 'file') continue
    const result = await cataloger.catalog({ file: options.file, location: options.location })
    if (result !== undefined) results.push(result)
  }
  return results
}

async function readAll(options: {
  chunks: AsyncIterable<Buffer>
  size: number
  source: string
  path: string
}): Promise<Buffer> {
  const parts: Buffer[] = []
  let length = 0
  for await (const chunk of options.chunks) {
    length += chunk.length
    if (length > options.size) break
    parts.push(chunk)
  }
  if (length !== options.size) {
    throw new CatalogError({
      code: 'TRUNCATED',
      source: options.source,
      entry: options.path,
      reason: `holds ${length} bytes, not the ${options.size} its header declares`
    })
  }
  return Buffer.concat(parts)
}

async function withTemporaryCopy<T>(options: {
  scratch: ScratchDirectory
  chunks: AsyncIterable<Buffer> | Buffer[]
  size: number
  source: string
  path: string
  run: (file: string) => Promise<T[]>
}): Promise<T[]> {
  const file = join(options.scratch.dir, `member-${options.scratch.next++}`)
  const handle = await open(file, 'wx', 0o600)
  try {
    let length = 0
    try {
      for await (const chunk of options.chunks) {
        length += chunk.length
        if (length > options.size) break
        await handle.write(chunk)
      }
    } finally {
      await handle.close()
    }
    if (length !== options.size) {
      throw new CatalogError({
        code: 'TRUNCATED',
        source: options.source,
        entry: options.path,
        reason: `holds ${length} bytes, not the ${options.size} its header declares`
      })
    }
    return await options.run(file)
  } finally {
    await rm(file, { force: true })
  }
}
