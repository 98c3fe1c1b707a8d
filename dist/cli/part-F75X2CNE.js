const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_F75X2CNE_exports = {};
__export(part_F75X2CNE_exports, {
  orderedArgs: () => orderedArgs,
  runProtocol: () => runProtocol
});
module.exports = __toCommonJS(part_F75X2CNE_exports);
var import_part_7EL3RFLJ = require("./part-7EL3RFLJ.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var JWT = /^[\w-]{10,}\.[\w-]{10,}\.[\w-]*$/;
function describe(arg) {
  return JWT.test(arg) ? "an argument that looks like a token (not shown)" : `'${arg}'`;
}
(0, import_part_MRALY75J.__name)(describe, "describe");
var isFlag = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((arg) => arg.startsWith("-") && arg.length > 1, "isFlag");
function orderedArgs(args, known) {
  let index = 0;
  const reader = {
    next: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name) => args[index] === name, "next"),
    flag: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name) => {
      if (!reader.next(name)) return false;
      index++;
      return true;
    }, "flag"),
    option: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name, metavar) => reader.next(name) ? reader.required(name, metavar) : void 0, "option"),
    required: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((name, metavar) => {
      if (!reader.next(name)) reader.misplaced([`${name} ${metavar}`]);
      const value = args[index + 1];
      if (value === void 0 || value === "" || isFlag(value)) {
        const found = value === void 0 ? "nothing" : describe(value);
        throw new import_part_7EL3RFLJ.UsageError(`${name} needs a value: write ${name} ${metavar} (found ${found})`);
      }
      index += 2;
      return value;
    }, "required"),
    last: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((metavar, expected) => {
      const value = args[index];
      if (value === void 0) {
        throw new import_part_7EL3RFLJ.UsageError(`missing ${metavar}: it comes last`);
      }
      if (isFlag(value) || value === "") reader.misplaced([...expected, metavar]);
      if (index + 1 < args.length) {
        throw new import_part_7EL3RFLJ.UsageError(
          `unexpected ${describe(args[index + 1] ?? "")} after ${metavar}: ${metavar} comes last`
        );
      }
      index++;
      return value;
    }, "last"),
    misplaced: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((expected) => {
      const value = args[index];
      const wanted = expected.join(" or ");
      if (value === void 0) throw new import_part_7EL3RFLJ.UsageError(`missing ${wanted}`);
      if (isFlag(value) && !known.includes(value)) {
        throw new import_part_7EL3RFLJ.UsageError(`unknown option '${value}': expected ${wanted}`);
      }
      const what = isFlag(value) ? `'${value}'` : describe(value);
      throw new import_part_7EL3RFLJ.UsageError(
        `expected ${wanted}, found ${what}: write the arguments in the order shown`
      );
    }, "misplaced")
  };
  return reader;
}
(0, import_part_MRALY75J.__name)(orderedArgs, "orderedArgs");
async function runProtocol(command, context) {
  const { args, stdout, stderr } = context;
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h")) {
    stdout.write(command.usage);
    return 0;
  }
  let options;
  try {
    options = command.parse(args);
  } catch (error) {
    if (!(error instanceof import_part_7EL3RFLJ.UsageError)) throw error;
    stderr.write(`sign ${command.name}: ${error.message}

${command.usage}`);
    return 2;
  }
  try {
    return await command.execute(options, context);
  } catch (error) {
    let message = error instanceof Error ? error.message : String(error);
    for (const secret of command.secrets?.(options) ?? []) {
      if (secret.length >= 8) message = message.replaceAll(secret, "[redacted]");
    }
    stderr.write(`sign ${command.name}: ${message}
`);
    return 1;
  }
}
(0, import_part_MRALY75J.__name)(runProtocol, "runProtocol");
