// The wordings of questions that ask for a particular kind of thing ("what was the trade worth":
// a sum of money; "who else was there": people present; "does the article say that …": a
// statement to bear out), and the wordings of the article's sentences that give it ("$32
// billion", "known as", "the outgoing …"). answerability.ts pairs them: a claim answers such a
// question only when its sentence is worded so. Patterns only; nothing of the article is here.

/** A share as a figure: "6 per cent", "23%", "half", "a third". */
export const SHARE_FIGURE =
  /\b\d+(?:\.\d+)?\s*(?:per\s?cent|percent)\b|\d+(?:\.\d+)?\s*%|\b(?:half|a\s+third|a\s+quarter)\b/gi;

/**
 * "Does the article say that …", "is it true that …", "according to the article, did …": the
 * statement a question asks the article to bear out.
 */
export const STATEMENT_CHECKED = [
  /^\s*(?:does|did|do)\s+(?:the\s+)?(?:article|author|writer|paper|piece|text|analysis|talukdar|dr\.?\s+talukdar|she)\s+(?:actually\s+|really\s+|ever\s+)?(?:say|says|claim|claims|state|states|report|reports|mention|mentions|write|note)\s+(?:that\s+)?(.{8,}?)\s*[?.!]*\s*$/i,
  /^\s*is\s+it\s+(?:true|correct|accurate|right|the\s+case)\s+(?:that\s+)?(.{8,}?)\s*[?.!]*\s*$/i,
  /^\s*according\s+to\s+(?:the\s+)?(?:article|author|text|paper|piece)\s*,?\s*(?:did|does|do|is|are|was|were|has|have|had)\s+(.{8,}?)\s*[?.!]*\s*$/i,
];

/** The statement a question asks the article to bear out, if it asks one. */
export function statementChecked(text: string): string | null {
  for (const re of STATEMENT_CHECKED) {
    const m = re.exec(text);
    if (m?.[1]) return m[1];
  }
  return null;
}

/** A number as a question writes it, that a sentence must write too ("30 per cent", "$24.1 billion"). */
export const STATED_NUMBER = /\d+(?:[.,]\d+)*/g;

/** "Who wrote …", "who is the author of …", "the writer of …": the author of something asked for. */
export const WRITER_ASKED =
  /\bwho\s+(?:wrote|authored|penned|writes)\b|\b(?:who\s+(?:is|was)|name|names)\s+(?:of\s+)?(?:the\s+)?(?:author|writer|journalist|reporter|columnist)s?\s+of\b|\b(?:which|what)\s+(?:journalist|reporter|writer|columnist|correspondent)s?\s+(?:wrote|authored|penned|filed)\b|\bbyline\s+(?:reporter|writer|journalist)\b|\bwho\s+(?:is|was)\s+(?:the\s+)?(?:reporter|journalist|correspondent)\b/i;

/** "Who edited the SIPRI volume …": an editor, which a note gives only in so many words ("ed.", "edited by"). */
export const EDITOR_ASKED = /\bwho\s+edited\b|\beditors?\s+of\b|\b(?:which|what)\s+editors?\b/i;
/** The words by which a note names an editor. */
export const EDITOR_STATED = /\b(?:eds?\.|edited\s+by|editors?)\b/i;

/**
 * A wording in a language other than the article's English, asked for: "the original Russian
 * words", "what Japanese term", "the Japanese-language title", "… in the original Japanese?"
 * (groups 1 and 2: the language).
 */
export const FOREIGN_WORDING =
  /\b(Russian|Japanese|Chinese|Korean|German|French|Latin)(?:[\s-]+language)?\s+(?:original\s+)?(?:words?|terms?|names?|titles?|phrases?|expressions?|wordings?|versions?|translations?|renderings?|equivalents?|spellings?)\b|\bin\s+(?:the\s+)?(?:original\s+)?(Russian|Japanese|Chinese|Korean|German|French)\s*[?.!]*\s*$/i;

/** The very words asked for: "word for word", "verbatim", "his exact words", "a direct quote". */
export const VERBATIM_ASKED =
  /\bword\s+for\s+word\b|\bverbatim\b|\bexact\s+(?:words|wording|quote|quotation)\b|\bdirect\s+(?:quote|quotation)\b|\bquoted?\s+directly\b/i;
/** A quotation in a sentence: a span of three words or more in quotation marks. */
export const QUOTATION_STATED = /['‘"“](?:[^'’"”\s]+\s+){2,}[^'’"”]*['’"”]/;

/** "What is Kimura's first name": a cited author's or a person's given name. */
export const FIRST_NAME_ASKED = /\b(?:first|given|christian)\s+name\b|\bforename\b/i;

/** A word for a piece of writing: "who wrote the Platts piece" asks of a work the article cites. */
export const WORK_WORD =
  /\b(?:article|piece|report|story|column|paper|chapter|book|op-ed|analysis|essay|study)\b/i;

/**
 * "What is meant by …", "what does 'Nordpolitik' mean", "define …", "what (exactly) is a(n) …":
 * what a term means. Not "what does APEC stand for" (its full name, which a bracket gives).
 */
export const DEFINITION_ASKED =
  /\bwhat\s+is\s+meant\s+by\b|\bwhat\s+(?:does|do|did)\s+(?:the\s+(?:term|word|phrase|expression|name|label)\s+)?(?:['‘"“][^'’"”?]{2,40}['’"”]|(?<=(?:term|word|phrase|expression)\s+)\S+)\s+(?:mean|signify)\b(?!\s+(?:to|for)\b)|\bdefin(?:e|es|ition\s+of)\b|^\s*what\s+(?:exactly\s+)?(?:is|are)\s+(?:a|an)\s+/i;

/** A sentence that says what something is: "… is a …", "means", "refers to", "that is", "i.e.". */
export const DEFINES =
  /\b(?:is|are|was|were)\s+(?:a|an)\b|\bmeans?\b|\brefers?\s+to\b|\bmeaning\b|\bi\.e\.|\bthat\s+is\b|\bdefined\b/i;

/**
 * "Why did Japan sign …", "why was Mori leaving …", "what led Japan to …", "what caused …": the
 * reason for something done in the past. Not "why does China feel threatened" (a state of mind,
 * which the author's analysis explains).
 */
export const ACTION_REASON =
  /^\s*(?:why\s+(?:did|was|were|had)\b|what\s+(?:led|caused|prompted|drove|pushed|made)\b)/i;

/** Claims that report what was done or said, rather than hold a view of it. */
export const REPORTS: ReadonlySet<string> = new Set(["event", "fact", "statement"]);

/**
 * "Where did Talukdar get her doctorate?": a writer's life beyond her byline (her name, post and
 * institution): studies, birth, other work.
 */
export const WRITER_LIFE =
  /\b(?:doctorate|ph\.?d|degree|degrees|universit(?:y|ies)|studied|studies|study|educat\w*|born|birth|nationality|married|thesis|dissertation|alma\s+mater|graduat\w*|trained|training|previous(?:ly)?|before\s+(?:joining|the\s+council|icwa)|other\s+(?:articles|books|works|publications|papers)|books?|email|contact|twitter)\b/i;

/** "… after Moscow demurred at his proposal, …": what came before, done by another than the one asked. */
export const AFTER_CLAUSE =
  /\bafter\s+(?:the\s+)?([^?,;—–]{6,}?)(?=\s*(?:[,?;—–]|$|\s+(?:how|what|did|does|was)\b))/i;

/**
 * "How did Xi react when Moscow demurred?", "what did Abe say in reply when Putin told him …":
 * with words of replying, a "when" clause is what came before, as an "after" clause is.
 */
export const REPLY_WHEN =
  /\b(?:react(?:ed|s)?|respond(?:ed|s)?|repl(?:y|ied|ies)|in\s+response|retort(?:ed)?)\b[^?]*?\bwhen\s+(?:the\s+)?([^?,;—–]{6,}?)(?=\s*(?:[,?;—–]|$))/i;

/** "On which page …", "what page number …". */
export const PAGE_ASKED = /\b(?:which|what)\s+pages?\b|\bpage\s+(?:number|no\.?)s?\b/i;

/** "On what exact day …", "what date …", "the precise date": a day, not a month or a year. Not "of what date" (a document's dating, which a month gives). */
export const ASKS_DAY =
  /\b(?:on\s+)?(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?day\b|(?<!\bof\s+)\b(?:what|which)\s+(?:exact\s+|precise\s+|specific\s+)?date\b|\b(?:exact|precise|specific)\s+(?:day|date)\b|\bwhen\s+(?:exactly|precisely)\b|\b(?:exactly|precisely)\s+when\b/i;

/** A day of a month in a quote: "November 1, 2013", "1 November", "22nd of February". */
export const DAY_OF_MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/i;

/**
 * "The capital of Japan": a city the article calls that, in its own words. Readers' questions
 * call Tokyo "the Japanese capital"; the article never says which city is a capital.
 */
export const CAPITAL_OF = /\bcapital(?:\s+city)?\s+of\b|\b\w+['’]s\s+capital\b/i;

/**
 * "Where were the talks held?", "where did Abe and Putin meet?": a place, which the answer must
 * name beyond the ones the question names. Not "where does Vietnam stand" (a position).
 */
export const ASKS_PLACE =
  /\bwhere\s+(?:was|were|is|are|did|do|does|will|would|has|have|had)\b[^?,;]*?\b(?:held|hold|take place|took place|taken place|meet|met|sign|signed|located|situated|hosted|host|happen|happened|occur|occurred|visit|visited|go|went|travel|travell?ed|built|based|staged|convened|issued|made|announced)\b|^\s*where\s+(?!(?:was|were|is|are|did|do|does|will|would|has|have|had)\b)[^?,;]*?\b(?:held|hold|take place|took place|taken place|meet|met|sign|signed|located|situated|hosted|happen|happened|occur|occurred)\b|\bin (?:which|what) (?:place|venue|location|town)\b|\bif so,? where\b|\band where\s*[?.!]?\s*$|\b(?:what|which) (?:venue|location)\b/i;

/**
 * "When was Putin first elected?", "Did Abe resign?", "Is Abe still prime minister?": a term of
 * office asked about, which a claim answers only by speaking of one (TENURE_STATED).
 */
export const ASKS_TENURE =
  /\b(?:re-?elect\w*|elect(?:ed|ion|ions)?|resign\w*|step(?:ped|s)?\s+down|(?:took|take|takes|taking|left|leave|leaves|leaving)\s+office|(?:came|come|comes|coming)\s+to\s+power|sworn\s+in|inaugurat\w*|terms?\s+of\s+office|in\s+office|(?:stay|stays|stayed|remain|remains|remained)\s+on\s+as\b|(?:stay|stayed|remain|remained|serve|served)\s+as\s+(?:the\s+)?(?:\w+\s+)?(?:minister|president|premier|leader|pm|fm)\b|still\s+(?:the\s+)?(?:prime\s+minister|president|pm|premier|foreign\s+minister|in\s+power|in\s+charge))\b/i;

/** "Who took over from Mori?", "who succeeded him?": a successor asked for, which a claim names only as one. */
/** "What did Abe and Putin agree (on) …", "what was agreed at …": the terms of an agreement are asked. */
export const AGREEMENT_ASKED =
  /\bwhat\s+(?:did|do|does|had|have|has)\s+[^?]{1,60}?\b(?:agree(?:d)?|sign(?:ed)?)\b(?!\s+(?:with|that)\b)|\bwhat\s+(?:was|were|is|has\s+been|had\s+been)\s+(?:\w+\s+){0,2}agreed\b/i;

/** A sentence that tells of an agreement: what was agreed, signed, pledged or decided. */
export const AGREEMENT_STATED =
  /\b(?:agree[ds]?|agreeing|agreements?|accords?|consensus|decided|signed|signing|pledged?|committed|promised|settled|endorsed|adopted|concluded)\b/i;

export const ASKS_SUCCESSOR = [
  /\b(?:took|take|takes|taking)\s+over\s+from\b|\bsuccessors?\b|\b(?:succeeded|replaced|came\s+after)\s+(?:him|her)\b/i,
  // a person's name after the verb: "succeeded Mori", not "succeeded in", "came after the war"
  /\b(?:[Ss]ucceed(?:ed|s)?|[Rr]eplaced|[Cc]ame\s+after)\s+\p{Lu}/u,
  // "who became prime minister after Abe", "who was the next PM after Mori": a name after "after"
  /\b[Ww]ho\s+(?:became|becomes|was|were|will\s+be|is)\s+(?:the\s+)?(?:next\s+)?[^?]*?\b[Aa]fter\s+(?:\p{Lu}\p{Ll}+\s+)?\p{Lu}\p{Ll}+\s*[?.!]?\s*$/u,
];

/**
 * "What did Gorbachev and Kaifu sign?", "what documents did they sign?", "what was signed in
 * 2003?": what was signed, which a claim gives only by speaking of a signing (SIGNING_STATED).
 * Not "sign up to" (agree to).
 */
export const ASKS_SIGNED =
  /\b(?:what|which|who)\b[^?]*?\b(?:(?:sign|signed)\b(?!\s+up\b)|signatures?\b|signator(?:y|ies)\b|inked\b|put\s+(?:pen|(?:their|his|her)\s+names?)\s+to\s+paper\b)|^\s*(?:did|do|does|have|has|had|was|were)\b[^?]*?\bsign(?:ed)?\b(?!\s+up\b)/i;

/** A signing in the article's words: "was signed", "by signing", "issued the 'Tokyo Declaration'". */
export const SIGNING_STATED = /\bsign(?:ed|ing|s|ature)?\b|\bconclu(?:ded|sion)\b|\badopted\b|\bissued\b/i;

/**
 * "What did Mori do after he left office?", "what did Losyukov go on to do?": a person's later
 * life. The article speaks of people only in the offices they held at the time.
 */
export const ASKS_LATER_LIFE =
  /\bafter\s+(?:he|she|they)\s+(?:left|quit|retired|stepped\s+down|lost)\b|\bafter\s+(?:leaving|retiring|stepping\s+down)\b|\b(?:go|goes|went|gone|going)\s+on\s+to\s+(?:do|become|work|lead|serve|join)\b|\blater\s+(?:career|life)\b|\bwhat\s+(?:job|jobs|career|occupation)\b[^?]*\bafter\s+(?:(?:19|20)\d{2}|that)\b/i;

/**
 * "What was the trade worth?", "how much did it cost?": a sum of money asked for, which a claim
 * gives only with a currency (MONEY_STATED). Not "how much of …" (a share).
 */
export const ASKS_MONEY =
  /\b(?:cost|costs|costing|price|priced|cheaper|dearer|expensive|budget|budgets|worth|dollars?|yen|roubles?|rubles?|euros?|spend|spent|spending|funding|paid)\b/i;

export const MONEY_STATED = /\$|\bUS\$|\b(?:dollars?|yen|roubles?|rubles?|euros?)\b/i;

/** "What percentage …", "what share of …", "how much of …": a share asked for (SHARE_STATED). */
export const ASKS_SHARE =
  /\b(?:what|which)\s+(?:percentage|per\s?cent|proportion|share|fraction)\b|\bhow\s+much\s+of\b|%|\bpercentage\b/i;

export const SHARE_STATED =
  /\bper\s?cent\b|%|\bhalf\b|\bthird\b|\bquarter\b|\bshare\b|\bmajority\b|\bminority\b|\bfraction\b/i;

/**
 * "How much did it grow?", "how many were there?", "how large is it?": a figure asked for
 * although no noun names it (focus.ts finds none).
 */
/**
 * Nouns whose "how much" asks a degree, not a figure: "how much store does Putin set by …",
 * "how much importance does Japan attach to …".
 */
export const DEGREE_NOUNS: readonly string[] =
  "store stock importance weight emphasis attention significance faith trust sway influence leverage".split(
    " ",
  );
/**
 * "What is Japan's value to Russia?", "what is Japan worth to Moscow", "the strategic value each
 * side places on the other", "the value of Japan, according to the conclusion": what a party
 * means to another, its importance, not a figure. Not "the value of trade for Japan" nor "the
 * value of Russia-Japan trade" (a figure of something measured).
 */
export const IMPORTANCE_ASKED =
  /\b(?:strategic|geopolitical|geostrategic|political|diplomatic|real)\s+(?:value|worth)\b|\b(?:value|worth)\s+(?:(?:to|for)\s+(?!(?:[a-z]+\s+)?(?:trade|exports?|imports?|investments?|sales?|deals?)\b)|each\s+(?:side|party|country)\s+places\b)|\bvalue\s+of\s+(?:the\s+)?(?!(?:trade|exports?|imports?|investments?|sales?|deals?|gas|oil|lng|goods|output|production|commerce|shipments?|supplies|contracts?|assets?|projects?|aid|loans?|funds?|funding|yen|roubles?|rubles?|dollars?)\b)\p{L}[\p{L}-]*(?![\p{L}-])(?:['’]s)?(?=\s*[?,.;:]|\s+[—–-]\s|\s+(?:to|for|according|in\s+the)\b|\s*$)|\bwhat\s+(?:is|was|are|were)\s+(?:\p{L}[\p{L}-]*|it|they|each)\s+(?:really\s+)?worth\s+to\b/u;

/** Verbs of a degree after "how much" and its subject: "how much Japan matters to it", "how much it means". */
export const DEGREE_VERBS = "matters?|mattered|means?|meant|counts?|counted|cares?|cared";
const HOW_MUCH = `much(?!\\s+(?:${DEGREE_NOUNS.join("|")})\\b)(?!(?:\\s+[a-z'’-]+){1,3}?\\s+(?:${DEGREE_VERBS})\\b)`;

export const ASKS_FIGURE = new RegExp(
  String.raw`\bhow\s+(?:${HOW_MUCH}|many|large|big|wide|far)\b|` +
    String.raw`\bwhat\s+(?:was|is|were|are)\s+(?:the\s+)?[^?]*?\b(?:volume|amount|total|output|quantity)\b|\b(?:volume|amount|output|quantity)\s+in\s+(?:million|billion|thousand|tonnes|tons|dollars|cubic)\b`,
  "i",
);

/**
 * "How did the Japanese public react?", "what do Russian voters think?": the view of a people,
 * which a claim gives only by speaking of that people (the article's claims are held by states,
 * their leaders and the author).
 */
export const POPULACE =
  /\b(?:public|publics|populace|population|voters|electorate|citizens|citizenry|residents|inhabitants|islanders|people|peoples|media|press|polls?|opinion\s+polls?|public\s+opinion|grassroots|popular|unpopular|popularity)\b/i;

export const VIEW_ASKED =
  /\b(?:react|reacted|reaction|respond|responded|response|view|viewed|views|think|thought|feel|felt|feelings|opinion|opinions|support|supported|oppose|opposed|attitudes?|sentiment|perceive|perceived|see|saw|want|wants|wanted|prefer|prefers|preferred|wish|wishes|wished)\b/i;

/** "Who else was there?", "who represented Japan at the talks?": people present, by name. */
export const WHO_ATTENDED =
  /^\s*who\s+(?:else\b|(?:represented|attended|accompanied|led|headed|joined|chaired|hosted|negotiated|signed|drafted|brokered|founded|established|was\s+present|were\s+present|took\s+part|participated)\b)/i;

/**
 * "Who exactly led that attack?", "does it give any names?", "which officials, by name?": people
 * asked for by name, which a group ("the nationalists in Moscow") does not give.
 */
export const NAMES_ASKED =
  /\bwho\s+exactly\b|\bexactly\s+who\b|\b(?:any|their|his|her)\s+names?\b|\bby\s+name\b|\bname\s+(?:them|names|any\s+(?:of\s+)?(?:them|people|persons|officials))\b/i;

/** "Who else …": someone besides those the question or the claim names. */
export const WHO_ELSE = /\bwho\s+else\b/i;

/**
 * "Did the exercises actually happen?", "was the strategy ever adopted?", "did they end up
 * signing …?": whether something came about, asked beyond what was planned.
 */
export const OUTCOME_ASKED =
  /^\s*(?:did|was|were|has|have|had)\b(?!\s+there\b)(?:(?!\b(?:say|said|says|tell|told|claim|claimed|think|thought|believe|believed|argue|argued)\b)[^?])*?\b(?:actually|ever|in\s+the\s+end|eventually|end(?:ed)?\s+up|go(?:ne)?\s+ahead|went\s+ahead|come\s+about|came\s+about|materiali[sz]ed?|formally)\b|\b(?:when|where)\s+(?:were|was|did)\b[^?]*\bactually\b/i;

/** Words between an outcome asked and its verb: "ever formally adopted", "go ahead and change". */
export const OUTCOME_FILLERS: ReadonlySet<string> = new Set(
  "go goes went ahead and actually really ever formally officially finally eventually first been be get gets got gotten".split(
    " ",
  ),
);

/** Verbs that ask only whether something came about, whatever it was: "did it actually happen". */
export const CAME_ABOUT: ReadonlySet<string> = new Set(
  "happen happened occur occurred take took taken place materialise materialised materialize materialized come came".split(
    " ",
  ),
);

/** Words of planning right before a verb: "agreed to hold", "efforts to sign", "would return". */
export const PLANNED_BEFORE =
  /\b(?:agreed?|agrees|plans?|planned|propos(?:e|ed|es)|intends?|intended|aims?|aimed|hopes?|hoped|expected|pledged|promised|decided|efforts?|attempts?|wants?|wanted|seeks?|sought|tries|tried|trying|ready|willing|obligated|obliged|committed|undertook)(?:\s+(?:itself|themselves|himself|herself))?\s+to\s+$|\b(?:would|will|could|may|might|should|shall)\s+(?:\w+\s+)?$/i;

/** A plan, a proposal, an agreement to do something or a forecast: not that it came about. */
export const PLANNED =
  /\b(?:agreed?\s+to|agrees\s+to|plans?|planned|propos(?:e|ed|es|al)|forecasts?|draft|intends?|intentions?|aims?\s+to|hopes?\s+to|expected\s+to|to\s+resume|rethink|considering|(?:being|be)\s+considered|pledged|promised|obligated|obliged|committed|would|will)\b/i;

/**
 * "What should Japan do?", "what did Hill and Lo recommend Washington do?": advice asked for,
 * which a sentence gives only in words of need or advice. Not "why should …" (a reason), nor
 * "what did Putin tell the forum about where Russia should look for growth" (what he said on it).
 */
export const ADVICE_ASKED =
  /\b(?:recommend(?:s|ed|ing|ation|ations)?|advis(?:e|es|ed|ing)|advice|urg(?:e|es|ed|ing))\b|^(?!\s*why\b)(?![^?]*\b(?:should|ought\s+to)\s+(?:i|we|one|readers?)\s+(?:read|interpret|understand|take|translate|render)\b)(?![^?]*\b(?:say|says|said|tell|tells|told|announce[sd]?|argue[sd]?|state[sd]?|explain(?:s|ed)?)\b[^?]*\b(?:about|on)\s+(?:where|how|what|whether|why|which)\b[^?]*\bshould\b)(?![^?]*\b(?:what|how\s+much|how\s+many|how\s+big|how\s+large)\s+(?:[a-z]+\s+)?(?:share|part|per\s*cent|percentage|proportion|fraction|chunk|slice|portion|amount|bit|piece|quantity|volume)\b)[^?]*\b(?:should|ought\s+to)\b/i;

/** Advice or need in a sentence's words. */
export const ADVICE_STATED =
  /\b(?:should|must|ought|needs?\s+to|needed\s+to|has\s+to|have\s+to|had\s+to|recommend\w*|advis\w*|urg(?:e|es|ed|ing)|call(?:s|ed)?\s+for|important|necessary|imperative|essential|vital|crucial|significance|key|best|better|way\s+forward|can|could)\b/i;

/** "How old was Abe when …", "at what age …": an age asked, which a sentence gives only as one ("67-year old"). */
export const AGE_ASKED = /\bhow\s+old\b|\b(?:what|which)\s+age\b|\bage\s+(?:was|is|of)\b|\baged\b/i;

/** "How big is Iturup?", "how long is the pipeline?": a size or a length, of a thing. */
export const SIZE_ASKED =
  /\bhow\s+(?:big|large|small|vast|wide|long|far|deep|high|tall)\s+(?:is|are|was|were)\b/i;

/** A size or a length in a sentence's words: a measure with its unit, or one thing against another. */
export const SIZE_STATED =
  /\b\d[\d,.]*\s*(?:sq(?:uare)?\.?\s*)?(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|hectares?|acres?|nautical)\b|\b(?:half|twice|double|third|quarter|times)\b|\b(?:shorter|longer|larger|smaller|bigger)\s+than\b/i;

/** An age in a sentence's words. */
export const AGE_STATED = /\b\d+[-\s]years?[-\s]old\b|\baged?\s+\d+\b|\b\d+\s+years\s+of\s+age\b/i;

/**
 * "What did Kaifu offer Gorbachev?", "what did Tokyo promise …": what was offered or promised,
 * which a sentence gives only in words of offering (not that two leaders met). Not "what does
 * Japan offer Russia …", in the present, nor "what could a settlement offer", "what time saving
 * would the route offer": what it has to give, not an offer made.
 */
export const OFFER_ASKED =
  /^(?![^?]*\bconcessions?\b)(?![^?]*\bwhat\s+(?:[^?]*\s)?(?:does|do|would|could|can|might|may|will)\s+(?:[^?]*\s)?offers?\b)(?![^?]*\b(?:author|writer|article|paper|piece|text|she)\s+offers\b)[^?]*\bwhat\b[^?]*?\b(?:offer(?:ed|s)?|promis(?:e|ed|es)|pledg(?:e|ed|es)|(?:put|puts|putting|laid|lay|lays|placed|place)\s+on\s+the\s+table)\b/i;

/** An offer, a proposal, a promise or an obligation in a sentence's words (not "concessions": thinking in their lines is no offer). */
export const OFFER_STATED =
  /\boffer\w*|\bpropos\w*|\bpromis\w*|\bpledg\w*|\bobligat\w*|\bcommit\w*|\bundert(?:ake|ook|aking)\b|\bready\s+to\b|\bwilling\w*/i;

/** "What were the provisions of the 1993 Tokyo Declaration?": what a document says, which a sentence gives only in words of its content. */
export const PROVISIONS_ASKED =
  /\b(?:main\s+|key\s+)?(?:provisions?|(?<!\bin\s+)terms|clauses?|contents?|stipulations?)\s+(?:(?:were|are|was|is)\s+)?(?:(?:written|set\s+out|laid\s+down|spelt\s+out|spelled\s+out)\s+)?(?:of|in|into)\b|\bwhat\s+(?:did|does|do)\s+(?:the\s+)?[^?]*?\b(?:declaration|treaty|memorandum|agreement|accord)\s+(?:\w+ly\s+)?(?:stipulate|provide|lay\s+down|set\s+out|require|oblige|obligate|commit)\b|\bwhat\s+(?:did|does|do)\s+(?:the\s+)?[^?]*?\b(?:declaration|treaty|memorandum|agreement|accord)\s+(?:of\s+\d{4}\s+)?(?:\w+ly\s+)?(?:say|state|contain|promise|establish)\s*(?:[?,.;]|$)|\bwhat\s+(?:(?:did|does|do)\s+)?(?:the\s+)?(?:(?!\b(?:note|endnote|footnote|article|author|piece|paper|source)s?\b)[^?])*?\b(?:declaration|treaty|memorandum|agreement|accord)\s+(?:of\s+\d{4}\s+)?(?:say|says|state|states)\s+(?:about|on|regarding|concerning)\b|\bwhat(?:['’]s|\s+is|\s+was)\s+(?:actually\s+|really\s+|exactly\s+)?(?:in|written\s+in|said\s+in)\s+(?:the\s+)?[^?]*?\b(?:declaration|treaty|memorandum|agreement|accord)\b|\bwhat\s+(?:did|does|do)\s+(?:the\s+)?[^?]*?\bpartnership\b[^?]*?\bcommit\b/i;

/** A document's content in a sentence's words ("under which Moscow obligated itself", "stated that", "which were to …"). */
export const PROVISIONS_STATED =
  /\b(?:stat(?:ed|es|ing)\s+that|under\s+which|which\s+(?:were|was)\s+to|provid(?:ed|es|ing)\s+(?:that|for)|stipulat\w*|obligat\w*|declar(?:ed|es|ing)\s+that|where\s+[A-Za-z]+\s+consider(?:ed|s)\s+that|call(?:ed|s)\s+for|affirm\w*|recogni[sz]\w*|article\s+\d+)\b/i;

/**
 * "What specific concessions …", "who exactly led …", "… names?": a detail asked beyond what
 * the article names in general ("concessions to Japan"), which a sentence gives only by
 * specifying (SPECIFIED). Not a time ("when exactly", "what exact date": ASKS_DAY).
 */
export const SPECIFICS_ASKED =
  /\b(?:what|which)\s+(?:specific|exact|precise|particular)\s+(?!(?:day|date|year|month|time|title|words?|wording)\b)\w+|^(?![^?]*\bwhen\b)[^?]*\b(?:what|which|who)\b[^?]*?\b(?:exactly|specifically|precisely)\b|\bnames?\s*\?\s*$|\b(?:give|gives|list)\s+(?:any\s+)?names\b/i;

/**
 * A sentence that specifies: a quotation (of four words or more: not a name in quotes), a list
 * (a colon, a semicolon, a spaced dash, "such as", "including", "namely", or three short items
 * joined), or a number other than a year.
 */
export const SPECIFIED =
  /[:;]|(?:[^,]{3,},){3,}|\s[–—]\s|\bsuch\s+as\b|\bincluding\b|\bnamely\b|\b[\p{L}-]+(?:\s+[\p{L}-]+){0,3},\s+[\p{L}-]+(?:\s+[\p{L}-]+){0,3},?\s+(?:and|or)\s+\p{L}|(?<![\d,.])\b(?!(?:1[89]|20)\d{2}\b)\d+|[‘“"](?:[^’”"\s]+\s+){3,}[^’”"]*[’”"]|(?<!\p{L})'(?:[^'\s]+\s+){3,}[^']*'(?!\p{L})/u;

/** "In which month …", "what month and year …": a month asked, which a sentence gives only by naming one (MONTHS). */
export const ASKS_MONTH = /\b(?:which|what)\s+month\b|\bmonth\s+and\s+year\b/i;

/** "Where does Mankoff work?", "who does she work for?": a person's place of work. */
export const WORKPLACE_ASKED =
  /\bwhere\s+(?:does|did|do|is|was)\s+[^?]+?\s+(?:work|working|employed|based)\b|\bwho\s+(?:does|did|do)\s+[^?]+?\s+work\s+for\b|\b(?:employer|affiliation|affiliated)\b|\b(?:which|what)\s+(?:think[-\s]?tank|institute|institution|university|organi[sz]ation|company|firm|newspaper|outlet)\s+(?:is|was|does|did)\s+(?:he|she|they|[\p{Lu}][\p{L}'’.-]+(?:\s+[\p{Lu}][\p{L}'’.-]+)?)\s+(?:with|at|from|work\s+(?:for|at))\b/iu;

/**
 * "what did trump say about the islands", "how did merkel react": the one whose words or deeds
 * are asked, in the slot after the auxiliary, as typed (one or two words).
 */
export const SAYER_SLOT =
  /^\s*(?:what|how|why)\s+(?:did|does|do|has|have|had|will|would)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+(?:say|said|think|thought|want|wanted|propose|proposed|argue|argued|believe|believed|do|react|respond|claim|tell|told|mean|feel|suggest|see|make|announce|write|wrote|offer|demand|insist|warn)\b/iu;

/**
 * "What did Japan's foreign minister say …", "what did the South Korean president make of …": a
 * nation's office in the speaker's place, then the verb of what the holder said, thought or did.
 */
export const OFFICE_SAYER =
  /^\s*(?:what|how)\s+(?:did|does|do|has|have|had)\s+(?:the\s+)?((?:(?:south|north)\s+)?[\p{L}.]+?(?:['’]s)?)\s+((?:prime|foreign|defen[cs]e)\s+minister|president|premier|ambassador)s?\s+(?:say|said|think|thought|argue|argued|claim|tell|told|propose|proposed|announce|react|respond|suggest|warn|make|feel|view|see|believe|want|expect|hope|comment|write|reply|do)\b/iu;

/**
 * "Who was President of South Korea when …", "who is the current prime minister of Japan": who held
 * an office (2), of a nation (3) if named after it; (1) says the asker wants its holder now.
 */
/** "who was us president when …", "who was Japan's prime minister then": an office (3) after its nation (2). */
export const NATIONS_OFFICE_HOLDER =
  /^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(current|present|sitting|incumbent|serving)\s+)?((?:south\s+|north\s+)?[\p{L}.]+?(?:['’]s)?)\s+((?:prime|foreign|defen[cs]e)\s+minister|president|premier)\b/iu;
export const OFFICE_HOLDER =
  /^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?(?:(current|present|sitting|incumbent|serving)\s+)?((?:prime|foreign|defen[cs]e)\s+minister|president|premier)\s+(?:(?:of|in)\s+(?:the\s+)?([\p{L}]+(?:\s+[\p{L}]+)?))?/iu;

/** "the Japanese foreign ministry", "Russia's defence ministry", "the Russian MFA": a ministry (2, else foreign) of a nation (1). */
export const MINISTRY_OF =
  /\b((?:south\s+|north\s+)?[\p{L}]+?(?:['’]s)?)\s+(?:(foreign|defen[cs]e|finance|economy|trade|energy)\s+ministry\b|mo?fa\b|ministry\s+of\s+(foreign|defen[cs]e|finance|economy|trade|energy)\b)/iu;

/** "What South Korea think about the talks?": the speaker's place without its auxiliary, as some readers write. */
export const SAYER_SLOT_BARE =
  /^\s*(?:what|how)\s+([\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*)?)\s+(?:say|think|feel|believe|react|respond)\s+(?:about|of|on|to)\b/iu;

/**
 * "russia japan visa free travel agreement": keywords, not a sentence: no question mark, no
 * question word or auxiliary in it, no verb of asking ("tell me", "list", "explain") to open it.
 */
export const keywordsOnly = (text: string): boolean =>
  !/[?]\s*$/.test(text) &&
  // no auxiliary or question word anywhere ("Puttin quote on who created …" has a clause)
  !/\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|will|would|can|could|should|shall|may|might|must|what|who|whom|whose|when|where|why|how|which)\b/i.test(
    text,
  ) &&
  // no sentence before another ("Russia declared … Japan. What kind …")
  !/[.!]\s+\S/.test(text) &&
  !/^\s*(?:what|whats|what's|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|has|have|had|should|would|will|shall|may|might|must|tell|give|list|name|describe|explain|summari[sz]e|compare|show|find|put|order|arrange|sequence|according|in|on|at|apart|besides|after|before|since|if|with|once|given|under|during|between|regarding|concerning)\b/i.test(
    text,
  );

/** A successor in the article's words. */
export const SUCCESSOR_STATED = /\b(?:succeed\w*|successor|took over|replac\w*)\b/i;

/**
 * "What do the Chinese call the Senkaku Islands?", "what was the treaty called?", "what is it
 * known as?": a name asked for, which a claim gives only by naming something (NAME_STATED).
 */
export const ASKS_NAME =
  /\bwhat\b[^?]*?\b(?:is|was|are|were)\b[^?]*?\b(?:called|named|termed|dubbed|known\s+as)\s*[?.!]?\s*$|\bwhat\s+(?:do|does|did)\s+[^?]{1,40}?\bcall\b|\bwhat(?:['’]s|\s+is|\s+was)\s+the\s+(?:\w+\s+)?(?:nick)?name\s+(?:of|for)\b|\bwhat\s+name\s+(?:do|does|did|is|was)\b[^?]*?\b(?:for|of)\b/i;

/**
 * The thing whose name is asked: "what do the Japanese call [the disputed islands]", "what is
 * the name of [the base]", "what name does Tokyo use for [the islands]", "what was [the treaty] called".
 */
export const NAMED_THING = [
  /\bcall\s+([^?]+)/i,
  /\bname\s+(?:of|for)\s+([^?]+)/i,
  /\bwhat\s+name\s+[^?]*\b(?:for|of)\s+([^?]+)/i,
  /\bwhat\s+(?:is|was|are|were)\s+([^?]+?)\s+(?:called|named|termed|dubbed|known\s+as)\b/i,
];

/**
 * A name given in the article's words: "known as", "called", "labelled", or a name in quotes
 * ("a strong ‘Strategic Partnership of Coordination’"; not a word quoted, "to ‘rethink’").
 */
export const NAME_STATED = [
  /\b(?:known\s+as|call(?:s|ed)?|labell?ed|named|dubbed|termed|referred\s+to\s+as|so-called|nicknamed)\b/i,
  /['‘"“]\p{Lu}[^'’"”]{2,}['’"”]/u,
];

/** A term of office in the article's words: "the outgoing Prime Minister", "former Foreign Minister". */
export const TENURE_STATED =
  /\b(?:outgoing|former|elect\w*|resign\w*|successor|succeed\w*|in office|came to power|sworn in|term of office)\b/i;

export const MONTHS =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** "What position did Seoul take …", "has South Korea taken a position …": a stance asked of the one named. */
export const POSITION_TAKEN =
  /\b(?:position|stance|line)\s+(?:did|does|do|has|had|have|will|would)\b[^?]*?\b(?:take|taken|adopt|adopted|hold|held)\b|\b(?:take|takes|taken|took|adopt|adopts|adopted)\s+(?:a|an|any|its|their|his|her)\s+(?:official\s+|clear\s+|public\s+)?(?:position|stance|line)\b/i;

export const STANCE_VERB =
  /^(?:['’]s)?\s+(?:official\s+|own\s+)?(?:position|stance|attitude|line)\s+(?:on|towards?|regarding|about|over)\b|^\s*(?:(?:government|officials|leaders?|itself)\s+)?(?:(?:ever|officially|publicly|actually)\s+)?(?:say|says|said|state|states|stated|think|thinks|thought|respond|responded|react|reacted|take|took|taken|adopt|adopted|support|supports|supported|oppose|opposes|opposed|welcome|welcomes|welcomed|back|backs|backed|endorse|endorsed|object|objected|approve|approved|comment|comments|commented|critici[sz]e|critici[sz]ed|reject|rejected)\b/i;

/** "Does China support …", "did Seoul welcome …": a stance asked of the one the question names first. */
export const STANCE_ASKED =
  /^\s*(?:does|did|do|has|have|is|was|would|will)\s+[^?]{1,40}?\b(?:support|supports|supported|oppose|opposes|opposed|welcome|welcomes|welcomed|back|backs|backed|endorse|endorses|endorsed|object|objects|objected|approve|approves|approved)\b/i;
