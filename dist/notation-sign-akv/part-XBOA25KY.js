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
var part_XBOA25KY_exports = {};
__export(part_XBOA25KY_exports, {
  storeSignatures: () => storeSignatures
});
module.exports = __toCommonJS(part_XBOA25KY_exports);
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
var import_node_path = require("node:path");
async function storeSignatures(options) {
  const { signer, format } = options;
  const [certificate = ""] = (0, import_part_BEDORVVD.certificateThumbprints)(signer.certificateChain.slice(0, 1));
  return (0, import_part_ORW3VO5K.mapBounded)({
    items: options.signed,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async ({ subject, envelope }) => {
      const common = {
        subject: subject.name,
        digest: subject.descriptor.digest,
        format,
        certificate
      };
      if (subject.kind === "file") {
        const base = subject.signatureBase;
        const path = await (0, import_part_BEDORVVD.writeBlobSignature)({
          file: subject.path,
          // Beside the file, or in output-directory: wherever validation placed the signature.
          ...base.path !== subject.path && { directory: (0, import_node_path.dirname)(base.path) },
          envelope,
          format
        });
        const signature = `${base.name}${path.slice(base.path.length)}`;
        return { ...common, kind: "file", signature };
      }
      const referrer = await (0, import_part_BEDORVVD.attachSignatureToImage)({
        store: (0, import_part_P3LU6RAG.registryStore)({ client: options.client, repo: subject.repo }),
        subject: subject.descriptor,
        envelope,
        certificateChain: signer.certificateChain,
        signingTime: options.signingTime,
        forceReferrersTag: options.forceReferrersTag
      });
      return { ...common, kind: "image", referrer: referrer.digest };
    }, "work")
  });
}
(0, import_part_MRALY75J.__name)(storeSignatures, "storeSignatures");
