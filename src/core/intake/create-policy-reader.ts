import { answerQuestion } from '../knowledge/answer-question.js';
import { getSection } from '../knowledge/get-section.js';
import type { KnowledgeIndex } from '../knowledge/knowledge-index.js';
import type { Language } from '../language/languages.js';
import type { Ticket } from '../ports/ticket-gateway.js';
import type { Playbooks } from '../tasks/playbooks.js';
import type { RequestType } from '../tasks/task.js';
import { triageTicket } from '../triage/triage-ticket.js';
import type { TriageTicket } from './intake-types.js';

/** What the Zendesk intake and its notes need to know about tickets and the policy. */
export interface PolicyReader {
  triage: TriageTicket;
  /** The policy's quoted answer to the ticket's question, with its citation; null when it abstains. */
  answer(ticket: Ticket, language: Language): { answer: string; citation: string } | null;
  canAnswer(ticket: Ticket, language: Language): boolean;
  /** Citations of the sections that apply to a right, in `locale`. */
  sectionsFor(type: RequestType, locale: Language): string[];
  /** Prepares the per-language lexicons now, so that the first tickets do not stall a server. */
  warmUp(): void;
}

/** One everyday privacy sentence per language, only to make triage compile its lexicons. */
const WARM_UP: Readonly<Record<Language, string>> = {
  nl: 'Verwijder alstublieft mijn account en mijn gegevens.',
  en: 'Please delete my account and my data.',
  sv: 'Radera mitt konto och mina uppgifter, tack.',
  de: 'Bitte löschen Sie mein Konto und meine Daten.',
};

/**
 * Ticket triage and policy answers over one knowledge index. The sections that apply to each right
 * come from its playbook; every id is checked against the policy when the playbooks load (load-playbooks), so none is missing here.
 */
export function createPolicyReader(
  index: KnowledgeIndex,
  fallbackLanguage: Language,
  playbooks: Playbooks,
): PolicyReader {
  const answer = (ticket: Ticket, language: Language) => {
    const found = answerQuestion(index, `${ticket.subject}\n${ticket.description}`, {
      fallbackLanguage,
      language,
    });
    return found.answered && found.answer && found.citation
      ? { answer: found.answer, citation: found.citation }
      : null;
  };
  const triage: TriageTicket = (ticket) => triageTicket(ticket, { fallbackLanguage });
  return {
    triage,
    answer,
    canAnswer: (ticket, language) => answer(ticket, language) !== null,
    sectionsFor: (type, locale) =>
      playbooks.byType[type].policySections.flatMap((id) => {
        const section = getSection(index, id, locale);
        return section ? [section.citation] : [];
      }),
    warmUp() {
      for (const text of Object.values(WARM_UP)) triage({ subject: '', description: text });
    },
  };
}
