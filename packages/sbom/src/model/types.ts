/**
 * The one model every SBOM of this suite is built from, whatever the cataloger and whatever the
 * format written: a subject (what the SBOM describes), the packages found in it, and how they
 * relate. SPDX 2.3 and CycloneDX 1.6 documents are written from it and read back into it.
 */

/** A digest as SPDX names its algorithms (CycloneDX writers map `SHA256` to `SHA-256`). */
export interface SbomChecksum {
  algorithm: 'SHA1' | 'SHA256' | 'SHA384' | 'SHA512' | 'MD5'
  /** Lower-case hex. */
  value: string
}

/** Where a package was found: a path inside the subject, and the image layer that holds it. */
export interface SbomLocation {
  /** Absolute inside an image or archive (`/usr/local/bin/app`), or the file's own path. */
  path: string
  /** The layer's diffID (`sha256:…`) for image content. */
  layer?: string
}

/** The ecosystems the catalogers know, named as syft names its package types. */
export type SbomPackageType =
  'go-module' | 'deb' | 'apk' | 'rpm' | 'npm' | 'binary' | 'file' | 'unknown'

/** One package. */
export interface SbomPackage {
  /** Unique within the SBOM and stable for the same input (a hash of type, name, version, location). */
  id: string
  name: string
  /** Absent when unknown (never `(devel)` in a purl). */
  version?: string
  type: SbomPackageType
  /** Package URL, e.g. `pkg:golang/github.com/spf13/cobra@v1.8.0`. */
  purl?: string
  /** CPE 2.3 strings, as syft generates them (optional, heuristic). */
  cpes: string[]
  checksums: SbomChecksum[]
  /** SPDX license expressions, as declared by the package metadata. */
  licenses: string[]
  locations: SbomLocation[]
  /** The cataloger that found it (`go-module-binary-cataloger`, `dpkg-db-cataloger`, …). */
  foundBy: string
  /** e.g. `acquired package info from go module information` (SPDX sourceInfo). */
  sourceInfo?: string
  /** `Organization: …` / `Person: …` when the metadata names one. */
  supplier?: string
  /** Ecosystem metadata (Go build settings, dpkg fields, …), kept as found. */
  metadata?: Record<string, unknown>
}

/** What the SBOM describes. */
export interface SbomSubject {
  kind: 'file' | 'archive' | 'image'
  /** The file path as given, or the image reference. */
  name: string
  /** The file's checksums, or for an image the manifest digest as `SHA256`. */
  checksums: SbomChecksum[]
  /** For an image: its platform (`linux/amd64`). */
  platform?: string
}

/**
 * How two elements relate, by package id or `subject` for the described root:
 * `subject CONTAINS pkg`, `dep DEPENDENCY_OF main` (syft's direction).
 */
export interface SbomRelationship {
  from: string
  type: 'CONTAINS' | 'DEPENDENCY_OF' | 'DEPENDS_ON' | 'OTHER'
  to: string
  comment?: string
}

/** A whole SBOM. */
export interface Sbom {
  subject: SbomSubject
  packages: SbomPackage[]
  relationships: SbomRelationship[]
  /** The generator, for `creators` / `metadata.tools`. */
  tool: { name: string; version: string }
}
