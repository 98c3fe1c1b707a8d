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
var part_RHT4UGKM_exports = {};
__export(part_RHT4UGKM_exports, {
  EXIT_CODES: () => EXIT_CODES,
  PRODUCT_VERSION: () => PRODUCT_VERSION,
  describeFailure: () => describeFailure
});
module.exports = __toCommonJS(part_RHT4UGKM_exports);
var import_part_MRALY75J = require("./part-MRALY75J.js");
var EXIT_CODES = {
  /** Everything passed. */
  ok: 0,
  /** Verification failed: a subject did not pass the policy. */
  verification: 1,
  /** A usage or configuration error: a flag, a file it names, the policy. */
  configuration: 2,
  /** A remote service (registry, TUF repository) refused or failed. */
  remote: 3,
  /** A bug in sign. */
  internal: 70
};
var FAILURE_KINDS = [
  "configuration",
  "verification",
  "remote",
  "internal"
];
function failureKind(options) {
  const { error } = options;
  if (!(error instanceof Error)) return "internal";
  const kind = error.kind;
  return typeof kind === "string" && FAILURE_KINDS.includes(kind) ? kind : "internal";
}
(0, import_part_MRALY75J.__name)(failureKind, "failureKind");
function serviceAnswer(options) {
  const { message, status, serviceCode } = options;
  return [
    ...status !== void 0 && !message.includes(`HTTP ${status}`) ? [`HTTP ${status}`] : [],
    ...serviceCode !== void 0 && !message.includes(serviceCode) ? [`service code ${serviceCode}`] : []
  ];
}
(0, import_part_MRALY75J.__name)(serviceAnswer, "serviceAnswer");
function describeFailure(options) {
  const { command, error } = options;
  const kind = failureKind({ error });
  const fields = error;
  const message = error instanceof Error ? error.message : String(error);
  switch (kind) {
    case "configuration":
      return { exitCode: EXIT_CODES.configuration, text: `${command}: ${message}
` };
    case "verification":
      return {
        exitCode: EXIT_CODES.verification,
        text: `${command}: verification failed: ${message}
`
      };
    case "remote": {
      const answered = serviceAnswer({
        message,
        status: typeof fields.status === "number" ? fields.status : void 0,
        serviceCode: typeof fields.serviceCode === "string" ? fields.serviceCode : void 0
      });
      const hint = typeof fields.hint === "string" ? `check: ${fields.hint}
` : "";
      return {
        exitCode: EXIT_CODES.remote,
        text: `${command}: a remote service failed: ${message}${answered.length > 0 ? ` (${answered.join(", ")})` : ""}
${hint}`
      };
    }
    case "internal":
      return {
        exitCode: EXIT_CODES.internal,
        text: `${command}: internal error: ${message}
This is a bug in sign, not a mistake in the command: please report it with this output.
`
      };
  }
}
(0, import_part_MRALY75J.__name)(describeFailure, "describeFailure");
var PRODUCT_NAME = "sign";
var PRODUCT_VERSION = "0.1.0";
var SIGNING_AGENT = `${PRODUCT_NAME}/${PRODUCT_VERSION}`;
