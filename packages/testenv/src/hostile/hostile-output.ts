// What a hostile input tries to make the runner do, and the checks that it did not. Each attack
// string carries a marker, so a test can tell a forged command (the marker at the start of a
// command's data) from the attack shown as text (the marker somewhere in a line).
import assert from 'node:assert/strict'
import { parseWorkflowCommands, type WorkflowCommands } from '../runner/index.ts'

/** Text an attacker puts where we will print it; `marker` names the place it came from. */
export function injection(marker: string): string {
  return [
    `x`,
    `::warning::forged-${marker}`,
    `::add-mask::hidden-${marker}`,
    `  ::error title=forged::forged-${marker}`,
    `##[warning]forged-${marker}`,
    `\r::notice::forged-${marker}`
  ].join('\n')
}

/**
 * Asserts that the runner read no command from the attack (no annotation, debug line or group
 * starting with the forged text, nothing masked), and that the attack did reach the output as
 * text, so the test proves the path was taken.
 */
export function assertNoForgedCommands(options: {
  output: string
  commands?: WorkflowCommands
  marker: string
}): void {
  const { output, marker } = options
  const commands = options.commands ?? parseWorkflowCommands(output)
  const forged = `forged-${marker}`
  assert.deepEqual(
    commands.annotations.filter(annotation => annotation.message.startsWith(forged)),
    [],
    `a forged annotation:\n${output}`
  )
  assert.deepEqual(
    commands.masks.filter(mask => mask.includes(marker)),
    [],
    'a forged mask'
  )
  assert.deepEqual(
    commands.debug.filter(line => line.startsWith(forged)),
    [],
    'a forged debug'
  )
  for (const line of output.split(/\r\n|\r|\n/)) {
    const start = line.trimStart()
    assert.ok(
      !(start.startsWith('##[') && start.includes(forged)),
      `a forged legacy command: ${line}`
    )
  }
  assert.ok(output.includes(forged), `the attack (${marker}) never reached the output:\n${output}`)
}
