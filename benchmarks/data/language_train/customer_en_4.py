"""Customer lines in English, a further hand-written batch for the training corpus (see README.md).

Provenance: written on 2026-12-07 by a helper session, by hand, from general knowledge of
phone calls to contact centres and small businesses. Nothing was copied from a dataset, from
the bundled sample calls, from the dev lines or from the blind sets. The helper read only
``shared/REPORT_CONTRACT.md``, this folder's ``README.md`` and ``customer_en_2.py`` (for the
layout alone: docstring, blocks, field names, the ASR-block convention); it did not read the
blind sets (``benchmarks/data/blind*/``), ``language_dev.json``, the tests, the package or any
other training file, and ran neither ``build.py`` nor ``fit.py``.

Registers: UK regions (London, Yorkshire, Geordie, Scouse, Brummie, West Country), Irish,
Scottish, Welsh, US regions (South, New York, Midwest), Canadian, Australian, New Zealand,
Caribbean, West African (Nigerian, Ghanaian), East African (Kenyan), South Asian, Filipino
English, non-native speakers with non-standard grammar, elderly callers and teenagers; formal,
chatty and terse. Industries: parcels and retail, energy, water, telecoms, web hosting,
banking, payroll, debt collection, insurance, dry cleaners, headstone masons, tree surgeons,
patient transport, home care, mobility scooters, bridal shops, florists, printers, funeral
directors, bakeries, garages, travel, pharmacy, vets, local government and others.

About a third of the lines are written as ASR output (lower case, no punctuation, fillers,
repeats, run-ons); those blocks carry ``asr_share=0.0`` so they are not degraded twice.
The comment above each block names its sub-kind.

``label``: ``distress`` (an emotion shows: frustration, anger, worry, fear, grief, exhaustion,
exasperation, sarcasm, mistrust, a problem whose stakes the caller spells out, a demand after a
failure), ``neutral`` (a topic, a question, an answer, details, a calm problem description,
small talk, confusion, a truly neutral negated feeling) or ``positive`` (thanks, relief,
praise).
"""

BLOCKS = [
    # distress: sarcasm, praise or thanks used to mock (written)
    dict(label="distress", lines="""
Oh fantastic, the engineer's a no-show again, what a surprise.
Cheers for that, you've been a massive help as usual.
Full marks for the tracking page, it's told me nothing for four days.
Well, that's just perfect, exactly what I wanted to hear on a Friday afternoon.
Oh, marvellous, so the dress arrives the day after the wedding.
Thanks a bunch, really, that's cleared up absolutely nothing.
Lovely, so the headstone's got the wrong date carved on it, what a treat.
Oh wonderful, another automated email telling me you value my custom.
Great stuff, I'm paying for hosting that's been down since Tuesday, nice one.
Superb service, honestly, five stars, would get cut off again.
Oh aye, that's grand, so it is, the scooter's stuck in the depot till next month.
Well, isn't that just dandy.
Brilliant, truly brilliant, the florist sent lilies to a woman who's allergic to lilies.
Oh good, my payslip's wrong for the third month running, love it.
Wow, a whole forty minutes on hold, you're really spoiling me.
Thank you so much for the voicemail telling me to ring you, very helpful.
Yeah, amazing, five hundred flyers printed with the wrong phone number on them.
Well done, genuinely, you've managed to lose a parcel that was never even posted.
Oh super, the cleaners shrank my suit and the answer is a ten pound voucher.
Nice to know my call is so important to you, for the last hour and a bit.
Gosh, what excellent timing, the van turns up the one hour I'm out.
Oh, that's helpful, "try again later", I'd never have thought of that myself.
Right, so the app says delivered and my doorstep says otherwise, good to know.
Ah sure that's grand altogether, only three weeks late.
Och, that's pure magic, no heating again, just what the weans need.
Typical, absolutely typical, thanks ever so much.
Oh, I'm thrilled, really, another letter saying I owe money I paid in May.
Wow, great system you've got there, it cancels my order all by itself.
Ta very much, pet, that's helped no end.
Top marks for consistency at least, you've let me down every single time.
Good one, mate, real top-notch service there.
Aw, sweet as, so the booking's just vanished then, choice.
Oh yes, very reassuring, "it's in the system", that's what I heard last week too.
Fab, just fab, the tree lads left half the oak across my drive.
Bravo, three different spellings of my name on one invoice.
Well, that's made my day, that has.
Oh lovely, the transport forgot her again, she only sat in reception two hours.
So kind of you to tell me it was cancelled after I'd driven forty miles.
Perfect timing as ever, the carer rings in sick at seven in the morning.
Thanks, that's really sorted my life out, that has.
What a shock, the refund's "being processed", who'd have guessed.
Yeah, cheers, great answer, very informative.
Best, most efficient company I've ever dealt with, said nobody ever.
Nice, so I get to go through it all again with a fourth person, can't wait.
Oh, how delightful, my pension's gone into a stranger's account.
Eh, well done o, my goods are sitting at the port since two weeks, very good service.
Very nice, very nice, again you are telling me "tomorrow only", sir.
Wow, galing, the refund is "processing" for one month already, ma'am.
Wicked, innit, sent me the wrong size again, cheers for that.
Oh sure, lemme guess, the part's on back order, shocker.
Well, gee, thanks a million for that update nobody asked for.
Chuffed to bits, me, another bill for a phone I sent back in March.
Lovely jubbly, there goes my weekend then.
Yeah nah, top effort, cut off twice in one call.
Oh tidy, that is, the van's gone to Swansea instead of Cardiff, lush.
Thanks a lot, eh, real helpful, the furnace guy's a no-show and it's minus twenty.
Oh, y'all are just the best, aren't you, bless your hearts.
Wah, big up yuhself, the package gone back to the depot again.
Outstanding, really, you've charged the deposit twice and refunded it zero times.
Ngl that's iconic, the cake says "Happy Retirment" on it.
""", asr_share=0.3),
    # distress: sarcasm (ASR)
    dict(label="distress", lines="""
oh brilliant so the engineer didnt turn up again amazing
cheers mate yeah really helpful as always that was
yeah ten out of ten for that tracking thing honestly top marks
oh i just love this for me honestly
oh great exactly what i needed on a monday morning
wow thanks for that really cleared it all up
oh fab so thats another week without a cooker
nice one yeah nice one really good
oh perfect so the cake goes out on the wrong day perfect
thanks a lot for all the help not
oh amazing a survey text straight after that call
oh yeah super helpful that was super helpful
ah thats class that is absolutely class
oh wonderful so i just sit here and wait do i
great great thats great so nobody knows where it is
well done really well done you lost it twice
oh isnt that lovely so we start from scratch again
oh and cheers for hanging up on me last time by the way
oh good so the funeral flowers went to the wrong church good
yeah brilliant service as per usual
sound yeah sound thanks for that la
wow so efficient only took you three weeks
oh nice so i pay twice thats nice
oh yes very good very good service you are giving madam
oh thats handy thats really handy that
so thats me sorted then is it great lovely
lowkey love how nobody at this company knows anything
""", asr_share=0.0),
]

BLOCKS += [
    # distress: consequences stated without an emotion word (written)
    dict(label="distress", lines="""
My rent goes out on the first and the wages haven't landed.
The mortgage payment bounced because of your error and now the bank's charging me for it.
My mum's insulin is in that parcel and she's got two days' worth left.
Dad's sat in his coat by the front door, he's been ready for the hospital car since nine.
The wedding's on Saturday and the dress is still at the alterations place.
The funeral's Thursday and the masons haven't confirmed the inscription.
My exam is at nine tomorrow and the laptop's still in the repair shop.
That money was for my mother's hospital bill in Lagos.
My sister in Manila needs that transfer for the kids' school fees by Friday.
I've lost four customers this week because my website's been offline.
If payroll doesn't run today, thirty people don't get paid before Christmas.
The scooter's my only way to the shops, so I've not been out since it packed in.
My salary not come this month and the landlord is asking every day.
Nobody is come to repair, and my baby sleeping in a cold room.
The carer didn't turn up, so Mum's not had her tablets since last night.
If the flowers aren't there by eleven, there's nothing to go on the coffin.
The printers have the order of service and the service is at two tomorrow.
They've cut the gas off and I've a two-month-old in the house.
The collectors keep writing to my dad, he's eighty-seven and doesn't understand any of it.
My visa appointment is Monday and the bank letter still hasn't come.
I've got fourteen pounds to last me until Friday since that charge went out.
The car's been at your garage three weeks and I need it to get to dialysis.
We fly on Tuesday and the passports haven't come back.
The cake's for a hundred and twenty guests and the bakery has no record of the order.
If I miss this payment the landlord says that's it, we're out.
My son's school trip money was in that account.
My wife's oxygen delivery didn't come and she's on her last cylinder.
My shop opens at seven and the card machine's been dead since yesterday dinner.
I had to turn two coach parties away because the booking system crashed.
The tree's leaning on next door's roof and the surgeon's cancelled for the second time.
I am sending this money for my father's operation, it must reach him before Wednesday.
My salary is not reaching since two months, how I will pay the school fee.
The invoices went out with the wrong bank details and three clients have already paid into it.
My granny's ninety-four and she was on the bathroom floor waiting for the alarm people to answer.
The ceremony's at midday and we've no rings, the engraver's still got them.
I've had no water since Sunday and I do my dialysis at home.
The kids have had cold baths all week.
We've been eating cereal for tea because the cooker's not been connected.
That was the deposit for the flat, and the agent gives it to the next person at five today.
The prescription's been rejected twice and the chemist won't give her any more.
Without the payslip there's no mortgage, and the sale falls through on Friday.
My brother is stuck at the airport in Nairobi because the ticket got cancelled.
My daughter graduates tomorrow and the gown hire hasn't arrived.
I've had to close the café two days running with no electrics.
My husband's housebound, that scooter was his only way out of the house.
The hearing aid's away for repair and my mother can't hear the phone at all.
Payroll's gone out with last month's hours and my staff have been short-changed.
That's the last of our savings sitting in limbo somewhere.
The shop says if I can't pay by Monday they'll take the wheelchair back.
Since the car went I walk my wee one to school in the dark on a road with no pavement.
The landlord's given me till the end of the week.
Sir, my mother is alone in the village and the money is not reached, she has no food.
The compressor's gone in the cold room and I've four grand of stock in there.
Please, the package has my son's epilepsy medicine, he don't have any left.
""", asr_share=0.3),
    # distress: consequences (ASR)
    dict(label="distress", lines="""
my rent is due friday and the money just isnt there
the mortgage goes out tomorrow and theyve frozen the account
my dads been sat there waiting for the transport since eight this morning
the weddings saturday and the suits still arent back from the cleaners
my mum has like two days of tablets left like two days
the exam is tomorrow and i got no internet at all at all
that money is for my mother in ghana she needs it for the hospital
the wages is not come and rent is today
three days nobody coming and my father cannot go to toilet alone
ive lost like five customers this week with the site being down
if payroll dont go today my lads dont get paid before the weekend
the funerals on thursday and the flowers arent even booked in
she cant get out the house without the scooter she just cant
the carer never came so nobody got her up this morning
the baby has no milk and um the shop is closed now
if the van doesnt come by twelve i lose my pitch at the market
ive only got about twenty quid till payday now
its for her oxygen its her oxygen machine
the car is how i get to chemo you know
they said theyll take the house if this payment fails again
my sister in manila is waiting for that money for the rent po
i need the invoice today or the client wont pay us this month
the passports are with you and we fly on monday
all my stock is in the freezers and the power is off
the headstone was meant to be up for the anniversary
we got nothing for the kids tea tonight nothing
i have interview on monday and the letter is not come yet
""", asr_share=0.0),
]

BLOCKS += [
    # distress: demands and challenges after a problem (written)
    dict(label="distress", lines="""
So what exactly are you going to do to fix this?
What happens next, because I need this sorted today, not next week.
Can't you do it any quicker than that?
Is there anyone there who can properly look at my account?
I want to speak to your manager, please.
Put me through to someone who can actually make a decision.
I want a date, not "we'll be in touch".
Tell me what you can do, because I've heard plenty about what you can't.
I need a name and a reference number before I hang up.
I want this logged as a formal complaint.
Who's responsible for this, because somebody has to be.
Why should I pay for a service I haven't had?
I expect a full refund, and the delivery charge back on top.
Can you not send an engineer out today?
How is that acceptable, honestly?
Explain to me how that's my fault.
I'm not putting the phone down until someone gives me a straight answer.
So when is somebody actually going to come out?
Right, what are you going to do for me, then?
Don't tell me to wait another forty-eight hours.
I want it in writing that the debt isn't mine.
You need to sort this, and you need to sort it today.
Please, I'm asking you, give me one date and stick to it.
Why has nobody called me back like they promised?
Can someone senior ring me within the hour?
What's the point of a guarantee if you won't honour it?
Kindly escalate this matter to your higher authority immediately, sir.
I need you to fix what your driver did to my gatepost.
How many more times do I have to ring before somebody does something?
So you're telling me there's nothing you can do, seriously?
I'd like compensation for the day's wages I lost waiting in.
Is there a supervisor, a team leader, anyone?
Why was I not told before the money came out of my account?
Abeg, make somebody call me back today, I don tire for this story.
Look, bud, I need a real answer, not another ticket number, eh.
""", asr_share=0.3),
    # distress: demands and challenges (ASR)
    dict(label="distress", lines="""
so what are you actually gonna do about it then
so what now because i need it fixed like today
cant you just do it faster like today
is there somebody there who can actually check it properly
i want to talk to a manager please
just give me a date a proper date
so who is going to pay for that then
no i need it sorted today not tuesday
why did nobody ring me back
put me through to someone senior please
i want a refund the full amount
how is that my fault explain that to me
so youre saying theres nothing you can do nothing
i want it escalated like a proper complaint
somebody needs to come out today
how many times do i have to ring you people
please sir do something today itself
""", asr_share=0.0),
]

BLOCKS += [
    # distress: doubt and mistrust (written)
    dict(label="distress", lines="""
And how can I be sure this won't all happen again next month?
I'll believe that when the van's actually outside my door.
Well, at least somebody's finally listening, I suppose.
You said that last time, word for word.
Forgive me if I don't hold my breath.
Why would I trust the tracking now, it's been wrong all week.
I've heard "it's in hand" before.
I'm sorry, but I don't believe a word of it.
How do I know the money's really going to arrive this time?
Every time I ring I get a different story.
Promises, promises.
Can you put that in an email, because I've been told things on the phone before.
I'm not convinced, to be honest, not after the last three times.
Well, we'll see, won't we.
Hmm, that's what the last fella told me.
I'd rather have it in writing, given your track record.
And what guarantee do I have that the new stone won't have the same mistake?
You'll forgive me for being sceptical.
Last time someone "made a note", nothing happened.
Right, and I'm supposed to just take your word for that?
I have been told "next week" since March.
How do I know you're not just saying that to get me off the phone?
I'm fairly sure I'll be ringing you again next week about this.
Sir, already three times you people told me it is done, and it is not done.
Fine, but I'll be checking my account every hour.
I just don't trust the automatic payments any more after this.
Well, it's something, I suppose, after six weeks of nothing.
""", asr_share=0.3),
    # distress: doubt and mistrust (ASR)
    dict(label="distress", lines="""
yeah and how do i know this wont happen again next month
ill believe that when its actually in my account
well at least somebodys hearing me out for once i guess
thats what they said last time
yeah well we'll see
i dont believe that no i dont
you always say that you lot always say that
how do i know youre not just fobbing me off
im not holding my breath put it that way
every time i ring its a different answer
can you email it because i dont trust the phone promises anymore
mm okay ill believe it when its here
they told me exactly that in january
""", asr_share=0.0),
]

BLOCKS += [
    # distress: exhaustion, overwhelm and fear (written)
    dict(label="distress", lines="""
Honestly, I don't know if I'm coming or going this week.
I'm running on fumes here.
I'm frightened, I don't know what happens if it's not sorted.
Please say they can repair it.
I feel physically sick about it.
I can't think straight, there's too much going on.
I'm scared they're going to take the car.
I'm so tired of chasing this.
It's one thing after another and I'm worn out.
I just want it to stop, I can't keep doing this.
My hands are shaking, sorry.
I'm at breaking point with it all.
I'm terrified the bailiffs will be round before you sort it.
I've nothing left in the tank.
I'm barely holding it together.
Please, tell me it's not gone for good.
I'm frightened to leave my mum on her own without the pendant working.
I'm that knackered I can hardly string a sentence together.
I'm all at sea with it, if I'm honest.
I'm petrified I've lost the deposit.
I'm so worried, I've been up all night with it.
My head's spinning with all the forms.
I'm completely overwhelmed, there's the funeral and the house and now this.
I'm scared of getting it wrong and being fined.
I'm frazzled, I'm absolutely frazzled.
Please, I'm begging you, can they get it working in time?
I have so much tension, sir, I am not able to sleep.
I'm sick with worry that the scan results have been lost.
Everything's falling apart at once.
I'm dead on my feet, up all night with the baby and now this.
I'm really anxious about the money going out again.
I can't bring myself to look at the banking app.
Honestly, I'm frightened of what the letter means.
Ay, I'm so stressed po, I don't know what to do anymore.
""", asr_share=0.3),
    # distress: exhaustion, overwhelm and fear (ASR)
    dict(label="distress", lines="""
i dont know if im coming or going with all of this
honestly im running on empty now
im frightened like really frightened
please tell me someone can fix it please
i feel sick about it i actually feel sick to my stomach
im just so tired of it all
im at the end of my rope here
i cant cope with all this paperwork on top of everything
my heads all over the place sorry
im frightened theyll cut us off
please just tell me its not lost
im shattered absolutely shattered
i'm that stressed i cant eat
im so worried about my mum you know
its too much its all too much at once
i am very tense madam very tense
i keep waking up at three am thinking about it
""", asr_share=0.0),
]

BLOCKS += [
    # distress: grief and attachment, said quietly or factually (written)
    dict(label="distress", lines="""
My grandmother planted that apple tree when my dad was a baby.
Forty-two years we were married and the headstone has his name spelled wrong.
It was my late mum's wedding dress, and it's come back from the cleaners with a scorch mark.
That watch was the last thing my father gave me.
She passed in March, I'm just trying to close her things down.
It was his scooter, he went everywhere on it.
The flowers were for my son's grave, it would have been his twenty-first.
The photos on that phone are the only ones I have of my brother.
I'm ringing about my husband's account, he died a fortnight ago.
We lost the baby last month and the formula subscription keeps coming.
The quilt my nan made is the one your cleaners lost.
He was only fifty-six.
My wife used to deal with all the bills, I don't know where anything is now.
That tree was there when we moved in, the kids grew up climbing it.
It's the first Christmas without her.
I just want his name right on the stone, that's all he's got left.
The ring was my mother's and it's come back with a stone missing.
My dog died on Saturday and I keep getting reminders about his jabs.
Mum's carer was the only one she'd let help her, and now she's been moved without a word.
Those were the order of service booklets for my dad's funeral, and his date of birth is wrong.
I still have her voice on the answerphone, please don't disconnect the line.
She was ninety-one and sharp as a tack right to the end.
The bench plaque was for my late wife, and they've put it at the wrong end of the park.
I'm a widow now, I never thought I'd be saying that.
My auntie raised me, she was the one who knew about all this.
They cut down the cherry tree we planted when our daughter was born.
My father passed away in Accra and I need to stop the standing order.
""", asr_share=0.3),
    # distress: grief and attachment (ASR)
    dict(label="distress", lines="""
she put that tree in the year we got married
fifty years married and the card had his name wrong on it
it was my mums ring its all i had of hers
he passed last tuesday so uh yeah
im calling because my wife died and the account is in her name
it was my dads scooter he loved that thing
the dress was my nans it cant be replaced
those were the last photos of him
um she died in the home last week and theyre still billing her
its his first anniversary on sunday
i just wanted to hear her voice on the answerphone one more time
that tree was older than me
my son passed and i need to close his phone contract
""", asr_share=0.0),
]

BLOCKS += [
    # distress: negated wording, still distress (written)
    dict(label="distress", lines="""
It isn't that I'm cross, it's that I'm frightened for her.
I can't pretend I'm pleased with that answer.
I'm not being funny, but this is the fourth time.
I'm not going to lie, I'm struggling.
It's not the money, it's that nobody seems to care.
I wouldn't say I'm happy, no, not at all.
I'm not okay, actually, no.
I don't want to make a fuss, but I haven't slept properly since.
I'm not trying to be difficult, I'm just at my wits' end.
No, I'm not fine, I've been crying all morning.
""", asr_share=0.3),
    # distress: negated wording (ASR)
    dict(label="distress", lines="""
its not that im angry its more that im frightened
i cant say im pleased no
im not gonna lie its been really hard
no im not alright actually
its not about the money its that nobody called
""", asr_share=0.0),
    # distress: self-doubt (written)
    dict(label="distress", lines="""
I'm certain I posted it. Well, almost certain.
Did I do something wrong? I must have done something wrong.
I'm sure I pressed confirm, I'm sure I did.
Maybe it's me, maybe I'm just useless with these things.
I keep second-guessing myself, did I send it to the wrong account?
Oh God, what if I typed in the wrong sort code.
I thought I'd paid it, I really thought I had.
My memory's not what it was, maybe I did cancel it, I don't know.
I feel so stupid, I should have read the small print.
Please tell me I haven't given my details to a scammer.
""", asr_share=0.3),
    # distress: self-doubt (ASR)
    dict(label="distress", lines="""
i know i checked it i know i did
did i mess it up did i do something wrong
i thought i paid it i swear i paid it
maybe its my fault i dont know anymore
oh no what if i put the wrong account number in
""", asr_share=0.0),
]

BLOCKS += [
    # neutral: calm problem reports full of service nouns (written)
    dict(label="neutral", lines="""
My order was meant to arrive on Thursday, could you see where it's got to?
The invoice has our old VAT number on it, can that be reissued?
The dry cleaning ticket says Wednesday, I'm just checking it's ready.
I'd like to report a streetlight out on Mill Lane.
The payslip shows my tax code as emergency, can you look at that for me?
The website's showing a certificate warning since this morning, can someone have a look?
There's a small chip on the lettering of the headstone, could someone look at it when they're passing?
The scooter's battery isn't lasting as long as it did, can I book it in for a service?
The proofs for the wedding invitations say Saturday where it should be Sunday.
Our direct debit date needs to move to the fifteenth.
The florist's order shows white roses, we'd asked for cream, could you change that?
The bridal shop rang to say the veil's in, I'm calling to book a collection time.
The tree surgeon's quote mentions two trees, there are actually three.
My broadband drops out for a few seconds around six each evening.
The meter reading on the bill looks like an estimate rather than the one I sent in.
The patient transport booking for the twelfth, I'd like to change the pickup to half nine.
I've received two copies of the same statement.
The home care rota shows Tuesday's visit at eight, can it be moved to nine?
There's a letter from a collection agency about an account I don't recognise, can you tell me what it relates to?
The domain renewal went through but the email isn't working on the new server.
The printer cartridge you sent is the XL, I'd ordered the standard one.
The new starter's not showing on this month's payroll run.
The parcel was left with a neighbour at number twelve, just so you have it on record.
The cash machine at the station kept my card, how do I get a replacement?
The boiler's showing an F28 code.
The app logged me out and now it won't accept my password.
Half the order arrived, the other box says it's on a separate delivery.
The suit came back with a button missing, could you check if it's at the shop?
I think the council tax bill has the wrong band on it.
The insurance renewal has come through higher than last year, I'd like to know why.
The accessible taxi's booked for Friday, I just need to add a second passenger.
The router light's flashing orange.
The hosting control panel is asking me to verify the domain again.
There's a charge on my statement from a company called PPX-something, could you tell me what it is?
The fridge that came today has a dent in the door, how do we arrange an exchange?
The carer's timesheet shows forty-five minutes, but the visit is booked for an hour.
Last month's payslip didn't include the holiday pay, can that go on the next run?
The engraving sample says "Beloved Father", we'd like "Much-loved Dad" instead.
For Friday's flowers, can the card go in an envelope rather than on the stick?
Good morning, I am calling regarding my loan account, the EMI date is showing wrong.
Hello po, I would like to follow up my application for the new connection.
Howdy, I'm fixin' to move house end of the month and need the power switched over.
""", asr_share=0.3),
    # neutral: calm problem reports (ASR)
    dict(label="neutral", lines="""
yeah hi so my delivery was down for tuesday can you see where its at
um the invoice is showing our old vat number
the bill says estimated but i did send a reading
im ringing about my dry cleaning it was due back today
the websites down um the hosting one just since this morning
so the payslip says emergency tax code on it
uh the scooter needs a new battery i think
its about the flowers for saturday i need to change the colour
the tracking hasnt updated since yesterday just wondering whats happening
the router light is orange and the internet is slow
i got two of the same letter from you
the printers sent the proofs and the dates wrong on them
yeah the boiler is showing a code f twenty two
my card was declined at the petrol station can you see why
the carers visit time needs changing to the afternoon
its about the tree quote theres three trees not two
i got a letter from a collection agency and i just want to know what its for
the proof for the engraving came through its got a typo in the surname
the new lad isnt on the payroll yet
""", asr_share=0.0),
]

BLOCKS += [
    # neutral: details, numbers, addresses, card messages (written)
    dict(label="neutral", lines="""
The postcode is BT9 6AX.
It's flat four, 27 Gordon Road.
Date of birth, the third of March, nineteen fifty-two.
For the card, could you write "Happy 40th, love from all at the office".
On the card just put "With deepest sympathy, from the Okafor family".
The inscription should read "In loving memory of Margaret Ann Doyle, 1938 to 2026".
The reference number is CX 449 018.
My account number ends in seven seven three one.
The delivery address is different, it's the church hall on Beech Street.
The best number to reach me on is the mobile.
Collection is from the side entrance, there's a buzzer marked B.
It's spelt S-I-O-B-H-A-N.
The surname's Nwachukwu, N-W-A-C-H-U-K-W-U.
The company registration is zero eight one four five five two nine.
The order was for three hundred A5 flyers, double-sided, on gloss.
The dress is a size twelve, ivory, with the long train.
The gate code is hash four nine one.
It's the second house past the post office, the one with the green door.
The card message is "Congratulations on your new home, love Aunty Grace".
Could the ribbon say "Grandad" in gold lettering?
The employee number is 10443.
My NHS number is four eight five, two two one, nine nine zero six.
The domain is greenleafjoinery dot co dot uk.
The scooter's serial number is on the plate under the seat, SC 2291.
Pickup is from the Royal Infirmary, ward seven, at two o'clock.
My mother's name is Eileen, she's the one the care is for.
""", asr_share=0.3),
    # neutral: details (ASR)
    dict(label="neutral", lines="""
the postcode is e c one v four p w
its flat two above the chemist
on the card can you put happy birthday mum love from jade and the kids
the reference is uh seven four four nine b
my account number ends in two nine one
the surname is okonkwo o k o n k w o
its the blue door next to the garage
my date of birth is the twelfth of june eighty eight
yeah the order was two hundred business cards matt finish
pick up from the hospital main entrance at ten
the card should just say with love from all of us
its under my wifes name sorry my husbands name actually
the employee number is four four zero one two
""", asr_share=0.0),
]

BLOCKS += [
    # neutral: questions about process (written)
    dict(label="neutral", lines="""
Roughly how many working days before a refund shows on the card?
Do I need to be in for the meter exchange?
What documents do you need to change the name on the account?
Can I pay the balance in instalments?
Is there a cut-off time for next-day delivery?
How far in advance do I need to book patient transport?
Do you need the original receipt, or will a photo do?
What's the process for moving the hosting to a new provider?
How long after the ground settles can the headstone go up?
Is the first fitting at the bridal shop free?
Can I add my daughter as a named contact?
How does the home care assessment work?
What time will the driver ring ahead?
Will I get a confirmation email?
Can the final payslip be sent to my personal email rather than work?
Is the quote valid for thirty days?
Who do I speak to about setting up a repayment plan?
Do the tree surgeons take the wood away or leave it for us?
Can you deliver to a PO box?
Do you clean leather, or just fabric?
What's the warranty on the scooter battery?
How do I update my bank details for payroll?
Can I change the delivery slot online or does it have to be by phone?
Is there a fee to cancel within fourteen days?
Do I need to bring the order number when I collect?
Would the printers need the artwork as a PDF?
Please may I know the procedure to close a fixed deposit before maturity?
How many days it will take for the new card to come?
""", asr_share=0.3),
    # neutral: questions about process (ASR)
    dict(label="neutral", lines="""
how long does a refund normally take
do i have to be in for it or
what do you need from me to change the name
can i pay it in bits like monthly
whats the cut off for next day
do you need the receipt or is a photo okay
how do i move the domain to another company
is the quote still valid
can my son ring on my behalf
so what time will they come roughly
do you take the old one away
how long before the stone can go on
do you charge extra for that
how many days it take for new card
can i do it on the app instead
""", asr_share=0.0),
]

BLOCKS += [
    # neutral: calm symptoms and facts for a booking (written)
    dict(label="neutral", lines="""
She's had a bit of a cough and a temperature since yesterday, I'd like to book her in.
The scooter pulls to the left and the brake feels a bit soft.
I need a repeat prescription for my blood pressure tablets.
Dad uses a walking frame and can manage two steps with help.
He'll need a wheelchair-accessible vehicle, he can't transfer on his own.
The tree's an ash, about forty feet, with some dieback in the top branches.
It's a silk dress with a wine stain near the hem.
My knee's been swollen for about a week, I'd like to see the physio.
The dog's a bit off his food, nothing urgent, just wanting a check-up.
Mum needs help with showering and meals, mornings mainly.
It's a two-bedroom, the leak's under the kitchen sink, just a drip.
I'm diabetic, so a morning appointment would suit better.
The stone's granite, about three feet high, and the lettering needs re-gilding.
I've had a rash on my arm since Monday, no pain with it.
The laptop's not charging, the light comes on then goes off.
""", asr_share=0.3),
    # neutral: symptoms and facts (ASR)
    dict(label="neutral", lines="""
shes had a temperature since yesterday and a bit of a cough
he needs the wheelchair car he cant do steps
the brake on the scooter is a bit soft
its a big ash tree near the back fence
i need my repeat prescription please the blood pressure ones
mum needs help with the shower in the mornings
the leak is under the sink its only dripping
theres a stain on the dress near the bottom red wine i think
""", asr_share=0.0),
]

BLOCKS += [
    # neutral: answers, calm context, resolved past, negated feelings, small talk (written)
    dict(label="neutral", lines="""
It was a bit of a worry at first, but it turned up, I'm just ringing to close the complaint.
It has been a good while, yeah, I think the last time I rang was about two years ago.
Yes, that's me.
No, that's the old address, we moved in June.
Tuesday would be fine.
Morning's better, before eleven if possible.
Yeah, it's been ages since I updated anything on the account.
That's right, the one ending in four.
We had a power cut last week, but it's back on, so I'm just giving you the reading.
The event went ahead fine, I'm only ringing to settle the balance.
I was confused by the letter at first, but my son explained it.
Sure, I can hold.
Okay, go ahead.
I've been a customer for about twelve years.
No, nothing else on that one.
Yes, I've got a pen.
I'm not cross, I just want to understand the charge.
I'm not complaining, I just wanted to let you know about the meter.
It's not urgent, whenever suits the engineer.
I'm not worried about it, I just want it on record.
No rush at all on the proofs.
I'm not after a refund, just a corrected invoice.
It's no bother, I can wait in.
I'm not upset or anything, I'm just curious why the price changed.
I don't mind which day, honestly.
It's not a complaint as such, more of a question.
It's lovely and sunny in Cork today.
My granddaughter's just started at uni in Cardiff.
Oh, you're in Durban? My cousin's there.
The dog's barking at the postman, sorry.
We've just had the garden done, actually.
Sasa, I'm calling to confirm the booking for the tent hire on the twentieth.
Wagwan, I just need to change the address on the account, that's all.
Hiya bab, I'm after booking a collection for an old mattress.
Oh, ya, you betcha, the Thursday slot works for us.
""", asr_share=0.3),
    # neutral: answers, resolved past, negated feelings, small talk (ASR)
    dict(label="neutral", lines="""
its been a while yeah since i last called you lot
it was a bit worrying at first but its all sorted now i was just checking
yeah thats me
no thats the old address
yeah tuesday is fine
mornings suit me best
yeah go on then
yeah i can hold no problem
one sec let me grab a pen
sorry can you say that again
im not angry or anything i was just wondering what happened
its not urgent or anything
no im not worried just checking
no rush on it really
its not a complaint just a question
oh youre in belfast my nan was from there
sorry the kids are in the background
its lashing down here today
""", asr_share=0.0),
]

BLOCKS += [
    # positive: genuine thanks, relief, praise (written)
    dict(label="positive", lines="""
Oh, thank goodness, that's a weight off my mind.
You've been brilliant, honestly, thank you.
That's exactly what I needed, thank you so much.
Thank you, you've made this so much easier.
Oh, that's wonderful news.
Cheers, love, you're a star.
It gave me a fright at first, but it's all fine now, thank you.
Thank you for being so patient with me, dear, I'm not very good with computers.
That's grand, thanks a million.
Ta, pet, that's champion.
Aye, that's pure dead brilliant, cheers.
Diolch, that's tidy, thanks ever so.
Ah, bless you, that's lovely.
Oh, I could hug you, thank you.
Thank you po, ma'am, very helpful.
Thank you very much, sir, God bless you.
Asante sana, that's really helped.
That's sweet as, cheers bro.
Legend, thanks mate.
Oh thanks, you're awesome, seriously.
Perfect, that's sorted everything.
The new lettering looks beautiful, please thank the mason for me.
The flowers were stunning, everyone commented on them.
The carer you sent is lovely, Mum's really taken to her.
What a relief, I thought I'd lost it for good.
Oh, that's such good news, thank you.
The tree lads did a cracking job, left the garden spotless.
Thank you for sorting it so quickly.
Honestly, best service I've had in years.
I really appreciate you staying on the line with me.
Yes, that's lovely, thank you, dear.
Wonderful, thank you ever so much.
Great, thanks, y'all have been real helpful.
""", asr_share=0.3),
    # positive (ASR)
    dict(label="positive", lines="""
oh thank god thats such a relief
thank you so much youve been amazing
ah thats brilliant cheers
thanks a million thats grand
oh lovely thank you dear
thats perfect thanks for sorting it
youre a star honestly
oh thats great news
thank you for your patience with me
ah mint cheers pal
brilliant thats a weight off
thank you po thank you so much
the flowers were gorgeous by the way thank you
thanks so much i really appreciate it
oh thats fab thanks
cheers bro sweet as
god bless you thank you
""", asr_share=0.0),
]
