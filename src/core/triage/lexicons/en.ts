import type { Lexicon } from '../concepts.js';

/**
 * English cues. `word` matches the word, `stem*` any word starting with it, `*part*` a part of a
 * word; a space joins words that must follow each other, `..` allows up to three words between and
 * `...` up to eight; `|` separates entries.
 */
export const EN: Lexicon = {
  DELETE: `
    delete | deleted | remove | removed | erase | delet* | remov* | eras* | wipe* | wiping | purg* |
    get rid of | take .. off | take .. out of | scrub | destroy | disappear | disappears | vanish |
    gone for good | nuke | expunge | anonymi* | anonymis* | anonymiz* | get me off | throw away |
    throw out | trash | clear out | wipe out | wipe me | scrub me | take me off | drop me |
    strike off | erase me | delete me | get me out of | be deleted | be removed | be erased |
    want out of | want out | kill | get rid`,
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
    spelling error | spelt incorrectly | spelled incorrectly | set right | put right |
    set .. straight | not correct anymore | fixes | corrects | amends | edits | got married |
    my name is now | changed my name | changed my surname | maiden name | married name |
    new surname | new last name | name change`,
  RESTRICT: `
    restrict* | limit | limited | limiting | limitation | freez* | frozen | article 18 | art 18 |
    on hold | pause | paused | suspend | suspended | put .. on hold | block my data | lock my data |
    on ice | put .. on ice`,
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
    recommendations based on | tailored offers | tailor* | personalised offers |
    personalized offers | personal offers | based on my purchases | based on my browsing |
    based on what i`,
  PROCESS: `
    process | processing | processed | handle | handling | what happens | what will happen`,
  USE: `
    use | using | used | utilise | utilize | do .. with | doing .. with | done .. with | uses`,
  KEEP: `
    keep | keeping | kept | store | storing | stored | save | saved | hold | holding | retain* |
    on file | you have | you've got | you guys have | u have | you got | y'all have | keeps |
    saves | saving | stores | holds`,
  SHARE: `
    share | shared | sharing | sell | selling | sold | pass on | passed on | disclos* | give .. to |
    hand .. to | sells | shares | passes on | gives away`,
  COLLECT: `collect* | gather* | track me | tracking me | record | log`,
  NEED: `
    need | needed | require* | ask for | asking for | mandatory | have to give | have to provide |
    have to enter`,
  ACCOUNT: `
    account | accounts | acct | profile | membership | customer club | member | login | user | acc |
    accs | accnt | be a customer | a customer anymore | a customer any more | as a customer |
    konto | kontot`,
  DATA: `
    data | information | info | infos | details | personal details | personal data |
    personal information | personal info | my details | contact details | order history |
    purchase history | browsing history | history | footprint | pii | entry | flag | remark |
    notation`,
  STORAGE: `
    database | databases | system | systems | records | register | files | servers | crm |
    customer file`,
  ALL: `everything | all | every | anything | whatever`,
  ME: `me | myself`,
  ABOUT_ME: `
    about me | on me | of me | for me | concerning me | regarding me | related to me |
    linked to me | relating to me | relate to me | that relates to me | in my name | under my name |
    connected to me | associated with me | of mine | from me`,
  ATTR: `
    name | names | surname | first name | last name | family name | address | home address |
    email address | e-mail address | email | e-mail | phone | phone number | mobile number |
    telephone | my number | date of birth | birth date | birthdate | birthday | dob | gender |
    postcode | zip code | street | street name | house number | nickname | title | salutation |
    pronouns | email addresses | e-mail addresses | in my name | under my name | got married |
    my name is now | changed my name | changed my surname | maiden name | married name |
    new surname | new last name | name change`,
  ORDER: `order | orders | ordered | purchase | purchases | order number | order no`,
  ITEM: `
    item | items | product* | article | articles | sock* | shoe* | sneaker* | trainer* | cap |
    caps | hoodie* | jacket* | shirt* | t-shirt* | tee | pair | pairs | size | sizes | colour |
    color | bag | pants | jeans | boots | gift message | gift note | gift wrap | gift wrapping |
    gift card | gift receipt`,
  REVIEW: `review | reviews | rating | ratings | comment | comments | testimonial`,
  CARD: `
    card | cards | card details | payment method | payment details | bank details | credit card |
    paypal`,
  CART: `basket | cart | wishlist | wish list | favourites | favorites | bag`,
  INVOICE: `invoice* | receipt* | vat | credit note`,
  DOCUMENT: `
    order confirmation | confirmation | confirmation email | packing slip | packing list |
    delivery note | label | labels | shipping label | parcel label | return form | returns form |
    note | slip | paperwork`,
  DELIVERY: `
    delivery | deliver | shipping | ship | ships | shipped | shipment | parcel | package | courier |
    delivery address | shipping address | postage | dispatch* | tracking | track`,
  PASSWORD: `
    password | passwords | login details | log in | login | sign in | verification code | 2fa | pin`,
  MARKETING: `
    newsletter* | marketing | promo | promos | promotion* | promotional | advert* | ads |
    mailing list | mailing | mailings | offers | spam | campaign* | marketing email* |
    sms marketing | adverts | this list | the list | your list | that list | email list |
    contact list | communications | marketing communications | promotional material | mailers |
    drop alerts | drop emails | drop mails | drop texts | release emails | release mails |
    sale emails | sales emails | promo emails | promo texts | catalogue | catalog | catalogues |
    catalogs | leaflets | flyers | brochures | postal mail | junk mail`,
  MSG: `
    emails | e-mails | mails | texts | text messages | sms | messages | notifications |
    push notifications | emailing | contacting | contact me | calling me | calls | texting |
    texted | text me | texting me | messaging | messaging me | emailing me | mailing me | spamming |
    spamming me | spam me | whatsapp | phone calls`,
  PRIVACY: `
    privacy | gdpr | data protection | cookie* | third part* | third-part* | dpo | privacy policy |
    data protection officer | retention | consent | personal data`,
  PHISHING: `
    phishing | scam* | fake | fraud* | suspicious | spoof* | impersonat* | claiming to be |
    pretending | don't trust | do not trust | is this legit | legit | is this real |
    is this genuine | weird link | strange link | dodgy`,
  OTHER_PERSON: `
    someone else | someone else's | somebody else | somebody else's | another customer |
    another customer's | another person | another person's | other customer | other customers |
    another woman | another man | a stranger | a stranger's | strangers | a different customer |
    a different person | other people | other people's | a woman in | a man in | unknown person |
    other person | some other guy | some other guys | some other guy's | other guy's | other guys |
    another guy | another guy's | another girl | another girl's | some guy | some guy's |
    some girl's | some woman's | some man's | someone elses | somebody elses | other peoples |
    people's | to a mrs | to mrs | to mr | to ms | to a mr | to a ms | to a miss |
    addressed to a mr | addressed to mr | addressed to a mrs | addressed to mrs | addressed to ms |
    addressed to a ms | addressed to a miss | a different customer's | a different person's |
    other customer's | other customers' | another user's | a different user's | someone else’s`,
  SHOWN: `
    received | receive | got | get | getting | see | seeing | saw | shows | showing | show |
    arrived | came | contains | contained | inside | belongs | belonged | printed | attached |
    made out | included | visible | appears | displayed | was in | were in | has | found | find |
    belonging | belongs to | addressed to | meant for | intended for | in the box | in my box |
    in the parcel | in my parcel | in the package | in my package | there was | there were |
    came with | showed | on it | addressed to a mr | addressed to mr | addressed to a mrs |
    addressed to mrs | addressed to ms | addressed to a ms | addressed to a miss | suggested |
    suggests | popped up | pops up | filled in | prefilled | pre-filled | autofill* | cc |
    in the to field | gets | receives | receiving | keep getting`,
  MY: `my | mine`,
  NEG: `
    no more | no longer | don't | dont | do not | doesn't | does not | not | never | without |
    didn't | did not | won't | haven't | havent | hasn't | hasnt | hadn't | isn't | isnt | aren't |
    arent | wasn't | wasnt | weren't | shouldn't | wouldn't | doesnt | didnt | wont | have not |
    has not | is not | are not | was not | no`,
  NEG_WANT: `
    don't want | dont want | do not want | no longer want | not want | don't wish | do not wish |
    no longer wish | don't need | do not need | no longer need | not wanting | am not wanting |
    don't wanting | no want`,
  NOMORE: `
    anymore | any more | no more | no longer | any longer | no longer want | no longer wish |
    no longer need`,
  WANT: `
    want | wants | wish | like | please | pls | plz | kindly | request | demand | ask you |
    would you | could you | can you | requesting | hereby`,
  CONTRAST: `but | however | although | though | instead | just`,
  NOTHING: `nothing`,
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
    why were | why has | why is my account`,
  QWORD: `
    how | why | who | where | when | whether | do you | does caliroots | are you | is it | is my |
    can i | will you`,
  ELSE: `
    anything else | nothing else | other than | anything other | other purpose* | for now | until |
    for the time being | at the moment | while | whilst | as long as | so long as`,
  SKIP: `
    is deactivated | was deactivated | been deactivated | got deactivated | is disabled |
    is closed | was closed | been closed | got closed | is locked | got locked | give you |
    send you | sent you | provide you | forward you | gave you | is correct | are correct |
    was correct | is right | number ends | the right size | right size | change my mind |
    changed my mind | i deleted | i've deleted | i have deleted | i removed | i've removed |
    i have removed | i already deleted | i'll send | i will send | i can send | i send |
    wrong person | wrong recipient | wrong customer | i unsubscribed | i've unsubscribed |
    i have unsubscribed | i already unsubscribed | i opted out | i've opted out | i have opted out |
    anonymous | anonymously | stop it from | stop that from | stop this from | stop them from`,
  OLD_NEW: `
    old | previous | former | new | current`,
  EXIST: `
    be in | be on | exist | exists | existing | be registered | registered | be listed | listed |
    be stored | on file | on record`,
  WITH_YOU: `
    with you | with you guys | with caliroots | on your side | on your end | at your end |
    on your books | in your books | on your records | in your records`,
  REMAIN: `
    left | remain | remains | remaining | leftover | linger | lingering`,
  NOT_MINE: `
    not mine | isn't mine | isnt mine | wasn't mine | wasnt mine | aren't mine | arent mine |
    weren't mine | not meant for me | not addressed to me | doesn't belong to me |
    does not belong to me | didn't belong to me | not my order | not my name | never ordered |
    never placed | i am not this person | i'm not this person | that's not me | not me |
    my name isn't | my name is not | my name's not | i'm not called | i am not called`,
  THIRD_POSS: `
    his | her`,
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
    i wonder | i was wondering | wondering | curious | i'm curious`,
  INFO: `
    information | info | infos | details`,
  STILL: `
    still | keep getting | keep receiving | continue to get | continue to receive | keeps coming |
    keep coming`,
  EVENT: `
    raffle | raffles | draw | waitlist | wait list | waiting list | competition | giveaway |
    launch | event | restock alert | restock alerts | restock notification | restock notifications |
    back in stock | stock alert | stock alerts | availability alert`,
  PAST_Q: `
    did you | have you | has caliroots | did caliroots | why did you`,
  FOLLOW_UP: `
    yet | already | my request | i asked | i requested | asked you | follow up | reminder |
    weeks ago | days ago | any update | any updates | any news | still waiting | no reply |
    no response | heard nothing | heard back`,
};
