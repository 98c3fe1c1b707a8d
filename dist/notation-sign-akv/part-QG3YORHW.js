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
var part_QG3YORHW_exports = {};
__export(part_QG3YORHW_exports, {
  signSubjects: () => signSubjects
});
module.exports = __toCommonJS(part_QG3YORHW_exports);
var import_part_LMLOWQRN = require("./part-LMLOWQRN.js");
var import_part_ORW3VO5K = require("./part-ORW3VO5K.js");
var import_part_BEDORVVD = require("./part-BEDORVVD.js");
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_PC4G2YYV = require("./part-PC4G2YYV.js");
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function signSubjects(options) {
  const { signer, signingTime, expiry } = options;
  const signed = await (0, import_part_ORW3VO5K.mapBounded)({
    items: options.subjects,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (subject) => {
      const { mediaType, digest, size } = subject.descriptor;
      const payload = (0, import_part_BEDORVVD.targetArtifactPayload)({
        descriptor: { mediaType, digest, size },
        userMetadata: options.userMetadata
      });
      const envelope = await (0, import_part_BEDORVVD.createEnvelope)({
        format: options.format,
        payload,
        signer,
        signingTime,
        ...expiry !== void 0 && { expiry },
        signingAgent: import_part_BEDORVVD.SIGNING_AGENT
      });
      return { subject, envelope };
    }, "work")
  });
  options.logger.info(
    `${signed.length} ${options.format.toUpperCase()} envelope(s) signed with ${signer.algorithm}`
  );
  return signed;
}
(0, import_part_MRALY75J.__name)(signSubjects, "signSubjects");
