/**
 * Why a file yields no Go build information. Every parser in this folder reports a file it cannot
 * read through this one error, with a reason a caller can branch on; none of them is a bug.
 */
export type GoBinaryProblemReason =
  /** Not ELF, Mach-O or PE (or shorter than their identifying bytes). */
  | 'not-executable'
  /** A header, table or string the file announces extends past its end. */
  | 'truncated'
  /** Header values contradict each other or exceed this reader's bounds. */
  | 'malformed'
  /** A valid executable without the build information blob. */
  | 'no-build-info'
  /** The blob is there but its module text does not parse as Go writes it. */
  | 'bad-modinfo'

export class GoBinaryProblem extends Error {
  readonly reason: GoBinaryProblemReason

  constructor(reason: GoBinaryProblemReason, message: string) {
    super(message)
    this.name = 'GoBinaryProblem'
    this.reason = reason
  }
}

/** A file offset, size or address read from the file, as a number, or a `malformed` problem. */
export function safeNumber(value: bigint | number, what: string): number {
  const number = Number(value)
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new GoBinaryProblem('malformed', `${what} ${value.toString()} is out of range`)
  }
  return number
}
