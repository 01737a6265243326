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
    zu tilgen | herauszunehmen | rauszunehmen | anonymisier*`,
  CLOSE: `
    schliess* | deaktivieren | deaktivierung | deaktiviere | kundig* | auflos* | beend* | stilllegen |
    zu schliessen | zu deaktivieren | zu kundigen | aufzulosen`,
  CLOSED: `geschlossen | deaktiviert | gekundigt | aufgelost | stillgelegt`,
  FORGET: `
    vergessenwerden | vergessen werden | recht auf loschung | recht auf vergessen* | art 17 |
    artikel 17`,
  ACCESS_REQ: `
    auskunftsersuchen | auskunftsanfrage | auskunftsantrag | auskunftsrecht | datenauskunft |
    selbstauskunft | auskunft uber | auskunft gemass | auskunft nach | auskunft zu | art 15 |
    artikel 15 | recht auf auskunft`,
  SEND: `
    schick* | senden | sendet | zusenden | zuschicken | zukommen lassen | ubermitteln | ubersenden |
    mailen | geben | bereitstellen | herausgeben | aushandigen | zuzusenden | zuzuschicken |
    zukommen zu lassen | herauszugeben | auszuhandigen | zu schicken | zu senden | zu ubermitteln |
    bereitzustellen`,
  GET: `
    erhalten | bekommen | anfordern | fordere | anfragen | hatte gerne | hatte gern | mochte gerne |
    beantrage*`,
  SEE: `
    einsehen | sehen | wissen | erfahren | einblick | einsicht | nachsehen | einzusehen |
    zu erfahren`,
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
    zu berichtigen`,
  RESTRICT: `
    einschrank* | eingeschrankt | sperren | sperrt | sperrung meiner | begrenz* | einfrieren |
    art 18 | artikel 18 | pausier* | aussetzen | setzen .. aus | ruhen lassen | ruhend |
    einzuschranken | zu sperren`,
  PORT: `
    datenubertragbarkeit | ubertragbarkeit | datenuebertragbarkeit | datenportabilitat |
    portabilitat | maschinenlesbar* | csv | json | datenexport | art 20 | artikel 20`,
  EXPORT: `export* | herunterladen | runterladen | download* | lade .. herunter | laden .. herunter`,
  TRANSFER: `
    ubertrag* | ubertragen | ubermitteln | ubermittelt | mitnehmen | umziehen | weitergeben an |
    transferieren | mitzunehmen | zu ubertragen | weiterzugeben`,
  FILE: `als datei | in einer datei | eine datei | tabelle | excel | exceldatei`,
  ANOTHER: `anderen | anderer | andere | anderes | woanders | neuen anbieter | konkurrenz`,
  UNSUB: `
    abbestell* | abbestellt | bestellen ... ab | bestelle ... ab | austragen | ausgetragen |
    tragen ... aus | trag ... aus | tragt ... aus | opt out | abmeldelink | abmeldung vom newsletter |
    auszutragen | abzubestellen`,
  DEREGISTER: `
    abmelden | abgemeldet | abmeldung | melden ... ab | meldet ... ab | melde ... ab |
    meldest ... ab | abbestellen | abzumelden`,
  STOP: `
    aufhoren | hort .. auf | horen .. auf | hore .. auf | stoppen | stoppt | stopp | einstellen |
    stellen .. ein | stellt .. ein | unterlassen | unterlasst | beenden | einzustellen | aufzuhoren`,
  OBJECT: `widersprech* | widerspreche | widerspruch | widerspruche | art 21 | artikel 21`,
  PROFILING: `
    profiling | profilbildung | personalisierte werbung | personalisierter werbung |
    personalisierten werbung | zielgerichtete werbung | interessenbasierte werbung | retargeting |
    automatisierte entscheidung* | profil .. erstellen`,
  PROCESS: `verarbeit* | verarbeitung | verarbeitet`,
  USE: `nutzen | nutzt | genutzt | nutzung | verwend* | verwendet | benutz* | gebrauch*`,
  KEEP: `
    speicher* | gespeichert | aufbewahr* | aufbewahrt | behalt* | vorhalten | haben | habt | hat |
    hinterlegt | liegen`,
  SHARE: `
    teilen | teilt | geteilt | verkauf* | verkauft | weitergeben | weitergegeben | geben .. weiter |
    gebt .. weiter | weiterleiten | ubermitteln an`,
  COLLECT: `sammeln | sammelt | gesammelt | erheben | erhoben | erfass* | tracken | verfolgen`,
  NEED: `brauchen | braucht | benotig* | erforderlich | notwendig | pflicht* | muss ich`,
  ACCOUNT: `
    konto | kontos | *konto | account | accounts | profil | kundenprofil | mitgliedschaft |
    benutzerkonto | zugang`,
  DATA: `
    daten | *daten | informationen | infos | info | angaben | personenbezogen* | kundendaten |
    bestellhistorie | kaufhistorie | historie | alles was sie | alles was ihr | datensatz |
    datensatze`,
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
    strasse | hausnummer`,
  ORDER: `bestellung* | bestellnummer | auftrag | auftragsnummer | order | kauf | einkauf | bestellt`,
  ITEM: `
    artikel | produkt* | socke* | schuh* | sneaker* | cap | mutze | kappe | hoodie* | jacke | shirt* |
    tshirt* | pullover | hose | paar | grosse | grossen | farbe | tasche | ware | waren`,
  REVIEW: `bewertung* | rezension* | kommentar* | produktbewertung* | erfahrungsbericht`,
  CARD: `
    karte | kreditkarte | kartendaten | bankdaten | zahlungsdaten | zahlungsmethode | zahlungsart |
    iban | bankverbindung | kontonummer`,
  CART: `warenkorb* | wunschliste* | merkliste* | favoriten`,
  INVOICE: `rechnung* | quittung* | beleg* | kassenbon | mwst | gutschrift | ustidnr`,
  DOCUMENT: `
    bestellbestatigung* | bestatigung* | lieferschein* | versandetikett* | etikett* | label |
    paketschein* | rucksendeschein* | retourenschein* | adressaufkleber* | zettel`,
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
    dieser liste | der liste | eurer liste | ihrer liste | liste | diese liste`,
  MSG: `
    mails | emails | sms | *sms | nachrichten | benachrichtigungen | pushnachrichten | mailen |
    zuschriften`,
  PRIVACY: `
    datenschutz* | dsgvo | gdpr | cookie* | dritte | dritten | drittanbieter* |
    datenschutzbeauftragte* | speicherdauer | aufbewahrungsfrist* | einwilligung | privatsphare`,
  PHISHING: `
    phishing | betrug* | betruger* | fake | gefalscht* | falschung | verdachtig* | ausgibt |
    angeblich`,
  OTHER_PERSON: `
    jemand anderem | jemand anderes | jemand anderen | jemand fremdes | anderen kunden |
    einer anderen person | einem anderen kunden | eines anderen kunden | anderer kunden | fremde |
    fremden | fremder | fremdes | nicht meine | nicht mein name | unbekannten person`,
  SHOWN: `
    bekommen | erhalten | bekam | erhielt | sehe | sah | sieht | steht | stehen | stand | standen |
    lag | lagen | enthalt | enthielt | kam | zeigt | angezeigt | gehort | gehorte | gedruckt |
    aufgedruckt | beigelegt | ist von | fand | gefunden | bestimmt fur | adressiert an`,
  MY: `mein | meine | meinen | meiner | meines | meinem`,
  NEG: `
    nicht | kein | keine | keinen | keiner | keines | nie | niemals | ohne | nicht mehr |
    keine .. mehr | keinen .. mehr | nicht langer`,
  NEG_WANT: `
    will nicht | will kein | will keine | mochte nicht | mochte kein | mochte keine | will .. nicht |
    mochte .. nicht | wunsche nicht | wunsche keine | brauche keine | brauche kein`,
  NOMORE: `mehr | nicht mehr | keine .. mehr | keinen .. mehr | nicht langer | langer`,
  NOTHING: `nichts | nix`,
  NEG_BREAK: `
    weiss | wissen | finde | finden | verstehe | sehe | bekomme | erhalte | erhalten | bekommen |
    klappt | funktioniert | geht`,
  INABILITY: `
    kann .. nicht | kann .. keine | kann .. kein | konnen .. nicht | geht .. nicht | klappt .. nicht |
    klappt nicht | nicht moglich | schaffe .. nicht | finde .. nicht | finde nirgends | nirgends`,
  COND: `wenn ich | falls ich | sobald ich | nachdem ich | was passiert | wenn mein | sollte ich`,
  QWORD: `
    wie | warum | wieso | weshalb | wer | wo | wann | wie lange | frage mich | interessiert mich |
    ob`,
  ELSE: `
    etwas anderes | nichts anderes | nichts anderem | anderweitig | sonst | bis | vorerst |
    vorlaufig | derzeit | bis zur`,
  WANT: `
    will | mochte | mochten | wunsche | bitte | bitten | hatte gern* | verlange | fordere |
    konnen sie | konnt ihr`,
  CONTRAST: `aber | jedoch | sondern | nur | doch`,
  SKIP: `
    ist deaktiviert | deaktiviert ist | wurde deaktiviert | deaktiviert wurde | ist geschlossen |
    geschlossen ist | wurde gesperrt | ist gesperrt | gesperrt ist | stimmt | ist korrekt |
    ist richtig | geben sie | gebe ihnen | schicke ihnen | falsche grosse | falsche farbe |
    falschen artikel | falscher artikel | falsches passwort`,
};
