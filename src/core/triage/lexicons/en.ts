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
    gone for good | nuke | expunge | anonymi* | anonymis* | anonymiz* | get me off`,
  CLOSE: `close | closing | deactivate | deactivating | deactivation | terminate | termination | cancel |
    cancelling | canceling | shut .. down`,
  CLOSED: `closed | deactivated | terminated | cancelled | canceled | shut down`,
  FORGET: `forgotten | right to erasure | right to be forgotten | article 17 | art 17 | forget me`,
  ACCESS_REQ: `
    subject access | dsar | sar | right of access | right to access | article 15 | art 15 |
    data access request`,
  SEND: `send | sending | provide | give | email me | e-mail me | mail me | forward | share with me`,
  GET: `get | receive | obtain | request | requesting | like to have | like to get | like to receive`,
  SEE: `see | view | inspect | know | find out | check what | access`,
  COPY: `copy | copies | overview | summary | list of | report | printout | extract`,
  WHICH: `what | which | whatever | what kind of | what sort of`,
  CORRECT: `
    correct | corrected | correcting | correction | rectif* | fix | fixed | updat* | chang* | amend* |
    edit | wrong | incorrect* | misspel* | spelled wrong | spelt wrong | typo | outdated |
    out of date | inaccurate | not correct | not right | mistake in | replace | replaced |
    no longer current | not current | not up to date | no longer valid`,
  RESTRICT: `
    restrict* | limit | limited | limiting | limitation | freez* | frozen | article 18 | art 18 |
    on hold | pause | paused | suspend | suspended | put .. on hold`,
  PORT: `
    portab* | machine-readable | machine readable | csv* | json* | xml | structured format |
    article 20 | art 20`,
  EXPORT: `export* | download*`,
  TRANSFER: `transfer* | move | moving | migrat* | import | hand over | take .. with me`,
  FILE: `as a file | in a file | spreadsheet | excel | file i can | data file`,
  ANOTHER: `another | other | elsewhere | different | new provider | competitor`,
  UNSUB: `unsubscrib* | unsubcrib* | opt out | opt-out | opted out | opt me out | unsub`,
  DEREGISTER: `
    sign .. off | sign .. out of | deregister* | cancel my subscription | stop my subscription`,
  STOP: `stop | stopped | stopping | cease | quit | no longer send | refrain`,
  OBJECT: `object | objecting | objection | objections | article 21 | art 21`,
  PROFILING: `
    profiling | profile me | profiled | personalised ad* | personalized ad* | targeted ad* |
    ad targeting | personalised advertising | personalized advertising | personalised marketing |
    personalized marketing | retargeting | behavioural advertising | behavioral advertising |
    automated decision*`,
  PROCESS: `process | processing | processed | handle | handling`,
  USE: `use | using | used | utilise | utilize`,
  KEEP: `
    keep | keeping | kept | store | storing | stored | save | saved | hold | holding | retain* |
    on file | have on`,
  SHARE: `
    share | shared | sharing | sell | selling | sold | pass on | passed on | disclos* | give .. to |
    hand .. to`,
  COLLECT: `collect* | gather* | track me | tracking me | record | log`,
  NEED: `need | needed | require* | ask for | asking for | mandatory`,
  ACCOUNT: `account | accounts | acct | profile | membership | customer club | member | login | user`,
  DATA: `
    data | information | info | infos | details | personal details | personal data |
    personal information | personal info | my details | contact details | order history |
    purchase history | browsing history | history | footprint | pii`,
  STORAGE: `
    database | databases | system | systems | records | register | files | servers | crm |
    customer file`,
  ALL: `everything | all | every | anything | whatever`,
  ME: `me | myself`,
  ABOUT_ME: `
    about me | on me | of me | for me | concerning me | regarding me | related to me | linked to me |
    relating to me | relate to me | that relates to me | in my name | under my name |
    connected to me | associated with me`,
  ATTR: `
    name | names | surname | first name | last name | family name | address | home address |
    email address | e-mail address | email | e-mail | phone | phone number | mobile number |
    telephone | my number | date of birth | birth date | birthdate | birthday | dob | gender |
    postcode | zip code | street | street name | house number | nickname`,
  ORDER: `order | orders | ordered | purchase | purchases | order number | order no`,
  ITEM: `
    item | items | product* | article | articles | sock* | shoe* | sneaker* | trainer* | cap | caps |
    hoodie* | jacket* | shirt* | t-shirt* | tee | pair | pairs | size | sizes | colour | color | bag |
    pants | jeans | boots`,
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
    mailing list | mailing | mailings | offers | spam | campaign* | marketing email* | sms marketing |
    adverts | this list | the list | your list | that list | email list | contact list |
    communications | marketing communications | promotional material | mailers`,
  MSG: `
    emails | e-mails | mails | texts | text messages | sms | messages | notifications |
    push notifications | emailing | contacting | contact me | calling me | calls`,
  PRIVACY: `
    privacy | gdpr | data protection | cookie* | third part* | third-part* | dpo | privacy policy |
    data protection officer | retention | consent | personal data`,
  PHISHING: `
    phishing | scam* | fake | fraud* | suspicious | spoof* | impersonat* | claiming to be |
    pretending`,
  OTHER_PERSON: `
    someone else | someone else's | somebody else | somebody else's | another customer |
    another customer's | another person | another person's | other customer | other customers |
    another woman | another man | a stranger | a stranger's | strangers | a different customer |
    a different person | not mine | not my name | other people | other people's | a woman in |
    a man in | unknown person | other person`,
  SHOWN: `
    received | receive | got | get | getting | see | seeing | saw | shows | showing | show | arrived |
    came | contains | contained | inside | belongs | belonged | printed | attached | made out |
    included | visible | appears | displayed | was in | were in | has | found | find | belonging |
    belongs to | addressed to | meant for | intended for`,
  MY: `my | mine`,
  NEG: `
    no more | no longer | don't | dont | do not | doesn't | does not | not | never | without |
    didn't | did not | won't`,
  NEG_WANT: `
    don't want | dont want | do not want | no longer want | not want | don't wish | do not wish |
    no longer wish | don't need | do not need | no longer need`,
  NOMORE: `anymore | any more | no more | no longer | any longer`,
  WANT: `
    want | wants | wish | like | please | pls | plz | kindly | request | demand | ask you |
    would you | could you | can you`,
  CONTRAST: `but | however | although | though | instead | just`,
  NOTHING: `nothing`,
  NEG_BREAK: `
    know | find | understand | see | figure | sure | mind | think | receive | received | get | work |
    works`,
  INABILITY: `
    can't | cant | cannot | can not | unable | not able | couldn't | could not | won't let |
    not possible`,
  COND: `if i | when i | once i | after i | what happens | if my | in case i | should i | were i`,
  QWORD: `
    how | why | who | where | when | whether | do you | does caliroots | are you | is it | is my |
    can i | will you`,
  ELSE: `
    anything else | nothing else | other than | anything other | other purpose* | for now | until |
    for the time being | at the moment`,
  SKIP: `
    is deactivated | was deactivated | been deactivated | got deactivated | is disabled | is closed |
    was closed | been closed | got closed | is locked | got locked | give you | send you | sent you |
    provide you | forward you | gave you | is correct | are correct | was correct | is right |
    number ends | the right size | right size | change my mind | changed my mind`,
};
