/** One entry of a registry token's `access` claim, e.g. `{type:'repository', name, actions}`. */
export interface TokenAccess {
  type: string
  name: string
  actions: string[]
}

/**
 * Parses one scope of the Docker distribution token protocol, `<type>:<name>:<actions>` such as
 * `repository:team/app:pull,push` or `registry:catalog:*`. The name may itself hold colons (a
 * `host:port/` prefix), so the type ends at the first colon and the actions start at the last.
 * Returns undefined for a malformed scope, which is then simply not granted.
 */
export function parseScope(options: { scope: string }): TokenAccess | undefined {
  const { scope } = options
  const first = scope.indexOf(':')
  const last = scope.lastIndexOf(':')
  if (first <= 0 || last <= first + 1) return undefined
  const actions = scope
    .slice(last + 1)
    .split(',')
    .filter(action => action !== '')
  if (actions.length === 0) return undefined
  return { type: scope.slice(0, first), name: scope.slice(first + 1, last), actions }
}

/** Who asked: a full account, a pull-only account, or nobody (anonymous). */
export type Grantee = 'full' | 'pull-only' | 'anonymous'

/**
 * The `access` claim for the requested scopes (each string may hold several space-separated
 * scopes, as in the OAuth2 form). A full account gets what it asks for; a pull-only account and
 * an anonymous caller get at most `pull` on repositories and nothing else, the way Docker Hub
 * hands out a narrower token rather than refusing, so the registry decides (insufficient_scope).
 */
export function grantAccess(options: { scopes: string[]; grantee: Grantee }): TokenAccess[] {
  const granted: TokenAccess[] = []
  for (const scope of options.scopes.flatMap(value => value.split(' '))) {
    const requested = parseScope({ scope })
    if (!requested) continue
    if (options.grantee === 'full') {
      granted.push(requested)
      continue
    }
    if (requested.type !== 'repository' || !requested.actions.includes('pull')) continue
    granted.push({ ...requested, actions: ['pull'] })
  }
  return granted
}
