"""Exact wording rules of the language analysers (regular expressions over normalised text):
phrases that are empathy or dismissive for certain, "sorry" that is no apology, the
service nouns a specific apology names, and the steps that count as action."""
from __future__ import annotations

# Lexical patterns: cheap, precise hits that back up the embedding scores. Applied to the
# normalised text (lower case, apostrophes dropped, punctuation removed: "i'm" -> "im").
EMPATHY_PATTERNS: dict[str, tuple[str, ...]] = {
    "apologize": (
        r"\b(so|very|really|truly|terribly|awfully|extremely|deeply) sorry\b",
        r"\b(im|i am|were|we are) sorry (for|about|that|to hear|you|this|we|it|the)\b",
        r"\bsorry (for|about) (the|that|this|all|any|your)\b",
        r"\b(i|we) (do |sincerely |truly )?apologi[sz]e\b",
        r"\b(my|our|sincere) apologies\b",
        r"\bapologies for\b",
        r"\bsorry to keep you\b",
        r"^(oh |well |look |and |okay |ok )?(im|i am|were|we are) (so |very |really |truly |terribly )?sorry\b",
    ),
    "acknowledge": (
        r"\bi (completely |totally |fully |really |can )?understand (how|why|that|your|what)\b",
        r"\b(that|this|it) (must|must have|sounds|sound) (be |been )?(really |so |very |incredibly )?"
        r"(frustrating|annoying|stressful|upsetting|difficult|hard|awful|horrible|disappointing|inconvenient|worrying)",
        r"\bi can (only )?(imagine|see why|see how|tell|hear)\b",
        r"\bi (hear|get) you\b",
        r"\bi (totally |completely |fully )?get (it|that)\b",
        r"\byou(re| are) (absolutely |completely |quite |totally )?right\b",
        r"\byou have every right\b",
        r"\bi know (how|that this|this has|its been|it has been|youve|you have|what its like)\b",
        r"\b(thats|that is|that was|this is|how) (so |really |very |incredibly |extremely |such an? |a )?"
        r"(frustrating|annoying|stressful|upsetting|awful|horrible|disappointing|worrying|inconvenient|"
        r"difficult|hard|nightmare|pain)\b",
    ),
    "appreciate": (
        r"\bthank(s| you)( (so|very) much)? for (your |the )?(patience|patients|waiting|holding|bearing|understanding|bringing|letting|flagging|reporting|pointing|telling|sticking|staying)",
        r"\bi (really |do )?appreciate (your|you|that you)\b",
    ),
    "own": (
        r"\blet me (make (this|it|that) right|take care of|sort (this|it|that)( out)?|fix (this|it|that))\b",
        r"\buntil (its|it is|this is|everything is|we(ve| have) got it) (working|fixed|sorted|resolved)\b",
        r"\b(ill|i will|im going to|i am going to) (personally |make sure|take care|own|see (this|it) through|look after)",
        r"\blets (work|figure|sort|get) (through |this |it |out )",
        r"\blet(s| me) get (you|this|it|that|everything) (all )?(sorted|fixed|resolved)\b",
        r"\btogether\b.*\b(fix|sort|work|figure)|\b(fix|sort|work|figure)\w*\b.*\btogether\b",
        r"\b(take|taking) (full )?(responsibility|ownership)\b",
    ),
    "reassure": (
        r"\brest a ?ss?ured\b",
        r"\b(dont|do not|no need to) worry\b",
        r"\byou(re| are) in good hands\b",
        r"\b(were|we are) here (to help|for you)\b",
        r"\bwe(ve| have) got you covered\b",
    ),
    "invite": (
        r"\bwhat (can|could) (i|we) do (to|for)\b",
        r"\bhow (can|could) (i|we) make (this|it|that|things)\b",
        r"\bhow would you like\b",
        r"\bwhat would (you like|help|work best|make|be the (best|ideal))\b",
        r"\bwould you (prefer|rather)\b",
        r"\bwould it help (if|to|you)\b",
        r"\b(would|does) (that|it|this|\w+ \w+) suit you\b",
    ),
    "personalize": (
        r"\b(as|like) you (mentioned|said|told me|explained)\b",
        r"\byou (mentioned|told me|said) (that |earlier |before )?",
        r"\b(going|coming) back to what you\b",
        r"\bsince you(re| are| said| told| mentioned| explained)\b",
        r"\bbased on what you (said|told|described|mentioned)\b",
    ),
}

DISMISSIVE_PATTERNS: dict[str, tuple[str, ...]] = {
    "blame": (
        r"\byou (should have|shouldve|should of|shouldnt have|ought to have)\b",
        r"\byou (must|must have|mustve|must of) (have )?(typed|entered|done|put|clicked|deleted|dropped|broken|"
        r"missed|forgotten|changed|used|pressed|ignored|misread)\b",
        r"\b(your|ur) (own )?fault\b",
        r"\bif (you|youd|you had|you would have|youd have|youve) (actually |just )?(read|checked|followed|called|kept|looked|listened)",
        r"\b(its|it is) your (own )?responsibility\b",
    ),
    "policy_wall": (
        r"\b(thats|that is|its|it is) (just )?(our|the|company) policy\b",
        r"\bcompany policy\b",
        r"\b(policy|policies) (doesnt|does not|wont) allow\b",
        r"\brules are rules\b",
        r"\b(cant|cannot|can not|dont|do not) make (an |any )?exceptions?\b",
        r"\bthats the policy\b",
    ),
    "dismiss_feelings": (
        r"\bcalm down\b",
        r"\b(no|not any) need to (get|be) (so )?(upset|angry|worked up|rude)\b",
        r"\b(youre|you are) (over ?reacting|being (dramatic|unreasonable))\b",
        r"\bnot (a|that) big (of a )?deal\b",
        r"^relax\b",
        r"\bmaking a fuss\b",
        r"\b(chill|simmer) out\b",
    ),
    "deflect": (
        r"\b(theres|there is|there s) (really |honestly |just |simply )?nothing (more |else )?(that )?(i|we) can (do|help)\b",
        r"\bnot my (department|problem|job|area|fault)\b",
        r"\bi just work here\b",
        r"\b(take|raise) (that|it) up with\b",
        r"\bout of my hands\b",
        r"\bnot something (i|we|our (team|department)) (can )?(deal|handle|help)s?( with)?\b",
        r"\b(ring|call|contact|phone) (the \w+|them|someone else) not us\b",
    ),
    "repeat_impatience": (
        r"\bas i (already |just )?(said|told you|mentioned|explained)\b",
        r"\blike i (already |just )?(said|told you)\b",
        r"\bi (already|have already|ve already|already have) (told|explained|said)\b",
        r"\b(ive|i have) (told|explained) (you )?(this|that)? ?(two|three|four|\d+|several|many) times\b",
        r"\bhow many times\b",
        r"\b(say|explain|tell you) (this|it|that) (one more|for the last|(for )?the \w+) time\b",
    ),
    "jargon": (
        r"\bplease be advised\b",
        r"\b(duly|been) noted\b",
        r"\bper (the |our )?(sla|protocol|records|policy|procedure)\b",
        r"\bin due course\b",
        r"\bdispositioned\b",
        r"\bhas been (logged|actioned|captured)\b",
        r"\bkindly note\b",
    ),
}

# "Sorry" that asks for repetition, interrupts, or corrects oneself: never an apology.
APOLOGY_HARD_NEGATIVE_PATTERNS: tuple[str, ...] = (
    r"\bsorry\b.{0,20}\b(repeat|say (that|it) again|say again|come again|catch|didnt (hear|get|catch)|missed|"
    r"what (was|did)|pardon|broke up|breaking up|cut out|spell|speak up|on mute|you said|who am i)\b",
    r"\bsorry (to|for) (interrupt|interrupting|cut(ting)? in|butt(ing)? in)\b",
    r"\bsorry\b.{0,6}\b(one (sec|second|moment)|wrong (screen|button|number)|go ahead|my mistake i meant)\b",
    r"^sorry (was|is|did|do|are|what|who|which|where|when|how)\b",
    r"\bsorry\b.{0,3}\b(a|b|c|d|e) or\b",
)

# An apology has one of these words; the embedding alone never makes one ("I know how
# important this is" is close in meaning, but acknowledges).
APOLOGY_WORD_PATTERN = (r"\b(sorry|sorri|apologi[sz]e[sd]?|apologies|apology|apologising|apologizing|regret|regrets|"
                        r"forgive|pardon the)\b")

# Apologies that name no problem ("sorry for any inconvenience") stay generic.
GENERIC_APOLOGY_OBJECTS: frozenset[str] = frozenset({
    "inconvenience", "inconveniences", "trouble", "troubles", "hassle", "that", "this", "it", "everything",
    "any", "all", "the", "confusion", "issue", "issues", "problem", "problems", "caused", "experience",
    "situation", "happened", "happening", "frustration",
})

# Objects and incidents of customer service: naming one makes an apology specific.
ISSUE_WORDS: frozenset[str] = frozenset({
    "order", "orders", "package", "parcel", "delivery", "deliveries", "shipment", "shipping", "courier",
    "bill", "billing", "invoice", "charge", "charges", "charged", "payment", "payments", "refund", "refunds",
    "fee", "fees", "credit", "account", "card", "subscription", "contract", "plan", "price",
    "internet", "broadband", "wifi", "connection", "router", "modem", "line", "signal", "outage", "service",
    "phone", "device", "app", "website", "login", "password", "email",
    "flight", "booking", "reservation", "appointment", "engineer", "technician", "installation",
    "repair", "replacement", "product", "item", "size", "damage", "damaged", "broken", "faulty",
    "late", "delay", "delayed", "wait", "waiting", "hold", "queue", "callback", "call", "double", "twice",
    "wrong", "missing", "lost", "cancelled", "canceled", "mistake", "error", "overcharge",
})

# A concrete step: the agent does or will do something now.
ACTION_PATTERNS: tuple[str, ...] = (
    r"\b(ive|i have|weve|we have|i(ve)? just|i(ve)? already|i ?ve gone ahead and) (just |already |now )?"
    r"(refunded|credited|sent|reset|escalated|fixed|cancelled|canceled|booked|arranged|scheduled|ordered|"
    r"processed|applied|issued|reissued|raised|logged a|updated|changed|added|removed|waived|replaced|"
    r"reversed|restored|reconnected|upgraded|flagged|emailed|texted|put)\b",
    r"\b(ill|i will|im going to|i am going to|were going to|well|we will|let me|lets|i can|i'?m gonna|gonna) "
    r"(just |now |quickly |also |go ahead and |personally |right away )?"
    r"(refund|credit|send|reset|escalate|fix|cancel|book|arrange|schedule|order|process|apply|issue|reissue|"
    r"raise|log|update|change|add|remove|waive|replace|reverse|restore|reconnect|upgrade|flag|email|text|"
    r"check|look into|look at|look up|pull up|investigate|run|get (you|a|that|this|it|an|the)|sort|"
    r"take care|transfer|call you back|ring you|chase|expedite|rush|set up|contact|speak to|compensate|"
    r"make sure|open a|put (a|in|through))\b",
    r"\b(a|the) (refund|credit|replacement|engineer|technician|new one) (is|has been|will be) "
    r"(on its way|sent|issued|booked|applied|processed|arranged)",
)
