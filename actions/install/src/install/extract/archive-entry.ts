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

/** One entry of a release archive, before anything is written for it. */
export interface ArchiveEntry {
  /** The name as the archive holds it (outside text: quote it in messages). */
  name: string
  kind: EntryKind
  /** The bytes its content unpacks to, as its header declares. */
  size: number
  /** Whether any of its execute permission bits is set. */
  executable: boolean
  /** A link's target, when the archive format records it with the entry. */
  linkTarget?: string
  /** For `unsupported`: the type the archive gives (e.g. tar's type flag). */
  typeLabel?: string
}
