/** The rules about the YAML text itself: syntax, duplicate keys, alias expansion. */
import { aliasLimit, duplicateKey, syntax } from './yamlRules';

export const yamlRules = [syntax, duplicateKey, aliasLimit] as const;
