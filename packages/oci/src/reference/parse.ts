import { OciError } from '../errors.ts'
import { DIGEST, DOMAIN, NAME_MAX_LENGTH, REPOSITORY, TAG } from './grammar.ts'
import { DOCKER_HUB, type Reference } from './reference.ts'
import { parseDigest } from './digest.ts'

function invalid(input: string, why: string, fix: string): OciError {
  return new OciError({
    code: 'INVALID_REFERENCE',
    message: `invalid image reference ${JSON.stringify(input)}: ${why}. ${fix}`
  })
}

/** Splits off the registry the way docker does: a first component with `.` or `:`, or `localhost`. */
function splitDomain(name: string): { registry: string; path: string } {
  const slash = name.indexOf('/')
  const first = slash === -1 ? '' : name.slice(0, slash)
  const isDomain =
    slash !== -1 &&
    (first.includes('.') ||
      first.includes(':') ||
      first === 'localhost' ||
      first !== first.toLowerCase())
  if (!isDomain) return { registry: DOCKER_HUB, path: name }
  const registry = first === 'index.docker.io' ? DOCKER_HUB : first
  return { registry, path: name.slice(slash + 1) }
}

/**
 * Parses and normalises an image reference: `alpine` → `docker.io/library/alpine`,
 * `host:5000/a/b:tag@sha256:…` keeps its tag and digest. Throws `INVALID_REFERENCE` quoting the
 * input and saying what is wrong.
 */
export function parseReference(input: string): Reference {
  const example =
    'Write it as registry/repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/org/app:v1.'
  if (input.trim() !== input || input === '')
    throw invalid(input, 'it is empty or has spaces', example)
  const at = input.indexOf('@')
  const digest = at === -1 ? undefined : input.slice(at + 1)
  const nameAndTag = at === -1 ? input : input.slice(0, at)
  const lastSlash = nameAndTag.lastIndexOf('/')
  const colon = nameAndTag.indexOf(':', lastSlash + 1)
  const name = colon === -1 ? nameAndTag : nameAndTag.slice(0, colon)
  const tag = colon === -1 ? undefined : nameAndTag.slice(colon + 1)

  if (digest !== undefined) {
    if (!DIGEST.test(digest)) throw invalid(input, `"${digest}" is not a digest`, example)
    parseDigest(digest)
  }
  if (tag !== undefined && !TAG.test(tag)) {
    throw invalid(
      input,
      `"${tag}" is not a valid tag (letters, digits, _ . -; at most 128)`,
      example
    )
  }
  if (name.length > NAME_MAX_LENGTH) {
    throw invalid(input, `the name is longer than ${NAME_MAX_LENGTH} characters`, example)
  }
  const { registry, path } = splitDomain(name)
  if (!DOMAIN.test(registry)) throw invalid(input, `"${registry}" is not a registry host`, example)
  if (!REPOSITORY.test(path)) {
    const why =
      path !== path.toLowerCase()
        ? 'repository names must be lowercase'
        : `"${path}" is not a repository path`
    throw invalid(input, why, example)
  }
  const repository = registry === DOCKER_HUB && !path.includes('/') ? `library/${path}` : path
  return {
    registry,
    repository,
    ...(tag === undefined ? {} : { tag }),
    ...(digest === undefined ? {} : { digest })
  }
}
