// The conformance client protocol passes arguments in one fixed order: a reader that takes them
// in that order and says, on the first one out of place, what belongs there instead.
import { UsageError } from './usage-error.ts'

/** Reads `args` front to back; each call consumes what it names, if it comes next. */
export interface OrderedArgs {
  /** Consumes the switch `name` (e.g. `--staging`) if it is next. */
  flag(name: string): boolean
  /** Consumes `name VALUE` if `name` is next; undefined when absent. */
  option(name: string, metavar: string): string | undefined
  /** Consumes `name VALUE`, which must come next. */
  required(name: string, metavar: string): string
  /** Consumes the last argument, a positional one that must end the list. */
  last(metavar: string, expected: string[]): string
  /** Whether the next argument is `name`. */
  next(name: string): boolean
  /** Fails naming the next argument and what belongs in its place. */
  misplaced(expected: string[]): never
}

// An identity token passed in the wrong place must not reach stderr.
const JWT = /^[\w-]{10,}\.[\w-]{10,}\.[\w-]*$/

/** How an argument is named in a message: flags as written, tokens never. */
function describe(arg: string): string {
  return JWT.test(arg) ? 'an argument that looks like a token (not shown)' : `'${arg}'`
}

const isFlag = (arg: string) => arg.startsWith('-') && arg.length > 1

/** A reader over `args`; `known` lists the command's flags, so others are named unknown. */
export function orderedArgs(args: string[], known: string[]): OrderedArgs {
  let index = 0
  const reader: OrderedArgs = {
    next: name => args[index] === name,
    flag: name => {
      if (!reader.next(name)) return false
      index++
      return true
    },
    option: (name, metavar) => (reader.next(name) ? reader.required(name, metavar) : undefined),
    required: (name, metavar) => {
      if (!reader.next(name)) reader.misplaced([`${name} ${metavar}`])
      const value = args[index + 1]
      if (value === undefined || value === '' || isFlag(value)) {
        const found = value === undefined ? 'nothing' : describe(value)
        throw new UsageError(`${name} needs a value: write ${name} ${metavar} (found ${found})`)
      }
      index += 2
      return value
    },
    last: (metavar, expected) => {
      const value = args[index]
      if (value === undefined) {
        throw new UsageError(`missing ${metavar}: it comes last`)
      }
      if (isFlag(value) || value === '') reader.misplaced([...expected, metavar])
      if (index + 1 < args.length) {
        throw new UsageError(
          `unexpected ${describe(args[index + 1] ?? '')} after ${metavar}: ${metavar} comes last`
        )
      }
      index++
      return value
    },
    misplaced: expected => {
      const value = args[index]
      const wanted = expected.join(' or ')
      if (value === undefined) throw new UsageError(`missing ${wanted}`)
      if (isFlag(value) && !known.includes(value)) {
        throw new UsageError(`unknown option '${value}': expected ${wanted}`)
      }
      const what = isFlag(value) ? `'${value}'` : describe(value)
      throw new UsageError(
        `expected ${wanted}, found ${what}: write the arguments in the order shown`
      )
    }
  }
  return reader
}
