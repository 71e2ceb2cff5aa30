/**
 * The rules on running the service: default passwords (OPS.3.1.M11), recovery objectives (M14)
 * and the end of the migration (M13).
 */
import { defaultPasswords } from './defaultPasswords';
import { migrationClosure } from './migrationClosure';
import { migrationIncomplete } from './migrationIncomplete';
import { productionTestData } from './productionTestData';
import { recoveryObjectives } from './recoveryObjectives';

export const operationsRules = [
  defaultPasswords,
  recoveryObjectives,
  migrationClosure,
  migrationIncomplete,
  productionTestData,
] as const;
