import type { Lexicon } from '../concepts.js';

/** Dutch cues: what is done with data and accounts (delete, send, correct, unsubscribe …). Pattern syntax in `en.ts`. */
export const NL_ACTIONS: Lexicon = {
  DELETE: `
    verwijder* | verwijdering | wis | wist | wissen | gewist | wissing | schrap* | geschrapt |
    weghal* | weggehaald | haal ... weg | haal ... uit | haal ... van | haalt ... uit |
    haalt ... van | halen .. uit | uit ... halen | eruit halen | vernietig* | opschonen |
    verwijderd | verdwijn* | verdwenen | weg te halen | uit te halen | te wissen | op te schonen |
    anonimiseer* | anonimiser* | geanonimiseerd | weggooien | gooi ... weg | gooien ... weg |
    weg te gooien | wegdoen | doe ... weg | weg te doen | uitwissen | wis ... uit | nuken |
    uit gaat | uit gaan | eruit gaat | eruit gaan | wil .. kwijt | willen .. kwijt | wil .. weg |
    willen .. weg | uit .. systeem | haal .. eruit | haalt .. eruit | halen .. eruit |
    eruit gooien | wil uit | wil eruit | wil er uit | mag .. weg | mogen .. weg | haal .. eraf |
    haalt .. eraf | halen .. eraf | haal .. ervan af | haal .. van .. af | halen .. van |
    van ... halen | van ... af halen | van ... afhalen | van ... af | zet ... weg | zetten ... weg |
    weg te zetten`,
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
  ACCESS_REQ: `inzage* | inzageverzoek | recht op inzage | artikel 15 | art 15`,
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
    op te schorten | op slot | in de wacht | perk .. in | perken .. in | perkt .. in | op pauze |
    op pauze zetten`,
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
    op basis van mijn | persoonlijke aanbiedingen | gepersonaliseerde aanbiedingen |
    personalisatie | gepersonaliseerde inhoud | gepersonaliseerde mails | jullie volgen mij |
    mij volgen | volgen mij | surfgedrag | klikgedrag | browsegedrag | koopgedrag | aankoopgedrag | kijkgedrag`,
  PROCESS: `
    verwerk* | verwerking | verwerkt | wat gebeurt | wat gebeurd`,
  USE: `
    gebruik | gebruiken | gebruikt | benut* | inzetten | met .. doen | doen jullie met |
    doet u met | mee doen | mee te doen | mee gedaan | mee doet`,
  KEEP: `
    bewaren | bewaart | bewaar* | bewaard | opslaan | opgeslagen | slaan .. op | sla .. op |
    vastleggen | vastgelegd | hebben | hebt | heeft | bijhouden | houden | houd .. bij |
    houdt .. bij | hield .. bij | bijhoudt | bijgehouden | slaat .. op | opslaat`,
  SHARE: `
    delen | deel | gedeeld | verkopen | verkoop | verkocht | doorgeven | geven .. door |
    geef .. door | doorverkopen | verstrekken aan | doorgegeven | doorgeeft | doorgespeeld |
    doorverkocht | verstrekt | gegeven aan | deelt | deelde | gaf | gaf .. door | gegeven |
    terechtkomen | terecht komen | terechtgekomen | komt ... terecht | komen ... terecht |
    wie krijgt | wie ontvangt | wie krijgen | wie ziet | wie kan .. zien`,
  COLLECT: `verzamel* | verzameld | volgen | registreren | geregistreerd`,
  NEED: `
    moet ik | moeten | invullen | opgeven | nodig | vereist | verplicht | vragen om |
    vragen jullie | moet je | moet men | invoeren`,
  EXIST: `
    staan | sta | voorkomen | bestaan | geregistreerd | ingeschreven | bekend | deel uitmaken |
    deel uit .. maken | onderdeel van`,
  KNEW: `
    wist .. wat | wist .. welke | wist .. van | wisten .. wat | wisten .. welke | wisten .. van | kende | kenden | kent | noemde | noemden | noemt | bevatte |
    vermeldde | vermeldt | met daarin`,
  REMAIN: `
    overblijven | overblijft | achterblijven | achterblijft | blijft .. staan | blijven .. staan`,
};
