import { inputError } from './input-error.ts'

// RFC 6838 section 4.2: type and subtype names are 1-127 characters, starting with a letter or
// digit, then letters, digits and ! # $ & - ^ _ . +
const RESTRICTED_NAME = '[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}'
const MEDIA_TYPE = new RegExp(`^${RESTRICTED_NAME}/${RESTRICTED_NAME}$`)

/**
 * The value of input `input` as a media type, type/subtype in RFC 6838 grammar (no parameters);
 * a ConfigurationError naming the input and showing `example` otherwise.
 */
export function mediaTypeInput(options: { input: string; value: string; example: string }): string {
  const { input, value, example } = options
  if (MEDIA_TYPE.test(value)) return value
  throw inputError({
    input,
    problem:
      'must be a media type, type/subtype as RFC 6838 spells them (letters, digits and ' +
      '! # $ & - ^ _ . + ; no spaces or parameters), such as application/vnd.example.release+tar',
    example
  })
}
