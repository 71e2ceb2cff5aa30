/**
 * The lifecycle of an engagement (FORMAT.md section 2), defined once: its statuses in order and
 * the top-level sections each status adds to what is required. Schema, rules, completion and
 * coverage all ask this module.
 */
export const LIFECYCLE = [
  'planning',
  'negotiation',
  'migration',
  'operation',
  'terminating',
  'terminated',
] as const;

export type LifecycleStatus = (typeof LIFECYCLE)[number];

/** Sections that become required at each status (in addition to those of earlier ones). */
export const SECTIONS_REQUIRED_FROM: Readonly<Record<LifecycleStatus, readonly string[]>> = {
  planning: ['metadata', 'parties', 'contacts', 'protectionNeeds', 'tenancy', 'roughConcept'],
  negotiation: ['contract', 'securityConcept', 'communication', 'termination'],
  migration: [
    'staff',
    'externalStaff',
    'dataConnectionAgreements',
    'dataExchange',
    'accessControl',
    'changeManagement',
    'migration',
    'emergencyPreparedness',
  ],
  operation: ['operations'],
  terminating: [],
  terminated: [],
};

/**
 * Sections that only some engagements need, and the status from which they are required when
 * they apply: the client concept for multi-tenant services, personnel screening for high
 * protection needs (whether they apply: `domain/applicability.ts`).
 */
export const CONDITIONAL_SECTIONS_REQUIRED_FROM: Readonly<Record<string, LifecycleStatus>> = {
  clientConcept: 'negotiation',
  personnelScreening: 'negotiation',
};

export function isLifecycleStatus(value: unknown): value is LifecycleStatus {
  return typeof value === 'string' && (LIFECYCLE as readonly string[]).includes(value);
}

/** The statuses from `status` on (itself included). */
export function statusesFrom(status: LifecycleStatus): readonly LifecycleStatus[] {
  return LIFECYCLE.slice(LIFECYCLE.indexOf(status));
}

/** The status from which a section is required, or undefined when it never is by status alone. */
export function statusRequiring(section: string): LifecycleStatus | undefined {
  return (
    LIFECYCLE.find((status) => SECTIONS_REQUIRED_FROM[status].includes(section)) ??
    CONDITIONAL_SECTIONS_REQUIRED_FROM[section]
  );
}

/** Whether `section` is required at `status` (for conditional sections: once they apply). */
export function isRequiredAt(section: string, status: unknown): boolean {
  const from = statusRequiring(section);
  if (!from || !isLifecycleStatus(status)) return false;
  return LIFECYCLE.indexOf(status) >= LIFECYCLE.indexOf(from);
}
