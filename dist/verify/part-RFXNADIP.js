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
var part_RFXNADIP_exports = {};
__export(part_RFXNADIP_exports, {
  VerifyError: () => VerifyError
});
module.exports = __toCommonJS(part_RFXNADIP_exports);
var import_part_MRALY75J = require("./part-MRALY75J.js");
var VerifyError = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "VerifyError");
  }
  code;
  /**
   * Configuration (every code is a user mistake to fix) — except trust material that a service
   * failed to serve (a TUF repository): then the kind of that cause, remote.
   */
  kind;
  /** What to check, when the cause was a service's failure. */
  hint;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "VerifyError";
    this.code = options.code;
    const cause = options.cause;
    const remote = typeof cause === "object" && cause !== null && cause.kind === "remote";
    this.kind = remote ? "remote" : "configuration";
    this.hint = remote && typeof cause.hint === "string" ? cause.hint : void 0;
  }
};
