export { startRegistry } from './registry.ts'
export { startReferrersRegistry } from './referrers-registry.ts'
export { registryKinds } from './registry-kinds.ts'
export type { RegistryKind } from './registry-kinds.ts'
export { parseRequestLine, readRequestLog, requestLogOffset } from './request-log.ts'
export type { LoggedRequest, RequestLogFormat } from './request-log.ts'
export type {
  AnonymousRegistry,
  AnonymousRegistryOptions,
  BasicRegistry,
  BasicRegistryOptions,
  OpenRegistry,
  ReferrersRegistry,
  ReferrersRegistryOptions,
  RunningRegistry,
  Registry,
  RegistryFor,
  RegistryMode,
  RegistryOptions,
  TokenRegistry,
  TokenRegistryOptions
} from './types.ts'
export { startTokenService } from './token-service.ts'
export type { TokenService, TokenServiceOptions } from './token-service.ts'
export type { TokenAccess } from './token-scope.ts'
export { basicAuthorization, generateCredentials } from './credentials.ts'
export type { RegistryAccount, RegistryCredentials } from './credentials.ts'
export type { DockerConfig } from './docker-config.ts'
export { RegistryStartError } from './process.ts'
export { libtrustKeyId } from './libtrust.ts'
