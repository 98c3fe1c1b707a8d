const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;'
}

/**
 * `text` made safe inside an HTML element of a job summary: markup characters become entities and
 * line breaks become <br>, since a blank line would end the HTML block in GitHub's Markdown.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, char => ENTITIES[char] ?? char).replace(/\r?\n/g, '<br>')
}
