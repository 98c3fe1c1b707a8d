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
var part_ND7VBA7V_exports = {};
__export(part_ND7VBA7V_exports, {
  parseKeyId: () => parseKeyId
});
module.exports = __toCommonJS(part_ND7VBA7V_exports);
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var EXPECTED = "https://<vault-name>.vault.azure.net/keys/<key-name>[/<version>]";
var NAME = /^[0-9A-Za-z-]{1,127}$/;
var VERSION = /^[0-9A-Za-z]{1,64}$/;
function parseKeyId(keyId) {
  const invalid = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((why, cause) => new import_part_JBR2DLM5.NotationError({
    code: "INVALID_INPUT",
    message: `the key id "${keyId}" is not a Key Vault key identifier (${why}); write it as ${EXPECTED}, as shown by \`az keyvault key show --query key.kid\``,
    cause
  }), "invalid");
  let url;
  try {
    url = new URL(keyId);
  } catch (cause) {
    throw invalid("not a URL", cause);
  }
  if (url.protocol !== "https:") throw invalid("not https");
  if (url.username || url.password || url.search || url.hash) {
    throw invalid("it carries credentials, a query or a fragment");
  }
  const [collection, name = "", version, ...rest] = url.pathname.replace(/\/$/, "").split("/").slice(1);
  if (collection !== "keys")
    throw invalid(`the path must start with /keys/, not /${collection ?? ""}`);
  if (!NAME.test(name)) throw invalid(`"${name}" is not a key name`);
  if (rest.length > 0 || version !== void 0 && !VERSION.test(version)) {
    throw invalid("only a key name and an optional version may follow /keys/");
  }
  return { vaultUrl: url.origin, name, ...version !== void 0 && { version } };
}
(0, import_part_MRALY75J.__name)(parseKeyId, "parseKeyId");
