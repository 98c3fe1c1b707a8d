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
var part_OZBO2YPO_exports = {};
__export(part_OZBO2YPO_exports, {
  parseSignBundleArgs: () => parseSignBundleArgs,
  signBundle: () => signBundle
});
module.exports = __toCommonJS(part_OZBO2YPO_exports);
var import_part_F75X2CNE = require("./part-F75X2CNE.js");
var import_part_7EL3RFLJ = require("./part-7EL3RFLJ.js");
var import_part_FERXCPWD = require("./part-FERXCPWD.js");
var import_part_RV2WKTFB = require("./part-RV2WKTFB.js");
var import_part_MRALY75J = require("./part-MRALY75J.js");
var import_promises = require("node:fs/promises");
var USAGE = `usage: sign sign-bundle [--staging] [--in-toto] --identity-token TOKEN --bundle FILE [--trusted-root FILE] [--signing-config FILE] FILE

Signs FILE with a Fulcio certificate for TOKEN (an OIDC ID token, audience "sigstore") and writes
a Sigstore bundle v0.3 to --bundle: a message signature over FILE's SHA-256, or with --in-toto a
DSSE envelope over FILE, an in-toto statement. Arguments come in exactly this order.

  --staging              sign with Sigstore staging: needs --signing-config (only the
                         public-good services are built in)
  --signing-config FILE  the services to use (signing config v0.2); default public good
  --trusted-root FILE    a trusted root, checked to load (signing does not need it)
`;
var FLAGS = [
  "--staging",
  "--in-toto",
  "--identity-token",
  "--bundle",
  "--trusted-root",
  "--signing-config"
];
function parseSignBundleArgs(args) {
  const reader = (0, import_part_F75X2CNE.orderedArgs)(args, FLAGS);
  const staging = reader.flag("--staging");
  const inToto = reader.flag("--in-toto");
  const identityToken = reader.required("--identity-token", "TOKEN");
  const bundle = reader.required("--bundle", "FILE");
  const trustedRoot = reader.option("--trusted-root", "FILE");
  const signingConfig = reader.option("--signing-config", "FILE");
  const file = reader.last("FILE", ["--trusted-root FILE", "--signing-config FILE"]);
  return {
    staging,
    inToto,
    identityToken,
    bundle,
    file,
    ...trustedRoot !== void 0 && { trustedRoot },
    ...signingConfig !== void 0 && { signingConfig }
  };
}
(0, import_part_MRALY75J.__name)(parseSignBundleArgs, "parseSignBundleArgs");
async function readJson(path, what) {
  let text;
  try {
    text = await (0, import_promises.readFile)(path, "utf8");
  } catch (error) {
    const code = error.code ?? error.message;
    throw new Error(`cannot read ${what} ${path} (${code})`, { cause: error });
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${what} ${path} is not JSON (${error.message})`, { cause: error });
  }
}
(0, import_part_MRALY75J.__name)(readJson, "readJson");
async function readStatement(path) {
  const value = await readJson(path, "the in-toto statement");
  const statement = value;
  if (typeof statement !== "object" || statement === null || typeof statement._type !== "string" || !statement._type.startsWith("https://in-toto.io/Statement/") || !Array.isArray(statement.subject) || statement.subject.length === 0 || typeof statement.predicateType !== "string") {
    throw new Error(
      `${path} is not an in-toto statement: --in-toto needs JSON with _type "https://in-toto.io/Statement/v1", a non-empty subject list and a predicateType`
    );
  }
  return statement;
}
(0, import_part_MRALY75J.__name)(readStatement, "readStatement");
var command = {
  name: "sign-bundle",
  usage: USAGE,
  parse: parseSignBundleArgs,
  secrets: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((options) => [options.identityToken], "secrets"),
  execute: /* @__PURE__ */ (0, import_part_MRALY75J.__name)(async (options, { stdout }) => {
    if (options.staging && options.signingConfig === void 0) {
      throw new Error(
        "--staging needs --signing-config FILE: sign builds in only the public-good services; pass staging's signing_config.v0.2.json"
      );
    }
    if (options.trustedRoot !== void 0) {
      await (0, import_part_7EL3RFLJ.loadTrustedRoot)({ path: options.trustedRoot });
    }
    const instance = (0, import_part_7EL3RFLJ.resolveInstance)(
      options.signingConfig === void 0 ? {} : { signingConfig: options.signingConfig }
    );
    const signer = (0, import_part_7EL3RFLJ.createBundleSigner)({
      instance,
      identityProvider: (0, import_part_7EL3RFLJ.staticIdentityProvider)(options.identityToken)
    });
    let signed;
    if (options.inToto) {
      signed = await signer.signStatement(await readStatement(options.file));
    } else {
      const { digest } = await (0, import_part_7EL3RFLJ.hashFile)(options.file);
      signed = await signer.signDigest({ algorithm: "sha256", digest });
    }
    try {
      await (0, import_promises.writeFile)(options.bundle, JSON.stringify(signed.bundle));
    } catch (error) {
      const code = error.code ?? error.message;
      throw new Error(`cannot write the bundle to ${options.bundle} (${code})`, { cause: error });
    }
    stdout.write(`signed ${options.file}: bundle written to ${options.bundle}
`);
    return 0;
  }, "execute")
};
var signBundle = {
  name: "sign-bundle",
  summary: "sign a file into a Sigstore bundle (conformance protocol)",
  run: /* @__PURE__ */ (0, import_part_MRALY75J.__name)((context) => (0, import_part_F75X2CNE.runProtocol)(command, context), "run")
};
