import type { ArchiveEntry } from '@sign/archive'

export type { ArchiveEntry, EntryKind } from '@sign/archive'

/**
 * An entry's content, readable once, in order: exactly `size` bytes (fewer only if the input is
 * truncated, which the reader then reports). Whatever the consumer does not read is skipped.
 */
export type EntryContent = AsyncIterable<Buffer>

/** Called for each entry; the next entry is read once the returned promise settles. */
export type EntryHandler = (entry: ArchiveEntry, content: EntryContent) => Promise<void>
