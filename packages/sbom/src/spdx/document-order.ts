import type { SbomPackage } from '../model/types.ts'

/**
 * The order the writers give packages and relationships, so that the same model always gives
 * the same document: packages by name, version, purl and id; relationships by their three parts.
 */

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Packages by name, version, purl, then id (unique). */
export function comparePackages(a: SbomPackage, b: SbomPackage): number {
  return (
    compare(a.name, b.name) ||
    compare(a.version ?? '', b.version ?? '') ||
    compare(a.purl ?? '', b.purl ?? '') ||
    compare(a.id, b.id)
  )
}

/** A key that sorts relationships by element, type and related element. */
export function relationshipKey(relationship: {
  spdxElementId: string
  relationshipType: string
  relatedSpdxElement: string
}): string {
  return `${relationship.spdxElementId}\u0000${relationship.relationshipType}\u0000${relationship.relatedSpdxElement}`
}

/** `YYYY-MM-DDThh:mm:ssZ`, in UTC, to the second (SPDX's date format; CycloneDX accepts it). */
export function formatCreated(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new Error('the SBOM creation time is not a valid date')
  return `${date.toISOString().slice(0, 19)}Z`
}
