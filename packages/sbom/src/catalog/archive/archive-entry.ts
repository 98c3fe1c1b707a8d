/** What an archive entry is, as its tar header or zip central-directory record says. */
export type EntryKind =
  | 'file'
  | 'directory'
  | 'symlink'
  | 'hardlink'
  | 'fifo'
  | 'character-device'
  | 'block-device'
  | 'socket'
  | 'unsupported'

/** One entry of an archive or layer, as its header declares it (outside data: never trusted). */
export interface ArchiveEntry {
  /** The name as the archive holds it. */
  name: string
  kind: EntryKind
  /** The bytes its content unpacks to, as its header declares. */
  size: number
  /** Permission bits. */
  mode: number
  /** A link's target, when the format records it with the entry. */
  linkTarget?: string
}

/**
 * An entry's content, readable once, in order: exactly `size` bytes (fewer only if the input is
 * truncated, which the reader then reports). Whatever the consumer does not read is skipped.
 */
export type EntryContent = AsyncIterable<Buffer>

/** Called for each entry; the next entry is read once the returned promise settles. */
export type EntryHandler = (entry: ArchiveEntry, content: EntryContent) => Promise<void>
