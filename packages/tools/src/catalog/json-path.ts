// JSON paths for error messages: `$.tools.cosign.versions["2.4.1"]["linux-amd64"]`.

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/u

/** Appends a property name or array index to a JSON path. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`
}
