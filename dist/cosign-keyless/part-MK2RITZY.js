const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
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
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);
var part_MK2RITZY_exports = {};
__export(part_MK2RITZY_exports, {
  run: () => run
});
module.exports = __toCommonJS(part_MK2RITZY_exports);
var import_part_HQE3EIAZ = require("./part-HQE3EIAZ.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
async function run(inputs) {
  const logger = (0, import_part_HQE3EIAZ.actionsLogger)();
  await (0, import_part_HQE3EIAZ.group)("Check the id-token permission", () => Promise.resolve(checkPermission(inputs)));
  const { validateInputs } = await Promise.resolve().then(() => __toESM(require("./part-SWSEZQ6J.js")));
  const plan = await (0, import_part_HQE3EIAZ.group)("Validate the inputs", () => validateInputs({ inputs, logger }));
  const { resolveImages } = await Promise.resolve().then(() => __toESM(require("./part-SSBRTGY2.js")));
  const images = await (0, import_part_HQE3EIAZ.group)(
    "Resolve images to digests",
    () => resolveImages({
      client: plan.client,
      references: plan.images,
      recursive: inputs.recursive,
      logger
    })
  );
  const { hashFiles } = await Promise.resolve().then(() => __toESM(require("./part-CQBVLXMN.js")));
  const files = await (0, import_part_HQE3EIAZ.group)("Hash the files", () => hashFiles({ targets: plan.files, logger }));
  const { createSigner } = await Promise.resolve().then(() => __toESM(require("./part-FRFOWEVT.js")));
  const { signSubjects } = await Promise.resolve().then(() => __toESM(require("./part-PBNZQTZ4.js")));
  const { storeSignatures } = await Promise.resolve().then(() => __toESM(require("./part-UWNXQTMH.js")));
  const { writeOutputs, writeSignaturesSummary } = await Promise.resolve().then(() => __toESM(require("./part-KK3RVLVB.js")));
  const signer = createSigner({
    instance: plan.instance,
    identityToken: inputs.identityToken,
    logger
  });
  const signed = await (0, import_part_HQE3EIAZ.group)(
    "Sign with one certificate",
    () => signSubjects({ signer, subjects: [...images, ...files], logger })
  );
  const records = await (0, import_part_HQE3EIAZ.group)(
    "Store the signatures",
    () => storeSignatures({
      client: plan.client,
      signer,
      legacyTagFormat: inputs.legacyTagFormat,
      legacyOutputs: inputs.legacyOutputs,
      signed
    })
  );
  const certificatePems = signed.map((item) => item.signed.certificatePem);
  await (0, import_part_HQE3EIAZ.group)("Set the outputs", () => writeOutputs({ records, certificatePems }));
  if (inputs.showSummary) {
    await (0, import_part_HQE3EIAZ.group)(
      "Write the job summary",
      () => writeSignaturesSummary({ records, certificatePem: certificatePems.at(-1) ?? "" })
    );
  }
}
(0, import_part_MRALY75J.__name)(run, "run");
function checkPermission(inputs) {
  if (inputs.identityToken === void 0) (0, import_part_HQE3EIAZ.requireIdTokenPermission)({ action: "cosign-keyless" });
}
(0, import_part_MRALY75J.__name)(checkPermission, "checkPermission");
