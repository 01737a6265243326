import type { Lexicon } from '../concepts.js';

/** Dutch cues; pattern syntax as in `en.ts`. Separable verbs ("haal … uit", "meld … af") use `..`. */
export const NL: Lexicon = {
  DELETE: `
    verwijder* | verwijdering | wis | wist | wissen | gewist | wissing | schrap* | geschrapt |
    weghal* | weggehaald | haal ... weg | haal ... uit | haal ... van | haalt ... uit |
    haalt ... van | halen .. uit | uit .. halen | eruit halen | vernietig* | opschonen |
    verwijderd | verdwijn* | verdwenen | weg te halen | uit te halen | te wissen | op te schonen |
    anonimiseer* | anonimiser* | geanonimiseerd | weggooien | gooi ... weg | gooien ... weg |
    weg te gooien | wegdoen | doe ... weg | weg te doen | uitwissen | wis ... uit | nuken |
    uit gaat | uit gaan | eruit gaat | eruit gaan | wil .. kwijt | willen .. kwijt | wil .. weg |
    willen .. weg | uit .. systeem | haal .. eruit | haalt .. eruit | halen .. eruit |
    eruit gooien | wil uit | wil eruit | wil er uit | mag .. weg | mogen .. weg | haal .. eraf |
    haalt .. eraf | halen .. eraf | haal .. ervan af | haal .. van .. af | halen .. van |
    van ... halen | van ... af halen | van ... afhalen`,
  CLOSE: `
    opheffen | opheffing | hef .. op | sluit | sluiten | deactiveer | deactiveren | opzeggen |
    zeg .. op | beeindig | beeindigen | stopzetten | op te heffen | te sluiten | op te zeggen |
    te deactiveren | opzeg | opzegt | opzegging`,
  CLOSED: `
    opgeheven | gesloten | gedeactiveerd | opgezegd | beeindigd | weg is | weg zijn | weg hebben |
    helemaal weg | alles weg | weg ermee | kwijt zijn | is verwijderd | zijn verwijderd |
    werd verwijderd | is gewist | zijn gewist | wordt verwijderd | worden verwijderd |
    wordt opgeheven | wordt gewist | worden gewist | wordt gesloten`,
  FORGET: `
    vergetelheid | vergeten worden | recht om vergeten | artikel 17 | art 17 | vergeet mij |
    vergeet me | mij vergeten | me vergeten`,
  ACCESS_REQ: `inzage* | inzageverzoek | recht op inzage | artikel 15 | art 15 | avg verzoek`,
  SEND: `
    stuur | sturen | toesturen | toegestuurd | opsturen | mailen | mail | geven | geef |
    verstrekken | verstrek | bezorgen | toe te sturen | op te sturen | toe te zenden | te sturen |
    te mailen | te verstrekken | te geven | stuurt | stuurde | stuurden | gestuurd | geeft | mailt |
    doorsturen | door te sturen | stuur .. door`,
  GET: `
    ontvangen | ontvang | krijgen | opvragen | vraag .. op | verkrijgen | op te vragen |
    te ontvangen | te krijgen | krijg | krijgt | kreeg`,
  SEE: `
    inzien | zien | bekijken | weten | inkijken | nagaan | in te zien | te zien | te weten |
    vertel | vertellen | laat .. zien | laten zien | toon | tonen | te vertellen | geweten | ziet |
    bekijk | bekijkt`,
  COPY: `kopie | kopieen | overzicht | overzichtje | lijst | samenvatting | rapport | uittreksel`,
  WHICH: `welke | welk | wat | wat voor`,
  CORRECT: `
    corrigeer | corrigeren | gecorrigeerd | correctie | aanpassen | aangepast | pas .. aan |
    wijzig* | gewijzig* | veranderen | verander | veranderd | verbeteren | verbeter | rectific* |
    bijwerken | bijgewerkt | werk .. bij | updaten | update | fout | foutief | verkeerd |
    verkeerde | klopt niet | klopt .. niet | onjuist | verouderd | fout gespeld | verkeerd gespeld |
    typfout | vervang | vervangen | vervangt | niet actueel | niet meer actueel | niet meer geldig |
    aan te passen | bij te werken | te wijzigen | te corrigeren | te veranderen | rechtzetten |
    zet .. recht | recht te zetten | rechtgezet | tikfout* | typfout* | spelfout* | schrijffout* |
    foute | niet juist | niet correct | getrouwd | heet nu | heet ik nu | mijn naam is veranderd |
    nieuwe achternaam | meisjesnaam | naamswijziging`,
  RESTRICT: `
    beperk* | beperking | inperk* | blokkeer mijn gegevens | bevries* | artikel 18 | art 18 |
    pauzeer* | opschort* | schort .. op | on hold | stilzetten | bevriezen | te beperken |
    op te schorten | op slot | in de wacht | perk .. in | perken .. in | perkt .. in`,
  PORT: `
    overdraagbaar* | dataportabiliteit | portabiliteit | machineleesbaar* | machine leesbaar |
    artikel 20 | art 20 | *overdraagbaar*`,
  EXPORT: `export* | download* | geexporteerd | gedownload`,
  TRANSFER: `
    overdragen | overgedragen | draag .. over | overzetten | zet .. over | overbrengen | meenemen |
    verhuizen | doorsturen | over te dragen | over te zetten | mee te nemen`,
  FILE: `
    als bestand | in een bestand | als een bestand | spreadsheet | excel | excelbestand | formaat |
    *formaat | digitaal formaat`,
  ANOTHER: `
    andere | ander | elders | nieuwe aanbieder | concurrent | rechtstreeks | rechtstreeks naar |
    rechtstreeks aan | direct naar | direct aan`,
  UNSUB: `
    uitschrijven | uitgeschreven | schrijf ... uit | afmeldlink | opt out | optout |
    afmelden nieuwsbrief | uit te schrijven`,
  DEREGISTER: `afmelden | afgemeld | meld ... af | meldt ... af | afmelding | uitzetten | af te melden`,
  STOP: `
    stop | stoppen | gestopt | ophouden | hou .. op | houd .. op | staken | stopzetten |
    niet langer sturen | zet .. uit | uitzetten | uitschakelen | schakel .. uit | stopt | stopte`,
  OBJECT: `bezwaar | bezwaren | maak bezwaar | artikel 21 | art 21`,
  PROFILING: `
    profilering | profileren | geprofileerd | gepersonaliseerde advertenties |
    gepersonaliseerde reclame | gerichte advertenties | gerichte reclame |
    persoonlijke advertenties | retargeting | geautomatiseerde besluit* |
    persoonlijke aanbevelingen | gepersonaliseerde aanbevelingen | aanbevelingen op basis van |
    op basis van mijn | persoonlijke aanbiedingen | gepersonaliseerde aanbiedingen`,
  PROCESS: `
    verwerk* | verwerking | verwerkt | wat gebeurt | wat gebeurd`,
  USE: `
    gebruik | gebruiken | gebruikt | benut* | inzetten | met .. doen | doen jullie met |
    doet u met`,
  KEEP: `
    bewaren | bewaart | bewaar* | bewaard | opslaan | opgeslagen | slaan .. op | sla .. op |
    vastleggen | vastgelegd | hebben | hebt | heeft | bijhouden | houden | houd .. bij |
    houdt .. bij | hield .. bij | bijhoudt | bijgehouden | slaat .. op | opslaat`,
  SHARE: `
    delen | deel | gedeeld | verkopen | verkoop | verkocht | doorgeven | geven .. door |
    geef .. door | doorverkopen | verstrekken aan | doorgegeven | doorgeeft | doorgespeeld |
    doorverkocht | verstrekt | gegeven aan | deelt | deelde | gaf | gaf .. door | gegeven`,
  COLLECT: `verzamel* | verzameld | volgen | registreren | geregistreerd`,
  NEED: `
    moet ik | moeten | invullen | opgeven | nodig | vereist | verplicht | vragen om |
    vragen jullie | moet je | moet men | invoeren`,
  ACCOUNT: `
    account | accounts | klantaccount | profiel | klantprofiel | lidmaatschap | klantenaccount |
    gebruikersaccount | inlog | klant zijn | klant te zijn | klant meer | als klant`,
  DATA: `
    gegevens | persoonsgegevens | *gegevens | data | informatie | info | klantgegevens |
    bestelgeschiedenis | aankoopgeschiedenis | geschiedenis | alles wat jullie | alles wat u |
    aantekening | notitie | registratie | dossier`,
  STORAGE: `
    systeem | systemen | database | bestand | klantenbestand | administratie | register | databank |
    klantenbestand`,
  ALL: `
    alles | alle | volledig | allemaal`,
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
    naamswijziging`,
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
    nieuwsbrief | nieuwsbrieven | marketing | reclame | reclamemail* | reclames | aanbieding* |
    promotie* | advertentie* | mailinglijst | mailinglist | verzendlijst | spam | acties |
    actiemail* | commerciele | deze lijst | de lijst | jullie lijst | die lijst | maillijst |
    emaillijst | nieuwsbrief* | *nieuwsbrief* | mailings | reclamemails | promomails |
    marketingmails | folders | folder | catalogus | catalogi | drukwerk | reclamedrukwerk`,
  MSG: `
    mails | mailtjes | emails | sms | sms'jes | smsjes | berichten | berichtjes | sms* |
    notificaties | pushberichten | mailen | sms'en | smsen | appjes | whatsappjes | spammen |
    spamt | spam me`,
  PRIVACY: `
    privacy | avg | gdpr | gegevensbescherming | cookie* | derden | derde partijen | functionaris |
    fg | privacyverklaring | privacybeleid | bewaartermijn | toestemming |
    autoriteit persoonsgegevens`,
  PHISHING: `
    phishing | oplichting | oplichter* | nep | nepmail | fraude | verdacht* | zich voordoet |
    namaak | vertrouw het niet | vertrouw ik niet | vertrouw .. niet | raar adres | rare link |
    vreemde link | klopt dit | is dit echt | echt van jullie`,
  OTHER_PERSON: `
    iemand anders | andermans | een andere klant | andere klant | andere klanten |
    een ander persoon | ander persoon | andere persoon | een vreemde | vreemde | vreemden |
    een andere persoon | iemand anders z'n | iemand anders zijn | iemand anders haar |
    van iemand anders | een andere meneer | een andere mevrouw | aan mevrouw | aan meneer |
    aan een mevrouw | aan een meneer | een zekere | een onbekende persoon | onbekende persoon |
    een onbekende klant | andere mensen`,
  SHOWN: `
    kreeg | kregen | gekregen | ontvangen | ontving | zie | zag | zien | staat | stond | stonden |
    staan | zat | zaten | bevat | kwam | toont | getoond | verschijnt | is van | hoort bij |
    geprint | vermeld | vond | gevonden | bestemd voor | gericht aan | verscheen | vulde |
    ingevuld | voorgesteld | zichtbaar | in de cc | krijg | krijgt | ontvang | ontvangt`,
  MY: `mijn | m'n | mn`,
  NEG: `niet | geen | nooit | zonder | niet meer | geen .. meer | niet langer`,
  NEG_WANT: `
    wil niet | wil geen | wil ik niet | wil ik geen | willen niet | wens niet | wens geen |
    hoef geen | hoeft niet | hoef niet | wil .. niet | wil .. niet meer | hoef .. niet meer |
    hoef .. geen`,
  NOMORE: `
    meer | niet meer | geen .. meer | niet langer | langer | wil .. niet meer | hoef .. niet meer`,
  NOTHING: `niets | niks | nergens`,
  NEG_BREAK: `
    weet | weten | vind | vinden | begrijp | snap | zie | ontvang | ontvangen | gekregen | lukt |
    werkt`,
  INABILITY: `
    kan .. niet | kun .. niet | kunnen .. niet | lukt .. niet | lukte .. niet | niet mogelijk |
    nergens vinden`,
  COND: `
    als ik | wanneer ik | indien ik | zodra ik | stel dat | wat gebeurt | als mijn | mocht ik |
    stel | voordat ik | nadat ik | nadat iemand | als iemand | wanneer iemand | als je | als men |
    overweeg* | twijfel* | of ik | waarom hebben jullie | waarom is mijn | waarom werd |
    waarom zijn`,
  QWORD: `
    hoe | waarom | wie | waar | wanneer | hoelang | hoe lang | is het | worden mijn | wordt mijn`,
  ELSE: `
    iets anders | nergens anders | ergens anders | niets anders | anders dan | voorlopig | tot |
    totdat | op dit moment | voor de rest | zolang | terwijl`,
  WANT: `
    wil | wilt | willen | graag | alstublieft | alsjeblieft | aub | svp | verzoek | verzoeke |
    wens | zou .. willen | kunnen jullie | kunt u | kun je | zou u | zouden jullie | zorg dat |
    zorgen dat | vraag ik | verzoek ik | ik verzoek | opvragen | vraag .. op | op te vragen |
    hierbij`,
  CONTRAST: `maar | echter | wel | alleen | gewoon`,
  SKIP: `
    is gedeactiveerd | gedeactiveerd is | is gesloten | gesloten is | is geblokkeerd |
    klopt gewoon | klopt wel | is correct | geef jullie | stuur jullie | stuur u | verkeerde maat |
    foute maat | ik heb .. verwijderd | ik heb .. gewist | ik verwijderde | ik heb .. weggegooid |
    ik stuur | ik kan .. sturen | verkeerde persoon | verkeerde ontvanger | verkeerde klant |
    ik heb me afgemeld | ik heb mij afgemeld | ik heb me .. afgemeld | ik heb me uitgeschreven |
    ik heb mij uitgeschreven | ik heb me .. uitgeschreven | gemist | derde`,
  OLD_NEW: `
    oud | oude | vorig | vorige | voormalig* | nieuw | nieuwe | huidig | huidige | actuele`,
  EXIST: `
    staan | sta | voorkomen | bestaan | geregistreerd | ingeschreven | bekend`,
  WITH_YOU: `
    bij jullie | bij u | bij caliroots | bij jou | in jullie systeem | in uw systeem |
    in jullie bestand | in jullie administratie`,
  REMAIN: `
    overblijven | overblijft | achterblijven | achterblijft | blijft .. staan | blijven .. staan`,
  NOT_MINE: `
    niet van mij | niet de mijne | niet mijn naam | niet voor mij | niet aan mij |
    hoort niet bij mij | is niet van mij | niet mijn bestelling | nooit besteld |
    heb ik niet besteld | niet geadresseerd aan mij | ben ik niet | ik ben niet | ik heet geen |
    ik heet niet | heet ik niet | ik heet helemaal geen`,
  THIRD_POSS: `
    zijn | haar | hun`,
  ACCIDENT: `
    per ongeluk | perongeluk | per vergissing | per abuis | onbedoeld | verkeerd geklikt`,
  INSTEAD: `
    in plaats van | ipv`,
  DENY: `
    dat klopt niet | dat is niet waar | klopt helemaal niet | niet waar`,
  IT: `
    ze | hem`,
  WONDER: `
    vraag me af | vraag mij af | vroeg me af | vroeg mij af | benieuwd | nieuwsgierig |
    vraag ik me af | vraag ik mij af | vroeg ik me af | vroeg ik mij af`,
  INFO: `
    informatie | info`,
  STILL: `
    nog steeds | nog altijd | nog steeds | blijf .. krijgen | blijf .. ontvangen | alsnog`,
  EVENT: `
    loting | winactie | wachtlijst | raffle | evenement | lancering | voorraadmelding* |
    beschikbaarheidsmelding* | terug op voorraad`,
  PAST_Q: `
    hebben jullie | heeft u | hebt u | heb je`,
  FOLLOW_UP: `
    mijn verzoek | ik heb gevraagd | heb ik gevraagd | eerder gevraagd | weken geleden |
    dagen geleden | herinnering | al eerder | al gevraagd | al weken | nog niets gehoord |
    niets meer gehoord | nog geen reactie | geen reactie | al iets bekend | wacht nog |
    ik wacht nog`,
};
