import { all, type LanguageCues, re } from './cue-pattern.js';

const CHANGE = String.raw`\b(rättar|rättat|rättade|rättas|rättelse\p{L}*|korrigera\p{L}*|ändrar|ändrat|ändrade|ändras|raderar|raderat|raderade|raderas|tar bort|tagit bort|begränsa\p{L}*)\b`;
const RECIPIENTS = String.raw`\b(tredje part\p{L}*|partner\p{L}*|mottagare\p{L}*|företagen|företag|andra)\b`;
const TELL = String.raw`\b(säger|berättar|meddelar|informerar|underrättar|meddela|informera|underrätta|berätta)\b|\bfår (veta|reda)\b`;
const DEFINE = '(menar ni med|menas med|avses med|menar ni)';

export const SV_CUES: LanguageCues = {
  cues: [
    // "Do you use my data to send me offers?" asks for a purpose (§5); profiling and cookies have their own.
    {
      pattern: re(
        String.raw`\banvänd\p{L}*\b.*\b(uppgifter|data|info|information)\b.*\b(för att|till att)\b`,
      ),
      section: '5',
      unless: re(String.raw`\b(cookies?|kakor|profil\p{L}*)\b`),
    },
    // "När raderar ni mina uppgifter?" asks for the retention period (§8), not for erasure (§11).
    {
      pattern: re(
        String.raw`\bnar\s+(raderar|tar|slanger|gallrar|forstor|rensar)\s+(ni|de|caliroots)\b|\bnar\s+(raderas|gallras|tas|slangs|forstors|rensas)\b`,
      ),
      section: '8',
    },
    {
      pattern: re(
        String.raw`\b(betyder|innebär|definition|räknas|anses)\b.*\bbehandl\w*|\bbehandl\w*\b.*\b(betyder|innebär)\b|^(är)\b.+\bbehandling\W*$|\b${DEFINE}\b.*\bbehandl\p{L}*|\bbehandl\p{L}*\b.*\b(menar ni|menas|avses)\b|^vad är\s+(egentligen\s+|exakt\s+)?(en\s+)?(data)?behandling\b(\s+av\s+(person)?uppgifter)?(\s+(egentligen|exakt))?\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(är|räknas)\b.+\bpersonuppgift(er)?\W*$|\b(betyder|innebär|definition|räknas|anses)\b.*\bpersonuppgift(er)?\b|\bpersonuppgift(er)?\b.*\b(betyder|innebär)\b|^vad (är|räknas som)\s+(egentligen\s+|exakt\s+)?(en\s+)?personuppgift(er)?\b(\s+(egentligen|exakt|för något))*\W*$|\b${DEFINE}\b.*\bpersonuppgift|\bpersonuppgift(er)?\b.*\b(menar ni|menas|avses)\b`,
      ),
      section: '1',
    },
    {
      pattern: re(
        String.raw`^vad\b.+\btill\W*$|\b(vad är syftet|i vilket syfte|vilket syfte)\b|\b(vilka|för vilka|i vilka) (syften|ändamål)\b|\btill vad\b.*\b(använd\p{L}*|behöv\p{L}*)\b|\b(använd\p{L}*|behöv\p{L}*)\b.*\btill vad\b|\bvad gör ni med\b.*\buppgifter`,
      ),
      section: '5',
      // "What do you use cookies for?" is about cookies (§12).
      unless: re(String.raw`\b(cookies?|kakor|kakorna)\b`),
    },
    {
      pattern: re(String.raw`\b(har|sparat|sparade|lagrat|lagrade|vet)\b.*\bom mig\b`),
      section: '11.1',
      // "…sparade ni för det", "…så länge jag har ett konto": the data of a feature (§4).
      unless: re(String.raw`\b(om jag|när|då|för det|till det|så länge|konto|beställning)\b`),
    },
    {
      pattern: re(String.raw`\b(min|mitt|mina|vår)\s+(telefon\w*|mobil\w*|e-?post\w*|mejl\w*|adress)`),
      section: '13',
      weight: -1,
    },
    // "Vilka uppgifter sparar ni när jag handlar?" asks which data (§4), not for how long (§8).
    {
      pattern: re(
        String.raw`(^|[,;:]\s*|\boch\s+)vilka\s+(typer av\s+|sorters\s+|slags\s+)?(person)?uppgifter\b.*\b(sparar|sparas|sparat|sparade|lagrar|lagras|lagrat|lagrade|samlar|registrerar|registreras|har|behåller)\b|(^|[,;:]\s*|\boch\s+)vad\s+(sparar|lagrar|registrerar|samlar)\s+ni\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(hur länge|efter|tills|kvar|fortfarande|längre)\b`),
      weight: -1,
    },
    {
      pattern: re(
        String.raw`\butan\s+(ett\s+)?(eget\s+)?(kund)?konto\b|\b(inget|aldrig|inte)\b.*\bkonto\b|\bsom gäst\b|\bgäst(köp|kassa|handel)\p{L}*`,
      ),
      section: '4.2',
      weight: -2,
    },
    { pattern: all(CHANGE, RECIPIENTS, TELL), section: '11.5', weight: 2 },
    // "Do you store my card number?" asks whether, not for how long (§8).
    {
      pattern: re(String.raw`^(sparar|lagrar|behåller|registrerar) (ni|du|caliroots)\b`),
      section: '8',
      unless: re(String.raw`\b(hur länge|efter|tills|kvar|fortfarande|år|månader|längre|alltid)\b`),
      weight: -1,
    },
    // Keeping an account is not keeping data (§8): "stop the newsletter but keep my account".
    {
      pattern: re(
        String.raw`\b(behålla|behåller|ha kvar)\b.*\bkonto\p{L}*|\bkonto\p{L}*\b.*\b(behålla|kvar)\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(hur länge|så länge)\b`),
      weight: -1,
    },
    // Someone else in my account is a security incident (§10), not account data (§4.2).
    {
      pattern: all(
        String.raw`\b(någon|en okänd)\b`,
        String.raw`\b(loggat in|loggade in|loggar in|kommit åt|tagit sig in)\b`,
      ),
      section: '10',
      weight: 2,
    },
    // *My* profile is the account page, not profiling (§7).
    { pattern: re(String.raw`\b(min|din|hennes|hans)\s+(konto|kund)?profil\b`), section: '7', weight: -1 },
    // Not wanting marketing is an objection (§11.7), whichever words carry it.
    {
      pattern: all(
        String.raw`\bvill (inte|inga)\b|\binte längre\b|\bslippa\b|\bsluta\b`,
        String.raw`\b(marknadsföring|reklam|annonser|erbjudanden|nyhetsbrev\p{L}*|mejl\p{L}*|utskick)\b`,
      ),
      section: '11.7',
    },
    // A complaint goes to the supervisory authority (§11.8), whatever else it mentions.
    { pattern: re(String.raw`\b(klaga|klagomål\p{L}*|anmäla (er|caliroots|företaget))\b`), section: '11.8' },
    // Objecting to profiling is answered by §7 itself, not by the general right to object (§11.7).
    {
      pattern: all(
        String.raw`\b(invänd\p{L}*|motsätt\p{L}*|stoppa|slippa|säga nej|neka)\b`,
        String.raw`\bprofil\p{L}*`,
      ),
      section: '7',
    },
    {
      pattern: re(
        String.raw`\bvem\b.*\b(kan|får|har)\b.*\b(se|titta|komma åt|åtkomst|tillgång)\b|\bvilka av (era|ert|er)\b.*\b(se|komma åt|tillgång)\b`,
      ),
      section: '10',
      weight: 2,
      unless: re(String.raw`\b(tredje|partner\p{L}*|utanför|säljer|sälja|delar|dela)\b`),
    },
  ],
  offTopic: [
    re(
      String.raw`\blösenord\p{L}*\b.*\b(glömt|glömde|återställ\p{L}*|byta|byter|fungerar)\b|\b(glömt|glömde|tappat|återställ\p{L}*)\b.*\blösenord|\bkommer inte in\b|\bkan inte logga in\b|\butelåst|\bkonto\p{L}*\b.*\blåst\b|\blåst\b.*\bkonto`,
    ),
    re(
      String.raw`\b(små|stora|smala|breda)\s+i\s+(storleken|storlek)\b|\b(är|blir)\s+(de|dom|den|skorna)\s+(små|stora)\b`,
    ),
    re(
      String.raw`\b(dragit|dragits|drogs|debiterat|debiterats)\b.*\b(två gånger|dubbelt)\b|\b(två gånger|dubbelt)\b.*\b(dragit|dragits|drogs|debiterat|debiterats|betalat)\b`,
    ),
    re(String.raw`^(?!.*(cookie|kakor)).*\b(nere|offline|laddar inte|kraschar)\b`),
    all(
      String.raw`^(?!.*\bvill\b)`,
      String.raw`\b(får|fått|kommer)\b`,
      String.raw`\binte\b.*\blängre\b|\binga\b.*\blängre\b|\bkommer inte fram\b`,
      String.raw`\b(mejl\p{L}*|e-post\p{L}*|nyhetsbrev\p{L}*)\b`,
    ),
    re(String.raw`\bslå ihop\b|\bsammanfoga\p{L}*`),
  ],
};
