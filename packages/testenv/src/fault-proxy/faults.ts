import { createHash } from 'node:crypto'

/**
 * What the proxy can do to a request:
 * - `status-503`, `status-500`, `status-502`: answers that status without forwarding;
 * - `status-429`: answers 429 with `Retry-After: 1` without forwarding;
 * - `reset-before`: drops the connection before forwarding (the server never saw the request);
 * - `drop-response`: forwards, lets the server act, then drops the connection instead of
 *   answering (the client cannot tell whether anything happened);
 * - `slow`: forwards and holds the answer back for a while before sending it.
 */
export type FaultKind =
  | 'status-503'
  | 'status-500'
  | 'status-502'
  | 'status-429'
  | 'reset-before'
  | 'drop-response'
  | 'slow'

export const FAULT_KINDS: readonly FaultKind[] = [
  'status-503',
  'status-500',
  'status-502',
  'status-429',
  'reset-before',
  'drop-response',
  'slow'
]

/** A request as faults are keyed: its method, its path, and how many times it was seen. */
export interface FaultKey {
  method: string
  /** The URL path without its query. */
  path: string
  /** 1 the first time this method and path arrive, 2 the second, … */
  attempt: number
}

/** How faults are chosen. */
export interface FaultPlan {
  /** Mixed into every choice: the same seed and the same requests meet the same faults. */
  seed: string
  /** Share of requests (0 to 1) that meet a fault. */
  rate: number
  /** Kinds to choose from, evenly (default: all of them). */
  kinds?: readonly FaultKind[]
  /** Only requests this accepts may meet a fault (default: all). */
  eligible?: (key: FaultKey) => boolean
  /**
   * The most attempts of one method and path in a row that meet a fault (default: no limit).
   * Independent draws at 20 % give some request among a thousand five faults in a row about
   * one run in eight; a test that a bounded retry policy always recovers sets a limit below it.
   */
  maxConsecutive?: number
}

/**
 * The fault for a request, or undefined: SHA-256 of seed, method, path and attempt is the
 * pseudo-random source, so a choice depends on the request alone, not on the order in which
 * concurrent requests arrive.
 */
export function chooseFault(options: { plan: FaultPlan; key: FaultKey }): FaultKind | undefined {
  const { plan, key } = options
  if (plan.eligible && !plan.eligible(key)) return undefined
  const limit = plan.maxConsecutive
  if (limit !== undefined && key.attempt > limit) {
    const earlier = Array.from({ length: limit }, (_, i) => key.attempt - 1 - i)
    const streak = earlier.every(attempt => chooseFault({ plan, key: { ...key, attempt } }))
    if (streak) return undefined
  }
  return drawFault({ plan, key })
}

/** The fault the seeded draw gives a request, before any limit on streaks. */
function drawFault(options: { plan: FaultPlan; key: FaultKey }): FaultKind | undefined {
  const { plan, key } = options
  const kinds = plan.kinds ?? FAULT_KINDS
  if (kinds.length === 0) return undefined
  const hash = createHash('sha256')
    .update(`${plan.seed}\0${key.method}\0${key.path}\0${key.attempt}`)
    .digest()
  const draw = hash.readUInt32BE(0) / 2 ** 32
  if (draw >= plan.rate) return undefined
  return kinds[hash.readUInt32BE(4) % kinds.length]
}
