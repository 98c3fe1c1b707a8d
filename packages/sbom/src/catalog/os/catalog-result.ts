import type { SbomPackage, SbomRelationship } from '../../model/types.ts'

/** What a cataloger found in one input, and the parts of it that it could not read. */
export interface CatalogResult {
  packages: SbomPackage[]
  relationships: SbomRelationship[]
  /** Why some content was skipped (a malformed stanza, an unreadable manifest): `<path>: <reason>`. */
  problems: string[]
}
