// Bundling shim for `jsonschema`: why, and the test that proves it, are in `bundleAliases`
// (lib/stacks/node-function.ts). Checks only that what a schema requires is present, at every level of
// `properties`; not types, formats or patterns.
const present = (value) => value !== undefined;

function missing(instance, schema, path) {
  if (instance === null || typeof instance !== 'object') return [];
  const properties = schema.properties ?? {};
  const required = [
    ...(Array.isArray(schema.required) ? schema.required : []),
    ...Object.keys(properties).filter((name) => properties[name].required === true),
  ];
  return [
    ...required
      .filter((name) => !present(instance[name]))
      .map((name) => ({ property: path, message: `requires property "${name}"`, argument: name })),
    ...Object.keys(properties)
      .filter((name) => present(instance[name]))
      .flatMap((name) => missing(instance[name], properties[name], `${path}.${name}`)),
  ];
}

class Validator {
  addSchema() {}

  validate(instance, schema) {
    const errors = missing(instance, schema, 'instance');
    return { errors, valid: errors.length === 0 };
  }
}
// ElectroDB registers its custom formats here when it loads.
Validator.prototype.customFormats = {};

module.exports = { Validator };
