import type { Lexicon } from '../concepts.js';

/** Swedish cues: what is done with data and accounts (delete, send, correct, unsubscribe …). Pattern syntax in `en.ts`. */
export const SV_ACTIONS: Lexicon = {
  DELETE: `
    radera* | raderad* | radering* | ta bort | ta .. bort | tar .. bort | tas bort | borttag* |
    borttagen | borttagning | plocka bort | plocka .. bort | rensa* | stryk | stryka | struken |
    utplåna* | makulera mina | ta ur | ta .. ur | ta .. från | försvinn* | försvunnen | försvunnet |
    utplånas | anonymiser* | sudda | sudda ut | sudda .. ut | suddar | nuka* | kasta |
    kasta .. bort | slänga | släng | slänger | bli av med | göra .. av med | gör .. av med |
    ha bort | ha .. bort | få bort | få .. bort | tömma | töm | plocka ut | vill ut ur |
    vill bort från`,
  CLOSE: `avsluta | avslutar | avslutas | avslutning | stäng | stänga | stänger | stängas | inaktivera |
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
    artikel 18 | art 18 | pausa | pausar | pausas | vilande | skjuta upp | frysas |
    på is | lägga på is | på paus | pausad | pausade`,
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
    säga upp prenumeration* | slippa | slipper .. era | slipper .. ert | slippa .. era |
    slippa .. ert`,
  STOP: `
    sluta | slutar | upphöra | upphör | stoppa | stopp | avbryt | lägg ner | inte längre skicka |
    sluta med | lägg av | stäng av | stänga av | slå av | stänga .. av | stäng .. av | slutade |
    slutat`,
  OBJECT: `invänd* | invändning | invänder | motsätter | motsätta | artikel 21 | art 21`,
  PROFILING: `
    profilering | profilera* | riktad reklam | riktade annonser | personlig reklam |
    personanpassad* | anpassad reklam | retargeting | automatiserade beslut* |
    personliga rekommendationer | rekommendationer baserat på | baserat på mina |
    personliga erbjudanden | skräddarsydda erbjudanden | anpassade erbjudanden | personalisering |
    personanpassning | spårar mig | spåra mig | följer mig | surfande | surfbeteende | surfvanor |
    klickbeteende | köpbeteende | köpbeteenden | köpvanor | köpmönster`,
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
    ger ni | lämnar ut | hamnar | hamnat | hamna | vem får | vilka får | vem ser | vem kan se`,
  COLLECT: `samla* | samlar in | samla in | insamling | spåra | spårar | registrera`,
  NEED: `
    behöver | behövs | kräver | krävs | obligatorisk* | måste jag | måste man | ange | uppge |
    anges | uppges | frågar efter | fråga efter | frågade efter | ber om | vill ni ha |
    ville ni ha`,
  EXIST: `
    finnas | finnas med | stå | stå med | vara med | vara registrerad | registrerad | existera |
    ingå i | ingår i | vara en del av | finnas kvar`,
  KNEW: `
    visste | vet om | kände till | kände | känner till | nämnde | nämner | innehöll | hade med`,
  REMAIN: `
    kvar | ligga kvar | ligger kvar | finnas kvar | sparas kvar`,
};
