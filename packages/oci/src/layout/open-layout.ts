import { mkdir, readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { OciError } from '../errors.ts'
import { writeBytesAtomic } from '../atomic-file.ts'
import { readRegularFile } from '../fs/read-regular-file.ts'
import { emptyIndexBytes, readIndexFile } from './index-file.ts'
import { LAYOUT_FILE, LAYOUT_VERSION, indexPath } from './paths.ts'

/**
 * Checks that `root` is an OCI image layout: an `oci-layout` file of version 1.0.0 and a valid
 * index.json (INVALID_LAYOUT saying what is missing or wrong). With `create`, an absent or empty
 * directory becomes a new layout, and a layout whose creation stopped after `oci-layout` is
 * completed; files are only ever added, never replaced, so a concurrent creator loses nothing.
 */
export async function openLayout(options: { root: string; create: boolean }): Promise<void> {
  const { root, create } = options
  const layoutFile = join(root, LAYOUT_FILE)
  const info = await stat(root).catch(missingAsUndefined)
  if (info && !info.isDirectory()) {
    throw invalid(
      `${root} is not a directory; an OCI image layout is a directory holding oci-layout, index.json and blobs/`
    )
  }
  const layout = info
    ? await readRegularFile({ path: layoutFile, limit: 64 * 1024, what: 'the oci-layout file' })
        .then(bytes => bytes.toString())
        .catch(missingAsUndefined)
    : undefined
  if (layout !== undefined) {
    checkLayoutFile({ layoutFile, text: layout })
  } else if (!create) {
    throw invalid(
      `${root} is not an OCI image layout: ${layoutFile} is missing; point to the directory of an OCI image layout (oras, notation and skopeo write one)`
    )
  } else {
    const existing = info ? await readdir(root) : []
    if (existing.length > 0) {
      throw invalid(
        `cannot create an OCI image layout in ${root}: the directory is not empty and has no oci-layout file; choose an empty or new directory`
      )
    }
    await mkdir(root, { recursive: true })
    await writeBytesAtomic({
      path: layoutFile,
      bytes: Buffer.from(JSON.stringify({ imageLayoutVersion: LAYOUT_VERSION })),
      noClobber: true
    })
  }
  if (create && (await stat(indexPath({ root })).catch(missingAsUndefined)) === undefined) {
    await mkdir(join(root, 'blobs', 'sha256'), { recursive: true })
    await writeBytesAtomic({ path: indexPath({ root }), bytes: emptyIndexBytes(), noClobber: true })
  }
  await readIndexFile({ root })
}

function checkLayoutFile(options: { layoutFile: string; text: string }): void {
  let version: unknown
  try {
    version = (JSON.parse(options.text) as { imageLayoutVersion?: unknown } | null)
      ?.imageLayoutVersion
  } catch (cause) {
    throw invalid(
      `${options.layoutFile} is not valid JSON; it must be {"imageLayoutVersion":"${LAYOUT_VERSION}"}`,
      cause
    )
  }
  if (version !== LAYOUT_VERSION) {
    throw invalid(
      `${options.layoutFile} has imageLayoutVersion ${JSON.stringify(version)}; only ${LAYOUT_VERSION} is supported`
    )
  }
}

function invalid(message: string, cause?: unknown): OciError {
  return new OciError({
    code: 'INVALID_LAYOUT',
    message,
    ...(cause !== undefined ? { cause } : {})
  })
}

function missingAsUndefined(error: unknown): undefined {
  if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
  throw error
}
