import { test } from 'node:test'
import assert from 'node:assert/strict'
import { chooseFault, type FaultPlan } from '../src/fault-proxy/faults.ts'

const key = { method: 'PUT', path: '/v2/app/blobs/uploads/1' }
const faulted = (plan: FaultPlan, attempts: number): boolean[] =>
  Array.from(
    { length: attempts },
    (_, i) => chooseFault({ plan, key: { ...key, attempt: i + 1 } }) !== undefined
  )

test('faults depend on the seed and the request alone', () => {
  const plan: FaultPlan = { seed: 's', rate: 0.2 }
  assert.deepEqual(faulted(plan, 200), faulted(plan, 200))
  const share = faulted(plan, 2000).filter(Boolean).length / 2000
  assert.ok(share > 0.15 && share < 0.25, `about 20 % of attempts meet a fault (${share})`)
})

test('maxConsecutive stops a streak: after that many faults in a row the next attempt is clean', () => {
  const always: FaultPlan = { seed: 's', rate: 1, maxConsecutive: 3 }
  assert.deepEqual(faulted(always, 8), [true, true, true, false, true, true, true, false])
  const unlimited: FaultPlan = { seed: 's', rate: 1 }
  assert.ok(faulted(unlimited, 8).every(Boolean))
})
