import type { ActionResult } from './execute-action.ts'

/**
 * Where `secret` shows up in what a step left, other than the ::add-mask:: lines that register
 * it: log lines (by number), outputs, env and path entries, and the summary. The log is searched
 * unmasked, so this finds what the runner's masking would have had to hide. A multi-line secret
 * is also searched line by line (each non-empty line), since the log is line-based and command
 * messages carry escaped line breaks. An empty list means no leak.
 */
export function findSecretLeaks(result: ActionResult, secret: string): string[] {
  const needles = [secret, ...secret.split(/\r?\n/).map(line => line.trim())].filter(
    (needle, index, all) => needle !== '' && all.indexOf(needle) === index
  )
  const holds = (text: string): boolean => needles.some(needle => text.includes(needle))
  const places: string[] = []
  result.log.split(/\r?\n/).forEach((line, index) => {
    if (holds(line) && !line.trimStart().startsWith('::add-mask::')) {
      places.push(`log line ${index + 1}`)
    }
  })
  for (const [name, value] of Object.entries(result.outputs)) {
    if (holds(value)) places.push(`output ${name}`)
  }
  for (const [name, value] of Object.entries(result.env)) {
    if (holds(value)) places.push(`env ${name}`)
  }
  if (result.path.some(holds)) places.push('path')
  if (holds(result.summary)) places.push('summary')
  return places
}
