import type { Reference } from '../reference/reference.ts'

/** A repository on a registry: where content lives. */
export type Repository = Pick<Reference, 'registry' | 'repository'>

export function describeRepository(repo: Repository): string {
  return `${repo.registry}/${repo.repository}`
}
