import { OciError } from '../errors.ts'

/**
 * Conflicting writes (412), what a registry that writes non-atomically answers while another
 * writer replaces the same tag (400 DIGEST_INVALID, 5xx), and a write whose outcome is unknown
 * (the connection lost, 429 after every retry) are worth another read.
 */
export function isTransient(error: unknown): boolean {
  if (!(error instanceof OciError)) return false
  return (
    error.code === 'CONFLICT' ||
    error.code === 'NETWORK_ERROR' ||
    error.status === 400 ||
    error.status === 429 ||
    (error.status ?? 0) >= 500
  )
}

/** Waits a random time between `minMs` and `maxMs`, so that racing writers drift apart. */
export async function jitter(minMs: number, maxMs: number): Promise<void> {
  await new Promise(resolve => setTimeout(resolve, minMs + Math.random() * (maxMs - minMs)))
}
