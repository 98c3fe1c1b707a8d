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
var part_PBNZQTZ4_exports = {};
__export(part_PBNZQTZ4_exports, {
  signSubjects: () => signSubjects
});
module.exports = __toCommonJS(part_PBNZQTZ4_exports);
var import_part_HQMQPLCO = require("./part-HQMQPLCO.js");
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_V3ESUXRE = require("./part-V3ESUXRE.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function signSubjects(options) {
  const { signer } = options;
  const signed = await (0, import_part_2RM2JEOI.mapBounded)({
    items: options.subjects,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (subject) => {
      if (subject.kind === "file") {
        return {
          subject,
          signed: await signer.signDigest({ algorithm: "sha256", digest: subject.sha256 })
        };
      }
      const statement = (0, import_part_HQMQPLCO.cosignSignStatement)({ digest: subject.descriptor.digest });
      const signed2 = await signer.signStatement(statement);
      return { subject, signed: signed2, predicateType: statement.predicateType };
    }, "work")
  });
  const certificates = new Set(signed.map((item) => item.signed.certificatePem)).size;
  const { rekor, tsa } = signer.stats();
  options.logger.info(
    `${signed.length} signed with ${certificates} certificate(s); ${rekor} Rekor and ${tsa} TSA requests`
  );
  return signed;
}
(0, import_part_MRALY75J.__name)(signSubjects, "signSubjects");
