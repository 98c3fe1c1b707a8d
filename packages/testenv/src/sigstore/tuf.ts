// Workaround (a): @tufjs/repo-mock's main entry loads nock 14, whose @mswjs/interceptors patch
// node:http globally and break sockets for every other client in the process (`No socket was
// returned in the connect() function`). Its repo and handler modules need no nock, and the
// package has no `exports` map, so they are imported directly.
import { tufHandlers } from '@tufjs/repo-mock/dist/handler.js'
import { initializeTUFRepo } from '@tufjs/repo-mock/dist/repo.js'
import { fromMockResult, type ServiceRoute } from './http.ts'

/** A TUF repository served at the root of a mirror URL, like tuf-repo-cdn.sigstore.dev. */
export interface TufRepository {
  /** The initial `1.root.json`, exactly as served: what a client pins with `tufRootPath`. */
  rootJson: string
  routes: ServiceRoute[]
}

/**
 * A signed TUF repository (one key for every role, version 1, expiring in a year) holding
 * `targets`: metadata at `/<N>.root.json` (`/2.root.json` is 404, so clients stop at version
 * 1), `/timestamp.json`, `/snapshot.json`, `/targets.json`; targets under `/targets/<name>`.
 */
export function tufRepository(options: {
  targets: { name: string; content: Buffer }[]
}): TufRepository {
  const handlers = tufHandlers(initializeTUFRepo(options.targets), {
    metadataPathPrefix: '',
    targetPathPrefix: '/targets'
  })
  const root = handlers.find(handler => handler.path === '/1.root.json')
  if (!root) throw new Error('@tufjs/repo-mock served no /1.root.json')
  return {
    rootJson: String(root.fn().response),
    routes: handlers.map((handler): ServiceRoute => ({
      service: 'tuf',
      method: 'GET',
      path: handler.path,
      handle: () => fromMockResult(handler.fn())
    }))
  }
}
