/** Problems with the project file `.outsourcing-policy.yaml`, in English; `config.texts.de.ts` has the same keys. */
export const configTexts = {
  notYaml: '{file} is not valid YAML: {reason}',
  aliases: '{file} expands too many aliases (*name) to be read',
  notMapping: '{file} must be a mapping of options ({known})',
  schemaKey:
    '{file}: {key} is not supported: the checker validates only against its built-in schemas and never loads a schema from a URL or another file',
  unknownOption: '{file}: unknown option {key} (known: {known})',
  oneOf: '{file}: {option} must be one of {allowed}, not {value}',
  maxDocumentSize: '{file}: maxDocumentSize must be a positive whole number of characters',
  maxFindings: '{file}: maxFindings must be a positive whole number',
  globList: '{file}: extraGlobs must be a list of glob patterns',
  globOutside:
    '{file}: extraGlobs entry {glob} points outside the project; only relative patterns inside it are allowed',
};

export type ConfigTexts = typeof configTexts;
