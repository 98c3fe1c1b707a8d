import * as core from '@actions/core'

/**
 * Sets one step output per entry. Strings are written as they are; every other value as JSON, so
 * `fromJSON(steps.x.outputs.y)` reads it back. JSON-safety rules, applied at any depth:
 * - `undefined` at the top level sets no output (the step output then reads as ''); inside
 *   objects and arrays it follows JSON.stringify (property dropped, array slot `null`);
 * - a bigint becomes its decimal string, so no precision is lost to JSON numbers;
 * - bytes (Buffer, any typed array, DataView) are refused with a TypeError: choose hex or base64
 *   explicitly, because readers must know the encoding.
 * Every value is converted before the first is written, so a refused value writes nothing.
 */
export function setOutputs(record: Record<string, unknown>): void {
  const outputs = Object.entries(record)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]): [string, string] => [
      name,
      typeof value === 'string' ? value : toJson(name, value)
    ])
  for (const [name, text] of outputs) core.setOutput(name, text)
}

function toJson(name: string, value: unknown): string {
  return JSON.stringify(value, function (this: unknown, key: string, converted: unknown) {
    // `this` holds the value before toJSON() ran, which is how a Buffer is still recognisable.
    const original = (this as Record<string, unknown>)[key]
    if (ArrayBuffer.isView(original) || ArrayBuffer.isView(converted)) {
      throw new TypeError(`Output '${name}' holds bytes: encode them as hex or base64 first.`)
    }
    return typeof converted === 'bigint' ? converted.toString() : converted
  })
}
