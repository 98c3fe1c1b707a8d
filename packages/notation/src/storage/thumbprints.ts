import { createHash } from 'node:crypto'

/** Lowercase hex SHA-256 of each DER certificate, in chain order (leaf first). */
export function certificateThumbprints(chain: readonly Uint8Array[]): string[] {
  return chain.map(der => createHash('sha256').update(der).digest('hex'))
}
