import type { Lexicon } from '../concepts.js';

/** Swedish cues: what it is done to (account, data, orders, marketing, another person …). Pattern syntax in `en.ts`. */
export const SV_OBJECTS: Lexicon = {
  ACCOUNT: `
    konto | kontot | konton | kundkonto* | profil | profilen | medlemskap* | medlemskonto |
    användarkonto* | inloggning | vara kund | vara medlem | kund längre | kund hos er | som kund`,
  DATA: `
    uppgifter | uppgifterna | personuppgifter* | *uppgifter | *uppgifterna | data | datan |
    information | informationen | info | kunddata | köphistorik* | orderhistorik* | historik |
    allt ni har | anteckning | notering | registrering | det ni har | det ni sparat | det ni vet |
    *info | *infon`,
  STORAGE: `
    system | systemet | systemen | databas | databasen | register | registret | registren |
    kundregister* | kunddatabas*`,
  ALL: `allt | alla | samtliga | all | helt | hela | hela rasket | alltihop | alltihopa | allting`,
  ME: `mig | mej | själv`,
  ABOUT_ME: `
    om mig | om mej | kring mig | rörande mig | gällande mig | kopplat till mig | kopplade till mig |
    på mig | i mitt namn | som rör mig | som gäller mig`,
  ATTR: `
    namn | namnet | efternamn* | förnamn* | adress | adressen | hemadress* | mejladress* |
    mailadress* | epostadress* | epost | mejl | telefonnummer | telefonnumret | mobilnummer |
    nummer | födelsedatum* | födelsedag | personnummer | kön | postnummer | *namn | *namnet |
    *adress | *adressen | gata | gatan | numret | numren | heter | efternamnet | förnamnet |
    tilltal | *adresser | i mitt namn | på mitt namn | gifte mig | gift mig | heter numera |
    heter nu | bytt namn | bytt efternamn | nytt efternamn | namnbyte | född | föddes |
    mejladresser | mailadresser | epostadresser | mejladresserna | mailadresserna`,
  ORDER: `
    order | ordern | ordrar | beställning* | ordernummer | ordernumret | köp | köpet | beställt |
    beställde`,
  ITEM: `
    varan | varor | varorna | artikel | artikeln | produkt* | strump* | sko | skor | skorna |
    sneaker* | keps | kepsen | hoodie* | jacka | jackan | tröja | tröjan | tshirt* | byxor | par |
    storlek* | färg* | väska | presentmeddelande* | presentkort* | presentinslagning`,
  REVIEW: `recension* | omdöme* | betyg | kommentar* | produktrecension*`,
  CARD: `
    kort | kortet | kortuppgifter | betalkort | kreditkort | bankuppgifter | betalningsmetod* |
    betaluppgifter | kontonummer`,
  CART: `varukorg* | kundvagn* | önskelista* | favoriter`,
  INVOICE: `faktura | fakturan | fakturor | kvitto | kvittot | kvitton | moms | kreditfaktura`,
  DOCUMENT: `
    orderbekräftelse* | bekräftelse* | följesedel* | fraktsedel* | adresslapp* | etikett* |
    returetikett* | returformulär* | packsedel*`,
  DELIVERY: `
    leverans | leveransen | leverera | levererat | frakt | skickats | skickad | paket | paketet |
    försändelse* | leveransadress* | spårning* | spårningsnummer* | postnord | budfirma* | kartong*`,
  PASSWORD: `lösenord* | inloggningsuppgifter | logga in | inloggning | verifieringskod* | bankid | kod`,
  MARKETING: `
    marknadsföring* | *marknadsföring | *marketing | erbjudande* | kampanj* | annons* | utskickslista* | mejllista* | epostlista* |
    sändlista* | spam | reklammejl* | nyhetsmejl* | listan | den här listan | er lista |
    denna lista | den listan | mejllistan | *utskick* | *nyhetsbrev* | *reklam* | katalog* |
    reklamblad | broschyr* | direktreklam | listor | alla listor | era listor | utskickslistor`,
  MSG: `
    mejl | mejlen | mail | mailen | epost | sms | smsen | sms* | meddelanden | notiser |
    pushnotiser | mejla | maila | sms:a | smsa | smsar | mejlar | mailar | spamma | spammar |
    spammat | spamma mig | mejlet | mailet | mejlet från er`,
  PRIVACY: `
    integritet* | gdpr | dataskydd* | kakor | kaka | cookie* | tredje part* | tredjepart* |
    dataskyddsombud* | personuppgiftsansvarig* | imy | gallring* | samtycke* | lagringstid* |
    dataskyddsförordningen | dataläcka | dataläckor | dataintrång | personuppgiftsincident |
    personuppgiftsincidenter | säkerhetsincident`,
  PHISHING: `
    nätfiske | nätfiske* | phishing | phishing* | bedrägeri* | bluff* | falsk* | misstänkt* | utger sig | utgav sig |
    litar inte på | är detta äkta | är det här äkta | konstig länk | konstiga länk | stämmer detta |
    verkligen från er`,
  OTHER_PERSON: `
    någon annans | nån annans | någon annan | annan kund | annan kunds | annan persons |
    en annan person | andra kunders | en främmande | främmande | okänd person | annan kvinnas |
    annan mans | en annan kvinna | en annan man | folks | andras | andra människors | en viss |
    till en fru | till fru | till herr | en kille som heter | en man som heter |
    en kvinna som heter | en tjej som heter | någon som heter | en person som heter | en herre |
    en dam | den personen | en .. annan person | en .. annan persons | en .. annan kund |
    en .. annan kunds`,
  SHOWN: `
    fick | fått | får | mottog | mottagit | ser | såg | syns | står | stod | låg | låg i |
    innehöll | innehåller | kom | visar | visas | tillhör | tillhörde | tryckt | bifogad* |
    hittade | hittat | avsedd för | adresserad till | i kartongen | i paketet | i lådan | låg det |
    föreslog | dök upp | synliga | synlig | fylldes i | satt en | satt ett | satt det | satt hans | satt hennes | sitter | ligger | läsa | läser |
    läste | öppnades | öppnas | öppnade sig | hamnar | hamnat | hamnade | går till | gick till | läste upp | läst upp | uppläst`,
  ADDRESSES: `
    mejladresser | mailadresser | epostadresser | e-postadresser | mejladresserna | mailadresserna`,
  RECIPIENTS: `
    cc | bcc | mottagarfältet | till-fältet | tillfältet | svara alla | alla mottagare |
    mottagare | mottagarna | andra mottagare`,
  CUSTOMERS: `
    era kunder | era kunders | kunder | kunders | kundlista | kundlistor`,
  EXPOSED: `
    öppet forum | forum | forumet | hackerforum | lagt ut | lades ut | upplagd |
    öppet tillgänglig | synligt för alla | dark web | darkweb |
    darknet | pastebin | dump | till salu | cirkulerar | går runt`,
  LEAK: `
    dataläcka | dataläckor | läcka | läckt | läckte | dataintrång | personuppgiftsincident |
    personuppgiftsincidenter | säkerhetsincident`,
  RELATIVE: `
    mamma | mor | pappa | far | fru | man | sambo | flickvän | pojkvän | vän | kompis | son | dotter |
    bror | syster | kollega | granne | barnbarn | mormor | farmor | morfar | farfar | barn`,
  MY: `min | mitt | mina`,
  OLD_NEW: `
    gammal | gamla | gamle | tidigare | förra | föregående | ny | nya | nytt | nuvarande`,
  WITH_YOU: `
    hos er | hos eder | hos dig | hos caliroots | i ert system | i era system | i ert register |
    i er databas`,
  NOT_MINE: `
    gäller inte mig | gällde inte mig | tillhör inte mig | tillhörde inte mig | är inte min |
    är inte mitt | är inte mina | var inte min | var inte mitt | inte avsedd för mig | är inte jag |
    inte beställt | aldrig beställt | jag heter inte | heter inte | heter jag inte |
    inte var till mig | var inte till mig | är inte till mig | inte till mig | inte menat för mig |
    inte avsett för mig | inte avsedd för mig | inte menad för mig`,
  THIRD_POSS: `
    hans | hennes | deras`,
  INFO: `
    information | informationen | info`,
  EVENT: `
    dragning* | dragningen | utlottning* | tävling* | väntelista* | raffle | lansering* |
    bevakning* | lagerbevakning* | tillbaka i lager`,
};
