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
var part_UWNXQTMH_exports = {};
__export(part_UWNXQTMH_exports, {
  storeSignatures: () => storeSignatures
});
module.exports = __toCommonJS(part_UWNXQTMH_exports);
var import_part_HQMQPLCO = require("./part-HQMQPLCO.js");
var import_part_B4B45LXA = require("./part-B4B45LXA.js");
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_2RM2JEOI = require("./part-2RM2JEOI.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_V3ESUXRE = require("./part-V3ESUXRE.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_node_path = require("node:path");
async function storeSignatures(options) {
  return (0, import_part_2RM2JEOI.mapBounded)({
    items: options.signed,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((item) => "predicateType" in item ? storeImage({ ...options, ...item }) : storeFile({ ...options, ...item }), "work")
  });
}
(0, import_part_MRALY75J.__name)(storeSignatures, "storeSignatures");
async function storeImage(options) {
  const { client, subject, signed } = options;
  const referrer = await (0, import_part_HQMQPLCO.attachBundleToImage)({
    store: (0, import_part_2RM2JEOI.registryStore)({ client, repo: subject.repo }),
    subject: subject.descriptor,
    signed,
    predicateType: options.predicateType
  });
  const legacy = options.legacyTagFormat ? await (0, import_part_HQMQPLCO.writeLegacySignature)({
    client,
    repo: subject.repo,
    subject: subject.descriptor,
    signer: options.signer,
    dockerReference: (0, import_part_2RM2JEOI.repositoryName)(subject.repo)
  }) : void 0;
  return {
    ...subjectFields(subject),
    referrer: referrer.digest,
    ...legacy && { legacy: [`${(0, import_part_2RM2JEOI.repositoryName)(subject.repo)}:${legacy.tag}`] },
    ...rekorFields(signed)
  };
}
(0, import_part_MRALY75J.__name)(storeImage, "storeImage");
async function storeFile(options) {
  const { subject, signed } = options;
  const base = subject.signatureBase;
  const paths = await (0, import_part_HQMQPLCO.writeFileSignatures)({
    file: subject.path,
    // Beside the file, or in output-directory: wherever validation placed the signatures.
    ...base.path !== subject.path && { directory: (0, import_node_path.dirname)(base.path) },
    signed,
    legacyOutputs: options.legacyOutputs
  });
  const named = /* @__PURE__ */ (0, import_part_MRALY75J.__name)((path) => `${base.name}${path.slice(base.path.length)}`, "named");
  const legacy = [paths.signature, paths.certificate].filter((path) => path !== void 0);
  return {
    ...subjectFields(subject),
    bundle: named(paths.bundle),
    ...legacy.length > 0 && { legacy: legacy.map(named) },
    ...rekorFields(signed)
  };
}
(0, import_part_MRALY75J.__name)(storeFile, "storeFile");
function subjectFields(subject) {
  const digest = subject.kind === "image" ? subject.descriptor.digest : `sha256:${subject.sha256.toString("hex")}`;
  return { subject: subject.name, digest, kind: subject.kind };
}
(0, import_part_MRALY75J.__name)(subjectFields, "subjectFields");
function rekorFields(signed) {
  const entry = signed.tlogEntry;
  return {
    ...entry && { rekorLogIndex: Number(entry.logIndex) },
    ...entry?.entryUrl !== void 0 && { rekorEntryUrl: entry.entryUrl }
  };
}
(0, import_part_MRALY75J.__name)(rekorFields, "rekorFields");
