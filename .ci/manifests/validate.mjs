// Validates Kubernetes manifests (multi-document YAML) against the Kubernetes API's JSON schemas, as shipped by
// kubernetes-models: every document must be a kind it knows, and valid. Usage: node validate.mjs FILE...
import { readFileSync } from "node:fs";
import { parseAllDocuments } from "yaml";

let invalid = 0;
let checked = 0;
for (const file of process.argv.slice(2)) {
    for (const document of parseAllDocuments(readFileSync(file, "utf8"))) {
        if (document.errors.length) {
            throw new Error(`${file}: ${document.errors[0].message}`);
        }
        const resource = document.toJS();
        if (resource == null) {
            continue;
        }
        const { apiVersion, kind } = resource;
        const name = `${file}: ${kind} ${resource.metadata?.name}`;
        // "apps/v1" -> kubernetes-models/apps/v1/Deployment; "v1" -> kubernetes-models/v1/Service
        const Model = (await import(`kubernetes-models/${apiVersion}/${kind}`).catch(() => ({})))[kind];
        checked++;
        if (!Model) {
            invalid++;
            console.error(`INVALID ${name}: no schema for ${apiVersion} ${kind}`);
            continue;
        }
        try {
            new Model(resource).validate();
            console.log(`valid ${name}`);
        } catch (e) {
            invalid++;
            console.error(`INVALID ${name}: ${e.message}`);
        }
    }
}
if (checked === 0) {
    console.error("no manifests");
    process.exit(1);
}
console.log(`${checked - invalid} valid, ${invalid} invalid`);
process.exit(invalid ? 1 : 0);
