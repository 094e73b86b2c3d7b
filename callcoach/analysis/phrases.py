"""The exemplar banks the language analysers compare speech against (data, not code).

Each empathy family has examples; ``COUNTER_EXAMPLES`` holds agent speech that looks
close but is not empathy (procedure, routine greetings, "sorry" that is no apology).
A sentence scores for a family by its margin: best cosine to that family's examples minus
best cosine to the counter-examples. Add lines here to teach the coach new wording; keep
them different from the evaluation lines in ``benchmarks/data/`` so figures stay honest.
Lines are written both as people type them and as speech recognition returns them
(lower case, no punctuation).
"""
from __future__ import annotations

import re

EMPATHY_FAMILIES = ("apologize", "acknowledge", "appreciate", "own", "reassure", "invite", "personalize")
# Families scored by the embedding. Personalising is found from the customer's name and from
# explicit references back ("as you mentioned"): embeddings of such lines mostly match on
# topic (a charge, a router) and gave false hits.
EMBEDDED_FAMILIES = ("apologize", "acknowledge", "appreciate", "own", "reassure", "invite")

EMPATHY_EXAMPLES: dict[str, tuple[str, ...]] = {
    "apologize": (
        "I'm truly sorry this happened to you.",
        "I'm so sorry about the trouble you've had with your order.",
        "I apologise for the inconvenience this has caused.",
        "I sincerely apologize for the mistake on our side.",
        "My apologies for the delay.",
        "Please accept our apologies for the error on your invoice.",
        "I'm sorry you had to wait so long on hold.",
        "I'm sorry to hear that your device stopped working.",
        "We're really sorry the engineer missed the appointment.",
        "I'm sorry for the confusion with your account.",
        "sorry about all the hassle with this",
        "i am so sorry for what happened",
        "really sorry about the wait today",
        "i do apologise for that",
        "apologies for the mix up with the delivery",
        "sorry that your refund hasn't come through yet",
        "I regret that we let you down.",
        "I'm sorry we didn't get this right the first time.",
        "so sorry you've been going back and forth with us",
        "I'm sorry, that's really not the service you deserve.",
        "Sorry for the inconvenience.",
        "Sorry about that.",
        "We apologise for any trouble this may have caused.",
        "I'm sorry you had to call us again about this.",
    ),
    "acknowledge": (
        "I understand how frustrating this must be.",
        "I can imagine how stressful that is.",
        "That sounds really frustrating.",
        "I can hear how upset you are, and that's completely understandable.",
        "I totally understand where you're coming from.",
        "It makes sense that you're annoyed about this.",
        "That must have been very disappointing.",
        "I know it's been a long wait for you.",
        "You have every right to be upset.",
        "i get it that's a real pain",
        "i understand that's not what you wanted to hear",
        "i can see this has caused you a lot of trouble",
        "that sounds like a really difficult situation",
        "I realise this has taken up a lot of your time.",
        "it must be so annoying to be without internet",
        "I can tell this has been a nightmare for you.",
        "I understand your concern.",
        "That's completely fair, it shouldn't have happened.",
        "i understand",
        "I hear what you're saying.",
        "I know how much you were counting on this arriving on time.",
        "anyone would be frustrated in your position",
        "you're absolutely right to be annoyed",
        "you've been really patient through a rough experience",
    ),
    "appreciate": (
        "Thank you for your patience.",
        "I appreciate your patience while I check this.",
        "Thanks for waiting.",
        "Thanks so much for holding.",
        "Thank you for bringing this to our attention.",
        "Thanks for letting us know about this problem.",
        "I appreciate you reporting this.",
        "Thank you for your understanding.",
        "thank you for bearing with us",
        "thanks for sticking with me on this",
        "thank you for explaining all of that so clearly",
        "I appreciate you taking the time to call us about it.",
        "Thanks for your feedback, it really helps us improve.",
        "thank you for staying on the line",
        "i really appreciate your understanding here",
        "Thanks for being so understanding about the wait.",
        "thank you for giving us the chance to fix this",
        "thanks for your patience with this",
    ),
    "own": (
        "Let me make this right for you.",
        "I'll take care of this for you.",
        "I'm going to personally make sure this gets resolved.",
        "Let's work through this together.",
        "I take full responsibility for getting this fixed.",
        "I'll make sure this doesn't happen again.",
        "I'm going to own this until it's resolved.",
        "I won't hang up until we've got it working.",
        "I'll handle it from here, you don't need to call again.",
        "let me sort this out for you",
        "lets get this fixed together",
        "i will personally look after your case",
        "i'm on it and i'll follow it up myself",
        "we'll figure this out together",
        "leave it with me, I'll see it through",
        "I'm going to do everything I can to fix this for you.",
        "i'll keep working on it until it's sorted",
        "That's our mistake and I'm going to put it right.",
        "let me take care of that",
        "I'll make it my priority to get this resolved.",
    ),
    "reassure": (
        "Rest assured, we're doing everything possible.",
        "Your experience matters, and we're here to help.",
        "Don't worry, we'll get this sorted out.",
        "You're in good hands.",
        "We're going to get this resolved for you.",
        "There's no need to worry, your account is protected.",
        "We're here to help you with this.",
        "don't worry about it we'll take care of everything",
        "rest assured this will be fixed",
        "it's going to be okay, we'll get to the bottom of it",
        "I promise we'll get this resolved.",
        "we've got you covered",
        "you won't lose anything, I guarantee it",
        "you can count on us to sort this out",
        "no need to worry, this is easy to fix",
        "We value you as a customer and we want to make this right.",
        "you matter to us and we'll sort this",
        "everything will be taken care of",
    ),
    "invite": (
        "What can I do to make this better for you?",
        "How would you like me to handle this?",
        "What would you like to happen next?",
        "What would make this right for you?",
        "Would you rather have your money back or a replacement?",
        "Is there anything I can do to make this easier?",
        "What outcome would you be happy with?",
        "How can I help put this right?",
        "what would be the best solution for you",
        "how would you like to proceed from here",
        "which option works better for you",
        "what can we do to win back your trust",
        "tell me what would help and I'll see what I can do",
        "what would you prefer we do",
        "how can i make this up to you",
    ),
    "personalize": (  # documentation of the family; matched by EMPATHY_PATTERNS and the name
        "As you mentioned earlier, this started after the update.",
        "You told me this is for your son's birthday, so let's get it there in time.",
        "Since you said you work from home, I'll prioritise the repair.",
        "like you said before the charge appeared twice",
        "going back to what you told me about the old router",
        "you mentioned you're travelling next week so i'll speed this up",
        "based on what you said about the noise, it sounds like the fan",
        "as you explained, the bill went up after the new contract",
        "since you've been with us for ten years, I'd like to do something for you",
        "you mentioned your mum relies on this phone so I'll flag it as urgent",
    ),
}

COUNTER_EXAMPLES: tuple[str, ...] = (
    # procedure and information
    "Can I have your account number, please?",
    "Could you confirm your date of birth?",
    "What's the first line of your address?",
    "Let me pull up your details.",
    "Let me check that on the system.",
    "One moment while I look at your account.",
    "Please hold for a minute.",
    "I'm going to put you on a short hold.",
    "I'll transfer you to the billing team.",
    "Your order shipped yesterday.",
    "The refund will take five to seven working days.",
    "The engineer can come on Tuesday between eight and twelve.",
    "You'll receive an email confirmation shortly.",
    "Your new router will be delivered tomorrow.",
    "The total is twenty nine ninety nine.",
    "I've updated your phone number.",
    "I've sent a password reset link to your email.",
    "I've cancelled the old subscription.",
    "Can you spell your surname for me?",
    "Can you restart the modem and tell me what the lights do?",
    "Is the device switched on?",
    "Which card did you pay with?",
    "And what's the postcode?",
    "okay so the reference number is a b c one two three",
    "can you read me the serial number",
    "let me just check something",
    "what's the email address on the account",
    "i'll send you a link now",
    "your contract ends in march",
    "the store opens at nine",
    "okay got it",
    "right okay",
    "yeah yeah sure",
    "um okay one second",
    "alright",
    "okay perfect",
    "mhm",
    "I see, and when did you place the order?",
    "When did this first start happening?",
    "Have you tried turning it off and on again?",
    "do you still have the original packaging",
    "I'll need to verify your identity first.",
    "That will be processed overnight.",
    # routine greetings and closings
    "Thank you for calling, my name is Alex, how can I help you today?",
    "Good afternoon, you're speaking with Sam.",
    "Thanks for calling, have a great day.",
    "Is there anything else I can help you with?",
    "Is there anything else today?",
    "Can I do anything else for you?",
    "Is there anything else I can do for you today?",
    "anything else i can help with",
    "let me know if you need anything else",
    "thanks bye now",
    "thank you goodbye",
    "Hello, customer services.",
    "how can I help?",
    "what can I help you with today?",
    "thank you for calling acme support",
    "okay thank you",
    "thanks",
    # "sorry" that is no apology
    "Sorry, could you say that again?",
    "Sorry, I didn't quite hear you.",
    "Sorry, what was your postcode again?",
    "Sorry, can you repeat the number?",
    "Sorry to interrupt.",
    "Sorry, go ahead.",
    "sorry you cut out there",
    "the line is really bad",
    "you're breaking up a bit",
    "sorry i missed what you said",
    "sorry one second my screen froze",
    "sorry say that again",
    "sorry who am i speaking with",
    "oh sorry i was on mute",
    "pardon, what was that?",
    "excuse me, could you speak up?",
)

# Dismissive or robotic agent speech, by category. Scored like empathy (margin over the
# empathy examples and COUNTER_EXAMPLES), plus the lexical patterns below.
DISMISSIVE_EXAMPLES: dict[str, tuple[str, ...]] = {
    "blame": (
        "You should have read the terms and conditions.",
        "That's your fault for not checking.",
        "You must have entered the wrong details.",
        "If you'd followed the instructions this wouldn't have happened.",
        "you didn't fill in the form properly",
        "you should have called us earlier",
        "well you agreed to it when you signed",
        "you must have done something to it",
        "you clearly didn't read the email we sent",
        "It's up to you to keep track of your payments.",
        "that's on you not us",
        "the instructions were very clear",
        "you ticked the box agreeing to it",
        "well you were warned about the fee",
    ),
    "policy_wall": (
        "That's our policy.",
        "It's company policy, I can't change it.",
        "Rules are rules.",
        "I'm not able to make exceptions.",
        "that's just how it works here",
        "the policy is the policy",
        "we don't do that, it's against policy",
        "there are no exceptions to this rule",
        "the terms say no refunds and that's final",
        "I can't bend the rules for anyone.",
        "the system won't let me and that's that",
        "it's in the terms, I can't do anything about it",
        "those are the rules i'm afraid",
    ),
    "dismiss_feelings": (
        "Calm down.",
        "You need to calm down.",
        "There's no need to get upset.",
        "You're overreacting.",
        "It's not a big deal.",
        "relax it's only a few pounds",
        "don't get so worked up",
        "there's no reason to be angry",
        "it's really not that bad",
        "stop shouting at me",
        "you're getting very emotional",
        "it's only a small amount, I don't see the problem",
        "take a deep breath",
        "there's no point getting angry with me",
        "it's hardly the end of the world",
    ),
    "deflect": (
        "There's nothing I can do.",
        "That's not my department.",
        "That's not my problem.",
        "You'll have to contact someone else about that.",
        "I can't help you with that.",
        "there's nothing more i can do for you",
        "that's not my job",
        "you need to speak to the manufacturer not us",
        "i don't handle that",
        "it's out of my hands",
        "that's a different team, you'll need to call them",
        "we're not responsible for that",
        "you'll have to sort that out with the shop",
        "i can't do anything about it",
        "someone else will have to deal with it",
    ),
    "repeat_impatience": (
        "As I already said,",
        "Like I told you,",
        "I've already explained this.",
        "As I said before,",
        "I've told you three times now.",
        "like i said",
        "as i mentioned already",
        "i already told you that",
        "how many times do I have to explain this",
        "you're not listening to me",
        "I'm not going to repeat myself.",
        "as I've said several times",
        "i just told you that",
        "let me say it again slowly",
        "once again, the answer is no",
    ),
    "jargon": (
        "Please be advised that your request has been noted.",
        "Your case has been escalated to tier two.",
        "As per our terms of service, the SLA is seventy two hours.",
        "Your complaint has been logged in the system.",
        "per our records the account is in arrears",
        "the ticket is pending resolution",
        "kindly note that the matter will be actioned in due course",
        "we regret any inconvenience that may have been caused",
        "your feedback has been captured",
        "your query has been passed to the appropriate team",
        "the matter is under review pending further investigation",
        "a case reference has been generated for your records",
        "the ticket status is awaiting third party response",
    ),
}

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

# Customer sentiment anchors (frustration / neutral / satisfaction), scored by a soft nearest
# neighbour vote on the same sentence embeddings.
FRUSTRATED_ANCHORS: tuple[str, ...] = (
    "This is ridiculous.",
    "I'm really angry about this.",
    "I'm so frustrated with your company.",
    "This is absolutely unacceptable.",
    "I'm sick and tired of calling you.",
    "I've had enough of this.",
    "This is the worst service I've ever had.",
    "I'm very disappointed.",
    "Why does nobody ever help me?",
    "I want to make a complaint.",
    "I want to cancel, I'm done with you.",
    "i'm furious",
    "this is a nightmare",
    "you're useless",
    "honestly i'm fed up",
    "what a waste of my time",
    "i've been waiting for ages",
    "my order never arrived",
    "the parcel still hasn't turned up",
    "it was supposed to be delivered days ago",
    "you charged me the wrong amount",
    "there's a charge on my card i didn't authorise",
    "i was billed twice",
    "my bill is much higher than it should be",
    "i still haven't received my refund",
    "the product arrived broken",
    "it stopped working after two days",
    "the internet keeps disconnecting",
    "my phone has had no signal for days",
    "the engineer didn't show up",
    "nobody got back to me",
    "i've called five times and it's still not fixed",
    "i keep getting transferred from one person to another",
    "I was promised a callback that never happened.",
    "I've been on hold for an hour.",
    "you sent me the wrong item again",
    "i can't access my account and i need it today",
    "I was told it would be fixed and it wasn't.",
    "no one can give me a straight answer",
    "this has been going on for weeks",
    "i'm losing money because of this",
    "i'm not happy at all",
    "it's still not working",
    "they cancelled my booking without telling me",
    "the app crashed and took my money",
    "I had to take a day off work for nothing.",
    "i want to speak to your supervisor",
    "i'm extremely upset",
    "how is this still a problem",
    "this keeps happening",
    "nothing has been done about it",
    "i'm really stressed about this",
)

NEUTRAL_ANCHORS: tuple[str, ...] = (
    "Hi, I'm calling about my account.",
    "I'd like to ask about my bill.",
    "My account number is one two three four five.",
    "Yes, that's right.",
    "No, that's the old address.",
    "It's twenty two Baker Street.",
    "My date of birth is the fourth of May.",
    "Can you tell me the price of the new plan?",
    "I want to change my payment date.",
    "What time do you close?",
    "I'd like to order a new SIM card.",
    "Okay.",
    "Yes.",
    "Sure, go ahead.",
    "Hold on, let me get my card.",
    "Hello, is this customer services?",
    "my name is james",
    "it's the one ending in four",
    "yeah",
    "mhm okay",
    "um let me think",
    "can you send it to my email",
    "do you deliver on saturdays",
    "i'm moving house next month",
    "i need to update my details",
    "which plan would you recommend",
    "is it possible to pay monthly",
    "the postcode is s w one",
    "i bought it last week",
    "I'm just checking when it will arrive.",
    "What information do you need from me?",
    "I'll wait.",
    "hi there",
    "right",
    "could you spell that for me",
    "my wife usually deals with the bills",
    "when does my contract finish",
    "what's my current balance",
    "how much is the early termination fee",
    "can you check when my next payment is due",
    "I'm thinking of switching to a different plan.",
    "can i cancel the extra channels",
)

SATISFIED_ANCHORS: tuple[str, ...] = (
    "Thank you so much, that's great.",
    "Perfect, that's exactly what I needed.",
    "You've been really helpful.",
    "That's brilliant, thanks a lot.",
    "Great, I'm happy with that.",
    "Thanks, I really appreciate it.",
    "That's fantastic news.",
    "Wonderful, thank you.",
    "that sorted it thanks",
    "amazing thanks for your help",
    "oh that's a relief",
    "lovely thank you",
    "great that works for me",
    "you've been very kind",
    "excellent thank you very much",
    "no problem at all",
    "that's fine don't worry about it",
    "awesome cheers",
    "it's working now thank you",
    "i'm really pleased",
    "that's very good of you",
    "thanks for sorting that out",
    "fair enough that makes sense",
    "these things happen it's okay",
)


def normalise(text: str) -> str:
    """Lower case, apostrophes dropped ("I'm" -> "im"), other punctuation -> spaces."""
    text = text.lower().replace("\u2019", "'").replace("'", "")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())


# Common words that are never taken for a customer's name ("this is ridiculous",
# "it's fine") and never count as saying it ("same" is not "Sam").
COMMON_WORDS: frozenset[str] = frozenset("""
a about above after again against all almost alone along already alright also although always am among an
and another any anybody anyone anything anyway are around as ask asked at away back bad be because been
before being below best better between big bit both broken but by call called calling can cant case
certain check checking come coming could couldnt day days did didnt different do does doesnt doing done
dont down during each early either else enough even ever every everything exactly fact far few fine first
for from full get getting give go going gone good got great had hang happy hard has hasnt have havent
having he hello help her here hers hey hi him his hold home hope how however i id if ill im in indeed into
is isnt it its itll ive just keep kind know last late later least less let like little long look looking
lot made make many may maybe me mean mine more morning most much must my myself name need never new next
nice no nobody none nor not nothing now number of off oh ok okay old on once one only or other our out
over own perfect phone phoning please pretty probably quite rather really regarding ridiculous right
ringing said same say see seems she should since so some someone something sorry speaking still such
sure take tell than thank thanks that thats the their them then there these they thing think this those
though through till to today told too trying two uh um under unacceptable until up upon us use very want
wanted was wasnt way we well went were what whatever when where whether which while who whole why will
wish with without wont would wouldnt yeah yes yet you youd youll your youre yours yourself
absolutely actually afternoon again agent annoyed angry awful bill calling card charge complaint
customer delivery disappointed email evening fed frustrated furious order package parcel refund
returning ringing service sick terrible upset waiting weird worried account address about
able across added ages ago ahead all also am another answer anything around asking because bit both
bring brought called cancel care cause change charged checked clear close cost couple course cut
deal does doing easy else end ended even exact fair feel felt fix fixed found free friend gave get
given glad gone guess happen happened hear heard held hi hold hour hours issue item job kept know
left line live lost love mad man means mess mind minute minutes miss moment month months move moved
name nearly nice night note now odd open paid part pay people person place plan point poor problem
put quick read ready real reason rest return run saw second seen send sent set short show sign
simple sir madam soon sort start stop store story sound speak spoke stuck sure system talk team test
text thing things time times tired top tried true turn upset used wait week weeks went whole word
work working worse worst wrong year years yesterday young
""".split())
