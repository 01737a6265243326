import type { Language } from './languages.js';
import { foldDiacritics as fold } from './tokenize.js';

/**
 * Function words that carry no topic, per language, in lower case without diacritics. Question
 * words that do carry one ("who" → the controller, "why" → the purposes) are deliberately absent,
 * and so are negations ("no longer", "niet meer") that hint at objections.
 */
const WORDS: Record<Language, string> = {
  en: `a an the and or but if then so of to in on at by for with from about as into onto over under than
    i me my mine myself you your yours u ur we us our ours they them their he she it its this that these those
    there here is are am was were be been being have has had having do does did doing done not no after can could will would
    shall should may might must let lets get got gets getting just also too very really please pls plz thanks thank
    hi hello hey dear regards kind best guys any some all each every much many more most such own same other
    what how which whom whose whether when where im ive id dont doesnt didnt cant wont isnt arent youre its thats whats
    hows theres cannot wanna gonna want wants like yes yeah ok okay actually exactly basically
    literally ever already yet again maybe perhaps currently stuff thing things something anything everything
    guys lol btw`,
  nl: `de het een en of maar als dan dus niet na van te in op aan bij voor met uit over tot om naar door onder tegen
    ik mij me mijn jij je jou jouw u uw wij we ons onze jullie zij ze hun hen hij zij het dit dat deze die daar
    hier er is zijn ben bent was waren wordt worden werd hebben heb hebt heeft had kunnen kan kunt kon zullen
    zal zou zouden mogen mag moeten moet moest willen wil wilt doen doe doet deed gaan ga gaat graag alstublieft
    aub svp bedankt dank hallo hoi beste hey groet groeten groetjes vriendelijke mvg al alle allemaal iets wat
    hoe welk welke wanneer waar wel toch nog even eigenlijk gewoon ook zo heel erg dus nou hoor ja oke ok
    precies ooit misschien soms dingen ding zoiets iets dergelijks spul alsjeblieft goedemiddag
    goedemorgen goedenavond goedendag`,
  sv: `och eller men om så inte efter av till i in ut på vid för med från över under mot än som att det den de dem denna
    detta dessa där här jag mig min mitt mina du dig din ditt dina ni er ert era vi oss vår vårt våra han hon
    hen dess deras är var varit vara blir blev bli har hade haft kan kunde kunna ska skall skulle vill ville
    måste får fick göra gör gjorde gå går tack hej hejsan hallå mvh vänliga hälsningar hälsning snälla vänligen
    all alla allt någon något några vad hur när var vart vilken vilket vilka också ju väl bara mycket väldigt lite
    ja nej okej ok en ett sig sin sitt sina egentligen exakt faktiskt ens redan kanske grejer grej
    saker sånt`,
  de: `der die das den dem des ein eine einen einem einer eines und oder aber wenn dann also nicht von zu im in
    am an auf bei für mit aus über unter gegen als um nach durch ich mich mir mein meine meinen meinem meiner
    du dich dir dein deine sie ihr ihre ihren ihrem ihrer wir uns unser unsere euch euer eure er es sein seine
    dies diese dieser dieses das dort hier da ist sind bin bist war waren wird werden wurde haben habe hast hat
    hatte habt können kann kannst könnt konnte sollen soll sollte müssen muss dürfen darf wollen will willst
    möchte möchten mögen machen mache macht tun gehen geht bitte danke dank hallo hi liebe lieber sehr
    geehrte geehrter gruß grüße freundlichen mfg alle alles etwas was wie welche welcher welches wann wo auch noch
    doch mal ja nein ok okay schon eigentlich einfach ganz gerne gern euer ob genau überhaupt eben welchem welchen welches
    jemals vielleicht zeug sachen ding dinge irgendwas sowas vor seit einige einiger einigen trotzdem`,
};

const SETS: Record<Language, ReadonlySet<string>> = {
  en: new Set(WORDS.en.split(/\s+/).filter(Boolean).map(fold)),
  nl: new Set(WORDS.nl.split(/\s+/).filter(Boolean).map(fold)),
  sv: new Set(WORDS.sv.split(/\s+/).filter(Boolean).map(fold)),
  de: new Set(WORDS.de.split(/\s+/).filter(Boolean).map(fold)),
};

/** True for a function word of `language`; `word` is lower case, with or without diacritics. */
export function isStopWord(word: string, language: Language): boolean {
  return SETS[language].has(fold(word));
}
