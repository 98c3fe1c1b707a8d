import { readFile } from 'node:fs/promises'
import type { Descriptor } from '../descriptor.ts'
import { OciError } from '../errors.ts'
import { OCI_INDEX } from '../media-types.ts'
import { parseDigest } from '../reference/digest.ts'
import { writeBytesAtomic } from '../atomic-file.ts'
import { indexPath } from './paths.ts'

/** index.json as read: its validated entries, and every other field as found (kept on rewrite). */
export interface IndexFile {
  manifests: Descriptor[]
  fields: Record<string, unknown>
}

/** The bytes of index.json for a new layout. */
export function emptyIndexBytes(): Buffer {
  return Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: OCI_INDEX, manifests: [] }))
}

/** Reads and validates index.json: an image index whose entries are complete descriptors. */
export async function readIndexFile(options: { root: string }): Promise<IndexFile> {
  const path = indexPath(options)
  const fail = (what: string, cause?: unknown): OciError =>
    new OciError({
      code: 'INVALID_LAYOUT',
      message: `${path} ${what}; it must be an OCI image index — restore it or recreate the layout`,
      cause
    })
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw fail('is missing', error)
    throw error
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw fail('is not valid JSON', error)
  }
  if (!isObject(parsed) || parsed.schemaVersion !== 2 || !Array.isArray(parsed.manifests)) {
    throw fail('does not have schemaVersion 2 and a manifests array')
  }
  const manifests = parsed.manifests as unknown[]
  manifests.forEach((entry, i) => {
    const problem = entryProblem(entry)
    if (problem) throw fail(`has an invalid manifests[${i}]: ${problem}`)
  })
  return { manifests: manifests as Descriptor[], fields: parsed }
}

/** Replaces index.json atomically with `manifests`, keeping the file's other fields. */
export async function writeIndexFile(options: {
  root: string
  file: IndexFile
  manifests: Descriptor[]
}): Promise<void> {
  const bytes = Buffer.from(
    JSON.stringify({ ...options.file.fields, manifests: options.manifests })
  )
  await writeBytesAtomic({ path: indexPath(options), bytes })
}

function entryProblem(entry: unknown): string | undefined {
  if (!isObject(entry)) return 'not an object'
  if (typeof entry.mediaType !== 'string' || !entry.mediaType) return 'no mediaType'
  if (typeof entry.size !== 'number' || !Number.isSafeInteger(entry.size) || entry.size < 0) {
    return 'no valid size'
  }
  if (entry.annotations !== undefined && !isObject(entry.annotations))
    return 'annotations is not an object'
  try {
    parseDigest(String(entry.digest))
  } catch (error) {
    return (error as Error).message
  }
  return undefined
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
