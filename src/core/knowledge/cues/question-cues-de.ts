import { all, type LanguageCues, re } from './cue-pattern.js';

const CHANGE = String.raw`\b(korrigier\p{L}*|berichtig\p{L}*|änder\p{L}*|geändert|lösch\p{L}*|gelöscht|einschränk\p{L}*|eingeschränkt)\b`;
const RECIPIENTS = String.raw`\b(dritte\p{L}*|partner\p{L}*|empfänger\p{L}*|firmen|unternehmen|andere\p{L}*)\b`;
const TELL = String.raw`\b(sagt|sagen|informiert|informieren|benachrichtig\p{L}*|mitteil\p{L}*|bescheid|erfahren)\b|\bteilt\b.*\bmit\b`;
const DEFINE = '(versteht|verstehen|meint|meinen|gemeint)';

export const DE_CUES: LanguageCues = {
  cues: [
    // "Do you use my data to send me offers?" asks for a purpose (§5); profiling and cookies have their own.
    {
      pattern: re(
        String.raw`\b(nutzt|verwendet|benutzt|gebraucht|nutzen|verwenden)\b.*\b(daten|angaben|informationen)\b.*\bum\b.*\bzu\b`,
      ),
      section: '5',
      unless: re(String.raw`\b(cookies?|kakor|profil\p{L}*)\b`),
    },
    // "Wann löscht ihr meine Daten?" asks for the retention period (§8), not for erasure (§11).
    {
      pattern: re(
        String.raw`\bwann\s+(loscht|entfernt|vernichtet|werft)\s+(ihr|sie|caliroots)\b|\bwann\s+(werden|wird)\b.*\b(geloscht|entfernt|vernichtet|weggeworfen)\b`,
      ),
      section: '8',
    },
    {
      pattern: re(
        String.raw`\b(bedeutet|bedeutung|definition|heißt|zählt|gilt|gelten)\b.*\bverarbeit\w*|\bverarbeit\w*\b.*\b(bedeutet|heißt)\b|^(ist|sind)\b.+\bverarbeitung\W*$|\b${DEFINE}\b.*\bverarbeit\p{L}*|\bverarbeit\p{L}*\b.*\b(verstanden|gemeint)\b|^was ist\s+(eigentlich\s+|genau\s+|überhaupt\s+)?(eine\s+|die\s+)?(daten)?verarbeitung\b(\s+von\s+(personenbezogenen\s+)?daten)?(\s+(eigentlich|genau|überhaupt))?\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(ist|sind|zählt|zählen|gilt|gelten)\b.+\bpersonenbezogen\w*\b.*$|\b(bedeutet|bedeutung|definition|heißt|zählt|gilt|gelten)\b.*\bpersonenbezogen\w*|\bpersonenbezogen\w*\b.*\b(bedeutet|heißt)\b|^was (sind|ist)\s+(eigentlich\s+|genau\s+|überhaupt\s+)*(ein(e)?\s+)?personenbezogene\p{L}*(\s+daten?)?\b(\s+(eigentlich|genau|überhaupt))*\W*$|\b${DEFINE}\b.*\bpersonenbezogen|\bpersonenbezogen\p{L}*\b.*\b(verstanden|gemeint)\b`,
      ),
      section: '1',
    },
    {
      pattern: re(
        String.raw`^wo\b.+\bfür\W*$|\b(zu welchem zweck|welchen zweck|was ist der zweck)\b|\bwofür\b.*\b(verwend|nutz|benutz|brauch|benötig|verarbeit|sammel|speicher)\p{L}*|\b(verwend|nutz|benutz|brauch|benötig|verarbeit)\p{L}*\b.*\bwofür\b|\b(welche|welchen|zu welchen|für welche) zwecke?n?\b|\bwas macht ihr\b.*\bmit\b.*\bdaten\b`,
      ),
      section: '5',
      // "What do you use cookies for?" is about cookies (§12).
      unless: re(String.raw`\b(cookies?)\b`),
    },
    {
      pattern: re(
        String.raw`\b(habt|hat|haben|gespeichert|speichert|wisst|wissen)\b.*\b(über mich|von mir)\b|\b(über mich|von mir)\b.*\b(habt|gespeichert|gesammelt|wisst)\b`,
      ),
      section: '11.1',
      // "…habt ihr dafür gespeichert", "…solange ich ein Konto habe": the data of a feature (§4).
      unless: re(String.raw`\b(wenn|falls|dann|dafür|dabei|solange|konto|kundenkonto|bestellung)\b`),
    },
    {
      pattern: re(String.raw`\b(mein\w*|unser\w*)\s+(telefon\w*|handy\w*|e-?mail\w*|adresse)`),
      section: '13',
      weight: -1,
    },
    // "Welche Daten speichert ihr, wenn ich bestelle?" asks which data (§4), not for how long (§8).
    {
      pattern: re(
        String.raw`(^|[,;:]\s*|\bund\s+)welche\s+(art von\s+|arten von\s+)?(personenbezogenen\s+)?(daten|infos?|informationen|angaben)\b.*\b(speichert|gespeichert|speichern|aufbewahrt|sammelt|gesammelt|erhebt|erhoben|habt|hat|erfasst|registriert)\b|(^|[,;:]\s*|\bund\s+)was\s+(speichert|sammelt|erhebt|erfasst)\s+ihr\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(wie lange|nach|bis|noch|mehr|lange)\b`),
      weight: -1,
    },
    {
      pattern: re(
        String.raw`\bohne\s+(ein\s+|eigenes\s+)?(kunden|benutzer)?konto\b|\b(kein|keinen|nie|niemals)\b.*\b(kunden|benutzer)?konto\b|\bals gast\b|\bgast(bestellung|kauf|zugang|konto)`,
      ),
      section: '4.2',
      weight: -2,
    },
    { pattern: all(CHANGE, RECIPIENTS, TELL), section: '11.5', weight: 2 },
    // "Do you store my card number?" asks whether, not for how long (§8).
    {
      pattern: re(String.raw`^(speichert|bewahrt|behaltet|speichern sie|bewahren sie) (ihr|caliroots)?\b`),
      section: '8',
      unless: re(String.raw`\b(wie lange|nach|bis|noch|jahre|monate|länger|lange|immer)\b`),
      weight: -1,
    },
    // Keeping an account is not keeping data (§8): "stop the newsletter but keep my account".
    {
      pattern: re(
        String.raw`\b(behalten|behalte|behält)\b.*\b(konto|kundenkonto|account)\b|\b(konto|kundenkonto|account)\b.*\b(behalten|behalte)\b`,
      ),
      section: '8',
      unless: re(String.raw`\b(wie lange|solange|so lange)\b`),
      weight: -1,
    },
    // Someone else in my account is a security incident (§10), not account data (§4.2).
    {
      pattern: all(
        String.raw`\b(jemand|ein fremder|unbekannte\p{L}*)\b`,
        String.raw`\b(eingeloggt|angemeldet|einloggen|zugegriffen|zugang)\b`,
      ),
      section: '10',
      weight: 2,
    },
    // *My* profile is the account page, not profiling (§7).
    {
      pattern: re(String.raw`\b(mein|meinem|meinen|dein|ihr|ihrem)\s+(konto|kunden|benutzer)?profil\b`),
      section: '7',
      weight: -1,
    },
    // Not wanting marketing is an objection (§11.7), whichever words carry it.
    {
      pattern: all(
        String.raw`\b(will|möchte|wollen|möchten)\s+(keine|nicht)\b|\bnicht mehr\b|\bkeine\b.*\bmehr\b|\baufhören\b`,
        String.raw`\b(marketing|werbung|anzeigen|angebote|werbemails|newsletter|mails?|e-mails?)\b`,
      ),
      section: '11.7',
    },
    // A complaint goes to the supervisory authority (§11.8), whatever else it mentions.
    { pattern: re(String.raw`\b(beschwer\p{L}*)\b`), section: '11.8' },
    // Objecting to profiling is answered by §7 itself, not by the general right to object (§11.7).
    {
      pattern: all(
        String.raw`\b(widersprech\p{L}*|widerspruch|stoppen|ablehnen|nein sagen)\b`,
        String.raw`\bprofil\p{L}*`,
      ),
      section: '7',
    },
    {
      pattern: re(
        String.raw`\bwer\b.*\b(kann|darf|können|dürfen|hat|haben)\b.*\b(sehen|einsehen|zugreifen|zugriff|anschauen|ansehen|lesen)\b`,
      ),
      section: '10',
      weight: 2,
      unless: re(
        String.raw`\b(dritte\p{L}*|partner\p{L}*|firmen|außerhalb|verkauf\p{L}*|teilt|weitergeb\p{L}*)\b`,
      ),
    },
  ],
  offTopic: [
    re(
      String.raw`\bpasswort\b.*\b(vergessen|zurücksetzen|zurückgesetzt|reset|ändern|funktioniert)\b|\b(vergessen|zurücksetzen)\b.*\bpasswort\b|\breset\p{L}*|\bkann mich nicht\b.*\b(ein|an)loggen\b|\bkomme nicht (rein|in mein)\b|\b(konto|account)\b.*\bgesperrt\b|\bgesperrt\b.*\b(konto|account)\b|\bentsperr\p{L}*`,
    ),
    re(String.raw`\b(fallen|fällt|fallt)\b.*\b(klein|groß|größer|kleiner|eng|weit|normal)\b`),
    re(
      String.raw`\b(doppelt|zweimal)\b.*\b(abgebucht|belastet|bezahlt|berechnet)\b|\b(abgebucht|belastet)\b.*\b(doppelt|zweimal)\b`,
    ),
    re(String.raw`^(?!.*cookie).*\b(offline|down|lädt nicht|laden nicht|abgestürzt)\b`),
    all(
      String.raw`^(?!.*\b(will|möchte|wollen|möchten)\b)`,
      String.raw`\b(bekomme|erhalte|kriege|kommen|ankommen)\b`,
      String.raw`\bnicht mehr\b|\bkeine\b.*\bmehr\b|\bkommen\b.*\bnicht\b.*\ban\b`,
      String.raw`\b(mails?|e-mails?|newsletter)\b`,
    ),
    re(String.raw`\bzusammenführ\p{L}*|\bzusammenleg\p{L}*`),
  ],
};
