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
var part_ORW3VO5K_exports = {};
__export(part_ORW3VO5K_exports, {
  mapBounded: () => mapBounded,
  resolveImages: () => resolveImages
});
module.exports = __toCommonJS(part_ORW3VO5K_exports);
var import_part_P3LU6RAG = require("./part-P3LU6RAG.js");
var import_part_B2YFWNDN = require("./part-B2YFWNDN.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var CONCURRENCY = 8;
async function mapBounded(options) {
  const { items, work } = options;
  const results = new Array(items.length);
  let next = 0;
  let failure;
  const worker = /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async () => {
    while (failure === void 0 && next < items.length) {
      const index = next++;
      try {
        results[index] = await work(items[index], index);
      } catch (error) {
        failure ??= { error };
      }
    }
  }, "worker");
  const workers = Math.max(1, Math.min(options.limit ?? CONCURRENCY, items.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (failure !== void 0) throw failure.error;
  return results;
}
(0, import_part_MRALY75J.__name)(mapBounded, "mapBounded");
async function resolveImages(options) {
  const { client, logger } = options;
  const resolved = await mapBounded({
    items: options.references,
    work: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (reference) => {
      const repo = { registry: reference.registry, repository: reference.repository };
      const descriptor = await (0, import_part_P3LU6RAG.resolveManifest)({
        client,
        repo,
        reference: reference.digest ?? reference.tag ?? "latest"
      });
      const image = subject(repo, descriptor);
      logger.info(`${(0, import_part_P3LU6RAG.formatReference)(reference)} \u2192 ${image.name}`);
      if (!options.recursive) return [image];
      return [image, ...await platformSubjects({ client, image, logger })];
    }, "work")
  });
  const unique = new Map(resolved.flat().map((image) => [image.name, image]));
  return [...unique.values()];
}
(0, import_part_MRALY75J.__name)(resolveImages, "resolveImages");
async function platformSubjects(options) {
  const { image } = options;
  if (!(0, import_part_P3LU6RAG.isIndexMediaType)(image.descriptor.mediaType)) return [];
  const manifest = await (0, import_part_P3LU6RAG.fetchManifest)({
    client: options.client,
    repo: image.repo,
    reference: image.descriptor.digest
  });
  const platforms = manifest ? (0, import_part_P3LU6RAG.platformManifests)(manifest) : [];
  return platforms.map((descriptor) => {
    const platform = subject(image.repo, descriptor);
    const { platform: fields } = descriptor;
    const where = fields ? (0, import_part_B2YFWNDN.quote)([fields.os, fields.architecture, fields.variant].filter(Boolean).join("/")) : "platform";
    options.logger.info(`  ${where} \u2192 ${platform.name}`);
    return platform;
  });
}
(0, import_part_MRALY75J.__name)(platformSubjects, "platformSubjects");
function subject(repo, descriptor) {
  const { mediaType, digest, size } = descriptor;
  return {
    kind: "image",
    name: `${(0, import_part_P3LU6RAG.repositoryName)(repo)}@${digest}`,
    repo,
    descriptor: { mediaType, digest, size }
  };
}
(0, import_part_MRALY75J.__name)(subject, "subject");
