const importMetaUrl = require('node:url').pathToFileURL(__filename).href;
var __defProp=Object.defineProperty;var __getOwnPropDesc=Object.getOwnPropertyDescriptor;var __getOwnPropNames=Object.getOwnPropertyNames;var __hasOwnProp=Object.prototype.hasOwnProperty;var __name=(target,value)=>__defProp(target,"name",{value,configurable:!0});var __export=(target,all)=>{for(var name in all)__defProp(target,name,{get:all[name],enumerable:!0})},__copyProps=(to,from,except,desc)=>{if(from&&typeof from=="object"||typeof from=="function")for(let key of __getOwnPropNames(from))!__hasOwnProp.call(to,key)&&key!==except&&__defProp(to,key,{get:()=>from[key],enumerable:!(desc=__getOwnPropDesc(from,key))||desc.enumerable});return to};var __toCommonJS=mod=>__copyProps(__defProp({},"__esModule",{value:!0}),mod);var part_TFRZ4JCP_exports={};__export(part_TFRZ4JCP_exports,{verifyCommand:()=>verifyCommand});module.exports=__toCommonJS(part_TFRZ4JCP_exports);var import_part_LUPTIMDS=require("./part-LUPTIMDS.js"),import_part_RZ3R733F=require("./part-RZ3R733F.js"),import_part_MZKGZTIY=require("./part-MZKGZTIY.js"),import_part_JIMNXTGM=require("./part-JIMNXTGM.js"),import_part_33XELF2K=require("./part-33XELF2K.js"),import_part_XZFQWB5B=require("./part-XZFQWB5B.js"),import_node_os=require("node:os"),import_node_path=require("node:path"),import_node_util=require("node:util"),SIGNATURE_OPTIONS=new Set(["bundle","signature"]);function pairSignatures(tokens){let targets=tokens.filter(token=>token.kind==="positional").length,paired=Array.from({length:targets},()=>{}),current=targets===1?0:-1;for(let token of tokens){if(token.kind==="positional"&&targets>1&&current++,token.kind!=="option"||!SIGNATURE_OPTIONS.has(token.name))continue;let value=token.value??"";if(current<0)throw new import_part_MZKGZTIY.UsageError(`--${token.name} ${value} comes before any TARGET: with several targets, give each FILE's --bundle or --signature after it`);(paired[current]??=[]).push(value)}return paired}__name(pairSignatures,"pairSignatures"),(0,import_part_XZFQWB5B.__name)(pairSignatures,"pairSignatures");var USAGE=`usage: sign verify [flags] TARGET...
       sign verify [flags] FILE --bundle B [FILE2 --bundle B2 ...]

Verifies every TARGET against one policy and exits 0 only when all of them pass.
TARGET is an image reference (registry/repository:tag or @sha256:\u2026), a file (its signatures are
found beside it: FILE.sigstore.json, FILE.sigstore, FILE.intoto.jsonl,
FILE.{spdx,cdx,sbom}.intoto.sigstore.json, FILE.jws.sig, FILE.cose.sig), or with --oci-layout
an OCI layout DIR:TAG or DIR@sha256:\u2026.

Who must have signed (each kind given is required):
  --certificate-identity ID              keyless: the certificate's exact SAN
  --certificate-identity-regexp RE       \u2026 or a regexp matching the whole SAN (anchored)
  --certificate-oidc-issuer URL          keyless: the exact OIDC issuer
  --certificate-oidc-issuer-regexp RE    \u2026 or a regexp matching the whole issuer (anchored)
  --certificate-github-workflow-repository OWNER/REPO   GitHub claims of the certificate,
  --certificate-github-workflow-ref REF                 exact (legacy and v2 extensions)
  --certificate-github-workflow-sha SHA
  --certificate-github-workflow-trigger EVENT
  --certificate-github-workflow-name NAME
  --key FILE                             a Sigstore signature by this PEM public key
  --type TYPE                            require attestations of this predicate type (URI, or
                                         cosign's slsaprovenance, slsaprovenance1, spdxjson,
                                         cyclonedx, vuln, openvex, link, custom) instead of
                                         signatures
  --require-sbom FORMAT                  also require an SBOM (spdx-json or cyclonedx-json) signed
                                         by each signer given: an SBOM attestation of the target,
                                         or an SBOM referrer or file (FILE.spdx.json, FILE.cdx.json,
                                         FILE.sbom.json) with its own signature
  --trust-policy FILE                    notation trust policy (OCI and/or blob; repeatable)
  --trust-store DIR                      notation trust store (holding x509/{ca,signingAuthority,tsa}/)
  --scope SCOPE                          notation trust policy scope for --oci-layout targets
  --policy FILE                          the whole policy as one YAML/JSON file instead

Trust roots (Sigstore; default: the built-in public-good root, offline):
  --trusted-root FILE                    a trusted_root.json (self-hosted Sigstore)
  --tuf-mirror URL --tuf-root FILE       fetch the trusted root from a TUF repository

Targets and output:
  --oci-layout                           targets are OCI layout directories
  --bundle FILE, --signature FILE        signature files of the file target before it,
                                         instead of those beside it (repeatable); with one
                                         target, of that target wherever they stand.
                                         FILE --bundle B FILE2 --bundle B2 \u2026 verifies each file
                                         with the bundle after it, all in one process (a FILE
                                         without one uses the signatures beside it)
  --allow-unsigned                       subjects with no signature at all pass (with a warning)
  --output text|json                     report format on stdout (default text)

Registry credentials come from the docker config (docker login, credential helpers).
Exit codes: 0 every target verified, 1 some did not (verification failed), 2 usage or
configuration error, 3 a registry or other remote service refused or failed, 70 internal error.
`,STRING_FLAGS=[...import_part_LUPTIMDS.POLICY_FLAG_NAMES,"policy","output"];function parseVerifyArgs(args){let parsed;try{parsed=(0,import_node_util.parseArgs)({args,allowPositionals:!0,strict:!0,tokens:!0,options:{...Object.fromEntries(STRING_FLAGS.map(flag=>[flag,{type:"string"}])),"trust-policy":{type:"string",multiple:!0},bundle:{type:"string",multiple:!0},signature:{type:"string",multiple:!0},"oci-layout":{type:"boolean"},"allow-unsigned":{type:"boolean"}}})}catch(error){throw new import_part_MZKGZTIY.UsageError(error.message)}let values=parsed.values,flags={};for(let flag of STRING_FLAGS){let value=values[flag];typeof value=="string"&&(flags[flag]=value)}let output=flags.output??"text";if(output!=="text"&&output!=="json")throw new import_part_MZKGZTIY.UsageError(`--output is text or json, not ${JSON.stringify(output)}`);if(parsed.positionals.length===0)throw new import_part_MZKGZTIY.UsageError("give at least one TARGET");let list=(0,import_part_XZFQWB5B.__name)(name=>values[name]??[],"list");return{targets:parsed.positionals,flags,trustPolicy:list("trust-policy"),signatures:pairSignatures(parsed.tokens),ociLayout:values["oci-layout"]===!0,allowUnsigned:values["allow-unsigned"]===!0,output}}__name(parseVerifyArgs,"parseVerifyArgs"),(0,import_part_XZFQWB5B.__name)(parseVerifyArgs,"parseVerifyArgs");async function policyOf(args){if(args.flags.policy!==void 0){let extra=[...import_part_LUPTIMDS.POLICY_FLAG_NAMES.filter(flag=>args.flags[flag]!==void 0),...args.trustPolicy.length>0?["trust-policy"]:[],...args.allowUnsigned?["allow-unsigned"]:[]];if(extra.length>0)throw new import_part_MZKGZTIY.UsageError(`--policy holds the whole policy; move ${extra.map(flag=>`--${flag}`).join(", ")} into it`);return(0,import_part_LUPTIMDS.loadPolicy)({path:args.flags.policy})}let flags=Object.fromEntries(import_part_LUPTIMDS.POLICY_FLAG_NAMES.filter(flag=>args.flags[flag]!==void 0).map(flag=>[(0,import_part_LUPTIMDS.policyFlagKey)(flag),args.flags[flag]]));return args.trustPolicy.length>0&&(flags.trustPolicy=args.trustPolicy),args.allowUnsigned&&(flags.allowUnsigned=!0),(0,import_part_LUPTIMDS.policyFromFlags)({flags,source:"flags",spell:(0,import_part_XZFQWB5B.__name)(flag=>`--${flag}`,"spell"),baseDir:process.cwd()})}__name(policyOf,"policyOf"),(0,import_part_XZFQWB5B.__name)(policyOf,"policyOf");async function run(context){let{args,stdout,stderr}=context;if(args.length===1&&(args[0]==="--help"||args[0]==="-h"))return stdout.write(USAGE),0;try{let parsed=parseVerifyArgs(args),targets=parsed.targets.map(text=>(0,import_part_LUPTIMDS.parseTarget)({text,ociLayout:parsed.ociLayout})),policy=await policyOf(parsed);for(let[index,target]of targets.entries())if(parsed.signatures[index]!==void 0&&target.kind!=="file")throw new import_part_MZKGZTIY.UsageError(`--bundle and --signature name the signatures of the file target before them; ${target.text} is not a file`);let trust=await(0,import_part_LUPTIMDS.loadTrust)({policy,tufCachePath:(0,import_node_path.join)(process.env.XDG_CACHE_HOME??(0,import_node_path.join)((0,import_node_os.homedir)(),".cache"),"sign","tuf")}),report=await(0,import_part_LUPTIMDS.verifyTargets)({targets,policy,trust,credentials:(0,import_part_MZKGZTIY.dockerConfigCredentials)(),targetSignatures:parsed.signatures});return stdout.write(parsed.output==="json"?`${JSON.stringify(report,null,2)}
`:(0,import_part_LUPTIMDS.renderReportText)({report})),report.verified?import_part_RZ3R733F.EXIT_CODES.ok:(stderr.write(`sign verify: verification failed: ${(0,import_part_LUPTIMDS.renderFailedSubjects)({report})}
`),import_part_RZ3R733F.EXIT_CODES.verification)}catch(error){return(0,import_part_LUPTIMDS.commandFailure)({command:"verify",error,stderr})}}__name(run,"run"),(0,import_part_XZFQWB5B.__name)(run,"run");var verifyCommand={name:"verify",summary:"verify images, files and OCI layouts against one policy (Sigstore and notation)",run};
//# sourceMappingURL=part-TFRZ4JCP.js.map
