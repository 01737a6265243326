import type { Lexicon } from '../concepts.js';

/** German cues: what is done with data and accounts (delete, send, correct, unsubscribe …). Pattern syntax in `en.ts`. */
export const DE_ACTIONS: Lexicon = {
  DELETE: `
    losch* | geloscht | *loschung | loesch* | geloescht | *loeschung | entfern* | entfernt |
    vernicht* | tilg* | getilgt | streich* | gestrichen | nehmt ... aus | nehmen ... aus |
    nimm ... aus | rausnehmen | herausnehmen | raus | wegmachen | bereinig* | nehmt ... von |
    nehmen ... von | nimm ... von | streicht | streichen sie | verschwind* | verschwunden |
    zu tilgen | herauszunehmen | rauszunehmen | anonymisier* | weg machen | weg damit | wegwerfen |
    weg werfen | wegschmeissen | beseitig* | loswerden | los werden | nuken | vergesst mich |
    vergessen sie mich | mach ... weg | macht ... weg | machen ... weg | machen sie .. weg |
    aus ... nehmen | aus ... zu nehmen | aus ... rausnehmen | von ... nehmen | von ... runter |
    runter von`,
  CLOSE: `
    schliess* | deaktivieren | deaktivierung | deaktiviere | kundig* | auflos* | beend* | stilllegen |
    zu schliessen | zu deaktivieren | zu kundigen | aufzulosen`,
  CLOSED: `
    geschlossen | deaktiviert | gekundigt | aufgelost | stillgelegt | weg sein | weg ist |
    wurde geloscht | wurden geloscht | ist geloscht | sind geloscht | geloscht wurde |
    geloscht wurden | wurde entfernt | entfernt wurde | geloscht wird | geloscht werden |
    wird geloscht | werden geloscht`,
  FORGET: `
    vergessenwerden | vergessen werden | recht auf loschung | recht auf vergessen* | art 17 |
    artikel 17 | vergesst mich | vergessen sie mich | mich vergessen`,
  ACCESS_REQ: `
    auskunftsersuchen | auskunftsanfrage | auskunftsantrag | auskunftsrecht | datenauskunft |
    selbstauskunft | auskunft uber | auskunft gemass | auskunft nach | auskunft zu | art 15 |
    artikel 15 | recht auf auskunft`,
  SEND: `
    schick* | senden | sendet | zusenden | zuschicken | zukommen lassen | ubermitteln | ubersenden |
    mailen | geben | bereitstellen | herausgeben | aushandigen | zuzusenden | zuzuschicken |
    zukommen zu lassen | herauszugeben | auszuhandigen | zu schicken | zu senden | zu ubermitteln |
    bereitzustellen | geschickt | gesendet | zugeschickt | zugesandt | gibt mir | geben sie mir |
    gebt mir`,
  GET: `
    erhalten | bekommen | anfordern | fordere | anfragen | hatte gerne | hatte gern | mochte gerne |
    beantrage* | bekomme | bekommt | erhalte | erhalt | kriege`,
  SEE: `
    einsehen | sehen | wissen | erfahren | einblick | einsicht | nachsehen | einzusehen |
    zu erfahren | mitteilen | teilen ... mit | teilt ... mit | teilen sie mir mit | sagen |
    sagt mir | sagen sie mir | zeigen | zeigt mir | mitzuteilen | zu sehen | wisst | weiss`,
  COPY: `
    kopie | kopien | ubersicht | aufstellung | auflistung | liste | zusammenfassung | bericht |
    auszug`,
  WHICH: `welche | welcher | welches | welchen | was | was fur`,
  CORRECT: `
    korrigier* | korrektur | berichtig* | andern | geandert | anderung* | aendern | geaendert |
    aenderung* | aktualisier* | anpassen | angepasst | passen .. an | falsch | falsche | falscher |
    falschen | fehlerhaft* | unrichtig* | veraltet* | stimmt nicht | stimmt .. nicht | vertippt |
    tippfehler | falsch geschrieben | austauschen | updaten | ersetzen | ersetzt | nicht aktuell |
    nicht mehr aktuell | nicht mehr gultig | anzupassen | zu andern | zu korrigieren |
    zu berichtigen | richtigstell* | richtig stellen | schreibfehler | rechtschreibfehler |
    nicht richtig | unkorrekt | korrigiert | andert | andere meine | andere mein | aendert |
    geheiratet | heisse jetzt | heisse nun | neuer nachname | neuen nachnamen | geburtsname |
    madchenname | namensanderung`,
  RESTRICT: `
    einschrank* | eingeschrankt | sperren | sperrt | sperrung meiner | begrenz* | einfrieren |
    art 18 | artikel 18 | pausier* | aussetzen | setzen ... aus | ruhen lassen | ruhend |
    einzuschranken | zu sperren | auf eis | sperrung | sperre | schranken ... ein |
    schrankt ... ein | schranke ... ein | auf pause | pausiert`,
  PORT: `
    datenubertragbarkeit | ubertragbarkeit | datenuebertragbarkeit | datenportabilitat |
    portabilitat | maschinenlesbar* | csv | json | datenexport | art 20 | artikel 20 |
    *ubertragbarkeit`,
  EXPORT: `export* | herunterladen | runterladen | download* | lade ... herunter | laden ... herunter`,
  TRANSFER: `
    ubertrag* | ubertragen | ubermitteln | ubermittelt | mitnehmen | umziehen | weitergeben an |
    transferieren | mitzunehmen | zu ubertragen | weiterzugeben`,
  FILE: `
    als datei | in einer datei | eine datei | tabelle | excel | exceldatei | format | formats |
    *format`,
  ANOTHER: `
    anderen | anderer | andere | anderes | woanders | neuen anbieter | konkurrenz | direkt an |
    direkt zu | unmittelbar an`,
  UNSUB: `
    abbestell* | abbestellt | bestellen ... ab | bestelle ... ab | austragen | ausgetragen |
    tragen ... aus | trag ... aus | tragt ... aus | opt out | abmeldelink | abmeldung vom newsletter |
    auszutragen | abzubestellen`,
  DEREGISTER: `
    abmelden | abgemeldet | abmeldung | melden ... ab | meldet ... ab | melde ... ab |
    meldest ... ab | abbestellen | abzumelden`,
  STOP: `
    aufhoren | hort ... auf | horen ... auf | hore ... auf | stoppen | stoppt | stopp | einstellen |
    stellen ... ein | stellt ... ein | unterlassen | unterlasst | beenden | einzustellen |
    aufzuhoren | einstellt | einstellst | sein lassen | lasst das | lassen sie das | ausschalten |
    schaltet ... aus | schalten sie ... aus | abschalten | horen sie ... auf`,
  OBJECT: `widersprech* | widerspreche | widerspruch | widerspruche | art 21 | artikel 21`,
  PROFILING: `
    profiling | profilbildung | personalisierte werbung | personalisierter werbung |
    personalisierten werbung | zielgerichtete werbung | interessenbasierte werbung | retargeting |
    automatisierte entscheidung* | profil .. erstellen | personalisierte empfehlungen |
    personalisierten empfehlungen | empfehlungen auf basis | auf basis meiner |
    personalisierte angebote | personalisierten angebote | massgeschneiderte angebote |
    personalisierung | personalisierte inhalte | personalisierte mails | verfolgt mich |
    mich verfolgen | mich tracken | trackt mich | surfverhalten | klickverhalten |
    nutzungsverhalten | kaufverhalten | einkaufsverhalten | klick- und kaufverhalten`,
  PROCESS: `
    verarbeit* | verarbeitung | verarbeitet | was passiert | was geschieht`,
  USE: `
    nutzen | nutzt | genutzt | nutzung | verwend* | verwendet | benutz* | gebrauch* | macht ... mit |
    machen ... mit | mit .. machen | mit .. tun | tut ... mit`,
  KEEP: `
    speicher* | gespeichert | aufbewahr* | aufbewahrt | behalt* | vorhalten | haben | habt | hat |
    hinterlegt | liegen | bewahren | bewahrt | bewahre | bewahren ... auf | bewahrt ... auf`,
  SHARE: `
    teilen | teilt | geteilt | verkauf* | verkauft | weitergeben | weitergegeben | weitergebt |
    weitergibt | weiterverkauf* |
    geben ... weiter | gebt ... weiter | weiterleiten | ubermitteln an | ubermittelt |
    weitergeleitet | gegeben | gibt .. weiter | gab .. weiter | gebe .. weiter | landen | landet |
    gelandet | wer bekommt | wer erhält | wer bekommen | wer sieht | wer kann .. sehen`,
  COLLECT: `sammeln | sammelt | gesammelt | erheben | erhoben | erfass* | tracken | verfolgen`,
  NEED: `
    brauchen | braucht | benotig* | erforderlich | notwendig | pflicht* | muss ich | angeben |
    anzugeben | angegeben | muss man | fragt ... nach | fragen ... nach | fragt ihr nach |
    abfragen | abgefragt | wollt ihr | wolltet ihr`,
  EXIST: `
    stehen | drinstehen | drin stehen | existieren | vorhanden | registriert | gefuhrt werden |
    teil .. sein | teil von | enthalten sein | teil`,
  KNEW: `
    kannte | kannten | kennt | wusste | wussten | wusste .. von | nannte | nennt | enthielt |
    erwahnte | erwahnt`,
  REMAIN: `
    ubrig | ubrig bleiben | ubrigbleiben | bleiben | bleibt | zuruckbleiben | verbleib*`,
};
