/** The rules about reviews and alignments that recur at an agreed interval. */
import { overdue } from './overdue';

export const reviewRules = [overdue] as const;
