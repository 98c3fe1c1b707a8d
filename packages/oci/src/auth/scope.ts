/** A token scope such as `repository:org/app:pull,push`. */
export interface Scope {
  type: string
  name: string
  actions: Set<string>
}

export function parseScope(text: string): Scope {
  const first = text.indexOf(':')
  const last = text.lastIndexOf(':')
  return {
    type: text.slice(0, first),
    name: text.slice(first + 1, last),
    actions: new Set(
      text
        .slice(last + 1)
        .split(',')
        .filter(Boolean)
    )
  }
}

export function formatScope(scope: Scope): string {
  return `${scope.type}:${scope.name}:${[...scope.actions].sort().join(',')}`
}

/** Merges scopes on the same resource: `…:pull` + `…:push` → `…:pull,push`. */
export function mergeScopes(scopes: string[]): string[] {
  const byResource = new Map<string, Scope>()
  for (const scope of scopes.map(parseScope)) {
    const key = `${scope.type}:${scope.name}`
    const known = byResource.get(key)
    if (known) for (const action of scope.actions) known.actions.add(action)
    else byResource.set(key, scope)
  }
  return [...byResource.values()].map(formatScope).sort()
}

/** Whether a token granted for `granted` also serves `wanted`. */
export function scopesCover(granted: string[], wanted: string[]): boolean {
  const have = granted.map(parseScope)
  return wanted
    .map(parseScope)
    .every(w =>
      have.some(
        h => h.type === w.type && h.name === w.name && [...w.actions].every(a => h.actions.has(a))
      )
    )
}

/** The scope a repository operation needs. */
export function repositoryScope(repository: string, access: 'pull' | 'push' | 'delete'): string {
  const actions = access === 'pull' ? 'pull' : access === 'push' ? 'pull,push' : 'delete'
  return `repository:${repository}:${actions}`
}
