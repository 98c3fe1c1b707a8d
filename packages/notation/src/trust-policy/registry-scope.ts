// OCI registry scopes: `domain[:port]/repository` with distribution's grammar (notation-go
// verifier/trustpolicy/oci.go validateRegistryScopeFormat). The repository expression is the
// linear-time equivalent of distribution's (its `[-]*` alternative can match empty, which makes a
// backtracking engine exponential).

const DOMAIN =
  /^[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?$/
const COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*'
const REPOSITORY = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`)

const ENSURE =
  'make sure it is a fully qualified repository without the scheme, protocol or tag. For example domain.com/my/repository or a local scope like local/myOCILayout'

/** notation's message when `scope` is not `domain[:port]/repository`; undefined when it is. */
export function registryScopeProblem(scope: string): string | undefined {
  const quoted = JSON.stringify(scope)
  if (scope.length > 1 && scope.includes('*')) {
    return `registry scope ${quoted} with wild card(s) is not valid, ${ENSURE}`
  }
  const slash = scope.indexOf('/')
  const domain = slash < 0 ? '' : scope.slice(0, slash)
  const repository = slash < 0 ? '' : scope.slice(slash + 1)
  if (!domain || !repository || !DOMAIN.test(domain) || !REPOSITORY.test(repository)) {
    return `registry scope ${quoted} is not valid, ${ENSURE}`
  }
  return undefined
}

/**
 * The `registry/repository` of an artifact reference: drops `@digest` and a `:tag` after the last
 * `/` (a `:port` belongs to the registry). Undefined when what remains is not a valid scope.
 */
export function referenceRepository(reference: string): string | undefined {
  const at = reference.lastIndexOf('@')
  let path = at < 0 ? reference : reference.slice(0, at)
  const colon = path.lastIndexOf(':')
  if (colon > path.lastIndexOf('/')) path = path.slice(0, colon)
  return registryScopeProblem(path) === undefined ? path : undefined
}
