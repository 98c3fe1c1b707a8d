import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { lstat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import {
  layoutStore,
  parseDigest,
  registryStore,
  streamBlob,
  type ContentStore,
  type RegistryClient,
  type Repository
} from '@sign/oci'
import { CatalogError } from '../archive/catalog-error.ts'
import { READ_CHUNK_BYTES } from '../archive/limits.ts'

/**
 * Where an image is read from: a store for its manifests and config (small, read whole) and a
 * stream for its layers (read once, never held whole, verified against the digest at the end).
 */
export interface ImageSource {
  /** Names the source in SBOMs and errors (`oci-layout:/dir`, `registry.example/app`). */
  location: string
  store: ContentStore
  /** The blob's bytes in order; the iteration fails at its end if they do not match `digest`. */
  streamBlob(options: { digest: string; maxBytes: number }): AsyncIterable<Uint8Array>
}

/** An image in an OCI image layout directory. */
export function layoutImageSource(options: { path: string }): ImageSource {
  const root = resolve(options.path)
  const store = layoutStore({ path: root })
  return {
    location: store.location,
    store,
    streamBlob: ({ digest, maxBytes }) => streamLayoutBlob({ root, digest, maxBytes })
  }
}

/** An image in a registry repository, through the suite's registry client. */
export function registryImageSource(options: {
  client: RegistryClient
  repo: Repository
}): ImageSource {
  const store = registryStore(options)
  return {
    location: store.location,
    store,
    streamBlob: ({ digest, maxBytes }) =>
      streamBlob({ client: options.client, repo: options.repo, digest, maxBytes })
  }
}

async function* streamLayoutBlob(options: {
  root: string
  digest: string
  maxBytes: number
}): AsyncGenerator<Uint8Array> {
  const { algorithm, hex } = parseDigest(options.digest)
  const path = join(options.root, 'blobs', algorithm, hex)
  const source = `blob ${options.digest} of the OCI layout ${options.root}`
  const stat = await lstat(path).catch(() => undefined)
  if (stat === undefined || !stat.isFile()) {
    throw new CatalogError({
      code: 'INVALID_IMAGE',
      source,
      reason: `is missing: ${path} is not a regular file`
    })
  }
  if (stat.size > options.maxBytes) {
    throw new CatalogError({
      code: 'TOO_LARGE',
      source,
      reason: `is ${stat.size} bytes, over the ${options.maxBytes} bytes read for one layer`
    })
  }
  const hash = createHash(algorithm)
  let length = 0
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK_BYTES })) {
    const bytes = chunk as Buffer
    length += bytes.length
    if (length > options.maxBytes) {
      throw new CatalogError({ code: 'TOO_LARGE', source, reason: 'grew while it was read' })
    }
    hash.update(bytes)
    yield bytes
  }
  const actual = hash.digest('hex')
  if (actual !== hex) {
    throw new CatalogError({
      code: 'INVALID_IMAGE',
      source,
      reason: `has digest ${algorithm}:${actual}: the file was altered or corrupted`
    })
  }
}
