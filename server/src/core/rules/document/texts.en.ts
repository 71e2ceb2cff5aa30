/** The texts of the document rules in English (the reference for every other locale). */
export const en = {
  'document/missing-api-version': {
    title: 'Header missing',
    summary:
      'A file named like a policy document does not declare `apiVersion: outsourcing-policy/v1`.',
    details:
      'Files called `*.engagement.yaml` or `*.dca.yaml` are expected to be policy documents. Without the `apiVersion` line the checker cannot be sure which format version applies, so the file is not validated at all and the finding sits at its start. The quick-fix inserts the header lines.',
    fix: 'Add `apiVersion: outsourcing-policy/v1` and the matching `kind` at the top of the document.',
    messages: {
      emptyFile: {
        message:
          'the file is empty: a {kind} document starts with apiVersion: {apiVersion} and kind: {kind}',
      },
      missing: {
        message: 'apiVersion is missing: a policy document starts with apiVersion: {apiVersion}',
      },
      wrong: {
        message: 'apiVersion is {actual}: a policy document starts with apiVersion: {apiVersion}',
      },
    },
  },
  'document/unknown-kind': {
    title: 'Unknown document kind',
    summary: 'The `kind` field is neither `Engagement` nor `DataConnectionAgreement`.',
    details:
      'The `kind` decides which schema and which cross-document rules apply. With an unknown kind no measure can be checked, so the document is reported as a whole at its kind value, with a did-you-mean where a known kind is close.',
    fix: 'Set `kind` to `Engagement` or `DataConnectionAgreement` (the spelling is case-sensitive).',
    messages: {
      unknown: {
        message:
          'kind {kind} is not a known document kind: use Engagement or DataConnectionAgreement',
      },
      didYouMean: {
        message:
          'kind {kind} is not a known document kind (did you mean {suggestion}?): use Engagement or DataConnectionAgreement',
      },
    },
  },
  'document/too-large': {
    title: 'File skipped because of its size',
    summary: 'The file is larger than the configured size limit and was not checked.',
    details:
      'To keep the editor responsive and to protect CI from runaway inputs, files above the limit (2 MiB by default) are not parsed. The finding is only informational: nothing is known about the file either way, and it is neither passed nor failed.',
    fix: 'Split the file into one document per engagement or agreement, or raise the size limit in the settings if the file is legitimately this large.',
    messages: {
      tooLarge: {
        message:
          'the file has {size} characters, more than the limit of {limit}; it was skipped (raise maxDocumentSize to check it)',
      },
    },
  },
  'document/truncated': {
    title: 'Too many problems to show',
    summary: 'A document has so many problems that only the first ones are reported.',
    details:
      'A document that is far from the format (for example a large file of unrelated or repeated keys) could produce thousands of findings, which helps nobody and slows the editor down. Whatever their source (YAML syntax, duplicate keys, schema, rules), the engine reports at most 300 findings per file (`maxFindings` in the settings, the project file or `--max-findings` on the command line changes the bound), errors first, then warnings, then infos, and adds this one note with how many were left out.',
    fix: 'Fix the reported problems, or check that the file really is an engagement or a data connection agreement, then check again.',
    messages: {
      truncated: {
        message: 'too many findings: {omitted} more are not shown (the limit is {limit})',
        detail:
          'Errors are kept first, then warnings, then infos. Fix the findings shown and check again to see the rest, or raise maxFindings.',
      },
    },
  },
  'document/external-schema': {
    title: 'Schema named by URL',
    summary:
      'A `yaml-language-server` comment points the document at a schema on the network or elsewhere on disk by URL.',
    details:
      'Other YAML tools follow such comments and download the schema they name. This checker never loads anything from the network or from outside the project: it always validates against its built-in schemas. The warning makes that visible, so nobody relies on a remote schema that is not the one applied.',
    fix: 'Remove the comment, or point it at the schema shipped with the project by a relative path, e.g. `# yaml-language-server: $schema=../schemas/engagement.schema.json`.',
    messages: {
      external: {
        message:
          'this line points at a schema outside the project ({target}); Outsourcing Policy never fetches schemas and checks the document against its built-in schema only',
      },
    },
  },
  'document/binary': {
    title: 'File is not text',
    summary: 'A file with a policy document name contains binary data.',
    details:
      'The file holds bytes that cannot be text, such as NUL characters, so it is probably an office document or an archive saved under a .yaml name. It cannot be validated and would mislead anyone who expects a policy there.',
    fix: 'Replace the file with the YAML text of the document, or rename it so it no longer looks like a policy file.',
    messages: {
      binary: {
        message:
          '{uri} contains binary data (a NUL byte); it is not a YAML text file and was not checked',
      },
    },
  },
} as const;
