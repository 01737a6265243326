import type { Lexicon } from '../concepts.js';

/** English cues: how it is said (negation, wishes, hypotheticals, questions, follow-ups …). Pattern syntax in `en.ts`. */
export const EN_GRAMMAR: Lexicon = {
  NEG: `
    no more | no longer | don't | dont | do not | doesn't | does not | not | never | without |
    didn't | did not | won't | haven't | havent | hasn't | hasnt | hadn't | isn't | isnt | aren't |
    arent | wasn't | wasnt | weren't | shouldn't | wouldn't | doesnt | didnt | wont | have not |
    has not | is not | are not | was not | no`,
  NEG_WANT: `
    don't want | dont want | do not want | no longer want | not want | don't wish | do not wish |
    no longer wish | don't need | do not need | no longer need | not wanting | am not wanting |
    don't wanting | no want | rather you didn't | rather you did not | rather you don't |
    rather you do not | prefer you didn't | prefer you don't | prefer that you don't | rather not`,
  NOMORE: `
    anymore | any more | no more | no longer | any longer | no longer want | no longer wish |
    no longer need`,
  WANT: `
    want | wants | wish | like | please | pls | plz | kindly | request | demand | ask you |
    would you | could you | can you | requesting | hereby | appreciate | would appreciate |
    grateful | decided | i've decided | i have decided | appreciate it if | grateful if |
    would be great if | be grateful if`,
  CONTRAST: `but | however | although | though | instead | just`,
  NOTHING: `nothing | nothing else | for nothing else`,
  MAYBE: `
    maybe | perhaps | probably | possibly | presumably | likely | surely | i guess | i suppose`,
  NEG_BREAK: `
    know | find | understand | see | figure | sure | mind | think | receive | received | get | work |
    works`,
  INABILITY: `
    can't | cant | cannot | can not | unable | not able | couldn't | could not | won't let |
    not possible`,
  COND: `
    if i | when i | once i | after i | what happens | if my | in case i | should i | were i |
    before i | if someone | when someone | after someone | if one | thinking about | thinking of |
    considering | contemplating | might | may want | why did you | why have you | why was |
    why were | why has | why is my account | shall i | do i need to | should i just | suppose |
    supposing | say i | let's say | hypothetically | in theory | theoretically`,
  QWORD: `
    how | why | who | where | when | whether | do you | does caliroots | are you | is it | is my |
    can i | will you`,
  ELSE: `
    anything else | nothing else | other than | anything other | other purpose* | for now | until |
    for the time being | at the moment | while | whilst | as long as | so long as`,
  /** The customer's own act, done or about to be done: "I unsubscribed", "jag har raderat mejlet". */
  OWN_ACT: `
    i deleted | i've deleted | i have deleted | i removed | i've removed | i have removed |
    i already deleted | i unsubscribed | i've unsubscribed | i have unsubscribed |
    i already unsubscribed | i opted out | i've opted out | i have opted out | i'll delete |
    i will delete | i'll remove | i will remove | i'll just delete | i'll bin | i'll throw |
    i'll get rid of | i closed | i've closed | i have closed | i deactivated | i've deactivated | i signed off | i've signed off | i had unsubscribed |
    i'd unsubscribed | managed to unsubscribe | unsubscribed myself | managed to opt out |
    i already changed | i've already changed | i have already changed | i already updated |
    i've already updated`,
  SKIP: `
    is deactivated | was deactivated | been deactivated | got deactivated | is disabled |
    is closed | was closed | been closed | got closed | is locked | got locked | give you |
    send you | sent you | provide you | forward you | gave you | is correct | are correct |
    was correct | is right | number ends | the right size | right size | change my mind |
    changed my mind | i'll send | i will send | i can send | i send | wrong person |
    wrong recipient | wrong customer | anonymous | anonymously | stop it from | stop that from |
    stop this from | stop them from | to the wrong | to a wrong | in the wrong inbox |
    without undue delay | portal | portals | no further action | no action needed |
    no action required`,
  ACCIDENT: `
    by accident | by mistake | accidentally | mistakenly | unintentionally | accidental |
    fat thumbs | fat-fingered | misclick*`,
  INSTEAD: `
    instead of | rather than | in place of`,
  DENY: `
    that's not true | that is not true | that isn't true | not what i want | not what i asked`,
  IT: `
    it | them`,
  WONDER: `
    i wonder | wonder | i was wondering | wondering | curious | i'm curious | worried | worries me |
    i worry | concerned | uneasy | afraid | scared | nervous`,
  STILL: `
    still | keep getting | keep receiving | continue to get | continue to receive | keeps coming |
    keep coming`,
  PAST_Q: `
    did you | have you | has caliroots | did caliroots | why did you`,
  FOLLOW_UP: `
    yet | already | my request | i asked | i requested | asked you | follow up | reminder |
    weeks ago | days ago | any update | any updates | any news | still waiting | no reply |
    no response | heard nothing | heard back`,
};
