import type { Lexicon } from '../concepts.js';

/** German cues: what it is done to (account, data, orders, marketing, another person …). Pattern syntax in `en.ts`. */
export const DE_OBJECTS: Lexicon = {
  ACCOUNT: `
    konto | kontos | *konto | account | accounts | profil | kundenprofil | mitgliedschaft |
    benutzerkonto | zugang | kunde sein | kunde zu sein | kunde mehr | als kunde`,
  DATA: `
    daten | *daten | informationen | infos | info | angaben | personenbezogen* | kundendaten |
    bestellhistorie | kaufhistorie | historie | alles was sie | alles was ihr | datensatz |
    datensatze | vermerk | notiz | *info | *infos`,
  STORAGE: `
    system | systemen | datenbank* | kundendatei | kartei | register | verzeichnis | kundenstamm |
    *datei`,
  ALL: `alles | alle | samtlich* | komplett | vollstandig | ganzes | ganze | gesamten | den ganzen kram |
    das ganze | alles zusammen | den ganzen rest`,
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
    namensanderung | geboren | emailadressen | mailadressen`,
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
    sendung* | lieferadresse | versandadresse | zustelladresse | sendungsverfolgung | tracking |
    dhl | hermes | paketdienst | karton`,
  PASSWORD: `
    passwort* | kennwort* | zugangsdaten | logindaten | anmeldedaten | einloggen | login | anmelden |
    verifizierungscode | pin`,
  MARKETING: `
    newsletter* | marketing* | *marketing | werbung | werbe* | werbemail* | angebote | aktionen | promo* |
    verteiler | mailingliste | emailverteiler | spam | reklame | kampagne* | rabattaktionen |
    dieser liste | der liste | eurer liste | ihrer liste | liste | diese liste | *newsletter* |
    *werbung | werbezweck* | katalog* | prospekt* | werbebrief* | briefwerbung | postwurf* |
    listen | alle listen | euren listen | ihren listen | verteilern`,
  MSG: `
    mails | emails | sms | *sms | nachrichten | benachrichtigungen | pushnachrichten | mailen |
    zuschriften | smsen | simsen | whatsapp* | spammen | zuspammen | spamt | zugespammt`,
  PRIVACY: `
    datenschutz* | dsgvo | gdpr | cookie* | *cookies | dritte | dritten | drittanbieter* |
    datenschutzbeauftragte* | speicherdauer | aufbewahrungsfrist* | einwilligung | privatsphare |
    datenleck | datenlecks | datenpanne | datenschutzvorfall | datenschutzverletzung |
    sicherheitsvorfall`,
  PHISHING: `
    phishing | phishing* | betrug* | betruger* | fake | fake* | gefalscht* | falschung | verdachtig* | ausgibt |
    angeblich | traue .. nicht | vertraue .. nicht | ist das echt | seltsame* link |
    komische* link | wirklich von euch | wirklich von ihnen`,
  OTHER_PERSON: `
    jemand anderem | jemand anderes | jemand anderen | jemand fremdes | anderen kunden |
    einer anderen person | einem anderen kunden | eines anderen kunden | anderer kunden | fremde |
    fremden | fremder | fremdes | unbekannten person | anderen kundin | einer anderen kundin |
    eine andere kundin | anderer kundinnen | anderen person | einer fremden person |
    eines gewissen | einer gewissen | an eine frau | an einen herrn | an frau | an herrn |
    eines herrn | einem herrn | einer frau | einen mann namens | einer frau namens |
    eine frau namens | ein mann namens | jemand namens | jemandem namens | einer person namens |
    dieser mann | diese frau | fremde person | fremden person | eine .. andere person | einer .. anderen person |
    eine .. andere kundin | einer .. anderen kundin | einen .. anderen kunden | eines .. anderen kunden`,
  SHOWN: `
    bekommen | erhalten | bekam | erhielt | sehe | sah | sieht | steht | stehen | stand | standen |
    lag | lagen | enthalt | enthielt | kam | zeigt | angezeigt | gehort | gehorte | gedruckt |
    aufgedruckt | beigelegt | ist von | fand | gefunden | bestimmt fur | adressiert an | im paket |
    im karton | im packerl | in der sendung | in der mail | adressiert | vorgeschlagen | erschien |
    tauchte ... auf | sichtbar | offen an | im cc | bekomme | bekommt | erhalte | erhalt | kriege |
    kriegt | öffnete sich | öffnet sich | ging auf | lesen | lese | las | landen | landet |
    gelandet | ging an | geht an | gehen an | vorgelesen | vorlesen | las .. vor`,
  ADDRESSES: `
    emailadressen | mailadressen | e-mail-adressen | adressen anderer`,
  RECIPIENTS: `
    cc | bcc | im cc | an-feld | anfeld | feld an | allen antworten | alle empfanger | empfanger |
    empfangerliste | andere empfanger`,
  CUSTOMERS: `
    eure kunden | eurer kunden | ihre kunden | ihrer kunden | kunden | kundenliste | kundenlisten |
    *kundenliste*`,
  EXPOSED: `
    offentlichen forum | offentliches forum | forum | foren | hackerforum | online gestellt |
    ins netz gestellt |  offen einsehbar | fur jeden sichtbar |
    fur alle sichtbar | dark web | darkweb | darknet | pastebin | dump | kursiert | kursieren |
    im umlauf | zum verkauf`,
  LEAK: `
    datenleck | datenlecks | datenpanne | datenschutzvorfall | datenschutzverletzung | leck |
    geleakt | sicherheitsvorfall`,
  RELATIVE: `
    mutter | mama | vater | papa | frau | mann | partner | partnerin | freundin | freund | sohn |
    tochter | bruder | schwester | kollege | kollegin | nachbar | nachbarin | enkel | enkelin | oma |
    opa | kind | kinder | verlobte | verlobter`,
  MY: `mein | meine | meinen | meiner | meines | meinem`,
  OLD_NEW: `
    alt | alte | alten | alter | altes | bisherige* | fruhere* | vorherige* | neu | neue | neuen |
    neuer | neues | aktuelle | aktuellen | jetzige* | richtige | richtigen`,
  WITH_YOU: `
    bei euch | bei ihnen | bei dir | bei caliroots | in eurem system | in ihrem system |
    in eurer datenbank | in ihrer datenbank | in eurer kartei`,
  NOT_MINE: `
    ist nicht meine | sind nicht meine | war nicht meine | nicht mir gehort | gehort nicht mir |
    gehoren nicht mir | betrifft nicht mich | betrifft mich nicht | gar nicht mich betrifft |
    nicht mich betrifft | nicht fur mich | nicht an mich | bin nicht diese person | heisse nicht |
    heisse aber nicht | heisse gar nicht | nicht mein name | nie bestellt | nichts bestellt |
    nicht für mich bestimmt | war nicht für mich | ist nicht für mich | nicht an mich gerichtet |
    nicht an mich adressiert`,
  THIRD_POSS: `
    seine | seiner | seinen | seinem | ihrer | ihren`,
  INFO: `
    informationen | infos | info | angaben`,
  EVENT: `
    verlosung* | gewinnspiel* | warteliste* | raffle | auslosung* |
    verfugbarkeitsbenachrichtigung* | wieder verfugbar | restock`,
};
