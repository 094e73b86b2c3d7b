"""Combinatorial lines: openings x problems x domains, written by hand (see README.md).

Each generator yields (text, label dict, group). The group names the template, so that
cross-validation keeps all lines of one template on the same side.
"""
from __future__ import annotations

import random

# What went wrong, as a clause after "that" / "sorry", across service domains.
PROBLEM_CLAUSES = [
    "your parcel hasn't arrived", "the engineer didn't turn up", "you were charged twice",
    "your refund still hasn't come through", "the wrong size was sent", "your internet keeps dropping",
    "the heating repair didn't work", "your flight was cancelled", "your card was blocked abroad",
    "the bill was so much higher than expected", "nobody called you back", "the order arrived damaged",
    "your account was closed by mistake", "the meter reading was wrong", "the boiler broke again",
    "your luggage went missing", "the installation was postponed", "the app lost your booking",
    "your prescription wasn't ready", "the van never came to collect it", "you got the wrong medication",
    "your payment was taken early", "the TV package stopped working", "the signal has been so poor",
    "you were left on hold for an hour", "your claim has taken so long", "the courier was rude",
    "the fridge stopped working a week after delivery", "your pension letter had the wrong figures",
    "your address was changed without asking", "the water was off all morning",
    "the train tickets didn't come through", "your hotel room wasn't available",
    "your loan payment bounced", "your mobile bill had roaming charges on it",
    "the washing machine is leaking again", "the delivery slot was missed",
    "your voucher didn't work", "the contract renewed without warning", "your direct debit doubled",
    "the windows were fitted badly", "the dentist appointment was cancelled",
    "your car wasn't ready on time", "the parcel was left in the bin", "your passport application stalled",
    "the broadband has been down since Friday", "your insurance renewal went up so much",
    "the repair took three attempts", "the laptop came back still broken", "your gas was cut off",
]

PROBLEM_NOUNS = [
    "the late delivery", "the double charge", "the missed appointment", "the long wait",
    "the damaged parcel", "the wrong order", "the outage", "the delay with your refund",
    "the billing error", "the mix-up with your account", "the missing items", "the cancelled flight",
    "the faulty router", "the broken heater", "the wrong bill", "the lost luggage",
    "the mistake on your statement", "the delay to your claim", "the no-show yesterday",
    "the leak", "the overcharge", "the wait on the phone", "the problems with the app",
    "the confusion over the tariff", "the late payment fee", "the power cut", "the dropped calls",
    "the trouble with your card", "the scratched table", "the wrong medication",
]

GENERIC_OBJECTS = ["that, truly", "all of this", "any inconvenience at all", "the trouble you went to", "the hassle",
                   "the mix-up earlier", "everything", "this whole mess", "the bother", "what's happened"]

APOLOGY_OPENERS = ["I'm so sorry", "I'm really sorry", "I'm very sorry", "Sorry", "I'm terribly sorry",
                   "I'm sorry", "We're so sorry", "I'm truly sorry", "I'm awfully sorry", "Really sorry",
                   "im so sorry", "so sorry", "i'm really sorry", "I do apologise", "I apologise",
                   "My apologies", "Apologies", "We apologise", "i apologize"]

ACK_OPENERS = [
    "That must be so frustrating", "That sounds like a lot of stress", "I can imagine how annoying that is",
    "I completely understand why you're upset", "That must have been so upsetting for you",
    "I can see why you'd be angry", "That's really not on", "Oh, that's awful",
    "I'd be fed up too", "That's such a worry", "i can imagine thats really stressful",
    "thats so frustrating", "I get why you're annoyed", "No wonder you're upset",
    "That's a horrible situation", "I can hear how worried you are",
]

OWN_ACTIONS = [
    "chase the courier", "get the refund pushed through", "book a new engineer visit",
    "speak to the warehouse", "ring the depot", "get the bill corrected", "sort the replacement",
    "call the installer", "get your account unlocked", "follow up with the claims team",
    "get a new card sent out", "fix the direct debit", "sort the paperwork", "contact the store",
    "track down the parcel", "get this escalated",
]
OWN_FRAMES = [
    "Leave it with me, I'll {a} myself.", "I'll personally {a} for you.", "I'm going to {a} myself today.",
    "Let me {a} and I'll call you back myself.", "I'll take this on and {a}.",
    "i'll {a} myself", "leave it with me ill {a}", "I'll make sure I {a} before the end of today.",
]

ACTION_STATEMENTS = [  # concrete steps, no empathy: procedure, not ownership
    "I've issued a refund of forty pounds to your card.", "I've booked an engineer for Thursday morning.",
    "A replacement has been sent out by next-day delivery.", "I've credited twenty pounds to the account.",
    "I've cancelled the second payment.", "I've reset your password, you'll get an email shortly.",
    "The order has been re-sent to the new address.", "I've waived the late fee.",
    "I've raised a complaint and the team will call you by Friday.", "I've escalated it and a manager will call within 24 hours.",
    "I've arranged a courier to collect it tomorrow.", "I've applied the discount to your next bill.",
    "I've unlocked the card, you can use it now.", "i've put the refund through",
    "ive booked the engineer for wednesday", "the replacement is on its way",
    "I've reconnected the line from our side.", "I've changed the tariff to the cheaper one.",
]

NEUTRAL_AGENT = [  # procedure full of service nouns: no empathy, no dismissal
    "Let me check the {n} for you.", "Can I take the {n} reference?", "The {n} shows as processed.",
    "I'm just looking at the {n} now.", "Do you have the {n} number handy?", "So that's about the {n}, yes?",
    "I'll just bring up the {n}.", "The {n} was updated yesterday.", "Okay, the {n} is on the system.",
    "let me look at the {n}", "whats the {n} number", "the {n} is showing here",
]
SERVICE_NOUNS = ["order", "account", "bill", "parcel", "claim", "booking", "contract", "payment",
                 "refund", "delivery", "appointment", "policy", "meter", "router", "invoice", "tariff",
                 "prescription", "ticket", "card", "statement"]

# -- customer ------------------------------------------------------------------------------
NEUTRAL_CUSTOMER = [
    "Hiya, I'm phoning about my {n} please.", "There's something I need to ask about my {n}.", "Can you tell me about my {n}?",
    "I'd like to check something on my {n}.", "I'm ringing about the {n} I got last week.",
    "Could you look at my {n} for me?", "I just want to ask about the {n}.", "It's about my {n}, please.",
    "hi yeah its about my {n}", "i wanted to ask about the {n}", "can you check my {n} for me",
    "I need to update my {n}.", "Is there any news on my {n}?", "What's the status of my {n}?",
    "Hello, it's regarding the {n}.", "I'm calling about a {n} from a couple of weeks ago.",
]
NEUTRAL_QUESTIONS = [
    "Any idea what day the parcel turns up?", "When is the engineer due?",
    "How long does a refund usually take?", "What time does the store open tomorrow?",
    "How much do you charge for that?", "Is the new card on its way?",
    "Is moving the delivery to another day possible?", "Do I need to be in for the meter reading?",
    "What's the cheapest plan you do?", "Can I pay monthly instead?", "Where do I send the form?",
    "how long will it take", "when will it get here", "can i change the date",
    "whats the cheapest option", "do i need the reference number",
]
DISTRESS_EMOTION = [
    "I'm really annoyed that {p}.", "It's ridiculous that {p}.", "I'm so upset that {p}.",
    "I'm fuming that {p}.", "I can't believe {p}, again.", "I'm so worried because {p}.",
    "Honestly I'm fed up, {p}.", "It's a disgrace that {p}.", "I'm really stressed because {p}.",
    "im so angry {p}", "i'm sick of this, {p}", "it's unacceptable that {p}",
    "I'm disgusted that {p}.", "I'm at the end of my patience, {p}.", "It's so frustrating that {p}.",
    "I'm really disappointed that {p}.",
]
CUSTOMER_PROBLEMS = [
    "my parcel still hasn't come", "you've charged me twice", "the engineer didn't turn up again",
    "my refund still isn't here", "my internet has been off for a week", "nobody called me back",
    "the heating is broken again", "my flight got cancelled", "my card got blocked", "the bill has doubled",
    "the order came smashed", "you closed my account", "I've been on hold for an hour",
    "the boiler's packed in again", "the app deleted my booking", "the repair didn't last a day",
    "my luggage is still missing", "the van didn't turn up", "my medication was wrong",
    "I've had no signal for days", "you sent the wrong thing for the third time",
]
REPEAT_CALLS = [
    "This is the {o} time I've called about the {n}.", "I've rung {k} times about this {n} now.",
    "I've called you {k} times this week.", "it's the {o} time ive phoned about the {n}",
    "I've been chasing this {n} for {w} weeks.", "I've spent {w} weeks trying to sort out the {n}.",
]
ORDINALS = ["third", "fourth", "fifth", "sixth"]
COUNTS = ["three", "four", "five", "six", "seven"]
WEEKS = ["two", "three", "four", "six"]


def agent_items(rng: random.Random):
    for opener in APOLOGY_OPENERS:
        for clause in rng.sample(PROBLEM_CLAUSES, 6):
            joiner = " that " if opener.lower().startswith(("i apologise", "i apologize", "my apolog", "apolog", "we apolog", "i do apolog")) else " "
            yield f"{opener}{joiner}{clause}.", dict(families=["apologize"], specific=True), "t:apology-clause"
        for noun in rng.sample(PROBLEM_NOUNS, 4):
            prep = " for " if "apolog" in opener.lower() else rng.choice([" about ", " for "])
            yield f"{opener}{prep}{noun}.", dict(families=["apologize"], specific=True), "t:apology-noun"
        for obj in rng.sample(GENERIC_OBJECTS, 3):
            prep = " for " if "apolog" in opener.lower() else rng.choice([" about ", " for "])
            yield f"{opener}{prep}{obj}.", dict(families=["apologize"], specific=False), "t:apology-generic"
    for opener in ACK_OPENERS:
        for clause in rng.sample(PROBLEM_CLAUSES, 4):
            yield f"{opener}, {clause}.", dict(families=["acknowledge"]), "t:ack-clause"
        yield f"{opener}.", dict(families=["acknowledge"]), "t:ack-bare"
    for frame in OWN_FRAMES:
        for action in rng.sample(OWN_ACTIONS, 5):
            yield frame.format(a=action), dict(families=["own"]), "t:own"
    for text in ACTION_STATEMENTS:
        yield text, dict(families=[]), "t:action"
    for frame in NEUTRAL_AGENT:
        for noun in rng.sample(SERVICE_NOUNS, 6):
            yield frame.format(n=noun), dict(families=[]), "t:neutral-agent"
    # Procedural "sorry" wrapped round service nouns: never an apology.
    for noun in rng.sample(SERVICE_NOUNS, 10):
        yield f"Sorry, what was the {noun} number again?", dict(families=[]), "t:sorry-repeat"
        yield f"sorry can you read the {noun} reference again", dict(families=[]), "t:sorry-repeat"
        # An apology, but a generic one: the noun is procedure, not the customer's problem.
        yield f"Sorry about that, let me check the {noun}.", dict(families=["apologize"], specific=False), "t:sorry-check"
    # An apology plus a step: both labels, one sentence.
    for clause in rng.sample(PROBLEM_CLAUSES, 12):
        step = rng.choice(ACTION_STATEMENTS)
        yield f"I'm sorry {clause}. {step}", dict(families=["apologize"], specific=True), "t:apology-step"


def customer_items(rng: random.Random):
    for frame in NEUTRAL_CUSTOMER:
        for noun in rng.sample(SERVICE_NOUNS, 7):
            yield frame.format(n=noun), "neutral", "t:neutral-topic"
    for q in NEUTRAL_QUESTIONS:
        yield q, "neutral", "t:neutral-question"
    for frame in DISTRESS_EMOTION:
        for p in rng.sample(CUSTOMER_PROBLEMS, 6):
            yield frame.format(p=p), "distress", "t:distress-emotion"
    for frame in REPEAT_CALLS:
        for _ in range(5):
            yield (frame.format(o=rng.choice(ORDINALS), k=rng.choice(COUNTS), w=rng.choice(WEEKS),
                                n=rng.choice(SERVICE_NOUNS)), "distress", "t:repeat-calls")
    # An expectation let down, "still": exasperation, even without a feeling word.
    things = [("my parcel", "come", "arrived"), ("the engineer", "turn up", "shown up"), ("my refund", "go through", "come through"),
              ("the new card", "arrive", "arrived"), ("my broadband", "be fixed", "been fixed"), ("the repair", "be done", "been done"),
              ("the letter", "be sent", "come"), ("my money", "be back", "come back"), ("the replacement", "be here", "turned up")]
    whens = ["on Monday", "last week", "by Friday", "three days ago", "at the weekend", "yesterday", "a fortnight ago"]
    for thing, event, done in things:
        for _ in range(3):
            when = rng.choice(whens)
            yield f"{thing.capitalize()} was supposed to {event} {when} and it still hasn't {done}.", "distress", "t:still"
            yield f"{thing} was meant to {event} {when} and it still hasnt {done}", "distress", "t:still"
        yield f"{thing.capitalize()} still hasn't {done}, and it's been ages.", "distress", "t:still"
        yield f"{thing.capitalize()} should {event} on Thursday, can you confirm that?", "neutral", "t:expect"
    # A plain first report of a problem, asked as a question: a topic, not yet an emotion.
    for p in ["my parcel hasn't arrived yet", "the router light is red", "there's a charge I don't recognise",
              "my card isn't working", "the app won't let me log in", "my meter reading looks high",
              "my order is showing as delivered but I haven't got it", "the engineer is due today"]:
        yield f"Hi, {p}, could you have a look?", "neutral", "t:neutral-report"
        yield f"{p} can you check", "neutral", "t:neutral-report"
