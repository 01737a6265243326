import { LANGUAGES, type Language } from './languages.js';
import { tokenize } from './tokenize.js';

/**
 * Function words and very common words that mark a language. A word listed for two
 * languages counts for both; distinctive words are what decide short questions. Swedish and
 * German also as people type them without diacritics ("ar", "nar", "uber", "moechte").
 */
const MARKERS: Record<Language, string> = {
  nl: `de het een en van ik je jij u uw jullie mijn mij me wij we ons onze hoe wat wie waar waarom wanneer welke
    is zijn ben bent heb hebt heeft hebben wordt worden kan kunt kunnen wil wilt willen moet moeten mag mogen
    niet geen ook nog maar dat dit deze die er naar voor met op aan bij uit over als om tot dan toch graag
    alstublieft aub bedankt dank groet groeten vriendelijke hallo beste goedemiddag goedemorgen gegevens
    persoonsgegevens bestelling verwijderen wissen account nieuwsbrief bewaren waarom hoelang mijnheer mevrouw
    zou zouden kunnen alle iets niets welk lang hier daar valt vallen klein groot krijg krijgt kreeg heb
    mag zullen veel zelf niks iemand zoals omdat terwijl nadat zodat wordt werd waren geweest jullie
    onze hun zij mijn gaat doen doet zien weten vragen vraag alsjeblieft hoi hé dag tijd jaar keer klant
    klanten betaling besteld gekocht wil kan moet waarvoor gebruikt gebruiken worden`,
  en: `the a an and of i you your yours my me mine we us our how what who where why when which is are am was
    were be been have has had do does did can could will would should may might must not no also but that this
    these those there to for with on at by from about as if then please thanks thank regards hello hi dear
    data personal information order account newsletter delete remove keep store long it its any all get
    whos whats wheres hows theyre youre dont doesnt didnt cant wont isnt arent im ive got gets their them
    they our ours who whom there here because while after before since still just only also very much
    many some every each other another would could should might shall being having into onto within
    without through between customer customers purchase bought`,
  sv: `och att det som en ett i på är av för med till den har de inte om vi jag du ni mig mitt min mina dig din
    dina er ert era oss vår våra hur vad vem var varför när vilka vilken vilket kan kunna vill ska skulle måste får
    också men eller från hos efter under över hej tack mvh vänliga hälsningar snälla uppgifter personuppgifter
    beställning radera ta bort konto nyhetsbrev spara länge sparar lagrar behandlar alla något inget ingen
    hamnar utanför söker hennes hans deras finns kommer någon sådan varje mycket bara inom utan genom
    mellan sedan redan innan efter nu också vilken vilket vad händer behöver används får fick blir
    kund kunder köpt handlat tack hej mvh personliga
    ar nar pa fran ocksa nagon nagot nasta borjar galler anvanda anvander anvands behover hander kopa kopt
    oppnar tva snalla halsningar vanliga radera sondag`,
  de: `der die das ein eine einen einem einer und von zu ich du sie ihr ihre ihren ihrem mein meine meinen meiner
    mich mir wir uns unsere wie was wer wo warum wann welche welcher welches ist sind bin bist habe hast hat haben
    wird werden kann können kannst will wollen möchte möchten muss müssen darf dürfen nicht kein keine auch noch
    aber dass diese dieser es für mit auf an bei aus über als um bis dann bitte danke dank gruß grüße freundlichen
    hallo sehr geehrte geehrter daten personenbezogenen bestellung löschen konto newsletter speichern lange alle
    etwas nichts wem wen gehört gehören gibt habt euch eure euren eurem eurer bekomme bekommt nutzt
    erhält zählt welchem welchen werden wurde sollte dürft müsst könnt meinem meines ihrer
    unsere unseren unserem kein keinen oder weil damit wenn ob sich schon noch nur auch immer gerne
    kunde kunden gekauft bestellt
    uber fur mochte mochten konnen konnt konnte mussen durfen grosse grossen offnet offnen loschen geloscht
    gehort zuruck fuer ueber moechte koennen muessen loeschen sonntag`,
};

/** Letters and letter groups that occur in one language's spelling far more than in the others. */
const SPELLING_CUES: ReadonlyArray<{ pattern: RegExp; language: Language; weight: number }> = [
  { pattern: /å/g, language: 'sv', weight: 1.5 },
  { pattern: /ß/g, language: 'de', weight: 1.5 },
  { pattern: /ü/g, language: 'de', weight: 1 },
  { pattern: /ij/g, language: 'nl', weight: 0.6 },
  { pattern: /sch\b|sch[^aeiouy]/g, language: 'de', weight: 0.3 },
  { pattern: /tion\b/g, language: 'en', weight: 0.3 },
  { pattern: /\bth/g, language: 'en', weight: 0.4 },
  { pattern: /ung\b/g, language: 'de', weight: 0.4 },
  { pattern: /keit\b/g, language: 'de', weight: 0.5 },
  { pattern: /heid\b/g, language: 'nl', weight: 0.5 },
  { pattern: /lijk/g, language: 'nl', weight: 0.5 },
];

const lexicon = new Map<string, Language[]>();
for (const language of LANGUAGES) {
  for (const word of MARKERS[language].split(/\s+/).filter(Boolean)) {
    const languages = lexicon.get(word) ?? [];
    if (!languages.includes(language)) languages.push(language);
    lexicon.set(word, languages);
  }
}

export interface LanguageGuess {
  /** The language detected, or null when the text gives no evidence for any. */
  language: Language | null;
  /** Share of the evidence that went to the winner, 0..1. */
  confidence: number;
  scores: Record<Language, number>;
}

/** Scores a text against the four languages by marker words and spelling cues. */
export function guessLanguage(text: string): LanguageGuess {
  const scores: Record<Language, number> = { nl: 0, en: 0, sv: 0, de: 0 };
  for (const token of tokenize(text)) {
    const languages = lexicon.get(token);
    if (!languages) continue;
    for (const language of languages) scores[language] += 1 / languages.length;
  }
  const lower = text.toLowerCase();
  for (const cue of SPELLING_CUES) {
    const hits = lower.match(cue.pattern)?.length ?? 0;
    scores[cue.language] += Math.min(hits, 3) * cue.weight;
  }
  let best: Language | null = null;
  let total = 0;
  for (const language of LANGUAGES) {
    total += scores[language];
    if (scores[language] > 0 && (best === null || scores[language] > scores[best])) best = language;
  }
  return { language: best, confidence: best && total > 0 ? scores[best] / total : 0, scores };
}

/** The language of a text, or `fallback` when nothing marks one of the four. */
export function detectLanguage(text: string, fallback: Language): Language {
  return guessLanguage(text).language ?? fallback;
}
