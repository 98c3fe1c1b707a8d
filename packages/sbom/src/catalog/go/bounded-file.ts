import type { FileHandle } from 'node:fs/promises'
import { GoBinaryProblem } from './problem.ts'

/** The largest single read any parser here makes (a header table or a build-info string). */
export const MAX_READ_BYTES = 16 * 1024 * 1024

/**
 * A window of an open file (the whole file, or one slice of a universal Mach-O) read with
 * positioned reads only. Every read is checked against the window before it is made.
 */
export class BoundedFile {
  readonly handle: FileHandle
  /** Where the window starts in the file. */
  readonly base: number
  /** The window's length. */
  readonly size: number

  constructor(options: { handle: FileHandle; base: number; size: number }) {
    this.handle = options.handle
    this.base = options.base
    this.size = options.size
  }

  /** The sub-window `[offset, offset + size)`, which must lie inside this one. */
  window(options: { offset: number; size: number; what: string }): BoundedFile {
    this.check(options.offset, options.size, options.what)
    return new BoundedFile({
      handle: this.handle,
      base: this.base + options.offset,
      size: options.size
    })
  }

  /** Exactly `length` bytes at `offset`, or a `truncated` problem naming `what`. */
  async read(offset: number, length: number, what: string): Promise<Buffer> {
    this.check(offset, length, what)
    const buffer = Buffer.alloc(length)
    let done = 0
    while (done < length) {
      const { bytesRead } = await this.handle.read(
        buffer,
        done,
        length - done,
        this.base + offset + done
      )
      if (bytesRead === 0) {
        throw new GoBinaryProblem('truncated', `${what} ends past the end of the file`)
      }
      done += bytesRead
    }
    return buffer
  }

  private check(offset: number, length: number, what: string): void {
    if (
      !Number.isSafeInteger(offset) ||
      !Number.isSafeInteger(length) ||
      offset < 0 ||
      length < 0
    ) {
      throw new GoBinaryProblem('malformed', `${what}: offset or size out of range`)
    }
    if (length > MAX_READ_BYTES) {
      throw new GoBinaryProblem(
        'malformed',
        `${what} is ${length} bytes, more than the ${MAX_READ_BYTES} this reader accepts`
      )
    }
    if (offset + length > this.size) {
      throw new GoBinaryProblem(
        'truncated',
        `${what} (${length} bytes at offset ${offset}) ends past the end of the file (${this.size} bytes)`
      )
    }
  }
}
