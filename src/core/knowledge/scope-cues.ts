import type { Language } from '../language/languages.js';

/**
 * Words that mark the questions customer service gets that the privacy policy does not cover:
 * orders and deliveries, sizes and stock, returns, discounts, prices, payments, shops, products,
 * the weather. A question is out of scope when these outweigh its privacy words.
 */
export const OFF_TOPIC_WORDS: Record<Language, string> = {
  en: `order orders ordered package packages parcel parcels delivery deliveries deliver delivered arrive
    arrived arrival ship ships shipped shipping shipment dispatch dispatched size sizes sizing fit fits
    stock restock restocked available availability return returns returned refund refunds exchange discount
    discounts coupon promo voucher code codes giftcard gift price prices cost costs cheap expensive sale
    sales weather rain sunny temperature forecast visit physical opening hours pay paying paid invoice
    failed declined damaged broken method methods job jobs vacancy vacancies career careers internship
    oclock hiring debited payment payments`,
  nl: `bestelling bestellingen besteld pakket pakketje pakketten levering leveren geleverd bezorgd bezorging
    bezorgen verzonden verzendkosten verzendtijd aankomen maat maten valt voorraad beschikbaar retour
    retouren retourneren terugsturen ruilen omruilen terugbetaling korting kortingscode actiecode cadeaubon
    code prijs prijzen kosten kost duur goedkoop uitverkoop sale weer regen temperatuur weerbericht bezoeken
    openingstijden bereikbaar betalen betaald ideal achteraf factuur mislukt beschadigd kapot vacature
    vacatures sollicitatie solliciteren zoek zoeken laat tegoedbon tegoed terugkrijgen betaalmethode
    betaalmethodes betaalmethoden cadeaukaart cadeaukaarten bestelnummer ordernummer bezorgadres
    afleveradres verzendadres afgeschreven betaling`,
  sv: `beställning beställningen beställningar beställt paket paketet paketen leverans leveransen leveranstid
    leveranstiden levereras levererad frakt frakten fraktkostnad storlek storleken storlekar lager lagret
    tillgänglig retur returnera returnerar returen byta byte bytet återbetalning rabatt rabattkod
    rabattkoden kod koden presentkort pris priser priset kostar kostnad billig dyr rea realisation väder
    vädret regn temperatur butik butiken öppnar öppet öppettider besöka betala faktura betalsätt
    betalningsmetod betalningsmetoder misslyckades trasig skadad jobb jobba lediga klockan söker
    tillgodokvitto order ordern ordrar ordernummer ordernumret orderbekräftelse beställningsnummer
    leveransadress leveransadressen dragit dragits betalning betalningen nekad nekades`,
  de: `bestellung bestellungen bestellt paket pakete päckchen lieferung lieferungen liefern geliefert versand
    versandkosten versendet verschickt verschicken ankommen größe größen grösse passform fallen lager
    lieferbar verfügbar rücksendung zurücksenden zurückschicken retoure umtauschen umtausch erstattung
    rückerstattung rabatt rabattcode gutschein gutscheincode code preis preise kostet kosten billig teuer
    sale schlussverkauf wetter regen temperatur laden filiale öffnungszeiten erreichbar besuchen zahlen
    bezahlen fehlgeschlagen zahlungsart zahlungsarten zahlungsmethode zahlungsmethoden geschenkkarte
    geschenkkarten gutscheinkarte beschädigt kaputt job bewerben bewerbung stellenangebot uhrzeit spät sucht
    suchen bestellnummer auftragsnummer lieferadresse sendungsnummer rechnung abgebucht abbuchung zahlung`,
};

/**
 * Products and brands: context rather than intent. "I looked at dunks and now I see ads for them"
 * is a privacy question, "do you have dunks in 43?" is not; these count half an off-topic word.
 */
export const OFF_TOPIC_CONTEXT_WORDS: Record<Language, string> = {
  en: `sneakers sneaker shoes shoe trainers jacket hoodie nike adidas jordan jordans yeezy yeezys dunk dunks drop drops`,
  nl: `schoenen sneakers sneaker jas hoodie nike adidas jordan yeezy dunk drop`,
  sv: `skor skon sneakers sneaker jacka hoodie nike adidas jordan yeezy dunk drop droppet`,
  de: `schuhe schuh sneaker sneakers jacke hoodie nike adidas jordan yeezy dunk drop`,
};

/** General privacy words: a question with one of these is about personal data even without a hint word. */
export const PRIVACY_WORDS: Record<Language, string> = {
  en: `data info information details personal privacy gdpr dpa consent cookies delete erase rights policy`,
  nl: `gegevens persoonsgegevens data info informatie persoonlijke privacy avg gdpr toestemming cookies verwijderen
    wissen rechten privacybeleid`,
  sv: `uppgifter personuppgifter data info information personliga integritet gdpr samtycke cookies kakor radera
    rättigheter integritetspolicy`,
  de: `daten personenbezogene persönliche info informationen datenschutz privatsphäre dsgvo gdpr einwilligung
    cookies löschen rechte datenschutzerklärung`,
};

/**
 * Words that say nothing about what a question is about: who asks (an agent's "customer asks"),
 * greetings and fillers. They are not key words (`keyWords` in `analyze-question.ts`): a section
 * need not use them to answer.
 */
export const GENERIC_WORDS: Record<Language, string> = {
  en: `customer customers client asks asked ask asking wrote writes says said hi hello hey thanks thank please
    pls now only just never ever even really actually also all everything anything something still again
    already exactly simply basically get got want wants wanted know tell he him his she her hers they them
    their someone somebody guys u r`,
  nl: `klant klanten vraagt vroeg vragen schrijft zegt hoi hallo hey dag bedankt dank alvast aub graag nu alleen
    net nooit ooit echt eigenlijk ook alle alles iets toch nog weer al gewoon precies willen wil wilt weten
    vertellen krijgen hij hem zijn zij haar hun hen iemand jullie allemaal daar daarvan dan`,
  sv: `kund kunden kunder frågar frågade fråga skriver säger hej hallå tack snälla nu bara aldrig någonsin
    verkligen egentligen också alla allt något ändå fortfarande igen redan precis vill veta berätta få han
    honom hans hon henne hennes de dem deras någon hos då`,
  de: `kunde kundin kunden fragt fragte fragen schreibt sagt hallo hi hey danke bitte jetzt nur nie jemals
    wirklich eigentlich auch alle alles etwas noch wieder schon genau einfach will wollen möchte wissen
    sagen bekommen er ihm ihn sein seine ihr ihre ihrem ihren eure eurer euren eurem jemand man gar nicht
    beim den dann`,
};
