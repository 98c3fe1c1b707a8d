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
var part_JBR2DLM5_exports = {};
__export(part_JBR2DLM5_exports, {
  NotationError: () => NotationError
});
module.exports = __toCommonJS(part_JBR2DLM5_exports);
var import_part_MRALY75J = require("./part-MRALY75J.js");
var KINDS = {
  INVALID_CERTIFICATE_CHAIN: "configuration",
  UNSUPPORTED_KEY: "configuration",
  INVALID_INPUT: "configuration",
  KEY_VAULT_FAILED: "remote",
  SIGNING_FAILED: "remote",
  INVALID_ENVELOPE: "verification",
  STORAGE_FAILED: "remote",
  INVALID_TRUST_POLICY: "configuration",
  TRUST_STORE: "configuration",
  NO_APPLICABLE_TRUST_POLICY: "configuration",
  VERIFICATION_FAILED: "verification"
};
var HINTS = {
  KEY_VAULT_FAILED: "the key's vault URL, and that the signing identity has the Key Vault permission named above (keys/sign, certificates/get or secrets/get)",
  SIGNING_FAILED: "that the signing identity may use the key (keys/sign) and that the key is enabled; re-run the job if Key Vault failed on its side",
  STORAGE_FAILED: "the registry credentials given to the step and that they may write to this repository"
};
var NotationError = class extends Error {
  static {
    (0, import_part_MRALY75J.__name)(this, "NotationError");
  }
  code;
  /** The failure kind this code means (see KINDS). */
  kind;
  /** What to check, for a service's refusal or failure. */
  hint;
  /** The certificate rule broken, for INVALID_CERTIFICATE_CHAIN and UNSUPPORTED_KEY. */
  rule;
  constructor(options) {
    super(options.message, { cause: options.cause });
    this.name = "NotationError";
    this.code = options.code;
    this.kind = KINDS[options.code];
    this.hint = HINTS[options.code];
    this.rule = options.rule;
  }
};
