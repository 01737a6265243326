import type { Lexicon } from '../concepts.js';

/** English cues: what is done with data and accounts (delete, send, correct, unsubscribe …). Pattern syntax in `en.ts`. */
export const EN_ACTIONS: Lexicon = {
  DELETE: `
    delete | deleted | remove | removed | erase | delet* | remov* | eras* | wipe* | wiping | purg* |
    get rid of | take .. off | take .. out of | scrub | destroy | disappear | disappears | vanish |
    gone for good | nuke | expunge | anonymi* | anonymis* | anonymiz* | get me off | throw away |
    throw out | trash | clear out | wipe out | wipe me | scrub me | take me off | drop me |
    strike off | erase me | delete me | get me out of | be deleted | be removed | be erased |
    want out of | want out | kill | get rid | want off | get off your | wants off`,
  CLOSE: `close | closing | deactivate | deactivating | deactivation | terminate | termination | cancel |
    cancelling | canceling | shut .. down`,
  CLOSED: `
    closed | deactivated | terminated | cancelled | canceled | shut down | gone | been removed |
    been deleted | been erased | was removed | was deleted | were removed | were deleted |
    got removed | got deleted | will be deleted | will be removed | will be closed |
    would be deleted | gets deleted | get deleted | will get deleted`,
  FORGET: `
    forgotten | right to erasure | right to be forgotten | article 17 | art 17 | forget me |
    forget about me | forget everything about me | forget i exist`,
  ACCESS_REQ: `
    subject access | dsar | sar | right of access | right to access | article 15 | art 15 |
    data access request`,
  SEND: `
    send | sending | provide | give | email me | e-mail me | mail me | forward | share with me |
    sends | send over | send it over`,
  GET: `
    get | receive | obtain | request | requesting | like to have | like to get | like to receive |
    gets | receives | receiving | getting`,
  SEE: `
    see | view | inspect | know | find out | check what | access | tell me | show me | let me see |
    let me know | sees | knows`,
  COPY: `
    copy | copies | overview | summary | list of | report | printout | extract | rundown |
    breakdown | dossier`,
  WHICH: `what | which | whatever | what kind of | what sort of`,
  CORRECT: `
    correct | corrected | correcting | correction | rectif* | fix | fixed | updat* | chang* |
    amend* | edit | wrong | incorrect* | misspel* | spelled wrong | spelt wrong | typo | outdated |
    out of date | inaccurate | not correct | not right | mistake in | replace | replaced |
    no longer current | not current | not up to date | no longer valid | spelling mistake |
    spelling error | spelt incorrectly | spelled incorrectly | set .. right | put .. right |
    make .. right | set .. straight | not correct anymore | fixes | corrects | amends | edits |
    got married | my name is now | changed my name | changed my surname | maiden name |
    married name | new surname | new last name | name change`,
  RESTRICT: `
    restrict* | limit | limited | limiting | limitation | freez* | frozen | article 18 | art 18 |
    on hold | pause | paused | suspend | suspended | put .. on hold | block my data | lock my data |
    on ice | put .. on ice | on pause | put .. on pause`,
  PORT: `
    portab* | machine-readable | machine readable | csv* | json* | xml | structured format |
    article 20 | art 20`,
  EXPORT: `export* | download*`,
  TRANSFER: `
    transfer* | move | moving | migrat* | import | hand over | take .. with me | switching to |
    switch to`,
  FILE: `
    as a file | in a file | spreadsheet | excel | file i can | data file | format | formats |
    digital format`,
  ANOTHER: `
    another | other | elsewhere | different | new provider | competitor | directly to |
    straight to | direct to`,
  UNSUB: `
    unsubscrib* | unsubcrib* | opt out | opt-out | opted out | opt me out | unsub | count me out |
    leave me out`,
  DEREGISTER: `
    sign .. off | sign .. out of | deregister* | cancel my subscription | stop my subscription`,
  STOP: `
    stop | stopped | stopping | cease | quit | no longer send | refrain | switch off | turn off |
    switch .. off | turn .. off | disable | stops`,
  OBJECT: `object | objecting | objection | objections | article 21 | art 21`,
  PROFILING: `
    profiling | profile me | profiled | personalised ad* | personalized ad* | targeted ad* |
    ad targeting | personalised advertising | personalized advertising | personalised marketing |
    personalized marketing | retargeting | behavioural advertising | behavioral advertising |
    automated decision* | retarget* | tracked and profiled | track my browsing |
    tracking my browsing | personalised recommendations | personalized recommendations |
    recommendations based on | browsing behaviour | browsing behavior | browsing habits | purchase behaviour | purchase behavior | purchasing behaviour | purchasing behavior |
    shopping behaviour | shopping behavior | buying habits | shopping habits | click behaviour | click behavior | tailored offers | tailor* | personalised offers |
    personalized offers | personal offers | based on my purchases | based on my browsing |
    based on what i | personalisation | personalization | personalised stuff | personalized stuff |
    personalised content | personalized content | personalised emails | personalized emails |
    keeping tabs | keep tabs | tracking me | track me | tracks me | follows me around |
    follows me everywhere`,
  PROCESS: `
    process | processing | processed | handle | handling | what happens | what will happen`,
  USE: `
    use | using | used | utilise | utilize | do .. with | doing .. with | done .. with | uses`,
  KEEP: `
    keep | keeping | kept | store | storing | stored | save | saved | hold | holding | retain* |
    on file | you have | you've got | you guys have | u have | you got | y'all have | keeps |
    saves | saving | stores | holds | still have | still hold`,
  SHARE: `
    share | shared | sharing | sell | selling | sold | pass on | passed on | disclos* | give .. to |
    hand .. to | sells | shares | passes on | gives away | end up | ends up | ended up | who gets |
    who receives | who has access | who sees`,
  COLLECT: `collect* | gather* | track me | tracking me | record | log`,
  NEED: `
    need | needed | require* | ask for | asking for | mandatory | have to give | have to provide |
    have to enter | ask me for | asked me for | asking me for`,
  EXIST: `
    be in | be on | exist | exists | existing | be registered | registered | be listed | listed |
    be stored | on file | on record | part of | be part of`,
  KNEW: `
    knew | knows | knew about | knows about | mentioned | mentions | named | referred to | quoted |
    had my | has my | contained my | included my | listed my`,
  REMAIN: `
    left | remain | remains | remaining | leftover | linger | lingering`,
};
