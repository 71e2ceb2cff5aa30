/**
 * Every text of the command line in English: help, usage errors, notices and the words of the
 * report formats. The German catalogue (`de.ts`) has the same keys and placeholders.
 * Placeholders are `{name}`; counted words have a `one` and an `other` form.
 */
export const en = {
  help: {
    main: `Usage: outsourcing-policy <command> [options]

Checks outsourcing engagements (*.engagement.yaml) and data connection agreements (*.dca.yaml)
against BSI IT-Grundschutz OPS.3.1, measures M1-M16.

Commands:
  check [paths...]        check files and folders (default: .); folders are searched for policy documents
  coverage [paths...]     which of the measures M1-M16 each engagement fulfils, as a table, JSON, Markdown or HTML
  explain <rule|measure>  say what a rule (e.g. subcontracting/flow-down) or a measure (e.g. OPS.3.1.M2) asks
  help [command]          show this help, or the help of one command

Options of every command:
      --locale <lang>     language of all output: en or de (default: the project file's locale, else
                          LC_ALL, LC_MESSAGES or LANG, else en)
  -h, --help              show help; outsourcing-policy <command> --help shows the help of a command
  -v, --version           print the version
      --debug             print stack traces of internal errors

Run outsourcing-policy check --help or outsourcing-policy coverage --help for the options of a command.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error, unreadable path or internal error.
`,
    check: `Usage: outsourcing-policy check [paths...] [options]

Checks the given files and folders (default: .) against OPS.3.1; folders are searched for
*.engagement.yaml and *.dca.yaml.

Options:
  -f, --format <name>     stylish (default), json, sarif, github, junit, markdown or oscal (OSCAL 1.1.3
                          assessment results for ISMS tools); may be given several times
  -o, --output <file>     write the report of the --format before it to a file (stylish still goes to the terminal)
      --changed-since <ref>  report only findings on lines changed since a git ref, and findings those changes cause elsewhere
      --level <level>     basic, standard (default) or increased (always applies M16)
      --today <date>      the reference date for review and expiry rules, YYYY-MM-DD (default: today)
      --fail-on <sev>     exit 1 on findings of this severity or worse: error (default), warning, info, never
      --max-size <chars>  skip files larger than this many characters (default: 2097152)
      --max-findings <n>  report at most this many findings per file, errors first (default: 300)
      --config <file>     project file with defaults for these options (default: ./.outsourcing-policy.yaml)
      --locale <lang>     language of messages and reports: en or de; rule ids and measures stay the same
  -q, --quiet             report errors only
      --debug             print stack traces of internal errors

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage error, unreadable path or internal error.
`,
    coverage: `Usage: outsourcing-policy coverage [paths...] [options]

Says for each engagement in the given files and folders (default: .), with the data connection
agreements that name it, which of the measures M1-M16 are fulfilled, partial, failing, waived,
pending or not applicable (FORMAT.md section 6), and what falls due soon.

Options:
  -f, --format <name>     table (default; several engagements as a matrix), json, markdown, html or
                          oscal (OSCAL 1.1.3 assessment results, as check --format oscal writes them)
  -o, --output <file>     write the report to this file instead of standard output (the folder must exist)
      --due-within <dur>  list what falls due within this ISO 8601 duration, e.g. P30D (default), P2W, P3M
      --level <level>     basic, standard (default) or increased (always applies M16)
      --today <date>      the reference date for reviews, expiry and due dates, YYYY-MM-DD (default: today)
      --fail-on <sev>     exit 1 when an engagement has a finding of this severity or worse (as in check):
                          error, warning, info or never (default)
      --max-size <chars>  skip files larger than this many characters (default: 2097152)
      --config <file>     project file with defaults for these options (default: ./.outsourcing-policy.yaml)
      --locale <lang>     language of the report: en or de; measure ids and status values in JSON stay the same
  -q, --quiet             no notices on standard error (where the report was written, no engagement found)
      --debug             print stack traces of internal errors

Exit codes: 0 report written (and nothing at or above --fail-on), 1 findings at or above it,
2 usage error, unreadable path or internal error.
`,
    explain: `Usage: outsourcing-policy explain <rule|measure> [--locale <lang>]

Says what a rule (e.g. subcontracting/flow-down) or a measure (e.g. OPS.3.1.M2 or M2) asks,
why it matters and how to fix its findings.
For a measure also its related controls (Kompendium, ISO/IEC 27001:2022 Annex A, Grundschutz++);
for a Grundschutz++ control (e.g. BES.5.2) the measures that reach it.
`,
  },
  usage: {
    seeHelp: 'Run outsourcing-policy --help for usage.',
    oneOf: '--{name} must be one of {allowed}, not "{value}"',
    date: '--today must be a date written YYYY-MM-DD, not "{value}"',
    positiveCharacters: '--{name} must be a positive number of characters, not "{value}"',
    positive: '--{name} must be a positive number, not "{value}"',
    outputWithoutFormat:
      '--output {file} has no --format of its own; write --format <name> --output <file> for each report',
    oneToStdout:
      'only one report can go to standard output ({formats}); give the others an --output file',
    explainTakesOne:
      'explain takes one rule id or measure, e.g. explain subcontracting/flow-down or explain OPS.3.1.M2',
    unknownCommand: 'unknown command "{command}"; use check, coverage or explain',
    notAnOptionOf: 'option {option} is not an option of {command}',
    oneFormat: '{command} writes one report: give --{option} at most once',
    dueWithin: '--due-within must be an ISO 8601 duration such as P30D, P2W or P3M, not "{value}"',
    noFolder: 'cannot write {file}: the folder {folder} does not exist',
    unknownOption: 'unknown option {option}',
    missingValue: 'option {option} needs a value',
    unexpectedValue: 'option {option} takes no value',
    unexpectedArgument: 'unexpected argument {argument}',
    unknownTopic: '"{topic}" is neither a rule id nor a measure',
    didYouMean: '; did you mean {suggestion}?',
    topicHint: '; use a rule id such as schema/required or a measure such as OPS.3.1.M2',
    cannotWrite: 'cannot write {file} ({reason})',
    projectFile: '{file}: {problem}',
    verbatim: '{text}',
    notARepository: '--changed-since needs a git repository, but {cwd} is not inside one',
    notARef: '"{ref}" is not a git ref',
    unknownRef: 'unknown git ref "{ref}": no commit has that name in {root}',
  },
  notices: {
    skipped: '{file}: not an outsourcing-policy document (no apiVersion: {apiVersion}), skipped',
    internalError: 'internal error: {message}',
    debugHint: ' (run with --debug for details)',
    written: 'coverage report written to {file}',
    noEngagement: 'no engagement found in {paths}',
    oscalNoEngagement:
      'no engagement found in {paths}: the OSCAL assessment results name no measure as open',
  },
  counts: {
    file: { one: '{count} file', other: '{count} files' },
    problem: { one: '{count} problem', other: '{count} problems' },
    error: { one: '{count} error', other: '{count} errors' },
    warning: { one: '{count} warning', other: '{count} warnings' },
    info: { one: '{count} info', other: '{count} info' },
  },
  severity: { error: 'error', warning: 'warning', info: 'info' },
  stylish: {
    clean: '✔ no problems in {files}',
    summary: '✖ {problems} ({errors}, {warnings}, {infos}) in {files}',
  },
  github: {
    summary: 'outsourcing-policy: {errors}, {warnings}, {infos} in {files}',
  },
  junit: {
    cleanCase: 'OPS.3.1 check',
    caseName: '{ruleId} at {line}:{column}',
  },
  markdown: {
    heading: 'OPS.3.1 outsourcing policy check',
    noFindings: 'No findings in {files}.',
    tally: '{errors}, {warnings}, {infos} in {files}.',
    noFiles: '_No files were checked._',
    files: 'Files',
    measures: 'Measures',
    findings: 'Findings',
    file: 'File',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Info',
    measure: 'Measure',
    title: 'Title',
    status: 'Status',
    noMeasure: 'No measure (YAML and document problems)',
    severity: 'Severity',
    location: 'Location',
    rule: 'Rule',
    message: 'Message',
    truncated:
      '_Showing the {shown} most severe of {total} findings; the SARIF, JSON or JUnit report lists all of them._',
  },
  sarif: {
    sourceRoot: 'The repository root, or the current folder outside a repository.',
    howToFix: 'How to fix:',
    insteadOf: 'Instead of',
    write: 'write',
  },
};

export type CliTexts = typeof en;
