/**
 * What each measure asks, in English: one summary sentence and the points the measure asks for.
 * A paraphrase written for this project. The ids, tiers and titles live in `domain/measures.ts`.
 */
export const en = {
  'OPS.3.1.M1': {
    summary:
      'Before any contract is drafted, provider and customer agree on a first outline of how they will work together, what the project is meant to achieve and which third parties it relies on.',
    asks: [
      'describe how the two parties interact and which ground rules they follow',
      'set up governance: who steers and controls the engagement, and how it links to emergency management, information security and data protection',
      'state measurable objectives with targets and deadlines, at least one of them about security',
      'plan milestones for planning, migration and operation',
      'show the qualities the provider brings, such as an ISMS certificate for the scope or reference customers',
      'disclose dependencies on subcontractors, other outsourcers, data hosts, carriers and emergency partners before signing',
      'compare the security cultures and risk appetite of both organisations',
    ],
  },
  'OPS.3.1.M2': {
    summary:
      'The contract pins down services, service levels and security duties so precisely that neither side is later surprised by what was or was not promised.',
    asks: [
      'describe every service and its service levels as exactly as possible',
      'make a non-disclosure agreement part of the contract from the start',
      'settle organisational matters: channels, responsibilities, problem resolution, regular meetings, data retention, deletion and location, mutual access rights',
      'agree staffing topics such as workplaces on the customer site, deputies and training',
      'fix incident categories, reaction times, escalation, incident notification, backups, redundancy, force majeure and strikes',
      'regulate subcontracting with sensible conditions instead of a blanket ban, and pass all requirements down the chain',
      'define ownership, copyright, penalties and a notice period long enough for a handover',
      'require client separation where the infrastructure is shared',
      'agree how changes and tests are run and how fast defects are fixed',
      'allow regular monitoring and audits, including by the customer’s supervisory authorities',
    ],
  },
  'OPS.3.1.M3': {
    summary:
      'Starting from the customer’s own security concept, the provider writes and maintains a security concept for this engagement and can prove on request that it is being followed.',
    asks: [
      'keep a versioned security concept for the engagement and update it continuously',
      'build on the customer’s security concept and state how far the customer’s influence and duties reach',
      'describe the interfaces between the partners and towards other customers',
      'delimit the information domain clearly from the customer’s own',
      'agree a shared classification scheme for sensitive information',
      'measure security with security service levels',
      'show the customer evidence of the agreed measures when asked, and review the implementation regularly',
    ],
  },
  'OPS.3.1.M4': {
    summary:
      'Both parties document, and put into the contract, who inside and outside their organisations may receive which class of information about the engagement.',
    asks: [
      'list every communication partner and the classifications each may receive, as a communication matrix',
      'make sure external recipients are contractually entitled to process what they get',
      'review the list regularly and whenever people change roles',
      'check how well each channel protects confidentiality, integrity and availability, and monitor it',
      'remind recipients that what they receive serves solely the purpose it was sent for',
      'keep an overview of who may receive personal data',
    ],
  },
  'OPS.3.1.M5': {
    summary:
      'Employees of the provider who work for the customer know the customer’s security rules, are covered by deputies, and leave their role in an orderly way.',
    asks: [
      'brief staff on the customer’s security policies and in-house rules',
      'find out the customer’s requirements for deployed staff and meet them',
      'obtain written commitments from everyone with access to confidential customer data',
      'name a deputy for every role and keep key positions filled',
      'when someone leaves, train the successor, collect documents and revoke access',
      'remind leavers that their secrecy obligations remain',
    ],
  },
  'OPS.3.1.M6': {
    summary:
      'People the provider brings in from other companies are committed, briefed, supervised and offboarded like the provider’s own staff, and the customer learns when they can see confidential data.',
    asks: [
      'tell the customer when external workers can reach confidential data, so its security officer can reassess',
      'have long-term external workers commit in writing to the applicable laws and rules',
      'brief external workers on their duties and the relevant security rules when they start',
      'arrange deputies for external workers too',
      'treat short-term helpers such as maintenance technicians as visitors',
      'document what powers each external worker has',
      'at the end, hand over results, return keys and badges, and keep confidentiality in force',
    ],
  },
  'OPS.3.1.M7': {
    summary:
      'When several customers share systems, the provider writes a tenant concept that shows how each customer’s data and configuration stay separate, and hands it to the customer.',
    asks: [
      'give the customer the tenant concept before shared use begins',
      'let every tenant control its own logging and retention settings',
      'verify that new or substantially changed applications keep tenants apart',
      'check the legal basis for shared processing',
      'keep processing in one tenant from reading or changing data of another',
      'separate administration into at least two levels and keep authorisation contexts per tenant',
      'give the operator a tenant administration level that cannot process tenant data',
      'separate logs per tenant and route cross-tenant data only through defined, secured interfaces',
    ],
  },
  'OPS.3.1.M8': {
    summary:
      'No network of the provider is joined to a customer network until a data connection agreement spells out who may reach what, under which conditions, and how the link is cut in an incident.',
    asks: [
      'define precisely which users of which party may access which targets with which rights',
      'agree the protection needs and a shared classification of the data',
      'name contacts of both parties for organisational, technical and security matters',
      'cover encryption, allowed services, platforms, availability, logging and log exchange',
      'include confidentiality, liability, breach notification, permitted data uses and involved contractors',
      'fix the term of the agreement and how it is adapted',
      'activate the connection only after a security check and with no known deficiencies open',
      'say who may disconnect, when, whom to inform and how to escalate',
      'note foreign law on cryptography, privacy and copyright where the parties sit in different countries',
    ],
  },
  'OPS.3.1.M9': {
    summary:
      'Where the partners exchange data regularly, they agree contacts, technical framework and protective measures so that the exchange runs smoothly and safely.',
    asks: [
      'name contacts for organisational, technical and security questions',
      'agree applications, data formats, availability and how quickly messages are read and answered',
      'check outgoing and incoming data for malware on both ends of the transfer',
      'protect data in transit with sealed containers, checksums, encryption or signatures, and control the keys',
      'delete data at the sender only after receipt is confirmed',
      'agree confidentiality and which data may serve which purpose',
      'commit to privacy, copyright and licensing law',
    ],
  },
  'OPS.3.1.M10': {
    summary:
      'Once the service is live, the provider helps the customer keep security up to date through documentation, reporting, joint meetings, audits and exercises, and keeps customers isolated from one another.',
    asks: [
      'update documentation and policies at regular intervals',
      'tell the customer about important changes in the provider’s sphere',
      'make sure other customers can neither disturb this customer nor see its data',
      'carry out the agreed audits and give auditors access to subcontractor contacts',
      'report on performance, availability, quality and capacity',
      'take part in regular coordination meetings on news, risks, problems and changes',
      'plan and evaluate exercises for partial and total failure, restoring backups and security incidents',
    ],
  },
  'OPS.3.1.M11': {
    summary:
      'Access to buildings, IT systems and applications is granted through a controlled process, limited to what each person needs, and never lets one customer reach another’s systems or data.',
    asks: [
      'keep customers away from each other’s systems, networks and data',
      'regulate access at the levels of premises, IT systems and applications',
      'run a defined process to grant, change and withdraw rights, and apply changes promptly',
      'give only the rights a task needs, based on roles',
      'set rules for authentication methods and password strength',
      'replace default passwords before first use and train staff in authentication',
      'document every grant, change and withdrawal',
    ],
  },
  'OPS.3.1.M12': {
    summary:
      'Changes to systems follow a standard process so that security is not weakened and a way back exists when availability is at risk.',
    asks: [
      'take every change through planning, prioritising, rating, implementation, testing, approval, documentation and review',
      'analyse the security impact of significant changes',
      'make sure no change weakens an existing security measure',
      'test before approval, and plan a fallback with criteria when availability is at risk',
      'document changes and the reasons behind decisions',
      'let only authorised people change the affected areas',
      'involve both parties’ security management in major changes',
    ],
  },
  'OPS.3.1.M13': {
    summary:
      'The move of the service to the provider is run under its own security concept with clear responsibilities and tests, and ends with updated documentation and no exceptions left open.',
    asks: [
      'write a security concept for the migration phase',
      'have each side designate an information security officer and put responsibilities in writing',
      'plan the tests, approvals and the move into production',
      'use production data for testing only when it is specially protected',
      'set up a joint security team and a committee with a meeting rhythm; train customer staff',
      'record names and contact details for every responsibility',
      'after completion, update the security concept, document configurations and train staff for operations',
      'close every exception granted during the migration',
    ],
  },
  'OPS.3.1.M14': {
    summary:
      'The provider aligns its contingency planning with the customer’s recovery needs, documents who does what in an emergency, and practises it together with the customer.',
    asks: [
      'meet the customer’s recovery time and recovery point objectives',
      'identify interfaces to third parties such as carriers and network links',
      'document responsibilities, contacts and processes completely',
      'set detailed backup rules: separate media per client, escalation, malware protection',
      'write work instructions for specific failure situations, including actions that are forbidden',
      'agree a plan of regular joint exercises with the customer',
      'plan cooperation, communication and escalation in advance, and realign both parties’ plans regularly',
    ],
  },
  'OPS.3.1.M15': {
    summary:
      'The end of the engagement is prepared from the start so that the customer can take the service back or move it to someone else without harm.',
    asks: [
      'settle property rights to hardware, software, tools and backups',
      'decide whether the provider’s tools and scripts may be reused afterwards',
      'hand over all information and data, and check it arrived before deleting anything',
      'delete the customer’s data securely and keep evidence',
      'estimate how long reintegration takes so the notice period is long enough',
      'document systems and workflows to support reintegration',
      'review and remove every permission created for the engagement',
    ],
  },
  'OPS.3.1.M16': {
    summary:
      'For high confidentiality or integrity needs, provider and customer agree in advance which background checks staff must pass and who carries them out.',
    asks: [
      'agree the checks required for deployed staff, such as identity, qualifications and a certificate of good conduct',
      'state in the contract which party performs which check',
      'define how thorough the checks are',
      'repeat the checks whenever staff change or join',
    ],
  },
} as const;
