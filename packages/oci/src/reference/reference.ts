/** A fully qualified image reference, normalised as docker normalises it. */
export interface Reference {
  /** Host (and port) of the registry as users write it: `docker.io`, `ghcr.io`, `localhost:5000`. */
  registry: string
  /** Repository path, with `library/` for Docker Hub official images. */
  repository: string
  tag?: string
  digest?: string
}

/** The Docker Hub name users write, and the host its API really lives on. */
export const DOCKER_HUB = 'docker.io'
export const DOCKER_HUB_API_HOST = 'registry-1.docker.io'

/** Formats `reference` back to its canonical string: `registry/repository[:tag][@digest]`. */
export function formatReference(reference: Reference): string {
  const tag = reference.tag === undefined ? '' : `:${reference.tag}`
  const digest = reference.digest === undefined ? '' : `@${reference.digest}`
  return `${reference.registry}/${reference.repository}${tag}${digest}`
}

/** `registry/repository`, without tag or digest. */
export function repositoryName(reference: Reference): string {
  return `${reference.registry}/${reference.repository}`
}

/** The host that serves the registry API for `registry` (Docker Hub's differs from its name). */
export function apiHost(registry: string): string {
  return registry === DOCKER_HUB ? DOCKER_HUB_API_HOST : registry
}
