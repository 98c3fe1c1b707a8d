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
var part_PYEPMI4N_exports = {};
__export(part_PYEPMI4N_exports, {
  parseVerifyBundleArgs: () => parseVerifyBundleArgs,
  verifyBundleCommand: () => verifyBundleCommand
});
module.exports = __toCommonJS(part_PYEPMI4N_exports);
var import_part_F75X2CNE = require("./part-F75X2CNE.js");
var import_part_7EL3RFLJ = require("./part-7EL3RFLJ.js");
var import_part_FERXCPWD = require("./part-FERXCPWD.js");
var import_part_RV2WKTFB = require("./part-RV2WKTFB.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var import_node_fs = require("node:fs");
var DIGEST = /^sha256:([0-9a-fA-F]{64})$/;
function artifactInput(value) {
  const match = DIGEST.exec(value);
  if (match?.[1] === void 0 || (0, import_node_fs.existsSync)(value)) return { path: value };
  return { digest: `sha256:${match[1].toLowerCase()}` };
}
(0, import_part_MRALY75J.__name)(artifactInput, "artifactInput");
var USAGE = `usage: sign verify-bundle [--staging] --bundle FILE --certificate-identity ID --certificate-oidc-issuer URL [--trusted-root FILE] FILE_OR_DIGEST
       sign verify-bundle [--staging] --bundle FILE --key PATH [--trusted-root FILE] FILE_OR_DIGEST

Verifies a Sigstore bundle for FILE_OR_DIGEST (a path, or sha256:<64 hex> naming no file) signed
by the identity ID, as issued by the OIDC issuer URL (both exact), or by the public key in PATH
(PEM). Exit 0 when it verifies, 1 with the reason when not. Arguments come in exactly this order.

  --trusted-root FILE  the trusted root to verify with; default the built-in public-good root
  --staging            Sigstore staging: needs --trusted-root (only the public-good root is
                       built in)
`;
var FLAGS = [
  "--staging",
  "--bundle",
  "--certificate-identity",
  "--certificate-oidc-issuer",
  "--key",
  "--trusted-root"
];
function parseVerifyBundleArgs(args) {
  const reader = (0, import_part_F75X2CNE.orderedArgs)(args, FLAGS);
  const staging = reader.flag("--staging");
  const bundle = reader.required("--bundle", "FILE");
  let signer;
  if (reader.next("--key")) {
    signer = { key: reader.required("--key", "PATH") };
  } else if (reader.next("--certificate-identity")) {
    const identity = reader.required("--certificate-identity", "ID");
    signer = { identity, issuer: reader.required("--certificate-oidc-issuer", "URL") };
  } else {
    reader.misplaced(["--certificate-identity ID --certificate-oidc-issuer URL", "--key PATH"]);
  }
  const trustedRoot = reader.option("--trusted-root", "FILE");
  const artifact = reader.last("FILE_OR_DIGEST", ["--trusted-root FILE"]);
  return {
    staging,
    bundle,
    ...signer,
    artifact,
    ...trustedRoot !== void 0 && { trustedRoot }
  };
}
(0, import_part_MRALY75J.__name)(parseVerifyBundleArgs, "parseVerifyBundleArgs");
async function read(path, what) {
  try {
    return await (0, import_promises.readFile)(path);
  } catch (error) {
    const code = error.code ?? error.message;
    throw new Error(`cannot read ${what} ${path} (${code})`, { cause: error });
  }
}
(0, import_part_MRALY75J.__name)(read, "read");
var command = {
  name: "verify-bundle",
  usage: USAGE,
  parse: parseVerifyBundleArgs,
  execute: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (options, { stdout }) => {
    if (options.staging && options.trustedRoot === void 0) {
      throw new Error(
        "--staging needs --trusted-root FILE: sign builds in only the public-good trusted root; pass staging's trusted_root.json"
      );
    }
    const bundle = (0, import_part_7EL3RFLJ.parseBundleJSON)({
      text: (await read(options.bundle, "the bundle")).toString("utf8"),
      source: options.bundle
    });
    const input = artifactInput(options.artifact);
    const artifact = "digest" in input ? input : { data: await read(input.path, "the artifact") };
    const trustedRoot = options.trustedRoot === void 0 ? (0, import_part_7EL3RFLJ.publicGoodTrustedRoot)() : await (0, import_part_7EL3RFLJ.loadTrustedRoot)({ path: options.trustedRoot });
    const policy = "key" in options ? { key: (await read(options.key, "the public key")).toString("utf8") } : { certificateIdentity: options.identity, certificateOidcIssuer: options.issuer };
    const verified = (0, import_part_7EL3RFLJ.verifyBundle)({ bundle, artifact, policy, trustedRoot });
    const by = "key" in options ? `the key ${options.key}` : verified.identity;
    stdout.write(`verified ${options.artifact}: signed by ${by}
`);
    return 0;
  }, "execute")
};
var verifyBundleCommand = {
  name: "verify-bundle",
  summary: "verify a Sigstore bundle (conformance protocol)",
  run: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((context) => (0, import_part_F75X2CNE.runProtocol)(command, context), "run")
};
