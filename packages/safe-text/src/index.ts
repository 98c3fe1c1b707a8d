// Text from outside the workflow made safe to show: `quote` where it is put into a message,
// `safeLines` where anything is printed.
export { quote, plainOrQuoted, MAX_QUOTED_LENGTH } from './quote.ts'
export { safeLines } from './safe-lines.ts'
export { escapeControls } from './escape-controls.ts'
