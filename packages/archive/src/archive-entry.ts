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
  /** The name as the archive holds it (outside text: quote it in messages). */
  name: string
  kind: EntryKind
  /** The bytes its content unpacks to, as its header declares. */
  size: number
  /** Permission bits (0o644 for a zip made on a host without Unix modes). */
  mode: number
  /** A link's target, when the archive format records it with the entry. */
  linkTarget?: string
  /** For `unsupported`: the type the archive gives (e.g. tar's type flag). */
  typeLabel?: string
}
