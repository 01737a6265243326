import type { Language } from '../../language/languages.js';
import { foldDiacritics } from '../../language/tokenize.js';

/**
 * Two ways of framing a question that say more about scope than its topic words. Asking about the
 * data behind a feature ("what do you store when I enter a raffle?", "does UPS get my address?",
 * "why do you need my phone number?") is a privacy question; asking how to use the feature ("how
 * do I enter the raffle?", "how often does the newsletter come?", "can you fix my login?", "is
 * this mail really from you?") is one for customer service, whatever the topic. The learned model
 * reads each framing as one feature, so what it learns from one topic carries over to the next.
 * Patterns run on the lower-case question without diacritics.
 */
interface Framing {
  /** About the data: what is stored, shared, known or needed, and why. */
  data: RegExp;
  /** About using the shop or a feature: how to, where to, how often, when, can you fix it. */
  use: RegExp;
}

const re = (source: string) => new RegExp(source, 'u');

const FRAMINGS: Record<Language, Framing> = {
  en: {
    data: re(
      String.raw`\b(what|which)\b.*\b(data|info|information|details)\b|\b(do|does|did|will|would|can|could)\s+(you|u|caliroots|they|it|\p{L}+)\s+(store|save|keep|hold|share|sell|collect|track|record|use|know|get|receive|see|pass|give|send|have|process|need)\b.*\b(my|me|our|us)\b|\b(about|on|of)\s+me\b|\bmy\s+(personal\s+)?(data|information|info|details)\b|\bwhy\s+(do|does|did|would)\s+(you|u|caliroots)\s+(need|want|ask|collect|store|keep|use)\b|\bwhat\s+(do|does|did|will|would)\s+(you|u|caliroots)\s+(store|save|keep|collect|know|have|hold|track|record|get|learn|see)\b|\bwhat\s+(do|does)\s+(you|u|caliroots)\s+do\s+with\b|\bprivacy\b|\bgdpr\b|\b(unsubscribe|opt\s*out|withdraw\s+(my\s+)?consent)\b`,
    ),
    use: re(
      String.raw`\b(how|where)\s+(do|can|should|could|would)\s+i\b|\bhow\s+(often|many|soon)\b|\bwhen\s+(is|are|will|does|do)\b.*\b(next|announced|drawn|start|starts|open|released?|come|comes|out)\b|\bcan\s+(you|u)\s+(fix|change|update|resend|send|add|switch|make)\b|\b(doesnt|does not|dont|do not|isnt|wont|not|never)\s+(work|working|arrive|arrived|load|show|get)\b|\b(real|legit|genuine|a scam|fake|phishing)\b|\bis\s+(there|it possible)\b`,
    ),
  },
  nl: {
    data: re(
      String.raw`\b(welke|wat voor)\b.*\b(gegevens|info|informatie|data)\b|\bmijn\s+(persoons)?(gegevens|data|info|informatie)\b|\b(over|van)\s+mij\b|\bwaarom\b.*\b(nodig|vragen|verzamelen|bewaren|gebruiken|willen)\b|\bwat\s+(doen|weten)\s+(jullie|julie|u|je)\b|\b(bewaren|bewaart|delen|deelt|verkopen|verkoopt|verzamelen|gebruiken|krijgen|krijgt|houden)\s+(jullie|julie|u|je|ze|zij|\p{L}+)\b.*\b(mijn|mij|me)\b|\bprivacy\b|\bavg\b|\bwat\s+slaan\s+(jullie|julie|u|je)\b|\b(afmelden|uitschrijven|toestemming\s+intrekken|bezwaar\s+maken)\b`,
    ),
    use: re(
      String.raw`\b(hoe|waar)\s+(kan|moet|kun|doe|zie|vind|zet|log|schrijf|voeg|krijg|stel)\b|\bhoe\s+(vaak|snel|lang duurt)\b|\bhoeveel\b|\bwanneer\s+(is|zijn|komt|komen|wordt|worden|begint|start)\b|\bkunnen\s+jullie\b.*\b(aanpassen|veranderen|wijzigen|oplossen|sturen|toevoegen|repareren)\b|\b(werkt|lukt|komt)\b.*\bniet\b|\b(echt|nep|oplichting|phishing)\b|\bis\s+(er|het mogelijk)\b`,
    ),
  },
  sv: {
    data: re(
      String.raw`\b(vilka|vad for)\b.*\b(uppgifter|personuppgifter|info|information|data)\b|\bmina\s+(person)?(uppgifter|data|info)\b|\bom\s+mig\b|\bvarfor\b.*\b(behover|vill|samlar|sparar|anvander)\b|\bvad\s+(gor|vet|sparar|har)\s+ni\b|\b(sparar|delar|saljer|samlar|anvander|far|registrerar|lagrar)\s+(ni|de|\p{L}+)\b.*\b(min|mitt|mina|mig)\b|\bintegritet\p{L}*|\bgdpr\b|\b(avregistrera|avprenumerera|avsluta\s+prenumerationen|aterkalla\s+(mitt\s+)?samtycke|invanda)\b`,
    ),
    use: re(
      String.raw`\b(hur|var)\s+(gor|kan|ska|loggar|hittar|ser|lagger|skriver|byter|slar|far|anmaler|valjer)\b|\bhur\s+(ofta|manga|snart)\b|\bnar\s+(ar|kommer|borjar|slapps|startar|oppnar)\b|\bkan\s+ni\b.*\b(andra|fixa|skicka|lagga till|byta|ratta)\b|\b(fungerar|funkar|kommer)\s+(inte|aldrig)\b|\b(bluff|fejk|akta|phishing|bedrageri)\b|\bfinns\s+det\b|\bgar\s+det\b`,
    ),
  },
  de: {
    data: re(
      String.raw`\b(welche|was fur)\b.*\b(daten|angaben|informationen|infos)\b|\bmeine[nrs]?\s+(personenbezogenen\s+)?(daten|angaben|informationen)\b|\b(uber|von)\s+mir\b|\b(warum|wozu|wofur)\b.*\b(braucht|wollt|speichert|erhebt|nutzt|sammelt|benotigt)\b|\bwas\s+(wisst|speichert|macht|habt)\s+ihr\b|\b(speichert|teilt|verkauft|sammelt|nutzt|bekommt|erhalt|gebt|verfolgt|trackt)\s+(ihr|sie|er|\p{L}+)\b.*\b(mein\p{L}*|mich|mir)\b|\bdatenschutz\p{L}*|\bdsgvo\b|\b(abmelden|abbestellen|einwilligung\s+widerrufen|widersprechen)\b`,
    ),
    use: re(
      String.raw`\b(wie|wo)\s+(kann|muss|soll|melde|finde|sehe|stelle|fuge|schreibe|bekomme|gebe|schalte|vergebe|leere)\b|\bwie\s+(oft|viele|schnell)\b|\bwann\s+(ist|sind|kommt|kommen|wird|werden|beginnt|startet)\b|\bkonnt\s+ihr\b.*\b(andern|beheben|schicken|hinzufugen|umstellen|reparieren)\b|\b(funktioniert|klappt|kommt)\b.*\b(nicht|nie)\b|\b(echt|betrug|fake|phishing)\b|\bgibt\s+es\b`,
    ),
  },
};

/** The framings a question has: `data`, `use`, both or neither. */
export function questionFraming(question: string, language: Language): Array<keyof Framing> {
  const text = foldDiacritics(question.toLowerCase().replace(/['’]/g, ''));
  const framing = FRAMINGS[language];
  return (['data', 'use'] as const).filter((kind) => framing[kind].test(text));
}
