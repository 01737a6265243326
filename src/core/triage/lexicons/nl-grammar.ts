import type { Lexicon } from '../concepts.js';

/** Dutch cues: how it is said (negation, wishes, hypotheticals, questions, follow-ups …). Pattern syntax in `en.ts`. */
export const NL_GRAMMAR: Lexicon = {
  NEG: `niet | geen | nooit | zonder | niet meer | geen .. meer | niet langer`,
  NEG_WANT: `
    wil niet | wil geen | wil ik niet | wil ik geen | willen niet | wens niet | wens geen |
    hoef geen | hoeft niet | hoef niet | wil .. niet | wil .. niet meer | hoef .. niet meer |
    hoef .. geen | liever niet | heb liever niet | liever geen | zie liever niet`,
  NOMORE: `
    meer | niet meer | geen .. meer | niet langer | langer | wil .. niet meer | hoef .. niet meer`,
  NOTHING: `niets | niks | nergens | nergens anders | niets anders | voor niets anders`,
  MAYBE: `
    misschien | waarschijnlijk | vermoedelijk | wellicht | mogelijk | mogelijkerwijs | vast wel |
    denk ik`,
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
    waarom zijn | zal ik | moet ik | moet ik .. verwijderen | hypothetisch | in theorie |
    theoretisch | gesteld dat`,
  QWORD: `
    hoe | waarom | wie | waar | wanneer | hoelang | hoe lang | is het | worden mijn | wordt mijn`,
  ELSE: `
    iets anders | nergens anders | ergens anders | niets anders | anders dan | voorlopig | tot |
    totdat | op dit moment | voor de rest | zolang | terwijl`,
  WANT: `
    wil | wilt | willen | graag | alstublieft | alsjeblieft | aub | svp | verzoek | verzoeke |
    wens | zou .. willen | kunnen jullie | kunt u | kun je | zou u | zouden jullie | zorg dat |
    zorgen dat | vraag ik | verzoek ik | ik verzoek | opvragen | vraag .. op | op te vragen |
    hierbij | stel het op prijs | waardeer | dankbaar | besloten | dankbaar als | fijn als |
    op prijs als | prijs stellen als`,
  CONTRAST: `maar | echter | wel | alleen | gewoon`,
  /** The customer's own act, done or about to be done: "I unsubscribed", "jag har raderat mejlet". */
  OWN_ACT: `
    ik heb .. verwijderd | ik heb mijn account ... verwijderd | ik heb .. gewist | ik verwijderde |
    ik heb .. weggegooid | ik heb me afgemeld | ik heb mij afgemeld | ik heb me .. afgemeld |
    ik heb me uitgeschreven | ik heb mij uitgeschreven | ik heb me .. uitgeschreven |
    ik verwijder | ik gooi | ik zal .. verwijderen | ik ga .. verwijderen |
    ik heb mijn account ... opgeheven | ik heb mijn account ... gesloten | zelf verwijderd |
    zelf opgeheven | heb ik me ... afgemeld | heb ik mij ... afgemeld | ik heb me ... afgemeld |
    heb ik me ... uitgeschreven | heb ik mij ... uitgeschreven | ik heb me ... uitgeschreven | ik meldde me ... af |
    is het me gelukt om me af te melden | het is me gelukt om me af te melden | me zelf afgemeld |
    ik heb .. al aangepast | ik heb .. al gewijzigd | heb ik .. al aangepast | heb ik .. al gewijzigd`,
  SKIP: `
    is gedeactiveerd | gedeactiveerd is | is gesloten | gesloten is | is geblokkeerd |
    klopt gewoon | klopt wel | is correct | geef jullie | stuur jullie | stuur u | verkeerde maat |
    foute maat | ik stuur | ik kan .. sturen | verkeerde persoon | verkeerde ontvanger |
    verkeerde klant | gemist | derde | naar de verkeerde | aan de verkeerde | bij de verkeerde |
    zonder onnodige vertraging | portaal | geen verdere actie | geen actie nodig |
    geen actie vereist | geen verdere acties | verder geen actie`,
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
    vraag ik me af | vraag ik mij af | vroeg ik me af | vroeg ik mij af | vraag me .. af |
    vraag mij .. af | vroeg me .. af | vraag ik me .. af | maak me zorgen |
    maak mij zorgen | maak me .. zorgen | bezorgd | ongerust | bang dat | zit me niet lekker |
    zit mij niet lekker`,
  STILL: `
    nog steeds | nog altijd | nog steeds | blijf .. krijgen | blijf .. ontvangen | alsnog`,
  PAST_Q: `
    hebben jullie | heeft u | hebt u | heb je`,
  FOLLOW_UP: `
    mijn verzoek | ik heb gevraagd | heb ik gevraagd | eerder gevraagd | weken geleden |
    dagen geleden | herinnering | al eerder | al gevraagd | al weken | nog niets gehoord |
    niets meer gehoord | nog geen reactie | geen reactie | al iets bekend | wacht nog |
    ik wacht nog`,
};
