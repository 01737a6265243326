import type { Language } from '../../language/languages.js';
import { foldDiacritics } from '../../language/tokenize.js';

const re = (source: string) => new RegExp(source, 'u');

/**
 * What no section of the policy answers, whatever the topic: how a feature works (how are the
 * winners picked, how do I know whether I won), who may use it (may my son of 14 have an account,
 * can I take part with two addresses, can I log in with Google), and where to find a setting. Every
 * section answers what data, why, how long, who gets it and what rights one has; these shapes ask
 * none of that. Patterns run on the lower-case question without diacritics or apostrophes.
 */
const MECHANICS: Record<Language, RegExp> = {
  en: re(
    String.raw`\bhow\s+(are|is|do|does|will)\b.*\b(picked|chosen|selected|drawn|decided|notified|announced|determined)\b|\bhow\s+(do|can|will|would)\s+i\s+(know|tell|find out|hear)\s+(if|whether|when)\b|\b(may|can|could)\s+(i|we|children|kids|minors|he|she|someone|my(\s+[\p{L}\p{N}-]+){1,4}?)\s+(use|enter|join|participate|take part|shop|buy|order|have an account|create|open|register|sign up|log\s*in|sign in|login)\b|\b(am i|are we|is my\s+\p{L}+|are my\s+\p{L}+|are (kids|children|minors))\s+allowed\b|\bwhere\b.*\b(find|change|edit|set|turn)\b|\bwhens\b`,
  ),
  nl: re(
    String.raw`\bhoe\s+(worden|wordt|gaat)\b.*\b(gekozen|geselecteerd|getrokken|bepaald|bekendgemaakt|verloot|toe)\b|\bhoe\s+(weet|zie|hoor)\s+ik\b.*\b(of|wanneer)\b|\b(mag|mogen|kan|kunnen)\s+(ik|je|mijn\s+\p{L}+|kinderen|hij|zij|iemand)\b.*\b(gebruiken|meedoen|deelnemen|inloggen|bestellen|kopen|aanmaken|registreren|account hebben)\b|\bwaar\b.*\b(vind|verander|wijzig|zet|stel)\b`,
  ),
  sv: re(
    String.raw`\bhur\s+(valjs|utses|dras|lottas|meddelas|bestams)\b|\bhur\s+(vet|ser|far)\s+jag\s+(veta\s+)?(om|nar)\b|\b(far|kan)\s+(jag|man|min\s+\p{L}+|mitt\s+\p{L}+|barn|ett barn|hon|han|nagon)\b.*\b(handla|delta|ha ett konto|ha konto|skapa|anvanda|logga in|registrera|vara med|kopa|bestalla)\b|\bvar\b.*\b(hittar|andrar|stanger|byter|staller)\b`,
  ),
  de: re(
    String.raw`\bwie\s+(werden|wird)\b.*\b(ausgewahlt|gezogen|ausgelost|bestimmt|benachrichtigt|ermittelt)\b|\b(woher\s+weiss|wie\s+erfahre)\s+ich\b.*\b(ob|wann)\b|\b(darf|durfen|kann|konnen)\s+(ich|man|mein\p{L}*\s+\p{L}+|kinder|er|sie|jemand)\b.*\b(teilnehmen|mitmachen|einloggen|anmelden|nutzen|benutzen|konto haben|erstellen|bestellen|kaufen|einkaufen|registrieren)\b|\bwo\b.*\b(finde|andere|stelle)\b`,
  ),
};

/** Whether the question asks how a feature works, who may use it or where to find it. */
export function asksMechanics(question: string, language: Language): boolean {
  return MECHANICS[language].test(foldDiacritics(question.toLowerCase().replace(/['’]/g, '')));
}
