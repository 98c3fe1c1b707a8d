// The targetArtifact payload: notation-go's fields, user metadata as annotations, reserved keys refused.
import { test } from 'node:test'
import assert from 'node:assert/strict'
import type { NotationError } from '../src/errors.ts'
import {
  parseTargetArtifactPayload,
  targetArtifactPayload
} from '../src/payload/target-artifact.ts'

const descriptor = {
  mediaType: 'application/octet-stream',
  digest: `sha384:${'0a'.repeat(48)}`,
  size: 12
}

test('the payload is {"targetArtifact":{mediaType,digest,size}} and metadata goes to annotations', () => {
  assert.equal(
    targetArtifactPayload({ descriptor }).toString(),
    `{"targetArtifact":{"mediaType":"application/octet-stream","digest":"${descriptor.digest}","size":12}}`
  )
  const withMetadata = targetArtifactPayload({
    descriptor: { ...descriptor, artifactType: 'x' } as typeof descriptor,
    userMetadata: { buildId: '101' }
  })
  assert.deepEqual(JSON.parse(withMetadata.toString()), {
    targetArtifact: { ...descriptor, annotations: { buildId: '101' } }
  })
  assert.deepEqual(parseTargetArtifactPayload(withMetadata), {
    ...descriptor,
    annotations: { buildId: '101' }
  })
})

test('user metadata with the reserved io.cncf.notary. prefix is refused, naming the key', () => {
  assert.throws(
    () =>
      targetArtifactPayload({
        descriptor,
        userMetadata: { ok: '1', 'io.cncf.notary.signingTime': 'x' }
      }),
    (error: NotationError) =>
      error.code === 'INVALID_INPUT' &&
      error.message.includes('"io.cncf.notary.signingTime"') &&
      error.message.includes('reserved prefix')
  )
})

test('a payload without targetArtifact fields is INVALID_ENVELOPE', () => {
  assert.throws(
    () => parseTargetArtifactPayload(Buffer.from('{"key":"hello JWS"}')),
    /has no targetArtifact object/
  )
  assert.throws(
    () => parseTargetArtifactPayload(Buffer.from('{"targetArtifact":{"digest":"sha256:00"}}')),
    /lacks targetArtifact mediaType, digest or size/
  )
  assert.throws(
    () =>
      parseTargetArtifactPayload(
        Buffer.from(
          `{"targetArtifact":${JSON.stringify({ ...descriptor, annotations: { a: 1 } })}}`
        )
      ),
    /annotations that are not string to string/
  )
})
