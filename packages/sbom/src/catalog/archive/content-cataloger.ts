import type { SbomLocation, SbomPackage, SbomRelationship } from '../../model/types.ts'

/** The first bytes of a member, read before deciding which cataloger (if any) gets it. */
export const HEAD_BYTES = 16

/** A member as a content cataloger is offered it: where it is, its first bytes and size. */
export interface ContentCandidate {
  /** The path inside the archive or image, absolute (`/app/package-lock.json`). */
  path: string
  head: Buffer
  size: number
}

/** What a content cataloger found in one member. */
export interface ContentResult {
  packages: SbomPackage[]
  relationships: SbomRelationship[]
  problems: string[]
}

/**
 * A cataloger of one member's content (a Go binary, a lock file), run on every archive member and
 * every final image file it matches. `bytes` catalogers get the member in memory (bounded by
 * maxBufferedBytes); `file` catalogers get a temporary copy in a private directory (bounded by
 * maxFileBytes, deleted right after), for readers that take a path and read it positioned.
 */
export type ContentCataloger =
  | {
      name: string
      reads: 'bytes'
      matches(candidate: ContentCandidate): boolean
      catalog(input: { data: Buffer; location: SbomLocation }): Promise<ContentResult | undefined>
    }
  | {
      name: string
      reads: 'file'
      matches(candidate: ContentCandidate): boolean
      catalog(input: { file: string; location: SbomLocation }): Promise<ContentResult | undefined>
    }

/** The magic numbers of executables (ELF, PE, Mach-O thin both endiannesses, fat Mach-O). */
const EXECUTABLE_MAGICS = [
  [0x7f, 0x45, 0x4c, 0x46],
  [0x4d, 0x5a],
  [0xfe, 0xed, 0xfa, 0xce],
  [0xfe, 0xed, 0xfa, 0xcf],
  [0xce, 0xfa, 0xed, 0xfe],
  [0xcf, 0xfa, 0xed, 0xfe],
  [0xca, 0xfe, 0xba, 0xbe]
]

/** Whether `head` starts like an executable a Go build-info reader can open. */
export function looksExecutable(head: Buffer): boolean {
  return EXECUTABLE_MAGICS.some(
    magic => head.length >= magic.length && magic.every((byte, index) => head[index] === byte)
  )
}
