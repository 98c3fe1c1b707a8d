import type { RegistryMode } from './config.ts'
import type { RegistryAccount, RegistryCredentials } from './credentials.ts'
import type { DockerConfig } from './docker-config.ts'
import type { LoggedRequest } from './request-log.ts'
import type { TokenService } from './token-service.ts'

interface RegistryOptionsBase {
  /** The first port to try (default: a free one). If it is taken, another free port is used. */
  port?: number
  /** How long to wait for /v2/ to answer, per attempt (default 10 000 ms). */
  startTimeoutMs?: number
}

/** Plain HTTP, no authentication. */
export interface AnonymousRegistryOptions extends RegistryOptionsBase {
  mode: 'anonymous'
}

/** HTTPS (test CA) with htpasswd Basic authentication. */
export interface BasicRegistryOptions extends RegistryOptionsBase {
  mode: 'basic'
  /** The account `credentials` reports (default: generated). */
  credentials?: RegistryCredentials
  /** More accounts in the htpasswd file (Basic auth cannot limit an account to pull). */
  accounts?: RegistryCredentials[]
}

/** HTTPS (test CA) with bearer tokens from a token service on loopback. */
export interface TokenRegistryOptions extends RegistryOptionsBase {
  mode: 'token'
  /** The account `credentials` reports, allowed to pull and push (default: generated). */
  credentials?: RegistryCredentials
  /** More accounts; `pullOnly` ones get pull-only tokens whatever they ask for. */
  accounts?: RegistryAccount[]
  /** Pull-only tokens for requests without credentials, like Docker Hub (default false). */
  allowAnonymousPull?: boolean
  /** Token lifetime in seconds (default 300). */
  tokenLifetimeSeconds?: number
  /**
   * The realm the registry's challenges name, given the token service's own (`https://…/token`):
   * e.g. a fault proxy in front of it. Default: the token service itself.
   */
  realmFor?: (tokenServiceRealm: string) => Promise<string>
}

/** Options of startRegistry, by mode. */
export type RegistryOptions = AnonymousRegistryOptions | BasicRegistryOptions | TokenRegistryOptions

/** What every registry the test environment runs tells its caller, whichever server it is. */
export interface RunningRegistry {
  /** `http://127.0.0.1:<port>`, or `https://…` when it serves TLS. */
  url: string
  /** `127.0.0.1:<port>`: the registry part of image references. */
  host: string
  port: number
  /** The fresh temp directory (configuration, data, log, keys); stop() removes it. */
  directory: string
  /** The registry process's combined stdout and stderr, one line per answered request among them. */
  logPath: string
  /** The registry process. */
  pid: number
  /** The server and its version, e.g. `distribution 2.8.2`, `olareg v0.1.2`. */
  server: string
  /** Whether it serves the OCI 1.1 referrers API; without it clients keep the tag schema. */
  referrersApi: boolean
  /** The requests it has answered after byte `from` of its log (default: all), in order. */
  loggedRequests(options?: { from?: number }): LoggedRequest[]
  /** The log's size now: the `from` that skips every request answered so far. */
  logOffset(): number
  /** A docker config.json object with an `auths` entry for `host`. */
  dockerConfig(): DockerConfig
  /** Stops the process (SIGTERM, then SIGKILL), anything started with it, and removes `directory`. */
  stop(): Promise<void>
}

/** Debian's docker-registry (distribution 2.8.2): no referrers API. */
interface RegistryBase extends RunningRegistry {
  server: 'distribution 2.8.2'
  referrersApi: false
}

/** A registry anyone may push to and pull from over plain HTTP. */
export interface AnonymousRegistry extends RegistryBase {
  mode: 'anonymous'
}

/** A registry on HTTPS with htpasswd Basic authentication. */
export interface BasicRegistry extends RegistryBase {
  mode: 'basic'
  credentials: RegistryCredentials
  /** PEM of the CA that issued the registry's TLS certificate (NODE_EXTRA_CA_CERTS). */
  caPem: string
}

/** A registry on HTTPS that accepts bearer tokens from `tokenService`. */
export interface TokenRegistry extends RegistryBase {
  mode: 'token'
  credentials: RegistryCredentials
  /** PEM of the CA that issued the registry's and the token service's TLS certificates. */
  caPem: string
  /** The token service its challenges name as `realm`; registry.stop() stops it. */
  tokenService: Omit<TokenService, 'stop'>
}

/** A running registry, by mode. */
export type Registry = AnonymousRegistry | BasicRegistry | TokenRegistry

/**
 * olareg, an OCI 1.1 registry with the referrers API: plain HTTP (or HTTPS from the test CA) and
 * no authentication at all, which olareg does not implement.
 */
export interface ReferrersRegistry extends RunningRegistry {
  mode: 'anonymous'
  server: `olareg ${string}`
  referrersApi: true
  /** PEM of the CA that issued its TLS certificate, when started with `tls`. */
  caPem?: string
}

/** Options of startReferrersRegistry. */
export interface ReferrersRegistryOptions {
  /** The first port to try (default: a free one). If it is taken, another free port is used. */
  port?: number
  /** How long to wait for /v2/ to answer, per attempt (default 10 000 ms). */
  startTimeoutMs?: number
  /** Serve HTTPS with a certificate from the test CA (default: plain HTTP). */
  tls?: boolean
}

/** A registry anyone may push to and pull from: distribution (tag schema) or olareg (referrers API). */
export type OpenRegistry = AnonymousRegistry | ReferrersRegistry

/** The registry type startRegistry returns for a given mode. */
export type RegistryFor<M extends RegistryMode> = Extract<Registry, { mode: M }>

export type { RegistryMode }
