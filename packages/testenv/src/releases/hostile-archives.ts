// Release archives built byte by byte, so they can hold what tar and zip refuse to write — `..`
// and absolute names, links, devices, names with control characters, sizes that lie — and
// decompression bombs that cost a few MB: gzip members and deflate blocks of zeros repeated.
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { constants, crc32, deflateRawSync, gzipSync } from 'node:zlib'

const run = promisify(execFile)

/** One tar member; `zeros` gives content of that many zero bytes without holding them. */
export interface TarMember {
  name: string
  type?: 'file' | 'directory' | 'symlink' | 'hardlink' | 'fifo' | 'character-device'
  content?: Buffer | string
  zeros?: number
  linkTarget?: string
  /** Permission bits; default 755 for files and directories. */
  mode?: number
}

const TAR_TYPES: Record<NonNullable<TarMember['type']>, string> = {
  file: '0',
  directory: '5',
  symlink: '2',
  hardlink: '1',
  fifo: '6',
  'character-device': '3'
}

/** The bytes zeros are compressed from, at a time. */
const ZERO_CHUNK = 16 * 1024 * 1024

function octal(options: { value: number; length: number }): string {
  const { value, length } = options
  return `${value.toString(8).padStart(length - 1, '0')}\0`
}

function tarHeader(options: {
  name: string
  type: string
  size: number
  mode: number
  linkTarget: string
}): Buffer {
  const block = Buffer.alloc(512)
  block.write(options.name, 0, 100, 'utf8')
  block.write(octal({ value: options.mode, length: 8 }), 100, 'latin1')
  block.write(octal({ value: 0, length: 8 }), 108, 'latin1')
  block.write(octal({ value: 0, length: 8 }), 116, 'latin1')
  block.write(octal({ value: options.size, length: 12 }), 124, 'latin1')
  block.write(octal({ value: 0, length: 12 }), 136, 'latin1')
  block.write(options.type, 156, 'latin1')
  block.write(options.linkTarget, 157, 100, 'utf8')
  block.write('ustar\u000000', 257, 'latin1')
  block.fill(0x20, 148, 156)
  let sum = 0
  for (const byte of block) sum += byte
  block.write(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 'latin1')
  return block
}

/** How a format compresses literal bytes, and runs of zeros cheaply. */
interface ZeroCodec {
  literal(bytes: Buffer): Buffer
  /** ZERO_CHUNK zeros, compressed once and repeated. */
  zeroChunk(): Buffer
  zeros(length: number): Buffer
}

/** Compressed output built from literal bytes and runs of zeros. */
class Compressed {
  readonly #parts: Buffer[] = []
  #literal: Buffer[] = []

  readonly #codec: ZeroCodec

  constructor(options: { codec: ZeroCodec }) {
    this.#codec = options.codec
  }

  bytes(bytes: Buffer): void {
    this.#literal.push(bytes)
  }

  zeros(length: number): void {
    this.#flush()
    for (let left = length; left > 0; left -= ZERO_CHUNK) {
      this.#parts.push(left >= ZERO_CHUNK ? this.#codec.zeroChunk() : this.#codec.zeros(left))
    }
  }

  done(): Buffer {
    this.#flush()
    return Buffer.concat(this.#parts)
  }

  #flush(): void {
    if (this.#literal.length === 0) return
    this.#parts.push(this.#codec.literal(Buffer.concat(this.#literal)))
    this.#literal = []
  }
}

let gzipZeroChunk: Buffer | undefined
let deflateZeroChunk: Buffer | undefined

/**
 * A .tar.gz of `members` in ustar format (a pax header when a name is longer than 100 bytes). It
 * is a series of gzip members, which gunzip reads as one stream: zeros cost ~1 KB per MiB.
 */
export function hostileTarGz(options: { members: TarMember[] }): Buffer {
  const out = new Compressed({
    codec: {
      literal: bytes => gzipSync(bytes),
      zeroChunk: () => (gzipZeroChunk ??= gzipSync(Buffer.alloc(ZERO_CHUNK), { level: 9 })),
      zeros: length => gzipSync(Buffer.alloc(length))
    }
  })
  for (const member of options.members) {
    const content = member.content === undefined ? undefined : Buffer.from(member.content)
    const size = content?.length ?? member.zeros ?? 0
    const type = TAR_TYPES[member.type ?? 'file']
    const linkTarget = member.linkTarget ?? ''
    if (Buffer.byteLength(member.name) > 100 || Buffer.byteLength(linkTarget) > 100) {
      const records = [
        `path=${member.name}`,
        ...(linkTarget === '' ? [] : [`linkpath=${linkTarget}`])
      ]
      const pax = Buffer.from(records.map(paxRecord).join(''))
      out.bytes(
        tarHeader({ name: 'PaxHeader', type: 'x', size: pax.length, mode: 0o644, linkTarget: '' })
      )
      out.bytes(padded(pax))
    }
    out.bytes(
      tarHeader({
        name: member.name.slice(0, 100),
        type,
        size,
        mode: member.mode ?? 0o755,
        linkTarget: linkTarget.slice(0, 100)
      })
    )
    if (content !== undefined) out.bytes(padded(content))
    else if (size > 0) {
      out.zeros(size)
      out.bytes(Buffer.alloc((512 - (size % 512)) % 512))
    }
  }
  out.bytes(Buffer.alloc(1024))
  return out.done()
}

function paxRecord(record: string): string {
  const body = ` ${record}\n`
  let length = Buffer.byteLength(body)
  while (String(length + String(length).length).length !== String(length).length) length++
  length += String(length).length
  return `${length}${body}`
}

function padded(bytes: Buffer): Buffer {
  return Buffer.concat([bytes, Buffer.alloc((512 - (bytes.length % 512)) % 512)])
}

/** One zip member; `declaredSize` makes the central directory lie about its uncompressed size. */
export interface ZipMember {
  name: string
  content?: Buffer | string
  zeros?: number
  declaredSize?: number
  /** The Unix mode with its file type; default a regular file with mode 755 (a directory with a trailing `/`). */
  unixMode?: number
}

/**
 * A zip of `members`, deflated, made "on Unix" (so the Unix mode in each record's external
 * attributes counts). Zeros are deflate blocks flushed and repeated: ~16 KB per 16 MiB; their
 * CRC-32 is left 0 (a bomb is refused before it is checked).
 */
export function hostileZip(options: { members: ZipMember[] }): Buffer {
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const member of options.members) {
    const content = member.content === undefined ? undefined : Buffer.from(member.content)
    const size = content?.length ?? member.zeros ?? 0
    let data: Buffer
    if (content !== undefined) data = deflateRawSync(content)
    else {
      const out = new Compressed({
        codec: {
          literal: () => Buffer.alloc(0),
          zeroChunk: () =>
            (deflateZeroChunk ??= deflateRawSync(Buffer.alloc(ZERO_CHUNK), {
              level: 9,
              finishFlush: constants.Z_FULL_FLUSH
            })),
          zeros: length =>
            deflateRawSync(Buffer.alloc(length), { finishFlush: constants.Z_FULL_FLUSH })
        }
      })
      out.zeros(size)
      data = Buffer.concat([out.done(), Buffer.from([0x03, 0x00])])
    }
    const name = Buffer.from(member.name)
    const crc = content === undefined ? 0 : crc32(content)
    const declared = member.declaredSize ?? size
    const mode = member.unixMode ?? (member.name.endsWith('/') ? 0o40755 : 0o100755)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(declared, 22)
    local.writeUInt16LE(name.length, 26)
    const record = Buffer.alloc(46)
    record.writeUInt32LE(0x02014b50, 0)
    record.writeUInt16LE((3 << 8) | 20, 4)
    record.writeUInt16LE(20, 6)
    record.writeUInt16LE(0x0800, 8)
    record.writeUInt16LE(8, 10)
    record.writeUInt32LE(crc, 16)
    record.writeUInt32LE(data.length, 20)
    record.writeUInt32LE(declared, 24)
    record.writeUInt16LE(name.length, 28)
    record.writeUInt32LE((mode << 16) >>> 0, 38)
    record.writeUInt32LE(offset, 42)
    locals.push(local, name, data)
    central.push(record, name)
    offset += local.length + name.length + data.length
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(options.members.length, 8)
  end.writeUInt16LE(options.members.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}

/**
 * An archive packed by the real `tar` (GNU: `tar -czf`) or `zip` (`zip -q -r -y`, keeping
 * symbolic links) from a directory `build` fills: for what those tools archive as they find it
 * (FIFOs, hard links, symbolic links).
 */
export async function packWithTools(options: {
  format: 'tar.gz' | 'zip'
  build: (directory: string) => Promise<void>
  /** The names to pack, relative to the directory. */
  members: string[]
}): Promise<Buffer> {
  const root = await mkdtemp(join(tmpdir(), 'hostile-archive-'))
  try {
    const directory = join(root, 'tree')
    await run('mkdir', [directory])
    await options.build(directory)
    const archive = join(root, `archive.${options.format}`)
    if (options.format === 'tar.gz')
      await run('tar', ['-czf', archive, '-C', directory, ...options.members])
    else await run('zip', ['-q', '-r', '-y', archive, ...options.members], { cwd: directory })
    return await readFile(archive)
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}
