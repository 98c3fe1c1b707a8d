/**
 * Reads exact byte counts from a stream of chunks (a decompressed tar stream). `readError` turns
 * an error of the stream (corrupt compressed data) into the error to throw.
 */
export class ByteReader {
  readonly #chunks: AsyncIterator<Buffer>
  readonly #readError: (cause: unknown) => Error
  #pending: Buffer = Buffer.alloc(0)
  #ended = false

  constructor(options: { chunks: AsyncIterable<Buffer>; readError: (cause: unknown) => Error }) {
    this.#chunks = options.chunks[Symbol.asyncIterator]()
    this.#readError = options.readError
  }

  /** The next `length` bytes; fewer only when the stream ends first. */
  async read(options: { length: number }): Promise<Buffer> {
    const parts: Buffer[] = []
    for await (const chunk of this.take(options)) parts.push(chunk)
    return Buffer.concat(parts)
  }

  /** The next `length` bytes as they arrive, without holding them all; fewer if the stream ends. */
  async *take(options: { length: number }): AsyncGenerator<Buffer> {
    let left = options.length
    while (left > 0) {
      if (this.#pending.length === 0 && !(await this.#fill())) return
      const chunk = this.#pending.subarray(0, left)
      this.#pending = this.#pending.subarray(chunk.length)
      left -= chunk.length
      yield chunk
    }
  }

  async #fill(): Promise<boolean> {
    if (this.#ended) return false
    let next: IteratorResult<Buffer>
    try {
      next = await this.#chunks.next()
    } catch (cause) {
      throw this.#readError(cause)
    }
    if (next.done === true) {
      this.#ended = true
      return false
    }
    this.#pending = next.value
    return true
  }
}
