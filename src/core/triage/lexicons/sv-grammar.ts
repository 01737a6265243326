import type { Lexicon } from '../concepts.js';

/** Swedish cues: how it is said (negation, wishes, hypotheticals, questions, follow-ups …). Pattern syntax in `en.ts`. */
export const SV_GRAMMAR: Lexicon = {
  NEG: `
    inte | ej | icke | aldrig | ingen | inget | inga | utan | utan att | inte längre | inga fler |
    inte mer`,
  NEG_WANT: `
    vill inte | vill ej | vill inte ha | vill inte längre | önskar inte | vill .. inte |
    behöver inte | vill slippa | vill ingen | vill inte ha .. längre | helst inte | hellre inte |
    föredrar att ni inte | helst inga | helst ingen`,
  NOMORE: `
    längre | inte längre | inga fler | inte mer | mer | fler | vill inte längre |
    vill inte ha .. längre`,
  NOTHING: `ingenting | inget | något annat | inget annat | ingenting annat | till inget annat`,
  MAYBE: `
    kanske | förmodligen | troligen | troligtvis | antagligen | säkert | nog | möjligen | tror jag`,
  NEG_BREAK: `vet | veta | hittar | hitta | förstår | fått | får | fick | fungerar | funkar | lyckas`,
  INABILITY: `
    kan .. inte | kan .. ej | går .. inte | går inte | lyckas inte | inte möjligt | hittar inte |
    hittar .. inte`,
  COND: `
    om jag | när jag | ifall jag | efter att jag | vad händer | om man | när man | innan jag |
    efter att man | om någon | när någon | funderar på | funderar | överväger | tänker på att |
    varför har ni | varför har mitt | varför blev | varför raderade | ska jag | skall jag |
    borde jag | bör jag | anta att | antag att | säg att | hypotetiskt | i teorin | teoretiskt`,
  QWORD: `
    hur | varför | vem | när | hur länge | är det | vart`,
  ELSE: `
    något annat | inget annat | annat än | tills vidare | tills | för tillfället | i nuläget |
    utöver | så länge | medan | förrän | innan`,
  WANT: `
    vill | önskar | gärna | snälla | vänligen | tack | begär | skulle vilja | kan ni | kan du |
    skulle ni kunna | se till att | ordna | härmed | uppskattar | tacksam | bestämt mig | beslutat |
    uppskattar om | tacksam om | tacksam ifall`,
  CONTRAST: `men | dock | däremot | bara`,
  /** The customer's own act, done or about to be done: "I unsubscribed", "jag har raderat mejlet". */
  OWN_ACT: `
    jag har raderat | jag raderade | jag har tagit bort | jag tog bort | jag har slängt |
    jag slängde | jag avregistrerade mig | jag har avregistrerat mig | jag avprenumererade |
    jag har avprenumererat | jag har avslutat prenumerationen | jag raderar | jag slänger |
    jag tar bort | jag ska radera | jag kommer att radera | jag har .. raderat |
    jag har .. stängt | jag stängde | jag har avslutat | själv raderat | själv stängt | avregistrerade jag mig | har jag avregistrerat mig |
    jag har ... avregistrerat mig | jag avslutade ... prenumerationen | avslutade jag prenumerationen |
    jag avanmälde mig | avanmälde jag mig | jag har ... avanmält mig | jag har ... avprenumererat |
    lyckades avregistrera mig | lyckades jag avregistrera mig | avregistrerade mig själv |
    jag har redan ändrat | jag ändrade redan | har jag redan ändrat`,
  SKIP: `
    är inaktiverat | är inaktiverad | har inaktiverats | blev inaktiverat | är stängt |
    har stängts | är låst | stämmer | är korrekt | ge er | skicka er | fel storlek | fel vara |
    fel färg | fel skor | fel produkt | fel postnummer | fel adress på ordern | jag skickar |
    jag kan skicka | handla | handlar | handlat | handlade | fel person | fel mottagare |
    fel kund | annans | annanstans | till fel | hos fel | utan onödigt dröjsmål | portal |
    portalen | ingen vidare åtgärd | ingen ytterligare åtgärd | inga fler åtgärder | ingen åtgärd krävs`,
  ACCIDENT: `
    av misstag | råkade | råkat | oavsiktligt | av en slump | felklick*`,
  INSTEAD: `
    istället för | i stället för | snarare än`,
  DENY: `
    det stämmer inte | det är inte sant | inte sant | det var inte jag | stämmer inte alls`,
  IT: `
    dem`,
  WONDER: `
    undrar | undrade | nyfiken | orolig | oroar mig | oroad | bekymrad | bekymrar mig |
    rädd att | känns obehagligt`,
  STILL: `
    fortfarande | ändå | får .. ändå`,
  PAST_Q: `
    har ni | har caliroots`,
  FOLLOW_UP: `
    redan | ännu | min begäran | jag bad | jag har bett | bad er | veckor sedan | dagar sedan |
    påminnelse | någon uppdatering | inget svar | väntar fortfarande | hört något | inte hört`,
};
