import type { Lexicon } from '../concepts.js';

/** English cues: what it is done to (account, data, orders, marketing, another person …). Pattern syntax in `en.ts`. */
export const EN_OBJECTS: Lexicon = {
  ACCOUNT: `
    account | accounts | acct | profile | membership | customer club | member | login | user | acc |
    accs | accnt | be a customer | a customer anymore | a customer any more | as a customer |
    konto | kontot | being a customer | being your customer | being a member`,
  DATA: `
    data | information | info | infos | details | personal details | personal data |
    personal information | personal info | my details | contact details | order history |
    purchase history | browsing history | history | footprint | pii | entry | flag | remark |
    notation`,
  STORAGE: `
    database | databases | system | systems | records | register | files | servers | crm |
    customer file | books`,
  ALL: `everything | all | every | anything | whatever | the lot | the whole lot | whole lot |
    the whole thing | all of it`,
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
    new surname | new last name | name change | born | born on | was born | email addresses |
    e-mail addresses | email adresses | mail addresses`,
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
    catalogs | leaflets | flyers | brochures | postal mail | junk mail | lists | every list |
    all lists | any list | your lists | all your lists | mailing lists`,
  MSG: `
    emails | e-mails | mails | texts | text messages | sms | messages | notifications |
    push notifications | emailing | contacting | contact me | calling me | calls | texting |
    texted | text me | texting me | messaging | messaging me | emailing me | mailing me | spamming |
    spamming me | spam me | whatsapp | phone calls`,
  PRIVACY: `
    privacy | gdpr | data protection | cookie* | third part* | third-part* | dpo | privacy policy |
    data protection officer | retention | consent | personal data | data breach | breach | leak |
    leaked | data leak | security incident | privacy breach | gdpr breach`,
  PHISHING: `
    phishing | phishing* | scam* | fake | fraud* | suspicious | spoof* | impersonat* | claiming to be |
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
    other customer's | other customers' | another user's | a different user's | someone else’s |
    someone's | somebody's | a guy called | a guy named | a man called | a man named |
    a woman called | a woman named | a lady called | a lady named | someone called | someone named |
    a person called | a person named | a gentleman | people's details | other people's details |
    each other's | one another's | a .. different person | a .. different person's |
    a .. different customer | a .. different customer's | an .. different person |
    an .. different customer | an .. different person's | an .. different customer's`,
  SHOWN: `
    received | receive | got | get | getting | see | seeing | saw | shows | showing | show |
    arrived | came | contains | contained | inside | belongs | belonged | printed | attached |
    made out | included | visible | appears | displayed | was in | were in | has | found | find |
    belonging | belongs to | addressed to | meant for | intended for | in the box | in my box |
    in the parcel | in my parcel | in the package | in my package | there was | there were |
    came with | showed | on it | addressed to a mr | addressed to mr | addressed to a mrs |
    addressed to mrs | addressed to ms | addressed to a ms | addressed to a miss | suggested |
    suggests | popped up | pops up | filled in | prefilled | pre-filled | autofill* | cc |
    in the to field | gets | receives | receiving | keep getting | read | can read | could read |
    opened | opens | open up | landing in | landed in | ends up | ended up | says | said | lists |
    has me down as | has me as | read out | read me | read back`,
  ADDRESSES: `
    email addresses | e-mail addresses | emails of | email adresses | mail addresses`,
  RECIPIENTS: `
    cc | bcc | cc'd | cc field | to field | to-field | in the to | reply all | reply-all |
    all recipients | other recipients | recipient list | recipients | in the to field`,
  CUSTOMERS: `
    your customers | your customer | customer list | customer lists | customers' | customers |
    list of customers | client list | your users`,
  EXPOSED: `
    public forum | a forum | forum | forums | hacker forum | posted online | posted publicly |
    published online | posted on the internet | leaked online | publicly available |
    publicly accessible | openly available | out in the open | for anyone to see | anyone can see |
    dark web | darkweb | darknet | pastebin | dump | dumped | data dump | database dump |
    going around`,
  LEAK: `
    data breach | breach | leak | leaked | leaking | data leak | security incident |
    privacy breach | gdpr breach`,
  RELATIVE: `
    mum | mom | mother | dad | father | wife | husband | partner | girlfriend | boyfriend | friend |
    son | daughter | brother | sister | colleague | neighbour | neighbor | grandson | granddaughter |
    grandmother | grandfather | gran | grandma | grandpa | fiance | fiancee | kid | kids | child`,
  MY: `my | mine`,
  OLD_NEW: `
    old | previous | former | new | current`,
  WITH_YOU: `
    with you | with you guys | with caliroots | on your side | on your end | at your end |
    on your books | in your books | on your records | in your records`,
  NOT_MINE: `
    not mine | isn't mine | isnt mine | wasn't mine | wasnt mine | aren't mine | arent mine |
    weren't mine | not meant for me | not addressed to me | doesn't belong to me |
    does not belong to me | didn't belong to me | not my order | not my name | never ordered |
    never placed | i am not this person | i'm not this person | that's not me | not me |
    my name isn't | my name is not | my name's not | i'm not called | i am not called |
    is not mine | was not mine | are not mine | were not mine | wasn't meant for me |
    wasnt meant for me | was not meant for me | isn't meant for me | is not meant for me |
    not intended for me | wasn't intended for me | wasn't addressed to me | isn't addressed to me |
    is not addressed to me`,
  THIRD_POSS: `
    his | her | their`,
  INFO: `
    information | info | infos | details`,
  EVENT: `
    raffle | raffles | draw | waitlist | wait list | waiting list | competition | giveaway |
    launch | event | restock alert | restock alerts | restock notification | restock notifications |
    back in stock | stock alert | stock alerts | availability alert`,
};
