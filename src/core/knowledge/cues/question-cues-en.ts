import { all, type LanguageCues, re } from './cue-pattern.js';

const PERSONAL = 'personal (data|information|info|details)';
/** Changing data, for "do you tell the others when you correct or delete it?" (§11.5). */
const CHANGE = String.raw`\b(correct\p{L}*|fix|fixed|updat\p{L}*|delet\p{L}*|eras\p{L}*|remov\p{L}*|restrict\p{L}*|chang\p{L}*)\b`;
const RECIPIENTS = String.raw`\b(third part\p{L}*|partners?|recipients?|compan(y|ies)|others|other (firms|parties|businesses|shops)|anyone|everyone|whoever)\b`;
const TELL = String.raw`\b(tell|tells|inform\p{L}*|notif\p{L}*|forward\p{L}*)\b|\blet\b.*\bknow\b|\bpass\p{L}* (it|that|this|them|the \p{L}+) on\b`;

export const EN_CUES: LanguageCues = {
  cues: [
    // "Do you use my data to send me offers?" asks for a purpose (§5); profiling and cookies have their own.
    {
      pattern: re(String.raw`\b(use|uses|using)\b.*\b(data|info|information|details)\s+(to|for)\b`),
      section: '5',
      unless: re(String.raw`\b(cookies?|kakor|profil\p{L}*)\b`),
    },
    // "When do you delete my data?" asks for the retention period (§8), not for erasure (§11).
    {
      pattern: re(
        String.raw`\bwhen\s+(do|does|will|would)\s+(you|u|caliroots|they)\s+(delete|erase|remove|destroy|purge|get rid|throw)\b|\bwhen\s+(is|are|will|does|do|would)\b.*\b(deleted|erased|removed|destroyed|purged|thrown away)\b`,
      ),
      section: '8',
    },
    {
      pattern: re(
        String.raw`\b(mean|means|meant|definition|define|count|counts|considered|classed)\b.*\bprocess(ing|ed)?\b|\bprocess(ing)?\b.*\b(mean|means|meant)\b|^(is|are)\b.+\bprocessing\W*$|^(what|whats)\s+(exactly\s+)?(is|are)\s+(exactly\s+|actually\s+)?(the\s+)?(data\s+)?processing\b(\s+of\s+(personal\s+)?data)?(\s+(exactly|actually|anyway|then))?\W*$`,
      ),
      section: '2',
    },
    {
      pattern: re(
        String.raw`^(is|are)\b.+\b${PERSONAL}\W*$|\b(mean|means|meant|definition|define|counts?( as)?)\b.*\b${PERSONAL}\b|\b${PERSONAL}\b.*\b(mean|means|meant)\b|^(so\s+)?(what|whats)\s+(exactly\s+|actually\s+)?(is|are)\s+(exactly\s+|actually\s+)?(considered\s+)?${PERSONAL}(\s+(exactly|actually|anyway|then|really))?\W*$|\bfalls? under\b.*\b${PERSONAL}\b`,
      ),
      section: '1',
    },
    {
      pattern: re(
        String.raw`^what\b.+\bfor\W*$|^(what|for what)\b.*\bpurposes?\b|\b(which|what) purposes?\b|\bfor what (reason|purpose)s?\b|\bwhat (do|does|will|would) (you|caliroots|u) (use|need)\b.*\bfor\b|\bwhat (do|does) (you|caliroots|u) do with\b.*\b(data|info|information|details)\b`,
      ),
      section: '5',
      // "What do you use cookies for?" is about cookies (§12).
      unless: re(String.raw`\b(cookies?)\b`),
    },
    {
      pattern: re(String.raw`\b(have|hold|store|stored|keep|know|got)\b.*\b(on|about|of) me\b`),
      section: '11.1',
      // "…did you keep for that", "…as long as I have an account": the data of a feature (§4).
      unless: re(String.raw`\b(if|when|then|for that|for it|as long as|account|order)\b`),
    },
    {
      pattern: re(String.raw`\b(my|our)\s+(phone|telephone|mobile|e-?mail|address)`),
      section: '13',
      weight: -1,
    },
    // "What data do you keep when I buy?" asks which data (§4), not for how long (§8).
    {
      pattern: re(
        String.raw`(^|[,;:]\s*|\band\s+)(what|which)\s+((kind|kinds|type|types|sort|sorts) of\s+)?(personal\s+)?(data|info|information|details)\b.*\b(keep|kept|store|stored|save|saved|hold|held|collect|collected|have|record|recorded)\b|\bwhat (do|does|will|would) (you|caliroots|u) (keep|store|save|hold|record)\b`,
      ),
      section: '8',
      unless: re(
        String.raw`\bhow long\b|\bafter\b|\buntil\b|\bstill\b|\banymore\b|\bforever\b|\bonce\b|\bwhen i (close|delete|stop|leave)`,
      ),
      weight: -1,
    },
    // Without an account, or as a guest: not the account holder's data (§4.2).
    {
      pattern: re(
        String.raw`\b(without|no)\s+(an?\s+|any\s+)?(customer\s+)?account\b|\b(dont|do not|didnt|did not|never|havent|have not)\s+(have|had|make|made|create|created|open|opened|set up|register|registered|sign up|signed up)\b.*\baccount\b|\bas a guest\b|\bguest (checkout|order|purchase|customer)\b`,
      ),
      section: '4.2',
      weight: -2,
    },
    { pattern: all(CHANGE, RECIPIENTS, TELL), section: '11.5', weight: 2 },
    // "Do you store my card number?" asks whether, not for how long (§8).
    {
      pattern: re(
        String.raw`\b(do|does|will|would) (you|caliroots|u) (store|save|keep|hold|retain|record)\b`,
      ),
      section: '8',
      unless: re(
        String.raw`\bhow long\b|\bafter\b|\buntil\b|\bstill\b|\banymore\b|\bforever\b|\bonce\b|\bwhen i (close|delete|stop|leave)|\b(years?|months?|longer)\b`,
      ),
      weight: -1,
    },
    // Keeping an account is not keeping data (§8): "stop the newsletter but keep my account".
    {
      pattern: re(
        String.raw`\b(keep|keeps|keeping|retain)\s+(my|her|his|their|the|your)?\s*(customer\s+)?account\b`,
      ),
      section: '8',
      unless: re(String.raw`\bhow long\b|\bas long\b`),
      weight: -1,
    },
    // Someone else in my account is a security incident (§10), not account data (§4.2).
    {
      pattern: all(
        String.raw`\b(someone|somebody|a stranger|an unknown person)\b`,
        String.raw`\b(logged|log|signed|got|broke)\s*(in|into)\b|\baccessed\b|\bused my account\b`,
      ),
      section: '10',
      weight: 2,
    },
    // *My* profile is the account page, not profiling (§7).
    {
      pattern: re(String.raw`\b(my|your|her|his)\s+(account\s+|customer\s+|user\s+)?profile\b`),
      section: '7',
      weight: -1,
    },
    // Not wanting marketing is an objection (§11.7), whichever words carry it.
    {
      pattern: all(
        String.raw`\b(dont|do not|no longer|never) want\b|\bstop \p{L}+ing\b|\bno more\b`,
        String.raw`\b(marketing|ads|advertis\p{L}*|offers|promotions?|commercials?|newsletters?|e-?mails?)\b`,
      ),
      section: '11.7',
    },
    // A complaint goes to the supervisory authority (§11.8), whatever else it mentions.
    { pattern: re(String.raw`\b(complain\p{L}*|complaint|report you|report caliroots)\b`), section: '11.8' },
    // Objecting to profiling is answered by §7 itself, not by the general right to object (§11.7).
    {
      pattern: all(
        String.raw`\b(object\p{L}*|opt\p{L}* out|stop|refuse|say no)\b`,
        String.raw`\bprofil\p{L}*`,
      ),
      section: '7',
    },
    // "Who can see my data?" asks who has access inside the company (§10), not who receives it (§9).
    {
      pattern: re(
        String.raw`\b(who|which (of your )?(employees|staff|people|workers))\b.*\b(see|access|view|look at|read)\b`,
      ),
      section: '10',
      weight: 2,
      unless: re(
        String.raw`\bthird\b|\bpartners?\b|\boutside\b|\babroad\b|\badvertis|\bsell|\bshare|\bcompanies\b`,
      ),
    },
  ],
  offTopic: [
    re(
      String.raw`\b(forgot|forgotten|reset|resetting|lost|change|changing)\b.*\bpassword|\bpassword\b.*\b(reset|forgot|forgotten|work|working|wrong|expired)\b|\b(cant|cannot|unable to|not able to|couldnt)\s+(log|sign)\s*(in|into)\b|\blocked out\b|\bunlock\b`,
    ),
    re(String.raw`\b(run|runs|running|fit|fits|come|comes)\s+(small|large|big|true to size|narrow|wide)\b`),
    re(
      String.raw`\b(charged|debited|billed)\s+(me\s+)?(twice|double|two times)\b|\bdouble (charge|charged|payment)\b`,
    ),
    re(String.raw`^(?!.*cookie).*\b(down|offline|not loading|wont load|cant load|crash\p{L}*)\b`),
    all(
      String.raw`^(?!.*\bwant)`,
      String.raw`\b(not|no longer|stopped) (getting|receiving)\b|\b(dont|do not) (get|receive)\b.*\b(anymore|any more)\b|\bno longer (get|receive)\b|\bnot arriving\b`,
      String.raw`\b(e-?mails?|newsletters?|mails?)\b`,
    ),
    re(String.raw`\bmerg\p{L}*\b|\bcombine (my )?(accounts|orders)\b`),
  ],
};
