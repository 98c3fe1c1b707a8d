import { test } from 'node:test'
import assert from 'node:assert/strict'
import { parseChallenge } from '../src/auth/challenge.ts'
import { mergeScopes, repositoryScope, scopesCover } from '../src/auth/scope.ts'

test('challenges: Bearer with realm, service, scope and error; Basic; unknown schemes', () => {
  assert.deepEqual(
    parseChallenge(
      'Bearer realm="https://auth.docker.io/token",service="registry.docker.io",scope="repository:a/b:pull,push",error="insufficient_scope"'
    ),
    {
      scheme: 'bearer',
      realm: 'https://auth.docker.io/token',
      service: 'registry.docker.io',
      scope: 'repository:a/b:pull,push',
      error: 'insufficient_scope'
    }
  )
  assert.deepEqual(parseChallenge('Basic realm="basic-realm"'), {
    scheme: 'basic',
    realm: 'basic-realm'
  })
  assert.deepEqual(parseChallenge('bearer realm=https://x/token'), {
    scheme: 'bearer',
    realm: 'https://x/token'
  })
  assert.equal(parseChallenge('Negotiate abc'), undefined)
  assert.equal(parseChallenge(null), undefined)
})

test('scopes: merged per repository, and a push token serves pulls', () => {
  assert.deepEqual(mergeScopes(['repository:a:pull', 'repository:a:push', 'repository:b:pull']), [
    'repository:a:pull,push',
    'repository:b:pull'
  ])
  assert.ok(scopesCover([repositoryScope('a', 'push')], [repositoryScope('a', 'pull')]))
  assert.ok(!scopesCover([repositoryScope('a', 'pull')], [repositoryScope('a', 'push')]))
  assert.ok(!scopesCover([repositoryScope('a', 'push')], [repositoryScope('b', 'pull')]))
})
