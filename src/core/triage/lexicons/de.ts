import type { Lexicon } from '../concepts.js';

/**
 * German cues; pattern syntax as in `en.ts`. Compounds ("Kundenkonto", "Datenlöschung") are met
 * with word parts (`*konto*`); separable verbs ("melden Sie mich ab") use `..`.
 */
export const DE: Lexicon = {
  DELETE: `
    losch* | geloscht | *loschung | loesch* | geloescht | *loeschung | entfern* | entfernt |
    vernicht* | tilg* | getilgt | streich* | gestrichen | nehmt ... aus | nehmen ... aus |
    nimm ... aus | rausnehmen | herausnehmen | raus | wegmachen | bereinig* | nehmt ... von |
    nehmen ... von | nimm ... von | streicht | streichen sie | verschwind* | verschwunden |
    zu tilgen | herauszunehmen | rauszunehmen | anonymisier* | weg machen | weg damit | wegwerfen |
    weg werfen | wegschmeissen | beseitig* | loswerden | los werden | nuken | vergesst mich |
    vergessen sie mich | mach ... weg | macht ... weg | machen ... weg | machen sie .. weg |
    aus ... nehmen | aus ... zu nehmen | aus ... rausnehmen | von ... nehmen`,
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
    schrankt ... ein | schranke ... ein`,
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
    personalisierte angebote | personalisierten angebote | massgeschneiderte angebote`,
  PROCESS: `
    verarbeit* | verarbeitung | verarbeitet | was passiert | was geschieht`,
  USE: `
    nutzen | nutzt | genutzt | nutzung | verwend* | verwendet | benutz* | gebrauch* | macht ... mit |
    machen ... mit | mit .. machen | mit .. tun | tut ... mit`,
  KEEP: `
    speicher* | gespeichert | aufbewahr* | aufbewahrt | behalt* | vorhalten | haben | habt | hat |
    hinterlegt | liegen`,
  SHARE: `
    teilen | teilt | geteilt | verkauf* | verkauft | weitergeben | weitergegeben |
    geben ... weiter | gebt ... weiter | weiterleiten | ubermitteln an | ubermittelt |
    weitergeleitet | gegeben | gibt .. weiter | gab .. weiter | gebe .. weiter`,
  COLLECT: `sammeln | sammelt | gesammelt | erheben | erhoben | erfass* | tracken | verfolgen`,
  NEED: `
    brauchen | braucht | benotig* | erforderlich | notwendig | pflicht* | muss ich | angeben |
    anzugeben | angegeben | muss man`,
  ACCOUNT: `
    konto | kontos | *konto | account | accounts | profil | kundenprofil | mitgliedschaft |
    benutzerkonto | zugang | kunde sein | kunde zu sein | kunde mehr | als kunde`,
  DATA: `
    daten | *daten | informationen | infos | info | angaben | personenbezogen* | kundendaten |
    bestellhistorie | kaufhistorie | historie | alles was sie | alles was ihr | datensatz |
    datensatze | vermerk | notiz`,
  STORAGE: `
    system | systemen | datenbank* | kundendatei | kartei | register | verzeichnis | kundenstamm |
    *datei`,
  ALL: `alles | alle | samtlich* | komplett | vollstandig | ganzes | ganze | gesamten`,
  ME: `mich | mir`,
  ABOUT_ME: `
    uber mich | zu mir | zu meiner person | von mir | bezuglich meiner person | meine person |
    auf meinen namen | die mich betreffen | mich betreffend`,
  ATTR: `
    name | namen | nachname* | vorname* | familienname | adresse | anschrift | wohnadresse |
    emailadresse | mailadresse | email | mail | telefonnummer | handynummer | mobilnummer | nummer |
    geburtsdatum | geburtstag | geschlecht | postleitzahl | plz | *name | *namen | *adresse |
    strasse | hausnummer | heisse | heisst | anrede | *adressen | auf meinen namen | geheiratet |
    heisse jetzt | heisse nun | neuer nachname | neuen nachnamen | geburtsname | madchenname |
    namensanderung`,
  ORDER: `bestellung* | bestellnummer | auftrag | auftragsnummer | order | kauf | einkauf | bestellt`,
  ITEM: `
    artikel | produkt* | socke* | schuh* | sneaker* | cap | mutze | kappe | hoodie* | jacke |
    shirt* | tshirt* | pullover | hose | paar | grosse | grossen | farbe | tasche | ware | waren |
    geschenknachricht* | grusskarte* | geschenkverpackung* | geschenkkarte* | gutschein*`,
  REVIEW: `bewertung* | rezension* | kommentar* | produktbewertung* | erfahrungsbericht`,
  CARD: `
    karte | kreditkarte | kartendaten | bankdaten | zahlungsdaten | zahlungsmethode | zahlungsart |
    iban | bankverbindung | kontonummer | bankkarte | ec-karte | ec karte | debitkarte | girokarte`,
  CART: `warenkorb* | wunschliste* | merkliste* | favoriten`,
  INVOICE: `rechnung* | quittung* | beleg* | kassenbon | mwst | gutschrift | ustidnr`,
  DOCUMENT: `
    bestellbestatigung* | bestatigung* | lieferschein* | versandetikett* | etikett* | label |
    paketschein* | rucksendeschein* | retourenschein* | adressaufkleber* | zettel | *bestatigung* |
    *lieferschein* | *etikett*`,
  DELIVERY: `
    lieferung | liefern | geliefert | versand | verschickt | versendet | zugestellt | paket* |
    sendung* | lieferadresse | versandadresse | zustelladresse | sendungsverfolgung | tracking | dhl |
    hermes | paketdienst | karton`,
  PASSWORD: `
    passwort* | kennwort* | zugangsdaten | logindaten | anmeldedaten | einloggen | login | anmelden |
    verifizierungscode | pin`,
  MARKETING: `
    newsletter* | marketing* | werbung | werbe* | werbemail* | angebote | aktionen | promo* |
    verteiler | mailingliste | emailverteiler | spam | reklame | kampagne* | rabattaktionen |
    dieser liste | der liste | eurer liste | ihrer liste | liste | diese liste | *newsletter* |
    *werbung | werbezweck* | katalog* | prospekt* | werbebrief* | briefwerbung | postwurf*`,
  MSG: `
    mails | emails | sms | *sms | nachrichten | benachrichtigungen | pushnachrichten | mailen |
    zuschriften | smsen | simsen | whatsapp* | spammen | zuspammen | spamt | zugespammt`,
  PRIVACY: `
    datenschutz* | dsgvo | gdpr | cookie* | dritte | dritten | drittanbieter* |
    datenschutzbeauftragte* | speicherdauer | aufbewahrungsfrist* | einwilligung | privatsphare`,
  PHISHING: `
    phishing | betrug* | betruger* | fake | gefalscht* | falschung | verdachtig* | ausgibt |
    angeblich | traue .. nicht | vertraue .. nicht | ist das echt | seltsame* link |
    komische* link | wirklich von euch | wirklich von ihnen`,
  OTHER_PERSON: `
    jemand anderem | jemand anderes | jemand anderen | jemand fremdes | anderen kunden |
    einer anderen person | einem anderen kunden | eines anderen kunden | anderer kunden | fremde |
    fremden | fremder | fremdes | unbekannten person | anderen kundin | einer anderen kundin |
    eine andere kundin | anderer kundinnen | anderen person | einer fremden person |
    eines gewissen | einer gewissen | an eine frau | an einen herrn | an frau | an herrn`,
  SHOWN: `
    bekommen | erhalten | bekam | erhielt | sehe | sah | sieht | steht | stehen | stand | standen |
    lag | lagen | enthalt | enthielt | kam | zeigt | angezeigt | gehort | gehorte | gedruckt |
    aufgedruckt | beigelegt | ist von | fand | gefunden | bestimmt fur | adressiert an | im paket |
    im karton | im packerl | in der sendung | in der mail | adressiert | vorgeschlagen | erschien |
    tauchte ... auf | sichtbar | offen an | im cc | bekomme | bekommt | erhalte | erhalt | kriege |
    kriegt`,
  MY: `mein | meine | meinen | meiner | meines | meinem`,
  NEG: `
    nicht | kein | keine | keinen | keiner | keines | nie | niemals | ohne | nicht mehr |
    keine .. mehr | keinen .. mehr | nicht langer | keinerlei`,
  NEG_WANT: `
    will nicht | will kein | will keine | mochte nicht | mochte kein | mochte keine |
    will .. nicht | mochte .. nicht | wunsche nicht | wunsche keine | brauche keine | brauche kein |
    will .. nicht mehr | mochte .. nicht mehr | brauche .. nicht | brauche ... nicht mehr`,
  NOMORE: `
    mehr | nicht mehr | keine .. mehr | keinen .. mehr | nicht langer | langer |
    will .. nicht mehr | mochte .. nicht mehr`,
  NOTHING: `nichts | nix`,
  NEG_BREAK: `
    weiss | wissen | finde | finden | verstehe | sehe | bekomme | erhalte | erhalten | bekommen |
    klappt | funktioniert | geht`,
  INABILITY: `
    kann .. nicht | kann .. keine | kann .. kein | konnen .. nicht | geht .. nicht | klappt .. nicht |
    klappt nicht | nicht moglich | schaffe .. nicht | finde .. nicht | finde nirgends | nirgends`,
  COND: `
    wenn ich | falls ich | sobald ich | nachdem ich | was passiert | wenn mein | sollte ich |
    wenn man | falls man | bevor ich | angenommen | uberlege* | irgendwann | warum habt ihr |
    warum haben sie | warum wurde | wieso wurde | weshalb wurde | wieso habt ihr`,
  QWORD: `
    wie | warum | wieso | weshalb | wer | wo | wann | wie lange | ob`,
  ELSE: `
    etwas anderes | nichts anderes | nichts anderem | anderweitig | sonst | bis | vorerst |
    vorlaufig | derzeit | bis zur | solange | wahrend`,
  WANT: `
    will | mochte | mochten | wunsche | bitte | bitten | hatte gern* | verlange | fordere |
    konnen sie | konnt ihr | konnten sie | kannst du | sorgt dafur | sorgen sie dafur | bitte ich |
    sollen | soll | gerne | gern | beantrage | beantragen | anfordern | fordere .. an | anfragen |
    hiermit`,
  CONTRAST: `aber | jedoch | sondern | nur | doch`,
  SKIP: `
    ist deaktiviert | deaktiviert ist | wurde deaktiviert | deaktiviert wurde | ist geschlossen |
    geschlossen ist | wurde gesperrt | ist gesperrt | gesperrt ist | stimmt | ist korrekt |
    ist richtig | geben sie | gebe ihnen | schicke ihnen | falsche grosse | falsche farbe |
    falschen artikel | falscher artikel | falsches passwort | ich habe .. geloscht |
    ich habe .. entfernt | ich losche | hab .. geloscht | ich schicke | ich sende | falsche person |
    falschen person | falschen empfanger | grusse | grussen | gruss | grussle |
    ich habe mich .. abgemeldet | ich habe mich abgemeldet | hab mich .. abgemeldet |
    ich habe den newsletter abbestellt | ich habe .. abbestellt | angeboten | zusammen | streit |
    kundin | kundinnen`,
  OLD_NEW: `
    alt | alte | alten | alter | altes | bisherige* | fruhere* | vorherige* | neu | neue | neuen |
    neuer | neues | aktuelle | aktuellen | jetzige* | richtige | richtigen`,
  EXIST: `
    stehen | drinstehen | drin stehen | existieren | vorhanden | registriert | gefuhrt werden`,
  WITH_YOU: `
    bei euch | bei ihnen | bei dir | bei caliroots | in eurem system | in ihrem system |
    in eurer datenbank | in ihrer datenbank | in eurer kartei`,
  REMAIN: `
    ubrig | ubrig bleiben | ubrigbleiben | bleiben | bleibt | zuruckbleiben | verbleib*`,
  NOT_MINE: `
    ist nicht meine | sind nicht meine | war nicht meine | nicht mir gehort | gehort nicht mir |
    gehoren nicht mir | betrifft nicht mich | betrifft mich nicht | gar nicht mich betrifft |
    nicht mich betrifft | nicht fur mich | nicht an mich | bin nicht diese person | heisse nicht |
    heisse aber nicht | heisse gar nicht | nicht mein name | nie bestellt | nichts bestellt`,
  THIRD_POSS: `
    seine | seiner | seinen | seinem | ihrer | ihren`,
  ACCIDENT: `
    aus versehen | versehentlich | ausversehen | irrtumlich | unabsichtlich | aus irrtum`,
  INSTEAD: `
    statt | anstatt | anstelle von | anstelle`,
  DENY: `
    das stimmt nicht | das ist nicht wahr | stimmt so nicht | nicht wahr | das war ich nicht`,
  IT: `
    es`,
  WONDER: `
    frage mich | fragte mich | interessiert mich | bin neugierig | neugierig`,
  INFO: `
    informationen | infos | info | angaben`,
  STILL: `
    immer noch | noch immer | weiterhin | trotzdem`,
  EVENT: `
    verlosung* | gewinnspiel* | warteliste* | raffle | auslosung* |
    verfugbarkeitsbenachrichtigung* | wieder verfugbar | restock`,
  PAST_Q: `
    habt ihr | haben sie | hat caliroots`,
  FOLLOW_UP: `
    schon | bereits | meine anfrage | mein antrag | ich habe gebeten | hatte gebeten | vor wochen |
    vor tagen | erinnerung | gibt es neuigkeiten | neuigkeiten | noch keine antwort |
    keine antwort | warte immer noch | warte noch | schon erledigt`,
};
