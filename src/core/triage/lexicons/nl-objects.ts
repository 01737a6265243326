import type { Lexicon } from '../concepts.js';

/** Dutch cues: what it is done to (account, data, orders, marketing, another person …). Pattern syntax in `en.ts`. */
export const NL_OBJECTS: Lexicon = {
  ACCOUNT: `
    account | accounts | klantaccount | profiel | klantprofiel | lidmaatschap | klantenaccount |
    gebruikersaccount | inlog | klant zijn | klant te zijn | klant meer | als klant`,
  DATA: `
    gegevens | persoonsgegevens | *gegevens | data | informatie | info | klantgegevens |
    bestelgeschiedenis | aankoopgeschiedenis | geschiedenis | alles wat jullie | alles wat u |
    aantekening | notitie | registratie | dossier | *info`,
  STORAGE: `
    systeem | systemen | database | bestand | klantenbestand | administratie | register | databank |
    klantenbestand`,
  ALL: `
    alles | alle | volledig | allemaal | de hele handel | het hele zooitje | de hele boel |
    alles bij elkaar`,
  ME: `mij | me | mezelf | mijzelf`,
  ABOUT_ME: `
    over mij | over me | van mij | van me | omtrent mij | met betrekking tot mij | mbt mij |
    op mijn naam | die mij betreffen | betreffende mij | over mijn persoon`,
  ATTR: `
    naam | achternaam | voornaam | familienaam | adres | woonadres | emailadres | mailadres |
    email | telefoonnummer | telefoon | mobiele nummer | mobiel nummer | 06nummer | nummer |
    geboortedatum | verjaardag | geslacht | postcode | huisnummer | *naam | *adres | straat |
    straatnaam | *adressen | aanhef | aanspreekvorm | op mijn naam | heet | heten | getrouwd |
    heet nu | heet ik nu | mijn naam is veranderd | nieuwe achternaam | meisjesnaam |
    naamswijziging | geboren | emailadressen | mailadressen`,
  ORDER: `
    bestelling | bestellingen | order | orders | ordernummer | bestelnummer | aankoop | aankopen |
    besteld`,
  ITEM: `
    artikel | artikelen | product* | sok | sokken | schoen* | sneaker* | pet | petten | hoodie* |
    jas | jack | shirt* | tshirt* | trui | broek | paar | maat | maten | kleur | tas | laarzen |
    cadeauboodschap | cadeaubericht | cadeauverpakking | cadeaukaart | cadeaubon`,
  REVIEW: `review | reviews | beoordeling | beoordelingen | recensie | recensies | reactie | waardering`,
  CARD: `
    kaart | creditcard | pas | bankgegevens | betaalgegevens | kaartgegevens | betaalmethode |
    iban | rekeningnummer | betaalkaart | bankkaart | debitcard | pinpas`,
  CART: `winkelmand* | winkelwagen* | mandje | verlanglijst* | favorieten`,
  INVOICE: `factuur | facturen | bon | bonnetje | aankoopbon | kassabon | btw | creditnota | btwnummer`,
  DOCUMENT: `
    orderbevestiging | bevestiging | bestelbevestiging | pakbon | paklijst | label | verzendlabel |
    adreslabel | retourformulier | retourbon | briefje`,
  DELIVERY: `
    levering | bezorging | bezorgd | verzending | verzonden | verstuurd | pakket | pakketje | doos |
    afleveradres | bezorgadres | verzendadres | track | trace | tracking | vervoerder | postnl | dhl`,
  PASSWORD: `wachtwoord | inloggegevens | inloggen | ingelogd | log .. in | verificatiecode | pincode`,
  MARKETING: `
    nieuwsbrief | nieuwsbrieven | marketing | *marketing | reclame | reclame* | *reclame | reclamemail* | reclames | aanbieding* |
    promotie* | advertentie* | mailinglijst | mailinglist | verzendlijst | spam | acties |
    actiemail* | commerciele | deze lijst | de lijst | jullie lijst | die lijst | maillijst |
    emaillijst | nieuwsbrief* | *nieuwsbrief* | mailings | reclamemails | promomails |
    marketingmails | folders | folder | catalogus | catalogi | drukwerk | reclamedrukwerk |
    lijsten | alle lijsten | jullie lijsten | mailinglijsten`,
  MSG: `
    mails | mailtjes | emails | sms | sms'jes | smsjes | berichten | berichtjes | sms* |
    notificaties | pushberichten | mailen | sms'en | smsen | appjes | whatsappjes | spammen |
    spamt | spam me`,
  PRIVACY: `
    privacy | avg | gdpr | gegevensbescherming | cookie* | *cookies | derden | derde partijen | functionaris |
    fg | privacyverklaring | privacybeleid | bewaartermijn | toestemming |
    autoriteit persoonsgegevens | datalek | datalekken | beveiligingsincident | privacyschending`,
  PHISHING: `
    phishing | phishing* | oplichting | oplichter* | nep | nepmail | fraude | verdacht* | zich voordoet |
    namaak | vertrouw het niet | vertrouw ik niet | vertrouw .. niet | raar adres | rare link |
    vreemde link | klopt dit | is dit echt | echt van jullie`,
  OTHER_PERSON: `
    iemand anders | andermans | een andere klant | andere klant | andere klanten |
    een ander persoon | ander persoon | andere persoon | een vreemde | vreemde | vreemden |
    een andere persoon | iemand anders z'n | iemand anders zijn | iemand anders haar |
    van iemand anders | een andere meneer | een andere mevrouw | aan mevrouw | aan meneer |
    aan een mevrouw | aan een meneer | een zekere | een onbekende persoon | onbekende persoon |
    een onbekende klant | andere mensen | iemands | een meneer | een mevrouw | die meneer |
    die mevrouw | deze meneer | deze mevrouw | een man die | een vrouw die | ene meneer |
    ene mevrouw | iemand die .. heet | een .. ander persoon | een .. andere persoon |
    een .. andere klant`,
  SHOWN: `
    kreeg | kregen | gekregen | ontvangen | ontving | zie | zag | zien | staat | stond | stonden |
    staan | zat | zaten | bevat | kwam | toont | getoond | verschijnt | is van | hoort bij |
    geprint | vermeld | vond | gevonden | bestemd voor | gericht aan | verscheen | vulde |
    ingevuld | voorgesteld | zichtbaar | in de cc | krijg | krijgt | ontvang | ontvangt | zit |
    zitten | ligt | lag | lagen | lees | lezen | las | opende | opent | ging open | terechtkomen |
    terecht | komt ... terecht | kwam ... terecht | voorgelezen | opgelezen`,
  ADDRESSES: `
    emailadressen | mailadressen | e-mailadressen | adressen van andere | mailadressen van`,
  RECIPIENTS: `
    cc | bcc | in de cc | aan-veld | aanveld | allen beantwoorden | alle ontvangers | ontvangers |
    andere ontvangers | ontvangerslijst`,
  CUSTOMERS: `
    jullie klanten | klanten | klantenlijst | klantenlijsten`,
  EXPOSED: `
    openbaar forum | forum | fora | hackersforum | online gezet | online geplaatst | op internet gezet |
    op het internet gezet |  voor iedereen te zien | voor iedereen zichtbaar |
    dark web | darkweb | darknet | pastebin | dump | gedumpt | te koop aangeboden | circuleert |
    gaat rond`,
  LEAK: `
    datalek | datalekken | lek | gelekt | beveiligingsincident | privacyschending | inbreuk`,
  RELATIVE: `
    moeder | mama | vader | papa | vrouw | man | partner | vriendin | vriend | zoon | dochter | broer |
    zus | zuster | collega | buurman | buurvrouw | kleinzoon | kleindochter | oma | opa | verloofde |
    kind | kinderen`,
  MY: `mijn | m'n | mn`,
  OLD_NEW: `
    oud | oude | vorig | vorige | voormalig* | nieuw | nieuwe | huidig | huidige | actuele`,
  WITH_YOU: `
    bij jullie | bij u | bij caliroots | bij jou | in jullie systeem | in uw systeem |
    in jullie bestand | in jullie administratie`,
  NOT_MINE: `
    niet van mij | niet de mijne | niet mijn naam | niet voor mij | niet aan mij |
    hoort niet bij mij | is niet van mij | niet mijn bestelling | nooit besteld |
    heb ik niet besteld | niet geadresseerd aan mij | ben ik niet | ik ben niet | ik heet geen |
    ik heet niet | heet ik niet | ik heet helemaal geen | niet voor mij bedoeld |
    niet voor mij bestemd | was niet voor mij | is niet voor mij | niet aan mij gericht |
    niet aan mij geadresseerd`,
  THIRD_POSS: `
    zijn | haar | hun`,
  INFO: `
    informatie | info`,
  EVENT: `
    loting | winactie | wachtlijst | raffle | evenement | lancering | voorraadmelding* |
    beschikbaarheidsmelding* | terug op voorraad`,
};
