/**
 * The extension's settings in the shape the language server expects (protocol.ts). Sent as
 * initialization options; later changes reach the server through configuration sync.
 */
import * as vscode from 'vscode';
import {
  DEFAULT_SETTINGS,
  SETTINGS_SECTION,
  type ServerSettings,
} from '../../server/src/lsp/protocol';

/** The current settings; in an untrusted workspace VS Code leaves out the restricted ones. */
export function readSettings(): ServerSettings {
  // null: the workspace's values (extraGlobs is resource-scoped; the server reads one list)
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, null);
  const defaults = DEFAULT_SETTINGS;
  return {
    locale: config.get('locale', defaults.locale),
    validation: {
      level: config.get('validation.level', defaults.validation.level),
      delay: config.get('validation.delay', defaults.validation.delay),
      maxDocumentSize: config.get(
        'validation.maxDocumentSize',
        defaults.validation.maxDocumentSize,
      ),
      maxFindings: config.get('validation.maxFindings', defaults.validation.maxFindings),
    },
    files: {
      extraGlobs: config.get('files.extraGlobs', defaults.files.extraGlobs),
    },
  };
}
