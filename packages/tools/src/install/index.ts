// Installing a tool safely: parse the request, find the digest to expect (catalog, or a signed
// checksums file), check downloads against it, and place notation plugins where notation looks.
export { parseToolRequests } from './tool-requests.ts'
export type { ParseToolRequestsOptions, ToolRequest } from './tool-requests.ts'
export { expectedChecksum } from './expected-checksum.ts'
export type { ExpectedChecksum, ExpectedChecksumOptions } from './expected-checksum.ts'
export { fetchReleaseFile } from './fetch-release-file.ts'
export type { FetchFunction, FetchReleaseFileOptions } from './fetch-release-file.ts'
export { sha256File, verifyFileChecksum } from './verify-file-checksum.ts'
export type { VerifyFileChecksumOptions } from './verify-file-checksum.ts'
export { notationPluginDirectory, notationPluginFile } from './notation-plugin-directory.ts'
export type { NotationPluginDirectoryOptions } from './notation-plugin-directory.ts'
export {
  INSTALL_RECEIPT,
  judgeCachedInstall,
  readInstallReceipt,
  writeInstallReceipt
} from './install-receipt.ts'
export type { CachedInstallVerdict, InstallReceipt } from './install-receipt.ts'
