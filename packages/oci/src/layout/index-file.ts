import type { Descriptor } from '../descriptor.ts'
import { descriptorProblem } from '../descriptor-check.ts'
import { OciError } from '../errors.ts'
import { readRegularFile } from '../fs/read-regular-file.ts'
import { OCI_INDEX } from '../media-types.ts'
import { writeBytesAtomic } from '../atomic-file.ts'
import { indexPath } from './paths.ts'

/** index.json is read up to 64 MiB (some 300 000 entries). */
const MAX_INDEX_FILE_BYTES = 64 * 1024 * 1024

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
    text = (
      await readRegularFile({
        path,
        limit: MAX_INDEX_FILE_BYTES,
        what: 'the index.json of a layout'
      })
    ).toString()
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
    const problem = descriptorProblem(entry)
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

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
