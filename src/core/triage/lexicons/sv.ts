import type { Lexicon } from '../concepts.js';

/** Swedish cues; pattern syntax as in `en.ts`. Particle verbs ("ta … bort") use `..`. */
export const SV: Lexicon = {
  DELETE: `
    radera* | raderad* | radering* | ta bort | ta .. bort | tar .. bort | tas bort | borttag* |
    borttagen | borttagning | plocka bort | plocka .. bort | rensa* | stryk | stryka | struken |
    utplåna* | makulera mina | ta ur | ta .. ur | ta .. från | försvinn* | försvunnen | försvunnet |
    utplånas | anonymiser* | sudda | sudda ut | sudda .. ut | suddar | nuka* | kasta |
    kasta .. bort | slänga | släng | slänger | bli av med | göra .. av med | gör .. av med |
    ha bort | ha .. bort | få bort | få .. bort | tömma | töm | plocka ut | vill ut ur |
    vill bort från`,
  CLOSE: `avsluta | avslutar | avslutas | avslutning | stäng | stänga | stängas | inaktivera |
    inaktiveras | säga upp | säg upp | avregistrera kontot`,
  CLOSED: `
    avslutat | avslutad | stängt | stängd | inaktiverat | inaktiverad | uppsagt | borta |
    har tagits bort | tagits bort | tagit bort | har raderats | raderades | blivit borttagen |
    blev borttagen | är borttagen | är raderad | är raderat | kommer att raderas |
    kommer att tas bort | kommer raderas | kommer att stängas | stängs`,
  FORGET: `
    bli glömd | att bli glömd | rätten att bli glömd | artikel 17 | art 17 | glöm mig | glömma mig |
    glömmas | bortglömd | bli bortglömd | rätten att bli bortglömd | glömmas bort`,
  ACCESS_REQ: `
    registerutdrag* | registerutdraget | rätt till tillgång | artikel 15 | art 15 | insyn |
    begäran om tillgång | dataskyddsbegäran`,
  SEND: `
    skicka | skickar | mejla | maila | ge | lämna ut | lämna | tillhandahålla | sända |
    skicka över | skickat | skickade mig | ge mig | ger mig`,
  GET: `få | fått | erhålla | begär | begära | beställa | ha ut | få ut | få ta del`,
  SEE: `
    se | ta del av | ta del | veta | granska | titta på | kolla vad | berätta | berättar | visa |
    visar mig | få veta | få reda på | få se | visste | vet ni`,
  COPY: `
    kopia | kopior | översikt | sammanställning | sammanställt | lista | rapport | utdrag | utskrift`,
  WHICH: `vilka | vilken | vilket | vad | vad för | vad ni`,
  CORRECT: `
    rätta | rättad | rättas | rättelse | rättning | korrigera* | ändra min | ändra mitt |
    ändra mina | ändra namnet | ändra adressen | ändra det | ändra den | ändra .. på mitt | ändrar |
    ändras | ändrat | ändring* | uppdatera* | byta | byt | byter | bytt | fel | felaktig* |
    felstavat | felstavad | felstavning | stämmer inte | stämmer .. inte | inaktuell* | justera* |
    ersätt | ersätta | ersätts | inte aktuell | inte aktuellt | inte längre aktuell |
    inte längre aktuellt | stavfel* | stavning* | rätta till | rättas till | ändra till |
    ändras till | inkorrekt* | ändrade | ändrades | gifte mig | gift mig | heter numera | heter nu |
    bytt namn | bytt efternamn | nytt efternamn | namnbyte`,
  RESTRICT: `
    begränsa | begränsar | begränsas | begränsning* | spärra | spärras | spärrar | frysa | frys |
    artikel 18 | art 18 | pausa | pausar | pausas | vilande | skjuta upp | frysas | låsa | lås |
    på is | lägga på is`,
  PORT: `
    dataportabilitet | portabilitet | maskinläsbar* | csv | json | artikel 20 | art 20 |
    överförbarhet | *överförbar* | *portabilitet*`,
  EXPORT: `export* | ladda ner | ladda .. ner | laddat ner | ladda hem | nedladdning | exportera`,
  TRANSFER: `
    överföra | överför | överföras | föra över | föra .. över | flytta | flyttas | ta med |
    ta .. med`,
  FILE: `
    som en fil | i en fil | som fil | en fil | kalkylark | excel | excelfil | format | formatet |
    strukturerat format | digitalt format`,
  ANOTHER: `
    annan | annat | andra | någon annanstans | ny leverantör | konkurrent | direkt till |
    direkt över till | rakt till`,
  UNSUB: `
    avprenumerera* | avprenumererat | avsluta prenumerationen | avsluta min prenumeration | opt out |
    avanmäl* | avregistreringslänk*`,
  DEREGISTER: `
    avregistrera | avregistrerat | avregistrering | avsluta | avsluta .. utskick |
    säga upp prenumeration* | slippa`,
  STOP: `
    sluta | slutar | upphöra | upphör | stoppa | stopp | avbryt | lägg ner | inte längre skicka |
    sluta med | lägg av | stäng av | stänga av | slå av | stänga .. av | stäng .. av | slutade |
    slutat`,
  OBJECT: `invänd* | invändning | invänder | motsätter | motsätta | artikel 21 | art 21`,
  PROFILING: `
    profilering | profilera* | riktad reklam | riktade annonser | personlig reklam |
    personanpassad* | anpassad reklam | retargeting | automatiserade beslut* |
    personliga rekommendationer | rekommendationer baserat på | baserat på mina |
    personliga erbjudanden | skräddarsydda erbjudanden | anpassade erbjudanden`,
  PROCESS: `
    behandla | behandlar | behandlas | behandling | behandlingen | behandlat | vad händer |
    vad som händer`,
  USE: `
    använd | använda | använder | används | använt | nyttja* | gör .. med | göra .. med |
    gör ni med`,
  KEEP: `
    spara | sparar | sparat | sparade | sparas | lagra | lagrar | lagrat | lagras | lagrade | har |
    ha | behåll* | bevara* | registrerat`,
  SHARE: `
    dela | delar | delas | sälja | säljer | säljs | sålt | lämnar .. över | lämna .. över |
    lämnar .. ut | lämnas ut | vidarebefordra* | överlåter | delat | delats | såld | sålts |
    lämnat ut | lämnats ut | gett | gett ut | skickas vidare | skickar vidare | delade | gav | ger |
    ger ni | lämnar ut`,
  COLLECT: `samla* | samlar in | samla in | insamling | spåra | spårar | registrera`,
  NEED: `
    behöver | behövs | kräver | krävs | obligatorisk* | måste jag | måste man | ange | uppge |
    anges | uppges`,
  ACCOUNT: `
    konto | kontot | konton | kundkonto* | profil | profilen | medlemskap* | medlemskonto |
    användarkonto* | inloggning | vara kund | vara medlem | kund längre | kund hos er | som kund`,
  DATA: `
    uppgifter | uppgifterna | personuppgifter* | *uppgifter | *uppgifterna | data | datan |
    information | informationen | info | kunddata | köphistorik* | orderhistorik* | historik |
    allt ni har | anteckning | notering | registrering | det ni har | det ni sparat | det ni vet`,
  STORAGE: `
    system | systemet | systemen | databas | databasen | register | registret | registren |
    kundregister* | kunddatabas*`,
  ALL: `allt | alla | samtliga | all | helt | hela`,
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
    heter nu | bytt namn | bytt efternamn | nytt efternamn | namnbyte`,
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
    marknadsföring* | erbjudande* | kampanj* | annons* | utskickslista* | mejllista* | epostlista* |
    sändlista* | spam | reklammejl* | nyhetsmejl* | listan | den här listan | er lista |
    denna lista | den listan | mejllistan | *utskick* | *nyhetsbrev* | *reklam* | katalog* |
    reklamblad | broschyr* | direktreklam`,
  MSG: `
    mejl | mejlen | mail | mailen | epost | sms | smsen | sms* | meddelanden | notiser |
    pushnotiser | mejla | maila | sms:a | smsa | smsar | mejlar | mailar | spamma | spammar |
    spammat | spamma mig | mejlet | mailet | mejlet från er`,
  PRIVACY: `
    integritet* | gdpr | dataskydd* | kakor | kaka | cookie* | tredje part* | tredjepart* |
    dataskyddsombud* | personuppgiftsansvarig* | imy | gallring* | samtycke* | lagringstid* |
    dataskyddsförordningen`,
  PHISHING: `
    nätfiske | phishing | bedrägeri* | bluff* | falsk* | misstänkt* | utger sig | utgav sig |
    litar inte på | är detta äkta | är det här äkta | konstig länk | konstiga länk | stämmer detta |
    verkligen från er`,
  OTHER_PERSON: `
    någon annans | nån annans | någon annan | annan kund | annan kunds | annan persons |
    en annan person | andra kunders | en främmande | främmande | okänd person | annan kvinnas |
    annan mans | en annan kvinna | en annan man | folks | andras | andra människors | en viss |
    till en fru | till fru | till herr`,
  SHOWN: `
    fick | fått | får | mottog | mottagit | ser | såg | syns | står | stod | låg | låg i |
    innehöll | innehåller | kom | visar | visas | tillhör | tillhörde | tryckt | bifogad* |
    hittade | hittat | avsedd för | adresserad till | i kartongen | i paketet | i lådan | låg det |
    föreslog | dök upp | synliga | synlig | fylldes i`,
  MY: `min | mitt | mina`,
  NEG: `
    inte | ej | icke | aldrig | ingen | inget | inga | utan | utan att | inte längre | inga fler |
    inte mer`,
  NEG_WANT: `
    vill inte | vill ej | vill inte ha | vill inte längre | önskar inte | vill .. inte |
    behöver inte | vill slippa | vill ingen | vill inte ha .. längre`,
  NOMORE: `
    längre | inte längre | inga fler | inte mer | mer | fler | vill inte längre |
    vill inte ha .. längre`,
  NOTHING: `ingenting | inget | något annat | inget annat`,
  NEG_BREAK: `vet | veta | hittar | hitta | förstår | fått | får | fick | fungerar | funkar | lyckas`,
  INABILITY: `
    kan .. inte | kan .. ej | går .. inte | går inte | lyckas inte | inte möjligt | hittar inte |
    hittar .. inte`,
  COND: `
    om jag | när jag | ifall jag | efter att jag | vad händer | om man | när man | innan jag |
    efter att man | om någon | när någon | funderar på | funderar | överväger | tänker på att |
    varför har ni | varför har mitt | varför blev | varför raderade`,
  QWORD: `
    hur | varför | vem | när | hur länge | är det | vart`,
  ELSE: `
    något annat | inget annat | annat än | tills vidare | tills | för tillfället | i nuläget |
    utöver | så länge | medan | förrän | innan`,
  WANT: `
    vill | önskar | gärna | snälla | vänligen | tack | begär | skulle vilja | kan ni | kan du |
    skulle ni kunna | se till att | ordna | härmed`,
  CONTRAST: `men | dock | däremot | bara`,
  SKIP: `
    är inaktiverat | är inaktiverad | har inaktiverats | blev inaktiverat | är stängt |
    har stängts | är låst | stämmer | är korrekt | ge er | skicka er | fel storlek | fel vara |
    fel färg | fel skor | fel produkt | fel postnummer | fel adress på ordern | jag har raderat |
    jag raderade | jag har tagit bort | jag tog bort | jag har slängt | jag slängde | jag skickar |
    jag kan skicka | handla | handlar | handlat | handlade | fel person | fel mottagare | fel kund |
    jag avregistrerade mig | jag har avregistrerat mig | jag avprenumererade |
    jag har avprenumererat | jag har avslutat prenumerationen | annans | annanstans`,
  OLD_NEW: `
    gammal | gamla | gamle | tidigare | förra | föregående | ny | nya | nytt | nuvarande`,
  EXIST: `
    finnas | finnas med | stå | stå med | vara med | vara registrerad | registrerad | existera`,
  WITH_YOU: `
    hos er | hos eder | hos dig | hos caliroots | i ert system | i era system | i ert register |
    i er databas`,
  REMAIN: `
    kvar | ligga kvar | ligger kvar | finnas kvar | sparas kvar`,
  NOT_MINE: `
    gäller inte mig | gällde inte mig | tillhör inte mig | tillhörde inte mig | är inte min |
    är inte mitt | är inte mina | var inte min | var inte mitt | inte avsedd för mig | är inte jag |
    inte beställt | aldrig beställt | jag heter inte | heter inte | heter jag inte`,
  THIRD_POSS: `
    hans | hennes`,
  ACCIDENT: `
    av misstag | råkade | råkat | oavsiktligt | av en slump | felklick*`,
  INSTEAD: `
    istället för | i stället för | snarare än`,
  DENY: `
    det stämmer inte | det är inte sant | inte sant | det var inte jag | stämmer inte alls`,
  IT: `
    dem`,
  WONDER: `
    undrar | undrade | nyfiken`,
  INFO: `
    information | informationen | info`,
  STILL: `
    fortfarande | ändå | får .. ändå`,
  EVENT: `
    dragning* | dragningen | utlottning* | tävling* | väntelista* | raffle | lansering* |
    bevakning* | lagerbevakning* | tillbaka i lager`,
  PAST_Q: `
    har ni | har caliroots`,
  FOLLOW_UP: `
    redan | ännu | min begäran | jag bad | jag har bett | bad er | veckor sedan | dagar sedan |
    påminnelse | någon uppdatering | inget svar | väntar fortfarande | hört något | inte hört`,
};
