import { all, type LanguageCues, re } from './cue-pattern.js';

const CHANGE = String.raw`\b(corrig\p{L}*|gecorrigeerd|correctie\p{L}*|verbeter\p{L}*|aangepast|aanpass\p{L}*|wijzig\p{L}*|gewijzigd|verwijder\p{L}*|gewist|wissen|wis|beperk\p{L}*)\b`;
const RECIPIENTS = String.raw`\b(derden|derde partij\p{L}*|partijen|partners?|ontvangers?|bedrijven|anderen|andere bedrijven)\b`;
const TELL = String.raw`\b(laten|laat)\b.*\bweten\b|\b(informeren|inlichten|berichten|doorgeven|doorgegeven|melden|vertellen)\b|\bop de hoogte\b`;
const DEFINE = String.raw`(verstaan|bedoel\p{L}*)`;

export const NL_CUES: LanguageCues = {
  cues: [
    // "Do you use my data to send me offers?" asks for a purpose (§5); profiling and cookies have their own.
    {
      pattern: re(String.raw`\bgebruik\p{L}*\b.*\b(gegevens|data|info|informatie)\b.*\bom\b.*\bte\b`),
      section: '5',
      unless: re(String.raw`\b(cookies?|kakor|profil\p{L}*)\b`),
    },
    // "When do you throw my data away?" asks for the retention period (§8), not for erasure (§11).
    {
      pattern: re(
        String.raw`\bwanneer\s+(verwijderen|verwijdert|wissen|wist|gooien|gooit|vernietigen|vernietigt)\s+(jullie|julie|u|je|caliroots)\b|\bwanneer\s+(worden|wordt)\b.*\b(verwijderd|gewist|weggegooid|vernietigd)\b`,
      ),
      section: '8',
    },
    {
      pattern: re(
        String.raw`\b(betekent|betekenis|definitie|houdt|valt onder|vallen onder|geldt als|telt als)\b.*\bverwerk\w*|\bverwerk\w*\b.*\b(betekent|houdt\b.*\bin)\b|^(is|zijn)\b.+\bverwerking\W*$|\b${DEFINE}\b.*\bverwerk\p{L}*|\bverwerk\p{L}*\b.*\b${DEFINE}\b|^wat is\s+(precies\s+|eigenlijk\s+|nou\s+)?(een\s+|de\s+)?(gegevens)?verwerking\b(\s+van\s+(persoons)?gegevens)?(\s+(precies|eigenlijk|dan|nou))?\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(is|zijn|valt|vallen|telt|tellen)\b.+\bpersoonsgegevens?\W*$|\b(betekent|betekenis|definitie|houdt|valt onder|vallen onder|geldt als|telt als)\b.*\bpersoonsgegevens?\b|\bpersoonsgegevens\b.*\b(betekent|houdt\b.*\bin)\b|^wat (zijn|is)\s+(precies\s+|eigenlijk\s+|nou\s+)?(een\s+)?persoonsgegevens?\b(\s+(precies|eigenlijk|dan|nou|volgens jullie))*\W*$|\b${DEFINE}\b.*\bpersoonsgegevens?\b|\bpersoonsgegevens?\b.*\b${DEFINE}\b`,
      ),
      section: '1',
    },
    {
      pattern: re(
        String.raw`^waar\b.+\bvoor\W*$|\b(wat is het doel|met welk doel|voor welk doel)\b|\bwaarvoor\b.*\b(gebruik\p{L}*|nodig|verwerk\p{L}*|bewaar\p{L}*|verzamel\p{L}*)\b|\b(gebruik\p{L}*|nodig|verwerk\p{L}*)\b.*\bwaarvoor\b|\b(welke|voor welke|met welke) (doelen|doeleinden|redenen)\b|\bwat doen jullie\b.*\bmet\b.*\bgegevens\b`,
      ),
      section: '5',
      // "What do you use cookies for?" is about cookies (§12).
      unless: re(String.raw`\b(cookies?)\b`),
    },
    {
      pattern: re(
        String.raw`\b(hebben|heeft|bewaren|bewaard|opgeslagen|weten)\b.*\b(van|over) mij\b|\b(van|over) mij\b.*\b(hebben|bewaren|bewaard|opgeslagen|weten)\b`,
      ),
      section: '11.1',
      // "…hebben jullie daarvoor bewaard", "…zolang ik een account heb": the data of a feature (§4).
      unless: re(String.raw`\b(als|wanneer|indien|dan|daarvoor|daarbij|daarvan|zolang|account|bestelling)\b`),
    },
    {
      pattern: re(String.raw`\b(mijn|ons)\s+(telefoon\w*|mobiele?|e-?mail\w*|adres)`),
      section: '13',
      weight: -1,
    },
    // "Welke gegevens bewaren jullie als ik bestel?" asks which data (§4), not for how long (§8).
    {
      pattern: re(
        String.raw`(^|[,;:]\s*|\ben\s+)(welke|wat voor)\s+(soort\s+|soorten\s+)?(persoons)?gegevens\b.*\b(bewaren|bewaard|bewaart|opslaan|opgeslagen|slaan|sla|verzamel\p{L}*|hebben|heeft|registreren|geregistreerd|vastgelegd|vastleggen|bijhouden|houden)\b|(^|[,;:]\s*|\ben\s+)wat\s+(bewaren|bewaart|slaan|registreren|verzamelen)\s+(jullie|je|u)\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(hoe lang|hoelang|nadat|totdat|tot|nog|meer|na)\b`),
      weight: -1,
    },
    {
      pattern: re(
        String.raw`\b(zonder|geen)\s+(een\s+)?(eigen\s+)?(klanten)?account\b|\bnooit\b.*\baccount\b|\bals gast\b|\bgastaccount\b`,
      ),
      section: '4.2',
      weight: -2,
    },
    { pattern: all(CHANGE, RECIPIENTS, TELL), section: '11.5', weight: 2 },
    // "Do you store my card number?" asks whether, not for how long (§8).
    {
      pattern: re(
        String.raw`^(slaan|slaat|bewaren|bewaart|houden|houdt|registreren|registreert) (jullie|je|u|caliroots)\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(hoe lang|hoelang|nadat|totdat|tot|nog|na|jaar|jaren|maanden|langer|altijd)\b`),
      weight: -1,
    },
    // Keeping an account is not keeping data (§8): "stop the newsletter but keep my account".
    {
      pattern: re(
        String.raw`\b(houden|behouden|houdt)\b.*\b(account|klantaccount)\b|\b(account|klantaccount)\b.*\b(houden|behouden)\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(hoe lang|hoelang|zolang|zo lang)\b`),
      weight: -1,
    },
    // Someone else in my account is a security incident (§10), not account data (§4.2).
    {
      pattern: all(
        String.raw`\b(iemand|een onbekende)\b`,
        String.raw`\b(ingelogd|inloggen|logt in|toegang|gebruikt mijn account)\b`,
      ),
      section: '10',
      weight: 2,
    },
    // *My* profile is the account page, not profiling (§7).
    {
      pattern: re(String.raw`\b(mijn|jouw|uw|haar|zijn)\s+(account|klanten)?profiel\b`),
      section: '7',
      weight: -1,
    },
    // Not wanting marketing is an objection (§11.7), whichever words carry it.
    {
      pattern: all(
        String.raw`\b(wil|willen)\s+(niet|geen)\b|\bniet meer\b|\bgeen\b.*\bmeer\b|\bstoppen met\b`,
        String.raw`\b(marketing|reclame|advertenties|aanbiedingen|promoties|nieuwsbrie\p{L}*|mails?|e-mails?)\b`,
      ),
      section: '11.7',
    },
    // A complaint goes to the supervisory authority (§11.8), whatever else it mentions.
    { pattern: re(String.raw`\b(klacht\p{L}*|klagen|aangifte)\b`), section: '11.8' },
    // Objecting to profiling is answered by §7 itself, not by the general right to object (§11.7).
    {
      pattern: all(
        String.raw`\b(bezwaar|stoppen|stop|afmelden|weigeren|nee zeggen)\b`,
        String.raw`\bprofil\p{L}*|\bprofiel\p{L}*`,
      ),
      section: '7',
    },
    {
      pattern: re(
        String.raw`\bwie\b.*\b(kan|kunnen|mag|mogen|heeft|hebben)\b.*\b(zien|inzien|bekijken|inkijken|toegang|bij)\b`,
      ),
      section: '10',
      weight: 2,
      unless: re(String.raw`\b(derden|partners?|bedrijven|buiten|verkop\p{L}*|verkoopt|delen|deelt)\b`),
    },
  ],
  offTopic: [
    re(
      String.raw`\bwachtwoord\p{L}*\b.*\b(vergeten|kwijt|resetten|reset|wijzigen|werkt)\b|\b(vergeten|kwijt|resetten|reset)\b.*\bwachtwoord|\b(kan|kon|lukt)\b.*\bniet\b.*\binlog\p{L}*|\binlog\p{L}*\b.*\b(lukt|werkt)\s+niet\b|\b(account|profiel)\b.*\bgeblokkeerd\b|\bgeblokkeerd\b.*\baccount\b|\bontgrendel\p{L}*`,
    ),
    re(
      String.raw`\b(valt|vallen)\s+(deze\s+|die\s+|ze\s+|het\s+|hij\s+)?(klein|groot|ruim|krap|smal|breed|normaal)\b|\b(klein|groot|ruim|krap)\s+(uit|vallen|valt)\b`,
    ),
    re(
      String.raw`\b(dubbel|twee keer)\b.*\b(afgeschreven|betaald|gefactureerd)\b|\b(afgeschreven|betaald)\b.*\b(dubbel|twee keer)\b`,
    ),
    re(String.raw`^(?!.*cookie).*\b(offline|plat|ligt eruit|laadt niet|doet het niet)\b`),
    all(
      String.raw`^(?!.*\b(wil|willen)\b)`,
      String.raw`\b(ontvang|krijg)\p{L}*`,
      String.raw`\bniet meer\b|\bgeen\b.*\bmeer\b`,
      String.raw`\b(mails?|e-mails?|nieuwsbrie\p{L}*)\b`,
    ),
    re(String.raw`\bsamenvoeg\p{L}*|\bsamen\s*voegen\b`),
  ],
};
