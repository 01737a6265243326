import type { Language } from '../../../src/core/language/languages.js';
import { describeFamilies, type FamilyCase } from './describe-families.js';

/**
 * Families of wording found missing by independent round 4, each in the four languages.
 * Sentences written for these tests, not taken from any labelled or independent set.
 */
type Case = FamilyCase;
const FAMILIES: Record<string, Case[]> = {
  "a document that turns out to be a completely different person's, with their details, is a breach": [
    [
      'en',
      'The receipt I opened from your mail belongs to an entirely different customer – another name, a street in Leeds, items I never bought.',
      ['breach'],
    ],
    [
      'nl',
      'De pakbon in mijn doos is van een totaal andere klant: een andere naam, een adres in Zwolle en een telefoonnummer.',
      ['breach'],
    ],
    [
      'sv',
      'Kvittot jag laddade ner gäller en helt annan kund, med ett annat namn och en adress i Umeå.',
      ['breach'],
    ],
    [
      'de',
      'Die Rechnung im Kundenkonto gehört einer völlig anderen Person, mit anderem Namen und einer Adresse in Graz.',
      ['breach'],
    ],
  ],
  'an unsubscribe told as done before, with a wish to sign up again, asks nothing': [
    [
      'en',
      'I unsubscribed from the newsletter back in spring and that went fine. Could you add me again? The sign-up page keeps failing.',
      [],
    ],
    [
      'nl',
      'Twee maanden geleden heb ik me zonder problemen afgemeld voor de nieuwsbrief. Nu wil ik hem graag weer ontvangen, maar aanmelden lukt niet.',
      [],
    ],
    [
      'sv',
      'I våras avregistrerade jag mig från nyhetsbrevet utan problem. Nu vill jag ha det igen men formuläret krånglar.',
      [],
    ],
    [
      'de',
      'Im Frühjahr habe ich mich ohne Probleme vom Newsletter abgemeldet. Jetzt möchte ich ihn wieder bekommen, aber die Anmeldung klappt nicht.',
      [],
    ],
  ],
  'an agent note that ends with "no further action" refuses nothing': [
    [
      'en',
      'Internal note: customer called about a size swap on order 5521. Explained returns. No further action.',
      [],
    ],
    ['nl', 'Notitie: klant belde over een maatwissel. Retourproces uitgelegd. Geen verdere actie.', []],
    ['sv', 'Anteckning: kunden ringde om ett storleksbyte. Förklarade returen. Ingen vidare åtgärd.', []],
    ['de', 'Notiz: Kundin rief wegen eines Größentauschs an. Rücksendung erklärt. Keine weitere Aktion.', []],
  ],
  'data to be used only for one purpose is a restriction; the marketing and profiling named after it are its examples':
    [
      [
        'en',
        'While the chargeback is looked into, please use my details only for this case – no marketing, no profiling. Do not delete them.',
        ['restriction'],
      ],
      [
        'nl',
        'Zolang het geschil loopt, wil ik dat jullie mijn gegevens uitsluitend voor deze zaak gebruiken, geen reclame en geen profilering.',
        ['restriction'],
      ],
      [
        'sv',
        'Så länge tvisten pågår vill jag att ni bara använder mina uppgifter för det här ärendet – ingen marknadsföring, ingen profilering.',
        ['restriction'],
      ],
      [
        'de',
        'Solange der Streit läuft, möchte ich, dass Sie meine Daten ausschließlich für diesen Vorgang verwenden – keine Werbung, kein Profiling.',
        ['restriction'],
      ],
    ],
  'a wrong detail corrected and not to be used for anything until then is a rectification and a restriction':
    [
      [
        'en',
        'My phone number on the account is wrong, please change it to the one below. Until that is sorted, please do not use the old number for anything – no texts.',
        ['rectification', 'restriction'],
      ],
      [
        'nl',
        'Mijn e-mailadres in het profiel klopt niet, graag aanpassen. Gebruik dat oude adres alstublieft nergens voor totdat het aangepast is.',
        ['rectification', 'restriction'],
      ],
      [
        'sv',
        'Min adress i kontot är fel, ändra den gärna. Använd inte den gamla adressen till något tills ni har rättat den.',
        ['rectification', 'restriction'],
      ],
      [
        'de',
        'Meine Adresse im Konto ist falsch, bitte ändern Sie sie. Bis das korrigiert ist, verwenden Sie die alte Adresse bitte für nichts.',
        ['rectification', 'restriction'],
      ],
    ],
  'a hypothetical closure that asks what is lost with it is a question, not an erasure': [
    [
      'en',
      'Say I deleted my account – could I still exchange the jacket? Would my purchase history be gone? Just curious for now.',
      ['question'],
    ],
    [
      'nl',
      'Als ik mijn account verwijder, kan ik de jas dan nog ruilen? Ben ik dan mijn aankoopgeschiedenis kwijt? Ik wil het alleen weten.',
      ['question'],
    ],
    [
      'sv',
      'Om jag stänger mitt konto, kan jag byta jackan ändå? Försvinner då min köphistorik? Jag undrar bara.',
      ['question'],
    ],
    [
      'de',
      'Wenn ich mein Konto schließe, kann ich die Jacke noch umtauschen? Sind meine Bestelldaten dann verloren? Nur aus Interesse.',
      ['question'],
    ],
  ],
  'how long old orders are kept, asked beside an access request, is a question too': [
    [
      'en',
      'How long do you store past orders anyway? And please send me a copy of all the data you hold about me.',
      ['access', 'question'],
    ],
    [
      'nl',
      'Hoe lang bewaren jullie eigenlijk oude bestellingen? En stuur me een overzicht van wat jullie van mij hebben.',
      ['access', 'question'],
    ],
    [
      'sv',
      'Hur länge sparar ni gamla beställningar? Skicka mig också ett registerutdrag.',
      ['access', 'question'],
    ],
    [
      'de',
      'Wie lange speichert ihr alte Bestellungen? Und schickt mir bitte eine Auskunft über alles, was ihr über mich habt.',
      ['access', 'question'],
    ],
  ],
  'which data must be retained, asked in an erasure request, belongs to the erasure': [
    [
      'en',
      'Please erase my account and all my personal data. If you must keep some records by law, let me know which data is kept and for how long.',
      ['erasure'],
    ],
    [
      'nl',
      'Verwijder mijn account en al mijn gegevens. Als jullie iets wettelijk moeten bewaren, laat me dan weten welke gegevens bewaard worden en hoe lang.',
      ['erasure'],
    ],
    [
      'sv',
      'Radera mitt konto och alla mina uppgifter. Om ni måste spara något enligt lag, berätta vilka uppgifter som sparas och hur länge.',
      ['erasure'],
    ],
    [
      'de',
      'Löschen Sie mein Konto und alle meine Daten. Falls Sie etwas aufbewahren müssen, teilen Sie mir mit, welche Daten wie lange gespeichert werden.',
      ['erasure'],
    ],
  ],
  'a copy of everything held about me, wanted as a machine-readable file, is access and portability': [
    [
      'en',
      'Please send me a copy of all personal data you hold about me, ideally as a CSV file I can import elsewhere.',
      ['access', 'portability'],
    ],
    [
      'nl',
      'Stuur mij een kopie van alle gegevens die jullie over mij hebben, het liefst als CSV-bestand zodat ik het kan meenemen.',
      ['access', 'portability'],
    ],
    [
      'sv',
      'Skicka en kopia av alla uppgifter ni har om mig, helst som en JSON-fil som jag kan läsa in någon annanstans.',
      ['access', 'portability'],
    ],
    [
      'de',
      'Schicken Sie mir eine Kopie aller Daten, die Sie über mich haben, gern als CSV-Datei, damit ich sie mitnehmen kann.',
      ['access', 'portability'],
    ],
  ],
  'a deletion asked once a copy has arrived is still asked, in its main clause': [
    [
      'sv',
      'Skicka mig först en kopia av mina uppgifter. När jag har fått den kan ni ta bort kontot.',
      ['access', 'erasure'],
    ],
    [
      'nl',
      'Stuur me eerst een kopie van mijn gegevens. Zodra ik die heb, mogen jullie mijn account verwijderen.',
      ['access', 'erasure'],
    ],
    [
      'de',
      'Schickt mir zuerst eine Kopie meiner Daten. Wenn ich sie habe, könnt ihr mein Konto löschen.',
      ['access', 'erasure'],
    ],
    [
      'en',
      'First send me a copy of my data. When I have it, you can delete my account.',
      ['access', 'erasure'],
    ],
  ],
};

/** Near misses of the families above: shop matters and questions that ask for nothing. */
const NONE: Array<[Language, string]> = [
  ['en', 'If I close my account, can I still return the boots I bought?'],
  ['nl', 'Als ik mijn account opzeg, kan ik dan nog mijn schoenen retourneren?'],
  ['sv', 'Om jag avslutar kontot, kan jag fortfarande lämna tillbaka skorna?'],
  ['de', 'Wenn ich mein Konto kündige, kann ich die Schuhe dann noch zurückschicken?'],
  ['en', 'Can you keep my order until Friday? How long can you hold it?'],
  ['en', 'If I delete my account, can you still send me the receipt?'],
  ['de', 'Wenn ich mein Konto lösche, könnt ihr mir dann noch die Rechnung schicken?'],
  ['nl', 'Wordt mijn bestelling automatisch geannuleerd als ik niet betaal?'],
];

describeFamilies('families found missing by round 4', FAMILIES, NONE);
