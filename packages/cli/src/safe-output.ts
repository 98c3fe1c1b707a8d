// Everything the CLI prints passes through here. Its output often lands in a workflow step's log,
// where the runner reads any line starting with `::` as a command, and in terminals, where control
// characters move the cursor: text from a registry, a file name or a bundle must do neither.
import { safeLines } from '@sign/safe-text'

/** Where a command writes its text: stdout or stderr, already made safe. */
export interface TextOutput {
  write(text: string): void
}

/** A TextOutput onto `stream` that passes every text through `safeLines`. */
export function safeOutput(options: { stream: NodeJS.WritableStream }): TextOutput {
  return { write: text => void options.stream.write(safeLines(text)) }
}
