"""Agent lines in English, fourth hand-written batch for the training corpus (see README.md).

Provenance: written on 2026-12-07 by a helper session started for the training corpus, by
hand, from general knowledge of contact-centre calls, under the broad reading of two
families that the project adopted that day:
- own: the agent takes responsibility for the customer's problem, by admitting fault on the
  company's or their own behalf (then also apologize, even without the word sorry), by
  committing to or reporting a concrete step they take to remedy, resolve or prevent the
  problem or to spare the customer effort, or by working it through together; NOT the steps
  of the agent's own process (checking, verifying, holds, transfers, notes, terms) and NOT
  routine fulfilment of a plain request in a call with no problem to fix;
- personalize: the customer's name used in address anywhere in the sentence, or a detail the
  customer gave earlier (family, pets, plans, health, events, good wishes); NOT "sir",
  "madam", "mate", "love" alone, names read back for identity, third parties' names or the
  agent's own name.
Other families as in the report contract and this folder's README. Registers: UK regions,
Irish, Scottish, Welsh, US, Canadian, Indian, Nigerian, Ghanaian, South African, Filipino,
Australian, New Zealand English and the English of non-native speakers, formal, chatty and
terse; industries: energy and water, telecoms and broadband, banking and cards, insurance,
travel and airlines, retail and parcels, lettings and housing, healthcare administration,
pharmacy, local government, pensions, vets, car hire, hospitality and software support.
About a third of the lines are written as ASR output (lower case, no punctuation, fillers,
repeated words, misheard words such as "re fund", "in convenience", "patients", "should of",
run-ons). Nothing was copied from a dataset, from the bundled sample calls or from any
evaluation set, and no sentence quoted in the project's READMEs or in the helper's brief was
reused verbatim.

What the helper read: ``REPORT_CONTRACT.md`` (definitions), this folder's ``README.md``
(labelling rules), ``agent_en_3.py`` (module layout only; no line was copied or paraphrased
from it) and a list of existing training lines it was asked to relabel (``relabel_1.py``).
What it did not read: the frozen blind sets (``benchmarks/data/blind*/``),
``benchmarks/data/language_dev.json``, ``tests/`` and the ``callcoach`` package.

Layout as in ``agent_en_3.py``: each block is one label: ``families`` (empathy families),
``negative`` (dismissive category or None, given on the hard-negative blocks) and, for
apologies, ``specific`` (the apology names the customer's actual problem). ``asr_share``:
0.3 for blocks written in ordinary spelling, 0.0 for blocks already written as ASR output.
One sentence or turn per line.
"""

BLOCKS = [
    # ------------------------------------------- own: concrete remedy steps, reported or promised
    dict(families=["own"], lines="""
I've knocked the delivery charge off, so you're only paying for the chairs themselves.
I'm refunding the twelve ninety-nine for the month the app wasn't working, right now while we're talking.
I've reversed the overdraft fee, it'll be back on your balance by tonight.
I'm going to credit a full week's line rental for the days you were offline.
I've stopped that second direct debit, so it won't come out again on the first.
I'll courier a replacement charger out to you today, no cost.
I've lodged the missing-items claim on your behalf, so there's no form for you to fill in.
I'm booking the glazier for Friday morning and I'll text you the time window once it's confirmed.
I'll ring the depot after lunch and call you straight back with where the van is.
I've marked the repair as a priority, so it jumps the standard queue.
I've had the late-payment marker removed, and I'll write to the credit reference agencies myself.
I'm putting a hold on any chasing letters while the dispute's open.
I've re-sent the order on next-day delivery, and the postage is on us.
I'm extending your return window by thirty days so you're not rushed into anything.
I've stopped the bill from going out until the readings are corrected.
I'll chase the surveyor first thing tomorrow and let you know where we are by midday.
I've arranged for the old cooker to be taken away free of charge when the new one goes in.
I'll put it in writing that the balance is cleared, so you've got proof if anyone asks.
I'm upgrading the replacement to next-day at no charge.
I've added a job note so the fitters bring the longer flue this time round.
I've paused collections on the account for thirty days while we get to the bottom of it.
I'll check myself tomorrow morning that the money has actually left our side.
I'm reinstating the policy from the day it lapsed, so there's no gap in your cover.
I've opened a complaint in your name and I'll be the one handling it.
I'm overriding the system so the fee doesn't re-apply next month.
I've booked you a taxi to the airport at our expense, it'll pick you up at six.
I'll phone the hotel myself and make sure they hold the room for a late arrival.
I've moved the appointment to the first slot tomorrow, so you're not waiting another week.
I'm escalating it to the network team as a major fault right now.
I've rebooked you on the ten past two and waived the change fee.
I'll get the engineer's supervisor to call you before five today.
I've put a block on that merchant so it can't take another payment.
I'll refund the call charges you paid while you were stuck on hold.
I've rebilled you on the actual readings, which brings it down to eighty-one pounds.
I'll arrange for the damaged wardrobe to be collected and the new one brought in on the same visit.
I'm sending a new router tonight by courier, and you can keep using the old one till it arrives.
I've cleared the arrears that built up while the payment was stuck.
I'll get onto the warehouse and have someone physically check the shelf before I promise you a date.
I've put a flag on the meter point so no one estimates it again.
I've requested the records straight from the surgery, so you don't have to chase them.
I'm going to ask for the parking charge to be cancelled, and I'll confirm it in writing.
I've stopped the cancellation that went through in error, your line stays live.
I'll settle the claim today rather than waiting on the assessor's visit.
I'm sending you a prepaid bag so you can post the faulty one back for free.
I'll book an interpreter for the next appointment so you don't need to bring anyone along.
I've frozen the interest while the complaint is being looked at.
I'll set up a fresh payment plan at the amount you said you can manage.
I've asked scheduling to offer you the first cancellation that comes up, and I'll ring you when it does.
I'll waive the reconnection charge this time.
I'm taking the roaming charges off and putting a cap on the line so it can't happen again.
I've reissued the certificate with the surname spelled right and emailed it across.
I'll contact the removals firm for you and get them to rebook.
I'm getting the technician to phone you half an hour before he arrives.
I'll do you a letter on headed paper that you can hand to your bank.
I've put the fifty-pound goodwill payment on, it's already showing on the account.
I'm cancelling the exit fee, so you can leave without paying it.
I'll have a new key fob programmed and posted to you first class.
I've pushed the refund through by hand instead of waiting for the overnight batch.
I'll have the duplicate parcel collected so you're not stuck storing it.
I've restored the points that were wiped off your loyalty card.
I'll sort out the direct debit mandate with your bank myself.
I'm sending a plumber round this afternoon as an emergency callout.
I've lifted the freeze on the account, the card will work again straight away.
I'll get the scaffolders back to finish the job by Wednesday.
I've overridden the automatic suspension so your service won't be cut off.
I'll correct the address on the system and resend all three letters today.
I've put the repayment holiday in place from this month.
I'm going to cover the taxi you had to take, just email me the receipt.
I've booked the re-test free of charge and noted it so you won't be billed.
I'm reopening the case, and it stays open until your pension statement is corrected.
I've withdrawn the debt collection referral and told the agency to stop contacting you.
I'll get on to the airline's baggage desk for you and find out exactly where the case is.
I'm giving you a month's subscription free for all the trouble.
I've spread the catch-up bill over six months so it doesn't land all at once.
I'll send the new card by recorded delivery so we can track it this time.
I'll email the letting agent on your behalf and copy you in.
I'm lifting the block now, give it two minutes and try the payment again.
I'll ring the pharmacy myself and get them to dispense it today.
I'm arranging a courtesy car for as long as yours is in the garage.
I'll take the complaint through to the final stage myself so you're not bounced around.
I went ahead and waived that cancellation fee for you.
I'll get that credited back to you today, and you'll see it on the next statement.
I'll ring the lads at the depot myself now and get them to hold it for you.
I'll get that sorted for you the now, I'm putting the refund through.
I will raise the refund request today itself and share the reference number with you.
I will reverse the debit for you now now, you will see the alert shortly.
I'll sort the reversal now-now, you won't need to phone again.
I'll process the reversal po, it will reflect in three to five banking days.
I'll chuck a credit on the account for the days you were without.
I'll get the tech out to you tomorrow arvo to swap the modem.
""", asr_share=0.3),
    dict(families=["own"], lines="""
ok so i've um put the re fund through for the the delivery charge
i'm gonna credit the account for the two weeks you had no signal
ive cancelled the the second payment so it wont go out again
right i'll ring the depot myself after this and call you back
uh i've booked the engineer for tomorrow first thing eight till twelve
so i've waived the the late fee on that one
i'll send a new one out today next day no charge
i've flagged it as urgent so it goes straight to the top
i'm gonna stay on the line till the router comes back up
let me get a new card ordered for you now and i'll put it on express
i'll chase the claims team first thing tomorrow and give you a bell
i've taken the charge off its all gone now
i'll get the plumber out this afternoon um as an emergency
so what i've done is i've stopped any more letters going out
i went ahead and refunded the the shipping for you
i'll call you back thursday whether i've got news or not
ive put a note on so next time the driver rings you before he comes
i've reconnected it from my end can you try now
im gonna escalate this to the the team leader right now and stay on it
i'll write you a a letter saying the debt's cleared
i've reversed the uh the overdraft charges for the last two months
ill keep the ticket open under my name so you dont have to start again
ok so i have un blocked the card you can use it now
i'll get on to the courier myself and and get it redelivered saturday
i've put the payment plan on at forty a month like you said
i'll credit you the um the cost of the calls
we'll go through the settings together step by step ok
ive booked a new fitting and the fitter's bringing the right part this time
ill text you the new tracking once i've re sent it
i'm gonna extend the return so you've got till the end of next month
i'll get onto the hotel and get you moved to a quieter room
ive taken off the the roaming charges and put a cap on the line
uh let me just push the re fund through manually now so it doesnt sit in the queue
i'll phone the surgery for you and sort the prescription out
i have credited the amount po it will reflect in three to five banking days
right i'll sort that now now for you i'm reversing the charge
yeah ive cancelled the debt collection referral they wont contact you again
i'll personally follow it up monday and email you by lunch
i've got the manager approving the goodwill payment as we speak
let's sort the meter readings out together now so the next bill's right
ok i've re issued the voucher its in your inbox
i'll get a replacement key cut and posted first class today
ok so i've refunded the the delivery and um you should see that in three to five days is there anything else
so i've put a stop on the card and ordered a new one it'll be with you thursday
i'll sort the in convenience payment for you today twenty five pounds
""", asr_share=0.0),
    # ------------------------------- own by admission of fault (also apologize), naming the problem
    dict(families=["apologize", "own"], specific=True, lines="""
We sent your new bank card to the old address, and that's our error.
The missing chair legs are down to us, the warehouse packed the box wrong.
We double-charged you for March, and I own that completely.
That boiler part should have been on the van and it wasn't, that one's on our side.
The estimate was wrong because we ignored the reading you sent in, and that's our fault.
We cut your broadband off when we had no business doing it.
The appointment letter going to your neighbour was a blunder at our end.
Our team forgot to close the old contract, and I'm putting my hands up for that.
Your claim sat in the wrong queue for six weeks, and that's our doing.
I gave you the wrong renewal date when you rang last week, my mistake entirely.
We should have told you the departure time had changed, and we didn't.
Our fitter left the garden gate open with the dog inside, and I won't defend that.
That bailiff letter was our error, it should never have been generated.
We charged a cancellation fee inside your cooling-off period, and that's on us.
The reply you got from our chat team was out of order, and I'll own it on the company's behalf.
We lost the paperwork you posted in, the fault's entirely ours.
The engineer turning up without a ladder is on us, we should have read the job notes.
Your pension transfer was held up by a form we misplaced, and I hold my hands up to it.
We put your payment against the wrong account, which is why you got the reminder, that's down to us.
I promised you a call on Tuesday and never made it, that's my failing.
The SIM we posted was for the wrong network, and the blame for that sits with us.
We booked you in on the wrong date, and that's an error on our part, not yours.
Our system added the surcharge twice, and that's our problem to own, not yours.
Our courier left the parcel out in the rain on your step, we got that badly wrong.
Honestly, we mucked up the meter exchange and left you without gas.
We shouldn't have closed your account while the dispute was still open, that was wrong of us.
Our lads dug up the wrong side of the drive, we've made a hames of it.
We made a right pig's ear of the booking, I'll be straight with you.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=False, lines="""
That one's on us, no two ways about it.
We've made a mess of this, and I won't dress it up.
I'll put my hand up, we got it wrong.
The fault's ours, full stop.
We've not done right by you here.
That's our failing, not yours.
Honestly, we've let you down badly.
I can't defend how we've handled this.
Fair play, you're right, we got that wrong.
We've messed you about, and there's no excuse for it.
Aye, that's us at fault, nae doubt about it.
We dropped a clanger there.
That was a mistake on my part.
We fell short, and I own that.
Yeah nah, that's our stuff-up.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=True, lines="""
yeah we sent the wrong size that's our mistake
um the the charge was our error it should never have gone out
we forgot to book the engineer that's on us honestly
i put the wrong date on the booking that was my fault
we lost your documents and i hold my hands up to that
the bill was wrong cos we used an old reading thats on us
we shouldn't have cut the gas off while you were on the payment plan
we took the payment twice that's that's our fault not yours
honestly we messed up the delivery address on our side
the re fund went to the old card cos we never updated it thats down to us
we should of told you the flight was moved and we never did
um that was our driver who damaged the fence and we'll own that
""", asr_share=0.0),
    dict(families=["apologize", "own"], specific=False, lines="""
yeah thats on us to be fair
we got it wrong simple as
our fault completely
honestly we've dropped the ball here
um we messed up there no excuses
that's a mistake on our side yeah
i'll hold my hands up we were wrong there
that was us not you
""", asr_share=0.0),
    # ----------------------------------------------------- own together with other families
    dict(families=["acknowledge", "own"], lines="""
Three weeks without hot water is a long time, so I'm sending an emergency engineer today.
I can hear how fed up you are, so I'm going to ring the depot myself right now.
That's a lot to be dealing with, so I'll close every account from here and you won't need to call again.
Five phone calls for one refund is too many, I'm taking it on myself from here.
I can see why you're worried about the mortgage payment, so I'll get the funds released today.
Being without a phone for a week is serious, so I'm couriering a loan handset out tonight.
That's a horrible position to be left in, and I'll stay on this until the money's back.
A string of estimated bills adds up fast, so I'll correct every one of them now.
I can tell you've had enough of being passed around, so you'll deal with me from here on.
I'd be livid too, let me get that charge reversed straight away.
Waiting since June is shocking, I'm escalating it to the complaints manager now.
ugh no fridge in this heat thats rough ill get the replacement out tomorrow
i can hear how stressful this is so i'm gonna set the payment plan up with you now
""", asr_share=0.3),
    dict(families=["apologize", "own", "personalize"], specific=True, lines="""
I'm so sorry, Marguerite, we charged you twice and I've already started the refund.
Mr Okafor, the missed visit was our fault and I've booked you the first slot tomorrow.
Aisling, I feel awful that we sent the wrong dress, I'm sending the right one on next-day now.
Deepak, that's our mistake on the bill, I've corrected it and the new one's on its way by email.
We let you down with the cot just before the baby's due, and I'm getting a new one to you tomorrow.
We held up the repair while your dad's staying with you, and that's on us, so I've made it an emergency job.
so sorry joe we lost your parcel thats on us i'll send another today
ah tendai our mistake on the renewal i've put you back on the old price
""", asr_share=0.0),
    dict(families=["own", "personalize"], lines="""
Leave the chasing to me, Femi, I'll ring the garage at nine.
Right, Mrs MacLeod, I've refunded the postage and sent you a fresh label.
I'll put a rush on the new passport, Kateryna, so you still make your trip to Kraków.
With the christening on Sunday, I'll courier the replacement outfit out first thing.
With your wife just home from hospital, I'll make the boiler an emergency callout.
Noted, Hamish, I've waived the fee and it'll be gone from the account tonight.
I'll ring you on Thursday myself, Priyanka, so there's no need to chase us.
As you're off to Lagos on the ninth, I've expedited the new card to arrive by the sixth.
Okay Wiremu, I've booked the tech for tomorrow and I'll check in with him before he leaves the depot.
thanks rhiannon i've credited the two days youre without power
alright carlos i'm gonna refund that charge right now
since the puppy chewed through the cable i'll send you a new one free
""", asr_share=0.3),
    dict(families=["appreciate", "own"], lines="""
Thanks for sending the photos, I've approved the replacement from them.
I really appreciate you waiting, I've got the credit applied now.
Thank you for flagging this, I've put a stop on the account so it can't happen again.
Thanks for your patience with all this, I'm going to see it through personally.
cheers for holding on ive reversed the fee
thank you for your patients po i have processed the re fund already
""", asr_share=0.3),
    dict(families=["acknowledge", "apologize", "own"], specific=True, lines="""
I can see what a hassle this has been, and the missed delivery is entirely our fault, so I've booked you a guaranteed slot tomorrow.
That's three days off work wasted, and we caused it, so I'm paying compensation for each one.
two weeks with no cooker is a lot and that's down to us so i've ordered the part on express
""", asr_share=0.3),
    # ------------------------------------------------ personalize: the customer's name in address
    dict(families=["personalize"], lines="""
Morning, Mrs Oyelaran, lovely to hear from you again.
Okay, Dermot, that's the new direct debit set up for the third.
Right you are, Moira, I'll just get that address typed in.
Thanks, Kwabena, that's all the security done.
Bear with me one second, Ms Lindqvist.
So, Hiroshi, the order number starts with a seven, is that right?
Brilliant, cheers, Callum.
Have a lovely weekend, Mrs Szymańska.
Alright Tamsin, I've got the account open now.
That's all done for you, Sipho.
Good afternoon, Mr Van der Merwe, thanks for holding.
Is it okay if I call you Bernadette?
Nice one, Jordan, that's gone through.
You're all set, Maricel, the booking's confirmed.
I'll just read that back, Mr Abubakar, to make sure I've got it right.
Lovely, Eilidh, and which email would you like it sent to?
Okay then, Rangi, the next thing I need is the meter serial.
Take care, Mrs Nwachukwu, bye now.
Thank you, Anjali, I've got that noted.
Cheers, Gaz, catch you later.
Mr Thibodeau, just to confirm, you're on the basic package?
Sure, Dr Mensah, I can do that for you.
One more question, Lakshmi, and then we're done.
Okay, Nomvula, the parcel's out for delivery today.
That's the payment taken, Ms Castellanos, thank you.
Grand, Pádraig, that's you sorted so.
No bother at all, Mairi.
Morning, Graham, it's Lucy from the energy team returning your call.
Yes, Mrs Petrossian, the renewal date is the fourteenth.
Just checking, Jomar, did you want the receipt emailed?
Perfect, Adaeze, I've updated the phone number.
Thanks for your time, Mr Holloway, you have a good evening.
Hiya Kayleigh, how are you doing today?
You're very welcome, Yusuf, any time.
Right, Ms Kaur, I'll put that through now.
Okay, Thandeka, give me a moment while the page loads.
Sweet as, Tane, that's all locked in.
G'day Sharon, what's going on with the account?
And that's everything, Mr Gallagher, mind yourself now.
Lovely talking to you, Beatriz.
Okay so, Niamh, the statement will come out on Friday.
Thank you very much, Sharma ji.
Of course, Mrs Reddy, one minute please.
Alright, Kofi, I have it here.
Very good, Ms Ng, your order is confirmed.
That's fine, Agnieszka, I'll spell it back to you.
Good to go, Tyrone, you'll get a text shortly.
Bye for now, Elspeth.
So what we've got, Mr Kowalski, is two meters on the one account.
Honestly, Dafydd, it's no trouble at all.
""", asr_share=0.3),
    dict(families=["personalize"], lines="""
okay thanks ifeoma thats you all verified
right so um brendan the new bill will come out on the fifth
alright cheers wayne
yeah no worries priyanka i'll just put that in
bye now mrs o'sullivan take care
thanks for that mohammed
uh so kerry-ann the next step is the the payment
sure thing lwazi one sec
okay mister nakashima ive got that
great stuff fiona thats all updated
perfect thank you mister nguyen
right gurpreet let me just get the screen up
ok rosalind bear with me
lovely ta lorraine
thanks a million siobhan
alright joaquin you're all set
have a good one dave
cool so amara your order's going out tomorrow
tarra now shirley
okay mrs van wyk so thats the the policy renewed
sure chinedu i'll read the reference out
morning hamish how you keeping
uh yes mister sato thats right
okay so pooja that's you booked in for monday
thank you ma'am um thank you mrs delacroix
good evening mister banerjee thanks for holding
no problem at all zanele
yeah that's great ricky ta
right then mr mcallister we're all done here
thanks bukola bye bye
""", asr_share=0.0),
    # ------------------------------ personalize: details the customer gave earlier, good wishes
    dict(families=["personalize"], lines="""
Good luck with the driving test on Thursday.
I hope the hip operation goes smoothly and you're back on your feet soon.
Enjoy the christening on Sunday.
How did your daughter get on with her exams in the end?
Give the new kitten a cuddle from me.
Congratulations on the engagement, by the way.
I hope the move up to Inverness goes well for you all.
Since you work from home on Tuesdays, the Tuesday slot should suit you.
You said the grandkids are staying over Easter, so would the eighth be easier for the visit?
Best of luck with the new café, I hope opening day's busy.
Hope your husband's feeling better soon.
With the twins only three months old, a morning visit's probably best, is that right?
Enjoy the sunshine in Lanzarote.
I hope the wedding's everything you want it to be.
Good luck with the new job at the hospital.
Say hello to Biscuit for me.
How's your mum getting on after her fall?
You mentioned you're a teacher, so half-term might be the easiest week for the engineer.
Oh, and happy birthday for tomorrow.
You said you're in Cork until Friday, so I'll post it to the Dublin address for Saturday.
Hope the spaniel's settling in and leaving your shoes alone.
Good luck with the marathon on Sunday.
Enjoy having the family over for Diwali.
You said you're celebrating Eid at the weekend, Eid Mubarak to you all.
I hope your son's first week at uni goes brilliantly.
As you're on a night shift tonight, I'll send the text after twelve so it doesn't wake you.
Hope the knee's a bit less sore today.
With you caring for your brother, would evening calls suit you better?
Sounds like the allotment's keeping you busy this summer.
I hope the gig goes well on Saturday.
Since the flat's above the chip shop, the driver can look for the blue door beside it.
You mentioned your granddaughter helps with the computer, she's welcome to join the call next time.
Good luck with the house sale, fingers crossed it completes on time.
I hope your dad's settling into the care home.
Enjoy the trip to see your sister in Vancouver.
Safe travels back to Manila.
As you run the B&B yourself, the quiet mid-week slot might work best.
I hope the new baby's letting you get some sleep.
Since you said the lambing's keeping you up at all hours, I'll text rather than ring.
Oh, the cottage in Connemara sounds gorgeous, enjoy it.
Hope Chester recovers quickly from his op.
I hope the results are what she's hoping for.
You said your wife's the one who does the online banking, so she can set the alert up from her login.
Enjoy your first Christmas in the new place.
Congratulations on the retirement, you must be looking forward to it.
""", asr_share=0.3),
    dict(families=["personalize"], lines="""
hope the op goes ok for your mum on friday
good luck with the the interview tomorrow
enjoy the wedding yeah
hows the little one doing now is she over the chicken pox
give the dog a pat from me
since you're on nights ill ring after two
um congratulations on the new baby by the way
hope you have a lovely time in goa
you said you're moving on the twelfth so i'll put the new address on from then
hope your back's feeling better
safe flight home to lagos
enjoy the match on saturday hope they win
oh your first grandchild thats lovely
hope the new house is treating you well
so with the kids off school next week the monday slot might be easier
you mentioned your wife does the bills so she can ring us on the same password
enjoy your retirement you've earned it
hope your son gets on ok at the new school
i hope the shop opening goes well on saturday
good luck with the driving test
hope the cat's on the mend
since you're in cebu at the moment i'll email rather than post it
have a great time at the graduation
hope the knee op goes well
say hi to the kids for me
""", asr_share=0.0),
    # ------------------------------------------------- personalize together with other families
    dict(families=["apologize", "personalize"], specific=True, lines="""
I'm so sorry, Mrs Achterberg, that the paperwork for your late husband has taken this long.
Kieran, I'm really sorry your order didn't arrive in time for your son's birthday.
Sorry, Olumide, that your card was declined at the airport.
I'm sorry the printer packed in right before your daughter's coursework deadline.
I'm so sorry, Ms Achebe, that the heating failed with your mum staying.
Aroha, I'm sorry your tickets never came through for the concert.
i'm so sorry gemma that the cake didnt arrive for the party
so sorry mister hussain the visa letter came late
""", asr_share=0.3),
    dict(families=["acknowledge", "personalize"], lines="""
That's a lot to deal with, Sunita, with the baby due any day.
With your husband in hospital, the last thing you need is a broken boiler, Mrs Flynn.
I can hear how worried you are, Marcus.
A flooded kitchen the week of your daughter's wedding, that's a nightmare.
Looking after your mum and working full time, that's a heavy load.
I can tell it's been a long week, Declan.
No internet with three teenagers revising for exams, that's rough.
that's a horrible start to the holiday kemi
i can hear you're worn out sean
losing your dad and then all this paperwork that's so much to carry
""", asr_share=0.3),
    dict(families=["appreciate", "personalize"], lines="""
Thanks so much for your patience today, Ngozi.
I appreciate you ringing to tell us, Mr Pretorius.
Thank you for sending the photos of the damage, Lucía, that helps a lot.
Thanks for bearing with me, Ruairí, I know the line's been bad.
cheers for waiting so long sinead
thank you for your patients mister dlamini
""", asr_share=0.3),
    dict(families=["personalize", "reassure"], lines="""
Don't worry, Agnes, your pension payment is safe.
You're in good hands now, Mr Ferreira.
Rest easy, Hemi, your cover's still in place.
Nothing to worry about, Mrs Kowalczyk, the card's been stopped.
no need to worry ayesha youre not being charged for it
you're fine dylan nothing's been taken from the account
""", asr_share=0.3),
    # ---------------------------- acknowledge: the customer's situation named without feeling words
    dict(families=["acknowledge"], lines="""
Six weeks without a working oven, that's a long time to go without.
Three engineers and still no dial tone, that's a lot of wasted days off work.
Eighty-four and having to climb into the loft to reset the boiler, that's not on.
Two kids and no washing machine for a fortnight, that's a mountain of laundry.
You've been on hold longer than most people's lunch breaks today.
Paying rent on two places while the move's held up, that's a real squeeze.
That's your whole month's wages stuck in limbo.
Nine hours at the airport with a toddler is a long, long day.
Ringing every day for a week just to get a straight answer, that's a lot.
Living with a hole in the ceiling over Christmas, that's no small thing.
A broken stairlift means you can't get upstairs in your own home, that's serious.
Having to tell the same story to four different departments is too much to ask of anyone.
Starting a new job with no phone signal at home, that's a tough spot.
That's a fortnight of cold showers in January.
No water and a house full of guests, that's the worst timing.
Losing a whole day's trading because the card machine was down, that's real money.
Twelve calls about one refund, that's beyond a joke.
Waiting since April for a decision on a claim is a long stretch.
Fifty-odd miles round trip to the depot and it wasn't even there, that's an afternoon gone.
Being locked out of your own bank account on payday, that's a big deal.
That's three hospital appointments missed because the transport didn't come.
Working nights and then waiting in all day for an engineer who never shows, that's brutal.
That's a lot to take in on top of everything else.
A thousand pounds out of your account without warning would knock anyone sideways.
So the fridge has been off four days in this heat and you've had to bin the lot, that's a big loss.
Being cut off halfway through a call to the hospital is the last thing you need.
Six months of wrong bills is a lot of paper to wade through.
Running a business without internet for a week is next to impossible.
Forty minutes each way to the branch, only to be told to ring us, that's a wasted morning.
A new-build with damp coming through the walls already, that's not what anyone signs up for.
""", asr_share=0.3),
    dict(families=["acknowledge"], lines="""
three weeks with no heating in this weather thats no small thing
you've been ringing since monday that's a lot of calls
no cooker with four kids yeah that's a lot
thats your rent money tied up there
a whole day off work for nothing thats a right pain
so you've been without a car for a month thats tough
uh two hours on hold thats half your morning gone
eighty quid in charges on a pension thats a big chunk
thats a long time to wait for an answer
living out of boxes since june thats hard going
""", asr_share=0.0),
    # ------------------------------------------ apologies without "sorry" or "apologise"
    dict(families=["apologize"], specific=True, lines="""
I feel rotten that the heating's still not working.
It really pains me that you've had three missed deliveries in a row.
I'm mortified the replacement came broken as well.
My heart sank reading how long your claim has been waiting.
I feel terrible that the patient transport left you sitting there for two hours.
Please forgive the delay on your pension transfer.
Please forgive the mix-up with your tickets.
I hate that you've been without broadband for a whole week.
I'm gutted for you that the sofa came damaged.
It sits really badly with me that the refund has taken six weeks.
I feel awful that nobody rang you back about the leak.
I'm cringing that a final demand reached you after you'd paid.
I'm ashamed that the wait to get through was over an hour today.
My sincere regrets that the new card still hasn't reached you.
I'm upset on your behalf that the flight was cancelled without so much as a text.
It's a real shame, and I feel bad, that the cake arrived squashed.
I'm so disappointed for you that the kitchen fitting has been put back again.
Please accept our regrets for the cancelled appointment.
I feel wretched that the wrong tablets were in the bag.
i feel awful the parcel's gone missing again
honestly i feel terrible about the bill being wrong
i'm mortified the boiler's gone again after the repair
""", asr_share=0.3),
    dict(families=["apologize"], specific=False, lines="""
I feel awful about all this.
Honestly, that makes me feel terrible.
Please forgive the trouble.
That's not what I'd want for you, and I feel bad.
I'm gutted, honestly.
I really regret how this has turned out.
Oh, I'm mortified.
Pardon all the bother.
My sincere regrets.
I feel wretched about the whole thing.
It pains me to hear it.
Please accept my regrets for all of this.
ah i feel terrible
oh god i feel so bad
im gutted for you honestly
i really regret this
that makes me feel awful
""", asr_share=0.3),
    # ------------------------------------------ hard negatives: steps of the agent's own process
    dict(families=[], negative=None, lines="""
Give me a second while the account loads.
I'll just ask you a couple of questions to confirm it's you.
Can you hold the line while I check with the warehouse?
I'm just going to look at the notes from your last call.
Let me find the right form on my screen.
I'm putting you on a short hold, don't hang up.
I'll transfer you to our collections team, they handle that.
Let me scroll back through the payment history.
Before I can go into that, I need to take you through data protection.
I'll read out a short legal statement first.
Okay, I'm going to pull the invoice up.
I'll check the stock levels at the Bristol store.
One moment, my system's running slowly.
Let me double-check the postcode on the delivery.
I'll need to confirm the first line of your address.
I'm just typing that into the notes.
I'll pass you over to the mortgage team now.
I'm going to ask you three quick security questions.
Let me see what the tracking says.
I'll look up which engineer was allocated.
I'm checking the policy schedule now.
Let me have a quick look at the terms.
I'll take down the details of the item.
Could you bear with me while I open a new case screen?
I'll need to connect you to our Welsh-language line for that.
I'm just reading the last email you sent us.
Let me pull up the map to see if your street's affected.
I'll just confirm the serial number with you.
I'm going to put you through to the specialist team.
Hang on while I search by reference instead.
I'll need a minute to go through the previous calls.
Let me look at what the contract says about early termination.
I'll record the reason for the call and then we'll get started.
I just need to check one or two things with you first.
I'm going to place you on mute for a moment while I look.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
uh let me just pull your account up
one sec my screen's just um loading
okay i'll just ask a couple security questions
let me see what the the system says
i'm gonna pop you on hold two minutes
so i'll put you through to the the fraud team
ok im just reading through the notes
can i get the postcode please
let me check the the tracking real quick
i'll transfer you to billing they deal with that
ok so i'm just gonna verify a few bits
bear with me the page is being slow
just going to type this up
let me look at the the previous bill
i'll need to go through data protection first
""", asr_share=0.0),
    # ------------------------------- hard negatives: routine fulfilment in calls with no problem
    dict(families=[], negative=None, lines="""
I've set the direct debit to come out on the twentieth.
I'll send the policy documents to your email this afternoon.
You're booked in for the annual service on the ninth, morning slot.
I've added your partner as a named person on the account.
I'll post the new cheque book out to you.
I've upgraded the package to the sports bundle from next month.
I've switched you to paperless, so the next statement comes by email.
I'll pop the welcome letter in the post today.
Your table's booked for half seven on Saturday, for four.
I've renewed the repeat prescription request for another three months.
I'll email over the quote for the extension.
I've changed your contact number to the one ending 413.
I've ordered the extra recycling bin, it'll come with the next collection.
I'll pause the gym membership from the first to the thirtieth.
Your seat is confirmed in row twelve, by the window.
I've added the travel insurance to the booking as you asked.
I'll send the tenancy renewal over for you to e-sign.
I've topped up the meter with the twenty pounds you paid.
I'll register the warranty for the dishwasher now.
The renewal's done, your new policy starts on the first.
I've added your second child to the nursery invoice.
I'll move the council tax account into your name from the date you moved in.
I've put the order through for the blue one in a medium.
I've requested the duplicate statement for you, it'll be with you in a week.
I'll set up the standing order for the fifteenth.
I've switched the broadband to the faster plan as of tomorrow.
Okay, I've logged the meter readings you gave me.
I'll send the e-ticket to your phone.
I've made the address change on the licence record.
I'll book the annual check-up for the dog on Wednesday at four.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
ok so i've set the payment for the first of the month
yeah i'll email the receipt over now
youre booked for tuesday morning eight till twelve
i've added your son as a second driver
i'll stick the application pack in the post today
right i've changed the email on the account
so the new package starts from the tenth
i've put the order through for the large one
i'll book the collection for friday then
yep i've renewed it for another year
""", asr_share=0.0),
    # ----------- hard negatives: names for identity, third parties, the agent's own name, sir/madam
    dict(families=[], negative=None, lines="""
Can you confirm the full name on the account?
So that's Mrs Temitope Adebayo at 19 Cherry Lane?
Is the policyholder Mr Desmond Achterberg?
I've got the account under Wojciech Nowak, is that right?
And can you spell Siobhan for me?
The card is in the name of J. Ferreira, yes?
Is it Ms Holmqvist or Mrs?
Could you give me the name of the person you're calling about?
Your engineer will be Darren, he'll text when he's on his way.
Our specialist, Dr Chaudhry, will review the report.
I'll pass a message to Mr Jacobs in the lettings office.
Ms Grant at head office signs those off.
You're through to Ifeanyi in customer care.
My name's Shona, and I'm taking your call today.
This is Brandon with billing.
Hi, it's Meera calling back from the surgery.
Yes sir, that's the right account.
Okay madam, and the amount?
Cheers, sir, got that.
Right, ma'am, one second.
Sure thing, mate, what's the postcode?
Okay love, what's the reference?
Your late husband's name, as it appears on the certificate, please.
And your daughter's date of birth for the child account?
The nominated contact on file is Patricia Owusu.
Is Kwame the account holder, or are you?
It was signed for at the door by a Mr Pete Lowry.
Your landlord, Mr Osei, needs to sign it as well.
The claim was handled by my colleague, Noura.
Dr Fitzpatrick's secretary will send out the appointment.
The order was placed under the name Beauchamp.
Jenny on the accounts team handles the invoices.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
whose name is the account under please
is that mister tunde bakare
so the account is in the name of um louise parry
right sir and what's the house number
yes madam thats right
is that miss or mrs for the letters
your engineer's called um craig
the letter was signed by our manager mr evans
hi you're speaking to jasmine how can i help
so the other driver is a miss karen holt
""", asr_share=0.0),
    # ------------------- hard negatives: comprehension, "I see", closing and courtesy formulas
    dict(families=[], negative=None, lines="""
I understand, so you want the bill split between the two of you.
Okay, I see.
Right, got you.
I understand you'd like to change the delivery date.
Understood, you're after a copy of the contract.
I see what you mean, the twelfth not the twentieth.
Makes sense, so it's the upstairs flat.
Thanks for ringing in, enjoy your afternoon.
Is there anything else I can help with?
Okay, that's everything on my side.
You're welcome, bye now.
Thank you for your time today.
Lovely, thanks, speak soon.
uh huh i see
ok i understand so you want to cancel the the contract
right got it
gotcha so its the second order not the first
thanks for your call bye now
anything else i can do today
no worries have a good one
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: plain facts about a fault
    dict(families=[], negative=None, lines="""
The outage was caused by a cable cut during roadworks.
The delivery was late because the lorry broke down on the M6.
The payment failed because the card on file had expired.
The flight was cancelled due to a technical issue with the aircraft.
That charge is the annual fee, it comes out every March.
Your bill went up because the price cap changed in October.
The parcel went back to the sender after three failed attempts.
The bank rejected the transfer because the reference was too long.
The leak's coming from the neighbour's flat above.
There's a known fault with that model's charging port.
The engineer couldn't get access because the side gate was locked.
The claim was declined because the policy started after the damage.
The email bounced because there was a typo in the address.
The order was split into two parcels, and the second one is still at the depot.
The reading on the bill was estimated, the last actual one was in May.
The network in your area is being upgraded this week.
The store ran out of stock once the sale started.
The direct debit was cancelled at the bank's end last month.
the the outage was from a power fault at the exchange
um the parcel's stuck at customs in east midlands
the card was declined cos it hit the daily limit
it was estimated cos there wasn't a reading since march
the delay's down to a problem at the sorting office
the system had an update overnight and its been slow
the train was cancelled cos of a signal failure
""", asr_share=0.3),
]
