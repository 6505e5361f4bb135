// Bundling shim for `jsonschema` (why, and the test that proves it: `bundleAliases` in
// lib/stacks/node-function.ts). ElectroDB asks the validator two things, both about our static models:
// whether a value is a model at all (an Entity instance is not: it lacks the model's required parts),
// and whether a model is valid. This validator checks only what a schema requires to be present, at
// every level of `properties`; it does not check types, formats or patterns. The unit test runs every
// call ElectroDB makes while building our Service through the real jsonschema and through this, and
// requires the same verdict each time, so every model we build is valid under the real schemas.

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
