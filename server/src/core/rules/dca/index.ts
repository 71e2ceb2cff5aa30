/** The rules of data connection agreements (OPS.3.1.M8). */
import { activationGate } from './activationGate';
import { oneSidedContacts } from './oneSidedContacts';
import { protectionMismatch } from './protectionMismatch';

export const dcaRules = [activationGate, protectionMismatch, oneSidedContacts] as const;
