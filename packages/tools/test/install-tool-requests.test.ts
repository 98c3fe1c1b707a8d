import assert from 'node:assert/strict'
import { test } from 'node:test'
import { ToolsError, parseToolRequests } from '@sign/tools'

const TOOLS = ['cosign', 'notation', 'notation-azure-kv', 'oras', 'syft']

function refusal(lines: string[]): ToolsError {
  try {
    parseToolRequests({ lines, tools: TOOLS })
  } catch (error) {
    assert.ok(error instanceof ToolsError)
    return error
  }
  assert.fail(`${JSON.stringify(lines)} was accepted`)
}

test('a tool alone, with a version, or with a v-prefixed version', () => {
  assert.deepEqual(
    parseToolRequests({
      lines: ['cosign', 'notation@1.3.2', 'syft@v1.0.0', ' oras@1.2.0-rc.1 '],
      tools: TOOLS
    }),
    [
      { tool: 'cosign', version: undefined, line: 1 },
      { tool: 'notation', version: '1.3.2', line: 2 },
      { tool: 'syft', version: '1.0.0', line: 3 },
      { tool: 'oras', version: '1.2.0-rc.1', line: 4 }
    ]
  )
})

test('an unknown tool is refused naming the line and listing the tools', () => {
  const error = refusal(['cosign', 'notation-akv'])
  assert.equal(error.code, 'UNKNOWN_TOOL')
  assert.equal(
    error.message,
    'Line 2 of "tools" ("notation-akv") names an unknown tool "notation-akv"; the tools are cosign, notation, notation-azure-kv, oras, syft.'
  )
})

test('a tool listed twice is refused naming both lines, whatever the versions', () => {
  const error = refusal(['syft@1.0.0', 'cosign', 'syft@1.1.0'])
  assert.equal(error.code, 'INVALID_INPUT')
  assert.match(
    error.message,
    /^Line 3 of "tools" \("syft@1\.1\.0"\) lists syft again \(line 1 already does\)/
  )
})

test('malformed lines and versions are refused naming the line', () => {
  for (const [line, reason] of [
    ['cosign@latest', /has an invalid version/],
    ['cosign@^2.4', /has an invalid version/],
    ['cosign@', /has an invalid version/],
    ['Cosign', /is not <tool> or <tool>@<version>/],
    ['cosign notation', /is not <tool> or <tool>@<version>/],
    ['cosign@1.0.0@2', /has an invalid version/]
  ] as const) {
    const error = refusal([line])
    assert.equal(error.code, 'INVALID_INPUT', line)
    assert.match(error.message, reason, line)
    assert.ok(
      error.message.startsWith(`Line 1 of "tools" (${JSON.stringify(line)})`),
      error.message
    )
  }
})

test('the known tools come from the catalog, not a fixed list', () => {
  assert.deepEqual(parseToolRequests({ lines: ['zarf@0.40.0'], tools: ['zarf'] }), [
    { tool: 'zarf', version: '0.40.0', line: 1 }
  ])
  assert.equal(refusal(['zarf']).code, 'UNKNOWN_TOOL')
})
