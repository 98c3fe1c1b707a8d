// The catalog's name templates: `{placeholder}` replaced by a value, nothing else.

/** Placeholders a template may use; which ones a field accepts is decided by its parser. */
export type TemplatePlaceholder = 'version' | 'tag' | 'os' | 'arch' | 'ext'

const PLACEHOLDER = /\{([^{}]*)\}/gu

/**
 * The placeholders of a template, or the first fault: an unknown name or a stray brace.
 * Returns a message (for the caller's error) when the template is not well formed.
 */
export function templateFault(options: {
  template: string
  allowed: readonly TemplatePlaceholder[]
}): string | undefined {
  const { template, allowed } = options
  for (const match of template.matchAll(PLACEHOLDER)) {
    const name = match[1] ?? ''
    if (!(allowed as readonly string[]).includes(name)) {
      const known = allowed.length > 0 ? allowed.map(n => `{${n}}`).join(', ') : 'none'
      return `uses {${name}}; the placeholders allowed here are ${known}`
    }
  }
  if (/[{}]/u.test(template.replace(PLACEHOLDER, ''))) {
    return 'has an unmatched "{" or "}"'
  }
  return undefined
}

/** Replaces each `{name}` of a (validated) template with its value. */
export function expandTemplate(options: {
  template: string
  values: Partial<Record<TemplatePlaceholder, string>>
}): string {
  return options.template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = options.values[name as TemplatePlaceholder]
    return value ?? whole
  })
}
