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
var part_XXSYKXI2_exports = {};
__export(part_XXSYKXI2_exports, {
  signSubjects: () => signSubjects
});
module.exports = __toCommonJS(part_XXSYKXI2_exports);
var import_part_LDYWL6CX = require("./part-LDYWL6CX.js");
var import_part_CLT5QMYT = require("./part-CLT5QMYT.js");
var import_part_37S3DLGT = require("./part-37S3DLGT.js");
var import_part_5UQNOPLV = require("./part-5UQNOPLV.js");
var import_part_ND7VBA7V = require("./part-ND7VBA7V.js");
var import_part_JBR2DLM5 = require("./part-JBR2DLM5.js");
var import_part_VNPE26KL = require("./part-VNPE26KL.js");
var import_part_I6MORQ7X = require("./part-I6MORQ7X.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function signSubjects(options) {
  const { signer, signingTime, expiry } = options;
  const signed = await (0, import_part_CLT5QMYT.mapBounded)({
    items: options.subjects,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (subject) => {
      const { mediaType, digest, size } = subject.descriptor;
      const payload = (0, import_part_37S3DLGT.targetArtifactPayload)({
        descriptor: { mediaType, digest, size },
        userMetadata: options.userMetadata
      });
      const envelope = await (0, import_part_37S3DLGT.createEnvelope)({
        format: options.format,
        payload,
        signer,
        signingTime,
        ...expiry !== void 0 && { expiry },
        signingAgent: import_part_37S3DLGT.SIGNING_AGENT
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
