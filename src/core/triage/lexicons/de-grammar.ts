import type { Lexicon } from '../concepts.js';

/** German cues: how it is said (negation, wishes, hypotheticals, questions, follow-ups …). Pattern syntax in `en.ts`. */
export const DE_GRAMMAR: Lexicon = {
  NEG: `
    nicht | kein | keine | keinen | keiner | keines | nie | niemals | ohne | nicht mehr |
    keine .. mehr | keinen .. mehr | nicht langer | keinerlei`,
  NEG_WANT: `
    will nicht | will kein | will keine | mochte nicht | mochte kein | mochte keine |
    will .. nicht | mochte .. nicht | wunsche nicht | wunsche keine | brauche keine | brauche kein |
    will .. nicht mehr | mochte .. nicht mehr | brauche .. nicht | brauche ... nicht mehr |
    lieber nicht | möchte lieber nicht | lieber kein | lieber keine |
    ware mir lieber wenn ihr nicht`,
  NOMORE: `
    mehr | nicht mehr | keine .. mehr | keinen .. mehr | nicht langer | langer |
    will .. nicht mehr | mochte .. nicht mehr`,
  NOTHING: `nichts | nix | nichts anderes | nichts anderem | für nichts anderes | fur nichts anderes`,
  MAYBE: `
    vielleicht | wahrscheinlich | vermutlich | bestimmt | wohl | womoglich | eventuell |
    moglicherweise | sicher | glaube ich`,
  NEG_BREAK: `
    weiss | wissen | finde | finden | verstehe | sehe | bekomme | erhalte | erhalten | bekommen |
    klappt | funktioniert | geht`,
  INABILITY: `
    kann .. nicht | kann .. keine | kann .. kein | konnen .. nicht | geht .. nicht |
    klappt .. nicht | klappt nicht | nicht moglich | schaffe .. nicht | finde .. nicht |
    finde nirgends | nirgends`,
  COND: `
    wenn ich | falls ich | sobald ich | nachdem ich | was passiert | wenn mein | sollte ich |
    wenn man | falls man | bevor ich | angenommen | uberlege* | irgendwann | warum habt ihr |
    warum haben sie | warum wurde | wieso wurde | weshalb wurde | wieso habt ihr | soll ich |
    sollte ich das | mal angenommen | hypothetisch | theoretisch | rein theoretisch`,
  QWORD: `
    wie | warum | wieso | weshalb | wer | wo | wann | wie lange | ob | wozu | wofür | wofur`,
  ELSE: `
    etwas anderes | nichts anderes | nichts anderem | anderweitig | sonst | bis | vorerst |
    vorlaufig | derzeit | bis zur | solange | wahrend`,
  WANT: `
    will | mochte | mochten | wunsche | bitte | bitten | hatte gern* | verlange | fordere |
    konnen sie | konnt ihr | konnten sie | kannst du | sorgt dafur | sorgen sie dafur | bitte ich |
    sollen | soll | gerne | gern | beantrage | beantragen | anfordern | fordere .. an | anfragen |
    hiermit | dankbar | wäre dankbar | entschieden | beschlossen | dankbar wenn |
    freuen wenn`,
  CONTRAST: `aber | jedoch | sondern | nur | doch`,
  /** The customer's own act, done or about to be done: "I unsubscribed", "jag har raderat mejlet". */
  OWN_ACT: `
    ich habe .. geloscht | ich habe mein konto ... geloscht |
    ich habe meinen account ... geloscht | ich habe .. entfernt | ich losche | hab .. geloscht |
    ich habe mich ... abgemeldet | ich habe mich abgemeldet | hab mich ... abgemeldet |
    habe ich mich ... abgemeldet | hab ich mich ... abgemeldet |
    ich habe den newsletter abbestellt | ich habe ... abbestellt | ich werde .. loschen |
    ich werfe | ich habe mein konto ... gekundigt | ich habe mein konto ... geschlossen |
    selbst geloscht | selbst gekundigt | ich hatte mich ... abgemeldet | hatte ich mich ... abgemeldet |
    selbst abgemeldet | schon geandert | bereits geandert | schon im konto geandert |
    bereits im konto geandert | selbst geandert |
    selbst im konto geandert`,
  SKIP: `
    ist deaktiviert | deaktiviert ist | wurde deaktiviert | deaktiviert wurde | ist geschlossen |
    geschlossen ist | wurde gesperrt | ist gesperrt | gesperrt ist | stimmt | ist korrekt |
    ist richtig | geben sie | gebe ihnen | schicke ihnen | falsche grosse | falsche farbe |
    falschen artikel | falscher artikel | falsches passwort | ich schicke | ich sende |
    falsche person | falschen person | falschen empfanger | grusse | grussen | gruss | grussle |
    angeboten | zusammen | streit | kundin | kundinnen | an die falsche | an den falschen |
    an eine falsche | an einen falschen | beim falschen | bei der falschen |
    ohne unangemessene verzögerung | ohne schuldhaftes zögern | portal |
    keine weitere aktion | keine weiteren aktionen | keine aktion erforderlich | kein weiterer handlungsbedarf`,
  ACCIDENT: `
    aus versehen | versehentlich | ausversehen | irrtumlich | unabsichtlich | aus irrtum`,
  INSTEAD: `
    statt | anstatt | anstelle von | anstelle`,
  DENY: `
    das stimmt nicht | das ist nicht wahr | stimmt so nicht | nicht wahr | das war ich nicht`,
  IT: `
    es`,
  WONDER: `
    frage mich | fragte mich | interessiert mich | bin neugierig | neugierig | mache mir sorgen |
    mache mir .. sorgen | besorgt | beunruhigt | beunruhigt mich | habe angst | angst dass |
    bedenken`,
  STILL: `
    immer noch | noch immer | weiterhin | trotzdem`,
  PAST_Q: `
    habt ihr | haben sie | hat caliroots`,
  FOLLOW_UP: `
    schon | bereits | meine anfrage | mein antrag | ich habe gebeten | hatte gebeten | vor wochen |
    vor tagen | erinnerung | gibt es neuigkeiten | neuigkeiten | noch keine antwort |
    keine antwort | warte immer noch | warte noch | schon erledigt`,
};
