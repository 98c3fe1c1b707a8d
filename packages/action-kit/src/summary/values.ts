import type { Inline } from './inline.ts'

/**
 * A digest short enough for a table, as a code span: the algorithm, the first and last eight hex
 * digits (`sha256:285e8fb6…0f3c0575`), the whole digest as its hover title. Anything that is not
 * a long `algorithm:hex` digest is shown whole.
 */
export function shortDigest(digest: string): Inline {
  const match = /^([a-z0-9]+):([0-9a-f]{24,})$/.exec(digest)
  if (!match) return { code: digest }
  const [, algorithm, hex = ''] = match
  return { code: `${algorithm}:${hex.slice(0, 8)}…${hex.slice(-8)}`, title: digest }
}

/**
 * An image as a person reads it: `registry/repository:tag` as code (the digest belongs in a
 * column of its own), or, pinned by digest alone, `registry/repository@` and the short digest.
 * The whole reference is the hover title.
 */
export function imageName(options: { reference: string }): Inline {
  const { reference } = options
  const at = reference.indexOf('@')
  const name = at === -1 ? reference : reference.slice(0, at)
  const digest = at === -1 ? undefined : reference.slice(at + 1)
  if (/:[^/]+$/.test(name) || digest === undefined) return { code: name, title: reference }
  return [{ code: `${name}@`, title: reference }, shortDigest(digest)]
}

/** A time as people read it in a run page: `2026-12-07 18:50:12 UTC`. */
export function readableTime(time: Date | string | number): string {
  const date = new Date(time)
  if (Number.isNaN(date.getTime())) return String(time)
  return `${date.toISOString().slice(0, 19).replace('T', ' ')} UTC`
}

/** `1 subject`, `3 subjects`. */
export function counted(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`
}
