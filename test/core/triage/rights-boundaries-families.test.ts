import type { Language } from '../../../src/core/language/languages.js';
import { describeFamilies, type FamilyCase } from './describe-families.js';

/**
 * Boundaries between rights that overlap, and questions beside a request or in place of one,
 * each family in the four languages. Sentences written for these tests, not taken from any
 * labelled or independent set.
 */
type Case = FamilyCase;
const FAMILIES: Record<string, Case[]> = {
  'taken out of marketing, retargeting or tracking is an objection, not an erasure': [
    ['en', 'Please take me out of your SMS marketing, I do not want offers by text.', ['objection']],
    ['nl', 'Haal me uit jullie sms-marketing, ik wil geen aanbiedingen meer per sms.', ['objection']],
    ['sv', 'Ta bort mig från era sms-utskick, jag vill inte ha fler erbjudanden.', ['objection']],
    ['de', 'Nehmen Sie mich bitte aus dem E-Mail-Marketing heraus.', ['objection']],
    ['en', 'Take me out of the retargeting and stop showing me your ads everywhere.', ['objection']],
    ['nl', 'Haal me uit jullie retargeting en stop met dat gevolg met advertenties.', ['objection']],
    ['sv', 'Plocka bort mig från er retargeting, jag vill inte förföljas av annonser.', ['objection']],
    [
      'de',
      'Nehmt mich aus eurem Retargeting raus, ich will nicht überall eure Werbung sehen.',
      ['objection'],
    ],
    ['en', 'Stop tracking me for advertising and remove me from your ad audiences.', ['objection']],
    ['nl', 'Stop met mij volgen voor reclame en haal me uit jullie advertentiedoelgroepen.', ['objection']],
    ['sv', 'Sluta spåra mig för reklam och ta bort mig från era annonsmålgrupper.', ['objection']],
    [
      'de',
      'Hört auf, mich für Werbung zu tracken, und nehmt mich aus euren Werbezielgruppen.',
      ['objection'],
    ],
  ],
  'off the list and the records deleted are two requests': [
    ['en', 'Take me off the mailing list and delete everything you have on me.', ['erasure', 'objection']],
    [
      'nl',
      'Haal me van de mailinglijst en verwijder alle gegevens die jullie van me hebben.',
      ['erasure', 'objection'],
    ],
    [
      'sv',
      'Ta bort mig från utskickslistan och radera alla uppgifter ni har om mig.',
      ['erasure', 'objection'],
    ],
    [
      'de',
      'Nehmt mich aus dem Verteiler und löscht alle Daten, die ihr über mich habt.',
      ['erasure', 'objection'],
    ],
  ],
  'leaving as a customer is an erasure, not an objection': [
    ['en', 'I no longer want to be your customer, please delete my account and data.', ['erasure']],
    ['nl', 'Ik wil niet langer klant bij jullie zijn, gooi mijn account en gegevens weg.', ['erasure']],
  ],
  '"send my data" in a machine-readable export is portability, not access': [
    [
      'en',
      'Closing my account – send my data first, as a machine-readable export (CSV), then delete it.',
      ['erasure', 'portability'],
    ],
    [
      'nl',
      'Ik zeg mijn account op. Stuur me eerst mijn gegevens als machineleesbaar bestand (CSV), daarna mag alles weg.',
      ['erasure', 'portability'],
    ],
    [
      'sv',
      'Jag avslutar mitt konto. Skicka mina uppgifter först i ett maskinläsbart format (JSON) och radera sedan kontot.',
      ['erasure', 'portability'],
    ],
    [
      'de',
      'Ich kündige mein Konto. Schickt mir vorher meine Daten als maschinenlesbare Datei (JSON), danach bitte löschen.',
      ['erasure', 'portability'],
    ],
    [
      'en',
      'Please send me my data in a machine-readable format so I can take it to another shop.',
      ['portability'],
    ],
    [
      'nl',
      'Stuur mijn gegevens alsjeblieft in een machineleesbaar formaat, ik wil overstappen.',
      ['portability'],
    ],
    [
      'sv',
      'Skicka mina uppgifter i ett maskinläsbart format, jag vill flytta dem till en annan butik.',
      ['portability'],
    ],
    [
      'de',
      'Bitte sendet mir meine Daten in einem maschinenlesbaren Format, ich will zu einem anderen Anbieter.',
      ['portability'],
    ],
  ],
  'a question of its own beside an access request': [
    [
      'en',
      'Please send me an overview of the data you hold about me. How long do you keep order data?',
      ['access', 'question'],
    ],
    [
      'nl',
      'Graag een overzicht van welke gegevens jullie van mij hebben. Waarom hebben jullie mijn geboortedatum nodig?',
      ['access', 'question'],
    ],
    [
      'sv',
      'Jag vill få en sammanställning av vilka uppgifter ni har om mig. Varför behöver ni mitt personnummer?',
      ['access', 'question'],
    ],
    [
      'de',
      'Ich hätte gern eine Übersicht, welche Daten ihr über mich habt. Und warum braucht ihr eigentlich mein Geburtsdatum?',
      ['access', 'question'],
    ],
  ],
  'a question of its own beside an erasure': [
    [
      'en',
      'Delete my account please. Do you share customer data with other companies?',
      ['erasure', 'question'],
    ],
    [
      'nl',
      'Verwijder mijn account. Delen jullie klantgegevens met andere bedrijven?',
      ['erasure', 'question'],
    ],
    ['sv', 'Radera mitt konto. Delar ni kunduppgifter med andra företag?', ['erasure', 'question']],
    ['de', 'Löscht bitte mein Konto. Gebt ihr Kundendaten an andere Firmen weiter?', ['erasure', 'question']],
  ],
  'what a deletion would leave behind is a question, not a request': [
    ['en', 'If I delete my account, do you keep my order history?', ['question']],
    ['en', 'Will you keep anything after deletion, for example invoices?', ['question']],
    ['en', 'After deletion, is anything kept, like my address?', ['question']],
    ['en', 'I do not want to delete my account yet, I just want to know what you would keep.', ['question']],
    ['nl', 'Als ik mijn account verwijder, bewaren jullie dan nog iets van mijn gegevens?', ['question']],
    ['nl', 'Bewaren jullie na verwijdering nog iets, bijvoorbeeld facturen?', ['question']],
    ['sv', 'Om jag raderar mitt konto, sparar ni då något av mina uppgifter?', ['question']],
    ['sv', 'Sparar ni något efter raderingen, till exempel kvitton?', ['question']],
    ['de', 'Wenn ich mein Konto lösche, behaltet ihr dann noch Daten von mir?', ['question']],
    [
      'de',
      'Ich will das Konto noch nicht löschen, möchte nur wissen, was ihr dann aufbewahrt.',
      ['question'],
    ],
  ],
  'what happens to my data when …': [
    ['en', 'What happens to my data when I close my account?', ['question']],
    ['nl', 'Wat gebeurt er met mijn gegevens als ik mijn account opzeg?', ['question']],
    ['sv', 'Vad händer med mina uppgifter när jag avslutar kontot?', ['question']],
    ['de', 'Was passiert mit meinen Daten, wenn ich mein Konto kündige?', ['question']],
  ],
  'a worry about how data is handled is a question': [
    ['en', 'I am worried that you sell my e-mail address to advertisers.', ['question']],
    ['en', 'It worries me that you store my card details.', ['question']],
    ['nl', 'Ik maak me zorgen dat jullie mijn gegevens doorverkopen aan adverteerders.', ['question']],
    ['sv', 'Jag är orolig för att ni delar mina uppgifter med annonsörer.', ['question']],
    ['de', 'Ich mache mir Sorgen, dass ihr meine Daten an Werbefirmen weitergebt.', ['question']],
  ],
  'taken off a list named in a compound, or an address taken off a list': [
    ['en', 'Take me out of whatever retargeting thing you are running, it is creepy.', ['objection']],
    ['nl', 'Wil je me uit het klantenpanel en de reclamelijst halen?', ['objection']],
    ['sv', 'Stryk mig från ert sms-register för erbjudanden.', ['objection']],
    [
      'de',
      'Bitte nehmt mich aus dem SMS-Marketing raus, ich möchte keine Angebote mehr aufs Handy.',
      ['objection'],
    ],
    ['en', 'Remove my email address from your newsletter list.', ['objection']],
    ['sv', 'Ta bort min mejladress från nyhetsbrevet.', ['objection']],
    ['de', 'Entfernt meine E-Mail-Adresse aus dem Newsletter-Verteiler.', ['objection']],
  ],
  'unsubscribed and then the account deleted are two requests': [
    ['en', 'Unsubscribe me from everything and then wipe my account.', ['erasure', 'objection']],
    ['nl', 'Meld me af voor alle mails en verwijder daarna mijn account.', ['erasure', 'objection']],
    ['sv', 'Avregistrera mig från alla utskick och radera sedan mitt konto.', ['erasure', 'objection']],
    ['de', 'Meldet mich von allen Newslettern ab und löscht danach mein Konto.', ['erasure', 'objection']],
  ],
  'browsing behaviour followed for ads is an objection': [
    ['en', 'Please stop following my browsing behaviour for ads.', ['objection']],
    ['nl', 'Stop alsjeblieft met het volgen van mijn surfgedrag voor advertenties.', ['objection']],
    ['sv', 'Sluta spåra mitt surfande för annonser.', ['objection']],
    ['de', 'Hört bitte auf, mein Surfverhalten für Werbung zu verfolgen.', ['objection']],
  ],
  'a file of everything about me, or sent after an export is asked, is portability': [
    ['en', 'Send me everything you have on me in a machine-readable format, please.', ['portability']],
    ['en', 'I want to export my data. Please send it to me as a JSON file.', ['portability']],
    ['nl', 'Kunnen jullie al mijn gegevens naar me mailen als JSON-bestand?', ['portability']],
    ['sv', 'Kan ni mejla mig all min data som en CSV-fil?', ['portability']],
    [
      'de',
      'Ich möchte meine Daten exportieren und zu einem anderen Shop mitnehmen. Schickt mir die Daten bitte zu.',
      ['portability'],
    ],
    [
      'en',
      'Send me a copy of all the data you have about me, and also a machine-readable export of my order history.',
      ['access', 'portability'],
    ],
  ],
  'a hypothetical deletion asks what stays': [
    ['en', 'Suppose I delete my account – is my order history gone too?', ['question']],
    ['en', 'Do you still have my data after I unsubscribe?', ['question']],
    ['nl', 'Stel dat ik mijn account laat verwijderen, blijven mijn gegevens dan bewaard?', ['question']],
    ['sv', 'Om jag avregistrerar mig, finns mina uppgifter kvar hos er?', ['question']],
    ['de', 'Falls ich mein Konto löschen lasse, bleiben meine Daten dann gespeichert?', ['question']],
    ['en', 'Before I decide to delete my account: what would you still hold on to afterwards?', ['question']],
    ['nl', 'Voordat ik besluit mijn account op te heffen: wat houden jullie daarna nog bij?', ['question']],
    ['sv', 'Innan jag bestämmer mig för att radera kontot: vad sparar ni efteråt?', ['question']],
    ['de', 'Bevor ich mich entscheide, mein Konto zu löschen: was speichert ihr danach noch?', ['question']],
  ],
  'a question of its own beside an unsubscribe, a closing or a correction': [
    ['en', 'Unsubscribe me please. Why do you need my phone number at all?', ['objection', 'question']],
    [
      'nl',
      'Meld me af voor de nieuwsbrief. Waarom hebben jullie eigenlijk mijn telefoonnummer nodig?',
      ['objection', 'question'],
    ],
    [
      'sv',
      'Avregistrera mig från nyhetsbrevet. Varför behöver ni mitt telefonnummer?',
      ['objection', 'question'],
    ],
    [
      'de',
      'Meldet mich vom Newsletter ab. Wozu braucht ihr überhaupt meine Telefonnummer?',
      ['objection', 'question'],
    ],
    ['en', 'Please close my account. How long will you keep my data after that?', ['erasure', 'question']],
    [
      'nl',
      'Sluit mijn account alstublieft. Hoe lang bewaren jullie mijn gegevens daarna nog?',
      ['erasure', 'question'],
    ],
    ['sv', 'Stäng mitt konto. Hur länge sparar ni mina uppgifter efter det?', ['erasure', 'question']],
    [
      'de',
      'Bitte schließt mein Konto. Wie lange speichert ihr meine Daten danach noch?',
      ['erasure', 'question'],
    ],
    [
      'en',
      'My surname is misspelled, please correct it. Do you share my name with the courier?',
      ['rectification', 'question'],
    ],
  ],
  'a worry in other words': [
    ['en', 'I feel uneasy that you have my date of birth on file.', ['question']],
    ['nl', 'Ik ben bang dat mijn gegevens bij derden terechtkomen.', ['question']],
    ['sv', 'Jag är rädd att mina uppgifter hamnar hos tredje part.', ['question']],
    ['de', 'Ich habe Bedenken, dass meine Daten bei Dritten landen.', ['question']],
  ],
  'a use refused in the sentence after a restriction is part of it': [
    [
      'en',
      'Please restrict the use of my data while you check my complaint. I do not want it used for birthday offers either.',
      ['restriction'],
    ],
    [
      'nl',
      'Beperk het gebruik van mijn gegevens zolang mijn klacht loopt. Ik wil ook niet dat ze voor verjaardagsacties gebruikt worden.',
      ['restriction'],
    ],
    [
      'sv',
      'Begränsa användningen av mina uppgifter medan ni utreder klagomålet. Jag vill inte heller att de används för födelsedagserbjudanden.',
      ['restriction'],
    ],
    [
      'de',
      'Bitte schränkt die Nutzung meiner Daten ein, solange die Beschwerde läuft. Ich will auch nicht, dass sie für Geburtstagsangebote verwendet werden.',
      ['restriction'],
    ],
  ],
  'a question in a clause of its own after the request': [
    [
      'en',
      'Please delete my account, and I would also like to know whether you sold my email address.',
      ['erasure', 'question'],
    ],
    [
      'nl',
      'Verwijder mijn account, en ik vraag me ook af of jullie mijn e-mailadres hebben verkocht.',
      ['erasure', 'question'],
    ],
    ['sv', 'Radera mitt konto, och jag undrar också om ni har sålt min mejladress.', ['erasure', 'question']],
    [
      'de',
      'Löscht mein Konto, und ich frage mich auch, ob ihr meine E-Mail-Adresse verkauft habt.',
      ['erasure', 'question'],
    ],
    [
      'en',
      'I would like a summary of which personal data you have on me, and I also wonder why you need my date of birth.',
      ['access', 'question'],
    ],
  ],
  'a worry beside an unsubscribe': [
    [
      'en',
      'Unsubscribe me from all marketing. I am also worried that my address was passed on to other shops.',
      ['objection', 'question'],
    ],
    [
      'nl',
      'Schrijf me uit voor alle reclame. Ik maak me ook zorgen dat mijn adres aan andere winkels is doorgegeven.',
      ['objection', 'question'],
    ],
    [
      'sv',
      'Avregistrera mig från all reklam. Jag är också orolig att min adress har lämnats ut till andra butiker.',
      ['objection', 'question'],
    ],
    [
      'de',
      'Bitte meldet mich vom Newsletter ab. Ich mache mir außerdem Sorgen, dass meine Adresse an andere Shops gegeben wurde.',
      ['objection', 'question'],
    ],
  ],
  'what happens to my data, or is it still there, after the account is gone': [
    ['en', 'What would happen to my personal data if I stopped using my account?', ['question']],
    ['en', 'Once my account is gone, will my address still be in your system?', ['question']],
    ['nl', 'Als ik me afmeld voor de nieuwsbrief, houden jullie mijn e-mailadres dan nog?', ['question']],
    ['sv', 'Om jag säger upp mitt medlemskap, vad händer med mina uppgifter då?', ['question']],
    ['de', 'Wenn ich mein Kundenkonto schließe, was bleibt dann von meinen Daten übrig?', ['question']],
  ],
  'a detail said to be wrong, corrected, and not used until then': [
    [
      'en',
      'My date of birth in my account is wrong. Please correct it and do not use it until then.',
      ['rectification', 'restriction'],
    ],
    [
      'nl',
      'Mijn geboortedatum klopt niet in mijn account. Pas het aan en gebruik hem tot die tijd niet.',
      ['rectification', 'restriction'],
    ],
    [
      'sv',
      'Mitt födelsedatum i kontot är fel. Rätta det och använd det inte innan dess.',
      ['rectification', 'restriction'],
    ],
    [
      'de',
      'Mein Geburtsdatum im Konto stimmt nicht. Bitte korrigieren und bis dahin nicht verwenden.',
      ['rectification', 'restriction'],
    ],
    ['en', 'My phone number in my profile is wrong, please update it to the new one.', ['rectification']],
  ],
  'an objection and a restriction until it is settled': [
    [
      'en',
      'I object to market research with my data and want you to restrict processing until that is settled.',
      ['restriction', 'objection'],
    ],
    [
      'nl',
      'Ik maak bezwaar tegen marktonderzoek met mijn gegevens en wil dat jullie de verwerking beperken tot dat geregeld is.',
      ['restriction', 'objection'],
    ],
  ],
};

/** Shop matters beside the words above: still no request and no question. */
const NONE: Array<[Language, string]> = [
  ['en', 'Can I keep my points if I close my account and open a new one?'],
  ['en', "I'm worried my parcel got lost, the tracking hasn't moved in a week."],
  ['nl', 'Ik maak me zorgen dat mijn pakket kwijt is, de track & trace staat stil.'],
  ['sv', 'Jag är orolig att paketet har försvunnit, spårningen har inte uppdaterats.'],
  ['de', 'Ich mache mir Sorgen, dass mein Paket verloren gegangen ist.'],
  ['en', 'Please remove the socks from my order, I only want the shoes.'],
  ['nl', 'Wat gebeurt er met mijn punten als ik mijn account verwijder?'],
  ['en', 'What happens to my order if I cancel it?'],
  ['de', 'Ich habe Bedenken wegen der Passform der Schuhe.'],
  ['sv', 'Jag är orolig att rabattkoden inte fungerar.'],
  ['en', 'Remove the voucher from my cart please.'],
  ['en', 'If I unsubscribe from the newsletter, do I still get the 10% code?'],
  ['nl', 'Als ik mijn account verwijder, kan ik dan nog mijn retour afronden?'],
  ['de', 'Wenn ich das Konto lösche, bleibt meine Bestellung trotzdem bestehen?'],
  ['sv', 'Om jag raderar kontot, finns mitt presentkort kvar?'],
  ['en', 'I am worried the discount code has expired, can you check?'],
  ['nl', 'Haal de sokken uit mijn bestelling alsjeblieft.'],
  ['sv', 'Ta bort strumporna ur min beställning.'],
  ['de', 'Nehmt bitte die Socken aus meiner Bestellung raus.'],
  ['de', 'Ich bin besorgt, dass meine Lieferung nicht rechtzeitig ankommt.'],
  ['en', 'Can you remove me from the raffle? I entered twice by mistake.'],
];

describeFamilies('boundaries between rights, and questions beside requests', FAMILIES, NONE);
