// notation's trust store layout, {NOTATION_CONFIG}/truststore/x509/{ca|signingAuthority|tsa}/<name>/
// (notation-go verifier/truststore/truststore.go GetCertificates).
import type { X509Certificate } from 'node:crypto'
import { lstat, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { NotationError } from '../errors.ts'
import { isValidStoreName, STORE_TYPES } from '../trust-policy/statement-core.ts'
import type { TrustStoreType } from '../trust-policy/types.ts'
import { certificateProblem } from './certificate-rules.ts'
import { readCertificateFile } from './read-certificates.ts'
import { storeError } from './store-error.ts'
import type { TrustStoreSource } from './types.ts'

/** Options of {@link directoryTrustStore}. */
export interface DirectoryTrustStoreOptions {
  /** The folder holding `x509/` (notation's `{NOTATION_CONFIG}/truststore`). */
  root: string
}

/** Checks type and name, as notation does before touching the file system. */
export function checkStoreName(type: string, name: string): void {
  if (!STORE_TYPES.some(known => known === type)) {
    throw storeError(`unsupported trust store type: ${type}; use ca, signingAuthority or tsa`)
  }
  if (!isValidStoreName(name)) {
    throw storeError(`trust store name needs to follow [a-zA-Z0-9_.-]+ format, ${name} is invalid`)
  }
}

async function loadStore(root: string, type: TrustStoreType, name: string) {
  checkStoreName(type, name)
  const path = join(root, 'x509', type, name)
  const where = `trust store ${name} of type ${type}`
  try {
    const info = await lstat(path)
    if (!info.isDirectory() || info.isSymbolicLink()) {
      throw storeError(
        `the trust store ${name} of type ${type} with path ${path} is not a regular directory (symlinks are not supported)`
      )
    }
  } catch (error) {
    if (error instanceof NotationError) throw error
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw storeError(
        `the trust store ${JSON.stringify(name)} of type ${JSON.stringify(type)} does not exist: "${path}" does not exist; create it and put the trusted certificates in it`,
        error
      )
    }
    if (code === undefined) throw error
    throw storeError(
      `failed to access the trust store ${JSON.stringify(name)} of type ${JSON.stringify(type)} (${code}, ${path})`,
      error
    )
  }
  const entries = (await readdir(path, { withFileTypes: true })).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0
  )
  const certificates: X509Certificate[] = []
  for (const entry of entries) {
    const file = join(path, entry.name)
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      throw storeError(
        `trusted certificate ${entry.name} in ${where} is not a regular file (directories or symlinks are not supported): remove ${file}`
      )
    }
    let found: X509Certificate[]
    try {
      found = readCertificateFile(await readFile(file))
    } catch (error) {
      throw storeError(
        `failed to read the trusted certificate ${entry.name} in ${where}: ${(error as Error).message} (${file})`,
        error
      )
    }
    const problem = certificateProblem({ certificates: found, type })
    if (problem?.rule === 'ca-or-self-signed') {
      throw storeError(
        `failed to validate the trusted certificate ${entry.name} in ${where}: ${problem.reason}; a trust store holds CA certificates or self-signed signing certificates (${file})`
      )
    }
    if (problem) {
      throw storeError(
        `trusted certificate ${entry.name} in ${where} is invalid: ${problem.reason}; a tsa trust store holds self-signed root certificates only (${file})`
      )
    }
    certificates.push(...found)
  }
  if (certificates.length === 0) {
    throw storeError(
      `no x509 certificates were found in trust store ${JSON.stringify(name)} of type ${JSON.stringify(type)}; put the trusted certificates in ${path}`
    )
  }
  return certificates
}

/**
 * Named trust stores read from notation's directory layout under `root` with notation's rules:
 * the store must be a real directory holding only regular files, each a PEM or DER file of CA or
 * self-signed certificates (self-signed roots in `tsa` stores), and at least one certificate.
 * Each store is read once; failures are not cached.
 */
export function directoryTrustStore(options: DirectoryTrustStoreOptions): TrustStoreSource {
  const cache = new Map<string, Promise<X509Certificate[]>>()
  return {
    load({ type, name }) {
      const key = `${type}:${name}`
      let pending = cache.get(key)
      if (!pending) {
        pending = loadStore(options.root, type, name)
        pending.catch(() => cache.delete(key))
        cache.set(key, pending)
      }
      return pending.then(certificates => [...certificates])
    }
  }
}
