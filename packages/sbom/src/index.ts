export type {
  Sbom,
  SbomChecksum,
  SbomLocation,
  SbomPackage,
  SbomPackageType,
  SbomRelationship,
  SbomSubject
} from './model/types.ts'
export { toSpdxJson } from './spdx/to-spdx-json.ts'
export type { SpdxJson, ToSpdxJsonOptions } from './spdx/to-spdx-json.ts'
export type { SpdxDocument, SpdxPackage, SpdxRelationship } from './spdx/spdx-document.ts'
export { toCycloneDxJson } from './cyclonedx/to-cyclonedx-json.ts'
export type { CycloneDxJson, ToCycloneDxJsonOptions } from './cyclonedx/to-cyclonedx-json.ts'
export type { CycloneDxComponent, CycloneDxDocument } from './cyclonedx/cyclonedx-document.ts'
export { readSbom, MAX_SBOM_BYTES, SPDX_VERSIONS, CYCLONEDX_VERSIONS } from './read/read-sbom.ts'
export type { ReadSbom, ReadSbomOptions, SbomFormat } from './read/read-sbom.ts'
export { SbomReadError } from './read/sbom-read-error.ts'
export { validateSbom, MAX_PROBLEMS } from './validate/validate-sbom.ts'
export type { SbomProblem, ValidateSbomOptions } from './validate/validate-sbom.ts'
export {
  catalogArchive,
  CatalogError,
  DEFAULT_ARCHIVE_LIMITS,
  archiveContentCatalogers,
  imageContentCatalogers,
  goBinaryCataloger,
  packageLockCataloger,
  packageJsonCataloger
} from './catalog/archive/index.ts'
export type {
  ArchiveCatalog,
  CatalogArchiveOptions,
  CatalogErrorCode,
  ArchiveLimits,
  ContentCataloger,
  ContentCandidate,
  ContentResult
} from './catalog/archive/index.ts'
export { catalogImage, layoutImageSource, registryImageSource } from './catalog/image/index.ts'
export type {
  CatalogImageOptions,
  ImageCatalog,
  ImageLimits,
  ImageSource
} from './catalog/image/index.ts'
export {
  catalogGoBinary,
  readGoBuildInfo,
  goBuildPackages,
  GO_BINARY_CATALOGER,
  GoBinaryProblem
} from './catalog/go/index.ts'
export type {
  GoBuildInfo,
  GoBuildInfoResult,
  GoBuildSetting,
  GoModule,
  GoBinaryProblemReason,
  CatalogResult as GoCatalogResult
} from './catalog/go/index.ts'
export { generateFileSbom } from './generate/file-sbom.ts'
export type { FileSbom, GenerateFileSbomOptions } from './generate/file-sbom.ts'
export { generateSbom } from './generate/generate-sbom.ts'
export type {
  FileSubject as SbomFileSubject,
  GenerateSbomOptions,
  GeneratedSbom,
  ImageSubject as SbomImageSubject
} from './generate/generate-sbom.ts'
export { attachSbom } from './attach/attach-sbom.ts'
export type { AttachSbomOptions } from './attach/attach-sbom.ts'
export {
  SBOM_MEDIA_TYPES,
  SBOM_PREDICATE_TYPES,
  SBOM_REFERRER_TITLES
} from './attach/sbom-media-types.ts'
export { SBOM_FORMATS, isSbomFormat } from './model/formats.ts'
