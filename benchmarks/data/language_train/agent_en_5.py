"""Agent lines in English, fifth hand-written batch for the training corpus (see README.md).

Provenance: written on 2026-12-07 by a helper session started for the training corpus, by
hand, from general knowledge of contact-centre and front-desk calls. Nothing was copied
from a dataset, from the bundled sample calls or from any evaluation set, and no sentence
given as an example in the project's READMEs or in the helper's brief was reused verbatim.

Aim: the families the model was weakest on, and the lines shaped like them that carry no
family:
- reassure by absolving and normalising (not the customer's fault, nothing to apologise or
  feel silly for, not making a fuss, right to call, happens to many people), alone, with
  acknowledge, with the customer's name, and with an admission of the company's fault
  (then also apologize and own);
- reassure by promise and protection (word given, nothing lost or charged, covered, safe now,
  calming lines in emergencies), and own + reassure where the agent commits to the step;
- own by concrete remedy and commitment in answer to a problem (refunds, credits, waived
  fees, call-backs by a stated time, escalations the agent drives, daily follow-up), and
  admissions of fault (apologize + own, ``specific`` when the problem is named);
- apologies in varied and indirect wording, specific and generic, "you should have had /
  been told" as what the customer was owed, and thanks for waiting with an apology for the
  wait (appreciate + apologize, ``specific`` False: the wait is not the customer's problem);
- hard negatives with no family: courtesy replies to thanks, procedural "don't worry about
  that box", routine fulfilment of a plain request in a call with no problem, verification,
  neutral terms, "I'm afraid" as a softener, scheduling offers, procedural sorries, neutral
  statements of who is responsible;
- dismissive near-misses (blame, policy_wall, dismiss_feelings, deflect,
  repeat_impatience), to contrast with the "owed" apologies and the absolving reassurance.

Labels follow the report contract and this folder's README (the broad reading of own and
personalize adopted on 2026-12-07): own covers admissions of fault and concrete remedies the
agent takes, not the agent's process steps nor routine fulfilment; personalize is the
customer's name in address or an earlier detail, not "sir", "ma'am", "mate", "pet" alone.

Registers: UK regions (London, Yorkshire, Geordie, Scouse, Midlands, West Country), Welsh,
Scottish, Irish, US, Canadian, Australian, New Zealand, Indian, Nigerian, Kenyan, South
African, Filipino and Caribbean English and the English of non-native speakers; formal,
chatty, terse and scripted. Industries: vets, kennels, removals, dentists, boiler repair and
gas, theatre box office, driving schools, storage units, solar panels, funeral directors and
crematoria, wedding venues and cake makers, tutoring, printers and print shops, coach
travel, rental cars, event tickets, charities, universities and exam boards, housing
associations, courier depots, opticians, locksmiths, skip hire, chimney sweeps, allotments,
ferries, pension and care funding, schools. About a third of the lines are written as ASR
output (lower case, no punctuation, fillers such as um/uh/like, repeated words, run-ons and
mishearings such as "re assure", "rest a sured", "in convenience", "should of", "your
welcome", "a pologise", "patients", "defiantly").

What the helper read: ``REPORT_CONTRACT.md`` (definitions), this folder's ``README.md``
(labelling rules) and ``agent_en_4.py`` (module layout only; no line was copied or
paraphrased from it). What it did not read: the frozen blind sets
(``benchmarks/data/blind*/``), ``benchmarks/data/language_dev.json``, ``tests/``, the
``callcoach`` package, the other training files, ``build.py`` and ``fit.py``.

Layout as in ``agent_en_4.py``: each block is one label: ``families`` (empathy families),
``negative`` (dismissive category or None) and, for apologies, ``specific`` (the apology
names the customer's actual problem). ``asr_share``: 0.3 for blocks written in ordinary
spelling, 0.0 for blocks already written as ASR output. One sentence or turn per line.
"""

BLOCKS = [
    # ------------------------------------------- reassure: absolving and normalising
    dict(families=["reassure"], lines="""
It's honestly not your fault, that form catches loads of people out.
You haven't done anything wrong here, card payments just fail like that sometimes.
Please don't feel silly, the boiler pressure thing gets nearly everyone their first winter.
There's no need to apologise at all, ringing us about this is exactly what you should do.
You're not making a fuss, a funeral car that doesn't turn up is a big deal and you were right to ring.
You did exactly the right thing phoning us before you paid anyone.
Honestly, you're far from the first person to get locked out of the storage unit app this week.
Don't be embarrassed, we get this exact call a few times a day.
It happens to a lot of our learners, the test booking website isn't very clear.
You weren't to know the coach had moved to the other bay, there was no sign up.
Please don't blame yourself, getting him to us that quickly was the best thing you could have done.
There's nothing to be sorry for, you can ask me as many questions as you need.
That's a perfectly reasonable thing to ask, you're not being difficult in the slightest.
Lots of couples forget to send the final numbers on time, it's really common and we can still fit it in.
You're not the first and you definitely won't be the last to mix up the matinee and the evening show.
It's not a stupid question at all, the wording on tenancy agreements trips up loads of people.
You've done nothing wrong by asking for a second opinion on the quote.
Ringing straight away was the smart thing to do, it means we can stop anything else going out.
There's no such thing as a silly question when you're arranging a funeral.
Please don't think you're wasting my time, this is my job and I'm glad to go through it.
You did the sensible thing switching the panels off at the isolator.
The test centre cancels on people all the time, it's not something you've caused.
Honestly, it's an easy mistake to make with two accounts on the one email address.
You're not being a nuisance at all, ring us as often as you need to.
Anybody would have reacted the same way to a letter like that.
Don't feel bad about missing the appointment, life gets in the way and we can rebook it.
You're well within your rights to query it, so please don't feel awkward.
You absolutely did the right thing bringing her straight in when she stopped eating.
It's not a daft question, the tutoring portal doesn't make it obvious where the reports are.
Please don't feel you have to apologise for getting upset, it's perfectly alright.
You've nothing to be embarrassed about, most of our students have a wobble with the finance forms.
You're not overreacting, a leak near the fuse box is exactly what we want to hear about.
It's really common for new glasses to feel strange for the first week, you haven't been given the wrong pair.
Lots of people don't realise the hire car takes diesel until they're at the pump, you're in good company.
You haven't missed anything, the confirmation always turns up a day later than people expect.
Please don't think you've messed anything up, everything is still exactly where it should be.
Calling us was the right thing, far better than trying to relight it yourself.
There's no need to feel guilty about cancelling, the venue has this happen every season.
That's completely normal after a first filling, you're not imagining it and you're not being soft.
You're certainly not the only one, half the street has been on the phone about the bin collection.
I wouldn't want you going away thinking this was down to you, because it really isn't.
Honestly, don't give it another thought, you didn't break anything.
You haven't put us out by ringing late, we're open till eight.
It's not your job to know how the meter works, that's what we're for.
Please don't apologise for the dog barking in the background, I've got two of my own.
Anyone would have panicked seeing that amount on a statement, you reacted perfectly sensibly.
Don't feel daft for asking twice, it's a lot of information to take in at once.
Kindly don't worry, madam, it is not at all your mistake, many customers face the same thing.
Please ma, no need to say sorry, it is not your fault at all.
Ma'am, it's okay po, you did nothing wrong, this happens to a lot of our customers.
Shame, don't feel bad, it happens to heaps of people with the prepaid meters.
Nah man, it's not your fault at all, that kind of thing does happen.
Don't worry, it is not your mistake, it happens to many people when they change phones.
Ah you're grand, sure you weren't to know, nobody reads those leaflets.
Och, don't be daft, you've not done a thing wrong, hen.
You're alright, love, it's not you, that machine at the depot does it to everyone.
No stress at all, mate, you did the right thing giving us a bell.
Honestly, people ring us about this every day, you're not being silly.
You don't need to justify ringing us, it's your wedding and you're allowed to check.
Please don't think you're bothering us, that's what the out-of-hours line is for.
You did everything you were supposed to, there's nothing more you could have done.
It's a really common worry with new hearing aids, so you're right to ask.
That happens to loads of our tenants in the first month, so don't be hard on yourself.
You needn't feel awkward about asking for the price again, it's a big decision.
You didn't do anything to cause the crack, windscreens can go like that in the cold.
Heaps of folks get the two charities mixed up, the names are almost the same.
It's a fair question, and you're certainly not the first parent to ask it this term.
You were right to flag it, even if it turns out to be nothing.
Don't be sorry for crying, it's a perfectly natural thing at a time like this.
""", asr_share=0.3),
    dict(families=["reassure"], lines="""
its not your fault at all honestly the um the form is really confusing
you didnt do anything wrong like at all
no need to a pologise youre fine honestly
dont feel silly loads of people do that with the with the app
you did the right thing ringing us straight away with the gas smell
youre not the first one today trust me
youre not making a fuss its a fair question
uh it happens all the time with the storage gate codes its not just you
please dont be embarrassed we get this every day
honestly dont give it a second thought its not on you
you werent to know um nobody would of known that
its not a silly question at all we get asked it loads
youre not being difficult youre asking what anyone would ask
its really really common after a new pair of glasses
dont beat yourself up about it it happens to everyone
you did everything right you know you rang the right people
no need to feel bad about cancelling these things happen
youre not bothering me at all thats what im here for
um dont apologise its its absolutely fine
happens to the best of us with these smart meters honestly
aye its nae bother at all youve done nothing wrong
ah sure look it happens to everyone dont be worrying about it
youre in good company lots of people miss the the re enrolment deadline
nah mate you havent done anything wrong the card reader just timed out
its completely normal to feel a bit rough after an extraction youre not being soft
ya no you did the right thing calling better safe than sorry with gas
kindly dont feel bad sir it is a very common issue only
its okay po maam you did nothing wrong its not your fault
dont stress its not your fault at all eh
you shouldnt feel silly at all um half our callers ask the same thing
like honestly youre not the only one its been a crazy week for the for the ferry
theres nothing to be embarrassed about we see it all the time at the clinic
you dont have to say sorry youve done nothing wrong
you were totally right to ring us like thats what were here for
um theres no need to feel stupid the the letter was confusing for everyone
you didnt cause this at all these fuses just go sometimes
listen youre not the first person to lose the storage key this month
its okay to ring us back as many times as you need you know
dont apologise for asking again its a lot to take in
you did the best thing you could by getting the dog in the car and coming straight down
honestly half our students forget the the password reset its nothing
youre not wasting anyones time ringing about a gas smell ever
oh gosh dont be sorry youre not being a pain at all
no no youre not being silly its a really common question with the panels
""", asr_share=0.0),
    dict(families=["acknowledge", "reassure"], lines="""
I can tell you're embarrassed, but honestly there's nothing to be embarrassed about.
I know it feels like you've made a mess of it, but you really haven't.
It sounds like you've been kicking yourself all morning, and you don't need to, this wasn't your doing.
That must have given you a real fright, and ringing us was absolutely the right move.
I know you feel awkward phoning again, please don't, you're entitled to an answer.
Moving house is stressful and anyone would forget one letter in the middle of it.
I can hear how flustered you are, take your time, you've not done anything wrong.
I know this is a lot to take in all at once, and there's no wrong question here.
""", asr_share=0.3),
    dict(families=["acknowledge", "reassure"], lines="""
it sounds like youve been worrying yourself sick and honestly its not your fault
i can hear youre upset and thats completely understandable you did the right thing calling
i know youre really embarrassed about it but honestly theres no need
that must of been scary um and you did exactly the right thing ringing us
i can tell youre stressed about it but youve done nothing wrong like nothing
""", asr_share=0.0),
    dict(families=["personalize", "reassure"], lines="""
Mrs Okafor, please don't apologise, you've done nothing wrong at all.
Honestly Declan, you're not the first to get the dates mixed up on the box office site.
You did the right thing calling, Priya, especially with the baby due next month.
Don't feel silly, Graham, half our customers forget the storage PIN at some point.
It's not your fault, Aroha, the ferry times changed after you'd booked.
Mr Banerjee, you're not making a fuss, it's your money and you're entitled to ask.
Please don't be embarrassed, Thandi, this happens with new hearing aids all the time.
Kwame, you weren't to know the venue had changed, nobody told you.
""", asr_share=0.3),
    dict(families=["personalize", "reassure"], lines="""
dont worry siobhan its not your fault at all
youve done nothing wrong mr kowalski honestly
honestly chidi youre not making a fuss its a fair question
you did the right thing calling us margaret um with the the pipe like that
""", asr_share=0.0),
    dict(families=["apologize", "own", "reassure"], specific=True, lines="""
It's not on you at all, the removal crew should have checked the inventory before they drove off, and that's our mistake.
Nothing you did caused this, our firmware update knocked out a whole batch of printers and we own that.
You couldn't have spotted it, the error was in our paperwork, not in anything you filled in.
It's no reflection on you, our donation page was faulty most of yesterday, that's on our side.
You've done nothing wrong, the depot scanned your parcel into the wrong cage, that's our error.
Please don't feel bad, it was our clerk who put the wrong date on the booking, not you.
You didn't mislead anyone, we mixed up the two quotes and that's down to us.
That's not your mistake at all, our system sent the reminder to your old address.
You read the timetable correctly, we printed the wrong departure time on it.
""", asr_share=0.3),
    dict(families=["apologize", "own", "reassure"], specific=True, lines="""
its not your fault at all we put the wrong date on the the booking thats our mistake
you didnt do anything wrong our system sent it to the old address thats on us
you couldnt of known the error was on our paperwork not yours
dont feel bad its our driver that left it at the wrong house thats on us
you read it right um we printed the wrong time on the ticket thats our fault
""", asr_share=0.0),
    # ------------------------------------------- reassure: promises and protection
    dict(families=["reassure"], lines="""
You won't lose your place on the allotment waiting list, I promise you that.
Your deposit is completely safe, it's held in a protected scheme and nobody can touch it.
Nothing will be taken from your account while the dispute is open, you have my word on it.
You're fully covered for the damage, the policy includes breakage in transit.
The card's been blocked, so nobody can use it now even if they've got the number.
You won't be charged a penny extra for the delay.
Your connection is safe, even if the coach is late the ferry will wait for it.
The ticket's still valid, you can use it on any service tomorrow, so rest easy.
You won't lose your no-claims discount over this, it's logged as a non-fault claim.
The account isn't going to collections, it's on hold until this is resolved.
I give you my word the funeral will go ahead on Thursday as planned.
Your place on the course is guaranteed, the late fee payment won't affect it.
She's comfortable now, the vet's got her on a drip and she's in good hands.
We're going to get this straightened out, you're not on your own with it.
Please try not to panic, the gas is off at the meter and the house is safe.
You're safe where you are, stay outside and the engineer will be with you within the hour.
Take a deep breath, the water's off at the stopcock, nothing more is going to come through the ceiling.
Your pension isn't affected by this at all, the payments carry on as normal.
Nobody can get into the account now, the password's been reset and every old session is logged out.
I promise we'll have the marquee up in time, we've never missed a wedding yet.
You will get this money back, one way or another.
Your tenancy isn't at risk because of this, so please don't lose sleep over it.
None of your photos have been lost, they're all still in the print shop's cloud storage.
Your data's safe, it was only the screen that failed, not the drive.
You'll still get your results on results day, the marking delay won't change that.
The school place is held for her, nobody else can take it.
You're insured for the whole hire, including the damage to the wing mirror.
You won't end up out of pocket over this, I can promise you that much.
There's no chance of the venue being double-booked, your date is locked in.
He's in safe hands now, we've got two vets on tonight.
We're here until it's sorted, however long that takes.
Rest assured the tickets are genuine, the barcode will scan at the door.
You'll be back up and running well before the weekend.
Your money's protected, you paid by credit card so you're covered under section seventy-five.
Nothing's going to touch your credit file while we look into it.
You're not going to be left without heating, whatever happens with the part.
This won't affect your claim at all, it's still being processed exactly as before.
The panels are perfectly safe to leave on, that warning light is only the monitoring dropping out.
You're covered for a replacement vehicle, so you won't be stranded.
I promise you the bailiffs aren't coming, the account is flagged as in dispute.
The money's ring-fenced for the care fees, it can't be used for anything else.
We'll get there, it's a fiddly one but it's completely fixable.
He's not in any danger, it's a mild reaction and it'll pass in a few hours.
You won't have to pay the fine, it was issued in error and it'll be cancelled.
Whatever happens with the flight, your hotel is paid and your room will be there.
You'll keep your seats, the show's only been moved, not cancelled.
Your loan won't go into arrears over this, the payment holiday covers it.
There's nothing to be scared of now, the locks have been changed and the old keys won't work.
You're not going to lose the house, I want you to hear that clearly.
We won't let this drag on, you'll have an answer this week.
Your grant is safe, the university can't withdraw it over a late form.
I swear to you, nobody's going to cut your water off while this is being looked at.
Don't worry, the ambulance is on its way and you're doing everything right.
Stay with me, help's coming, you've done all the right things.
Honestly, your bike's safe in the unit, the alarm never went off and the lock's intact.
Your booking's protected by the travel association, so even if the operator folds you get your money back.
We'll find him a space, your dog won't be turned away on the night.
You're completely protected, fraud on a debit card is refunded in full.
I can guarantee the repair won't cost you anything, it's still under warranty.
The certificate is legally valid even with the typo, so the sale can still go through.
We're not going to leave you without a car for the wedding, whatever it takes.
Your deposit won't be touched for the damp marks, they're not from anything you did.
""", asr_share=0.3),
    dict(families=["own", "reassure"], lines="""
I'll make sure personally that nothing gets charged until the new meter's fitted, so don't worry about the bill.
I've frozen the card this minute, so nobody can spend a penny on it now.
I'm putting a collections hold on the account today, so you won't get any letters while we sort this.
Leave the insurer to me, I'll ring them myself and you won't have to repeat the whole story.
I've cancelled the charge and I'll check tomorrow that it's gone, so you won't be out of pocket.
I'll stay on the line with you until the engineer arrives, you're not on your own.
I'll get you on the next coach out at no cost and make sure the driver knows you're coming.
I'm booking you a courtesy car for tomorrow, so you won't be left without transport.
I'll ring the crematorium myself and make sure the time is held for your family.
I've put a stop on the direct debit, so nothing more will leave your account this month.
I'll keep the date on hold for you myself, nobody else will get it.
I'll have a locksmith with you within the hour and I'll cover the callout, you're safe waiting in the car.
I've reissued the tickets to your new email and cancelled the old barcodes, so nobody else can use them.
I'll chase the refund every morning until it lands, you've got my word.
I'm flagging the repair as an emergency now, so someone's out today and you won't be without water overnight.
I'll write to the university's finance office myself so your enrolment isn't blocked by this.
I've added a month's free rent on the unit, so your things are safe while you find a new place.
I'll see this through to the end myself, I won't hand it off to anyone else.
I'm calling the out-of-hours vet for you now and letting them know she's on her way.
I've reset the alarm code remotely, so the old code won't open anything anymore.
I'll make sure you're reimbursed for the hotel, keep the receipt and I'll put it through the same day.
I'll have the removals team back on Saturday at our cost, and I'll check every box myself.
I'll speak to the venue today and make sure they hold your deposit, you won't lose it.
I'm sending the replacement printer today, and your warranty carries over, so you're fully covered.
I'll ring you before four with the new date, I won't leave you hanging, I promise.
I'll sort the paperwork with the housing officer myself, your tenancy's in no danger.
I've stopped the order leaving the warehouse, so you won't be charged for it.
I'll find you a lesson with another instructor before the test, you won't go in unprepared.
I'm logging it as fraud right now, and the money's protected while they investigate.
I'll ring the school myself and explain, so you won't get a fine for the missed days.
I've locked the online account and I'll send new login details to your post address only.
I'll cover the kennel fees for the extra night myself, so he's got a bed and you've got nothing to pay.
I'm holding the storage auction on your unit, nothing of yours will be sold while we talk this through.
I'll make sure the engineer brings the part with him, so you're not left another night without hot water.
I'll get the tow truck sent to you now and the replacement car will meet you there.
""", asr_share=0.3),
    dict(families=["reassure"], lines="""
i promise you wont be charged for that
you wont lose your booking its its still there
nothing goes to collections while its under review okay
youre covered for that um the policy covers the the glass as well
the cards blocked now so no one can use it
rest a sured the tickets are still valid
i can re assure you the money is safe its in the protected account
dont worry were gonna get all this fixed up for you
um you have my word nothing else will come out
its safe now the gas is off so you can go back in
you wont be out of pocket at all
take a breath yeah the leaks stopped nothing else will come through
well have you back up and running um by the weekend for sure
honestly youre in good hands the the vets with him now
your credit score wont be affected by this its all on hold
you will defiantly get the refund its just the bank timing
the house is safe now the alarm company has it all locked down
your deposit is safe like nobody can touch it
you wont lose the wedding date i promise you that
the the ambulance is on its way youre doing everything right
nobody can use the old pin now its been cancelled so youre safe
you wont have to pay anything for this repair its all under the warranty
the money wont go to the debt collectors while we look at it i promise
your seats are safe even if the show moves you keep the same ones
were gonna get you sorted before the wedding dont you worry
you have my word the house wont be left without heating tonight
""", asr_share=0.0),
    dict(families=["own", "reassure"], lines="""
ive frozen the card now so nobody can use it
ill ring you back before two and and i wont forget i promise
ill stop the direct debit right now so nothing else comes out
ill chase it every day till its paid you wont have to ring again
im putting a hold on the account so you wont get any letters
ill get an engineer out today so youre not without heating tonight
um ill book you on the next coach for free and youll still make the wedding
ive cancelled the old tickets so nobody else can use them
ill sort the re fund myself so you wont lose the deposit
ive blocked that payee so no more money can go to them
ill call the school myself so you dont get fined for the days
ill stay on with you till the locksmith gets there okay youre not on your own
""", asr_share=0.0),
    # ------------------------------------------- own: concrete remedies and commitments
    dict(families=["own"], lines="""
Here's my plan: I'll refund the booking fee today and move the tour to whichever date suits you.
I've waived the late collection charge on the storage unit, so that's gone.
I'll call you back by half two with the part's delivery date, and if I don't have it I'll ring anyway.
I'm crediting your account with the cost of the two missed lessons.
I'll get the reprint done straight away, it'll be on the courier this afternoon and there's nothing to pay.
I'm escalating this to our area manager myself and I'll stay on it until you hear back.
I'll chase the crematorium paperwork every day until it's signed off.
I've refunded the cancellation fee, you'll see it back on your card in three to five days.
I'm sending a technician out tomorrow morning to look at the inverter, free of charge.
I'll ring the depot myself and get the driver to bring your parcel back out this evening.
I've taken the admin fee off your final invoice.
I'll get the tutor to run an extra session this week at no cost, to make up for the one that was missed.
I've rebooked the eye test for Thursday and knocked the fee off your new glasses.
I'm giving you a full refund on the tickets and holding two seats for the rescheduled show.
I'll have the engraving on the plaque redone and with you by Friday.
I've put through a goodwill credit of forty pounds for the hassle.
I'll get onto the housing association's repairs team myself and push for a date this week.
I'm upgrading your hire car to the next size up at no extra cost, since the one you booked isn't ready.
I'll contact the printers directly and have the invitations re-run with the right date.
I've cancelled the invoice for the second visit, you don't owe anything for it.
I'm going to have the cake remade and delivered to the venue on Saturday morning at no charge.
I'll email the registry myself today and get the transcript corrected before your deadline.
I've refunded the difference between the coach ticket you paid for and the seat you actually got.
I'll send the removal crew back to put the bed together, and we'll cover it.
I'm issuing a new membership card and adding an extra month for the weeks you couldn't get in.
I'll speak to the dentist and get the crown refitted this week, and there won't be a fee.
I'll keep on at the courier until your parcel's found, and I'll update you every afternoon.
I'm ordering the boiler part on next-day delivery and our engineer will fit it Wednesday.
I've cleared the overcharge and adjusted your direct debit so it doesn't happen again.
I'll go back to the venue and get written confirmation of the new date for you.
I'm reporting the faulty panel to the manufacturer on your behalf, so you won't have to deal with them.
I'll phone the vet practice myself and get the prescription sent to your pharmacy today.
I've stopped the renewal and refunded this year's payment in full.
I'll find out why the letter went to your old address and get your details fixed today.
I'm sending someone to the storage site this afternoon to fix the lock on your unit.
I've added a free extra week to your hire, since the handover was delayed.
I'll take this to the head of admissions myself and get you an answer by Friday.
I'm cancelling the penalty and refunding what you've already paid towards it.
I'll get our printer to run the order of service overnight and drop it at the church by nine.
I'll process the refund for the unused tickets now and email you the confirmation before we hang up.
I've moved your donation to the appeal you originally chose.
I'll have a fresh pair of lenses made and sent to you recorded delivery at no cost.
I'm pushing the repair to the top of the list and I'll ring you tomorrow with a time.
I've reissued the certificate with the name spelt correctly.
I'll have the skip collected today and I've taken the extra day's hire off.
I'll follow up with the landlord myself every couple of days until the damp is dealt with.
I've paid the parking charge back to you, since the barrier wasn't working.
I'm having the van diverted so the driver can drop your order before lunch.
I'll ring the airline myself and get the car seat sorted for the flight.
I've stopped the bailiff referral and set up the payment plan we talked about.
Right, what I'm going to do is book a new engineer visit for Monday and credit you for the wasted day off.
Let me take this one off your hands, I'll deal with the courier and the seller both.
I'll get the ticket transferred into your name today so you can still get in on Saturday.
I've knocked a hundred pounds off the final balance for the missing tables at the reception.
I'm going to get the chimney sweep back out free to finish the job properly.
I'll put in a formal complaint to the coach operator on your behalf and send you a copy.
I'll ring the funeral director myself this afternoon and confirm the hearse for eleven.
I've given you priority booking on the next two driving tests that come up.
I'm getting the optician to remake the frames at our cost.
Tell you what, I'll hand-deliver the tickets to the box office so they're waiting for you at the door.
I'll arrange for the replacement panel to be fitted the same day the scaffolding goes up, so you're not paying for it twice.
I'll get the allotment committee to send someone round to clear the dumped rubbish this week.
""", asr_share=0.3),
    dict(families=["own"], lines="""
ill ring you back by two with the the delivery date
heres the plan ill refund the booking fee and rebook you for saturday
ive waived the the late fee so you dont owe that
um ill get that fixed for you right now and post a new one today free of charge
im gonna put a credit on the account for the two days you were without internet
ill chase the depot every day til your parcels found
ive refunded the cancellation charge itll take three to five working days
ill escalate it myself to the manager and call you tomorrow
ill get the engineer back out monday no charge
ive knocked the call out fee off the bill
ill get the tutor to do an extra session for free this week
ill send the new lenses out today um recorded delivery no cost
ill ring the venue myself and get the date moved
um im gonna refund the the difference on the coach ticket
ive cancelled that invoice so you dont owe anything
ill speak to the landlord and push them for a date this week
ill get the reprints done over night and drop them round
ive took the admin fee off the final bill
ill follow it up every morning and let you know
im sending a new card out today at no cost it goes in the post tonight
ill get the crown redone and theres no fee for that
ive arranged for the van to come back this evening for the the missing box
ill look after this one myself till its done okay
im gonna put a complaint in on your behalf so you dont have to
ill cover the cost of the taxi just send me the receipt
so what ill do is um get a new part ordered and and the engineer back thursday
ill have the skip picked up today and take off the extra day
ill ring the crematorium myself this afternoon and call you back by four
ive took the booking fee off and refunded it to your card
im gonna get the optician to remake them at no cost to you
ill personally chase the the housing team every day until someones out
ill sort a new date for the driving test and pay the the rebooking fee
""", asr_share=0.0),
    dict(families=["apologize", "own"], specific=True, lines="""
That one's completely our fault, we sent the removals van to the wrong postcode.
We got the dates mixed up on your wedding booking, and that's down to us entirely.
That's our mistake, the box office should have warned you the seats were behind a pillar.
We dropped the ball on your tutoring schedule, the tutor should have been told about the change.
Our depot put your parcel on the wrong van, that's our error and I'm sorting it now.
The double charge was our system's doing, not yours, and I'm putting it right.
We let you down on the solar installation, the team should have finished the wiring before they left.
I'll hold my hands up, we never passed your message on to the funeral director.
That was a mistake on our part, your dog's vaccination reminder went to someone else.
We made a mess of the invoice, you were billed for a second skip you never had.
That's on our side, the optician put the wrong prescription in the frames.
Our fault completely, we told you the coach left at nine when it was half eight.
We should have rung you when the hire car wasn't ready, and we didn't, that's on me.
We got the name wrong on the order of service, and I'm so sorry.
The instructor not turning up is our failing, and I'll make it right.
You should have been told about the fee change, and we didn't tell you, that's our failing.
The colours are off because of a setting at our end, not your file, and we'll reprint it.
Our courier left it in full view on the doorstep, which is against our own rules, so that's our mistake.
That's down to us, the housing officer should have booked the repair weeks ago.
We took your deposit and never confirmed the venue, that's entirely our fault.
We fell short on keeping you updated about the installation, and I'm sorry for that.
We really let you down with the kennel booking, there's no excuse for losing it.
I have to be honest, we forgot to send the exam entry, and that's on the school office.
That's a failure on our side, the gas engineer should never have left without testing the boiler.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=False, lines="""
That's on me, I should have caught it, and I'll put it right today.
Fair enough, that's our mistake and I'm going to fix it.
We got that one wrong, I hold my hands up.
You're right, we slipped up there, and I'll sort it out.
That's our error entirely, I'm on it now.
I'm sorry, that's down to us, and I'll make it right.
We've let you down here, and I'm going to fix it for you.
Honestly, that's our side's doing, not yours, and I'll take care of it.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=True, lines="""
thats our fault we sent the van to the wrong address
we got your booking dates wrong and thats on us
thats our mistake the the depot put it on the wrong van
um we should of called you when the car wasnt ready thats our fault
we charged you twice thats our error not yours
we messed up the spelling on the order of service im so sorry
yeah thats on our side the optician put the wrong lenses in
the instructor not showing up thats our fault im gonna sort it
we never passed your message on to the vet thats our mistake
we lost the paperwork for the the kennels thats down to us
""", asr_share=0.0),
    dict(families=["apologize", "own"], specific=False, lines="""
thats my fault ill sort it
we got that wrong sorry ill fix it now
ah thats on us completely um ill put it right
""", asr_share=0.0),
    dict(families=["apologize", "own", "personalize"], specific=True, lines="""
Mrs Adeyemi, we sent the removal team on the wrong day, that's our fault and I'm rebooking it now.
I'm so sorry, Fergus, we billed your storage twice, and I've already refunded the second payment.
That's our mistake, Leilani, the tickets should have gone to your new email, and I'm resending them now.
""", asr_share=0.3),
    # ------------------------------------------- apologize: varied and indirect wording
    dict(families=["apologize"], specific=True, lines="""
I do apologise, you should have had a call from the engineer before he left the depot.
I'm so sorry to hear your cat's medication didn't arrive in time.
I'm really sorry the removal van turned up four hours late on the day of your move.
I'm mortified that your wedding invitations went out with the wrong venue printed on them.
It pains me that the funeral flowers went to the wrong chapel.
I'm embarrassed that you've had to ring three times about the same boiler fault.
I'm so sorry the coach left without you, you should have been told the bay had changed.
Ugh, I'm sorry the certificate still hasn't turned up.
I'm really sorry, you should have received the refund for the cancelled show weeks ago.
I apologise that nobody told you the storage prices were going up.
I'm sorry you were given the wrong exam date, you should have had the correct one in writing.
I'm sorry your glasses came back with scratches on the lenses.
Apologies that the installer left without showing you how the solar app works.
I'm really sorry the tutor didn't show up for Tuesday's session.
I'm sorry the parcel was left out in the rain at the depot.
I do apologise that the ink cartridges we sent were the wrong model.
I'm so sorry your dog was kept waiting in the car park for over an hour before his appointment.
I'm sorry the dentist ran so late that you lost your slot.
I'm sorry you've been passed between departments about the repair.
I'm genuinely sorry your deposit for the venue took so long to come back.
My apologies that your donation receipt had the wrong amount on it.
I'm sorry the driving lesson was cancelled at such short notice.
I'm sorry the seats you paid for had a restricted view and nobody mentioned it.
I really regret that the courier left your new laptop with a neighbour you've never met.
Sorry to hear your boiler's given up again in this cold.
I'm sorry the box office charged you twice for the same tickets.
You should have been told about the deposit rules when you booked, and I'm sorry you weren't.
You should have got a text when the engineer was running late, and I apologise that it didn't happen.
I'm sorry, you should have been offered a courtesy car straight away.
I'm sorry it's taken the university so long to answer about your transcript.
I'm sorry your reserved coach seat wasn't kept for you.
I'm sorry the kennels didn't give your dog his tablets on time.
What happened to your deposit should never have happened, and I'm really sorry.
I'm sorry the event tickets never arrived in your inbox.
I'm so sorry your rental car had a flat tyre when you went to collect it.
I'm sorry the damp in your bathroom still hasn't been fixed.
I'm sorry you had to chase us for the MOT certificate.
I'm sorry you were kept in the dark about the delay to your move-in date.
A thousand apologies, the tickets you were sent are for the wrong night.
I'm so sorry, your prescription sunglasses should have been with you a fortnight ago.
Pole sana for the delay with your parcel, it should have reached the Nairobi depot on Monday.
Sorry ma, our technician was meant to install the inverter yesterday and he didn't come.
Sorry po, ma'am, your refund for the cancelled flight should have been processed already.
Sorry to hear the cheque for the charity raffle was lost in the post.
I'm sorry you turned up for your lesson and the car wasn't there.
I feel terrible that the ashes weren't ready on the day you were promised.
I'm so sorry the cake arrived squashed, that's not what you paid us for.
I really am sorry the heating's been off since Friday.
It's not right that you waited all day in for a delivery that never came, and I apologise.
You should have been sent the new timetable, I'm sorry that never reached you.
I'm sorry the letter about the exam results was so confusing.
So sorry your hearing aid repair has taken three weeks instead of one.
I'm sorry you were charged the late fee when the payment left on time.
Sorry the van blocked your drive all morning, that shouldn't have happened.
""", asr_share=0.3),
    dict(families=["apologize"], specific=False, lines="""
I do apologise for all of that, honestly.
I'm so sorry, that's not good enough at all.
Sorry about all this, truly.
I'm really sorry, nobody should have to go through that with us.
I can only apologise, it's not what we'd want for anyone.
Ah, I'm truly sorry, that's a poor show from us.
I'm sorry, that's really not on.
Apologies for all the bother you've been put to.
Oh no, I'm so sorry to hear that.
That's not the standard you deserve, and I apologise.
I'm sorry for all the trouble today.
Please accept my sincere apologies.
Sorry, sorry, that's not right at all.
My apologies, it shouldn't go like this.
I'm sorry, we can do a lot better than that.
""", asr_share=0.3),
    dict(families=["appreciate", "apologize"], specific=False, lines="""
Thanks for bearing with me, and sorry it took so long to find.
Thank you for holding, sorry that was a longer wait than I'd like.
I appreciate you waiting, and I'm sorry, the system's been slow all morning.
Thanks ever so much for hanging on, apologies it dragged on a bit.
Thank you for being patient with me, I'm sorry it's taken this long to get you an answer.
Cheers for waiting, sorry that was an age.
Thanks for sticking with me, sorry for the long silence there.
Thanks so much for your patience, and I do apologise for the wait.
Thank you kindly for waiting, sir, sorry for the delay in getting back.
""", asr_share=0.3),
    dict(families=["appreciate", "apologize"], specific=False, lines="""
thanks for holding sorry it took ages
thank you for your patients sorry about the wait
appreciate you holding on um sorry that took so long
thanks for waiting sorry im back now that took a while
cheers for hanging on sorry that was a long one
thank you so much for waiting i do a pologise for the delay
""", asr_share=0.0),
    dict(families=["appreciate", "apologize"], specific=True, lines="""
Thanks for letting us know about the broken step at the storage site, and I'm sorry you tripped on it.
Thank you for telling us about the mould in the flat, and I'm sorry it's been left this long.
Thanks for flagging the wrong price on the ticket, I'm sorry you were overcharged.
I appreciate you raising the missed bin collection, I'm sorry it's happened three weeks running.
Thanks for reporting the card, I'm sorry you've had money taken.
""", asr_share=0.3),
    dict(families=["appreciate", "apologize"], specific=True, lines="""
thanks for telling us about the the leak im sorry its been going on so long
thank you for flagging the the overcharge im sorry you got charged twice
""", asr_share=0.0),
    dict(families=["acknowledge", "apologize"], specific=True, lines="""
Sorry to hear the hire car broke down on the motorway, that must have been frightening.
I'm sorry the funeral cars arrived late, on a day that was already hard enough.
I'm so sorry your removal was delayed, I can imagine how stressful that was.
I'm sorry the vet couldn't see her sooner, it's awful waiting when they're poorly.
I'm so sorry about the wedding cake, I know how much that day means.
""", asr_share=0.3),
    dict(families=["acknowledge", "apologize"], specific=True, lines="""
im so sorry the coach never came you must have been stood there freezing
im so sorry about the the funeral cars i know today was hard enough already
""", asr_share=0.0),
    dict(families=["apologize"], specific=True, lines="""
sorry to hear your boilers packed up again
ugh sorry the the certificate still hasnt come
im really sorry the van turned up so late on your moving day
i do a pologise you should of had a call before the engineer came
im so sorry the coach left without you
sorry your glasses came back scratched
im sorry that the tutor didnt turn up on tuesday
so sorry about the the double charge on the tickets
i apologise you shouldve been told about the deposit when you booked
im sorry the parcel got left out in the rain
sorry the dentist ran so late um that you missed it
im mortified honestly that the invitations went out with the wrong venue
sorry for the in convenience with the the storage gate not opening
im sorry your refund hasnt come through yet it should of been there last week
sorry the kennels forgot his tablets thats not okay
sorry that nobody rang you back about the damp
oh im so sorry the flowers went to the wrong chapel
sorry the ticket link didnt work like thats really annoying on the night
i apologise you shouldve had a letter about the rent going up
sorry you should of been told the coach was delayed
im sorry you were never sent the the new exam timetable
im really sorry your deposit still hasnt come back from the venue
so sorry the cake got squashed on the way to the wedding
im really sorry the the tutor cancelled on you again
""", asr_share=0.0),
    dict(families=["apologize"], specific=False, lines="""
im so sorry about that honestly im really sorry
i do a pologise thats not good enough
sorry for the in convenience
oh no im really sorry
apologies for all the the hassle
im sorry thats really not on
""", asr_share=0.0),
    # ------------------------------------------- hard negatives: courtesy replies to thanks
    dict(families=[], negative=None, lines="""
No worries at all, have a lovely afternoon.
Not at all, it was a pleasure sorting the booking with you.
No problem, glad we got the Friday tickets booked.
You're very welcome, enjoy the show.
Not a bother, give us a ring if anything else comes up.
No worries, mate, enjoy the rest of your arvo.
Nae bother, cheerio now.
You're grand, no bother at all.
No problem at all, thanks for calling the box office.
It's my pleasure, enjoy the new glasses.
Not at all, and thanks for choosing us for the reception.
Sweet as, no worries, have a good one.
Anytime, take care now.
My pleasure, ma'am, have a blessed day.
You're welcome po, thank you for calling.
No problem, eh, you have a good night.
Ag, it's a pleasure, cheers.
No wahala, ma, thank you for calling.
Happy to help, have a great weekend.
No trouble, enjoy the drive down.
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: procedural "don't worry about that box"
    dict(families=[], negative=None, lines="""
Don't worry about the number in the top corner, that's only for our filing.
You don't need to worry about the second page of the form, just sign the first.
Don't worry about the postcode box if you're overseas, just leave it empty.
No need to fill in the emergency contact bit, it's optional.
Don't worry about bringing the paper ticket, the one on your phone scans fine.
You needn't worry about the reference starting with Q, the one we need is the six-digit one.
No need to print anything, the driver has the passenger list.
Don't worry about the VAT number field, that's only for business customers.
You needn't bring the old glasses, just your prescription.
Don't worry about the barcode on the back, it's the one on the front we scan.
No need to call back to confirm, the email is your confirmation.
Don't bother with the middle name box, the system doesn't use it.
Don't worry about the date format, the form corrects it automatically.
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: routine fulfilment of a plain request
    dict(families=[], negative=None, lines="""
I'll email the gas safety certificate to you in the next few minutes.
I'll pop the receipt in the post to you today.
I'll add that you'd prefer morning deliveries.
I'll book the surveyor in for Thursday at ten then.
I'll send the tenancy agreement over for you to sign electronically.
I'll get the invoice reissued in your company's name, as you asked.
I'll add the second driver to the hire agreement for you.
I'll email you the seating plan for the venue this afternoon.
I'll send the tutor's availability over so you can pick a slot.
I'll register the new panels with the network operator for you.
I'll forward our price list by email today.
I'll post the parking permit out to you this week.
I'll text you the code for the storage gate now.
I'll get the course handbook emailed to you this afternoon.
I've added your partner as a named contact on the account.
I've reserved four seats in row F for the Saturday matinee.
I've put the chimney sweep down for the fourteenth.
I've sent the quote for the removal to your email.
I've booked your dog in for her booster on Wednesday morning.
I'll email the proof across for you to approve before we print.
I've updated your address on the student record.
I'll get the coach tickets sent to your phone.
I've added the extra passenger to the booking.
I'll let the driving school know you'd like an automatic car.
I'll arrange the viewing of the chapel of rest for two o'clock as you asked.
I've renewed the library loan for another three weeks.
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: verification, terms, softeners, scheduling
    dict(families=[], negative=None, lines="""
Lovely, that's you through security, thank you.
Great, I've found the account, you're all verified.
That matches what I've got, thanks for confirming.
Brilliant, that's all the security questions done.
Okay, the date of birth matches.
Thanks, and can I take the first line of the address?
Just for security, can you confirm the last four digits of the card?
The deposit's non-refundable within sixty days of the wedding, the rest of the balance is refundable.
Storage is billed every four weeks rather than monthly, so there are thirteen payments a year.
The export payments for the panels are made quarterly, in arrears.
The fee covers collection, care of the deceased and one viewing.
Lessons cancelled with less than forty-eight hours' notice are charged in full.
The excess on the hire is two hundred and fifty pounds unless you take the extra cover.
Tickets can be exchanged for another performance up to a day before.
Tuition fees are due on the first of each month, in advance.
The warranty on the printer is two years from the date of purchase.
The coach fare includes one suitcase and one small bag.
Gift Aid adds twenty-five pence for every pound you donate.
The annual inspection's included in the rent, there's no separate charge.
Payment isn't taken until the week before dispatch, that's how all our pre-orders work.
You won't need anything apart from your driving licence at the desk.
You'll get a reminder text the day before the appointment.
I'm afraid the Thursday slot's gone, but I've got Friday at eleven.
I'm afraid we don't do home visits on a Sunday.
I'm afraid that model's out of stock until March.
I'm afraid the matinee's sold out, the evening still has seats.
I'm afraid I'll need to take a few details first.
I can do Monday at nine or Wednesday after two, which works better?
Would a morning or an afternoon suit you for the fitting?
Shall I put you down for the same time next week?
When's best for the surveyor to come round?
Would you like the reminder by text or email?
We've got a slot at half four on Friday if that's any good.
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: procedural sorries, neutral responsibility
    dict(families=[], negative=None, lines="""
Sorry, the screen's taking a second to load.
Sorry, I didn't catch the last part of the postcode.
Sorry, could you spell the surname for me?
Sorry, you cut out there for a moment.
Sorry, bear with me, I'm just typing that up.
Sorry, I was on the other screen, go ahead.
Sorry, was that B for bravo or D for delta?
Sorry, one more question and that's it.
Redeliveries are arranged by the courier, so the card they left has the number to ring.
The ticket agency handles refunds for shows booked through them.
Communal repairs are down to the housing association, and inside the flat it depends on the lease.
The exam board sets the results date, and we receive the grades the same morning.
Breakdown cover on the hire is run by a separate provider, and their number's on the key fob.
The venue's catering is done by an outside company, so menu questions go to them directly.
Lenses are made at our central lab, which is why it's usually ten days.
The tutors are self-employed, so lesson times are agreed between you and them.
The council collects the garden waste, we only do the general bins.
The crematorium sets the service times, we book the slot with them once you've chosen a day.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
no worries at all have a good day
not at all thanks for calling
your welcome enjoy the show
no problem um ill email that over now
dont worry about the number at the top thats just our reference
you can leave that box blank its optional
ill send the certificate across um in a minute
ive booked the surveyor in for thursday morning
great thats you verified
lovely thats you through security
sorry the screens just loading
sorry can you say that again the lines bad
sorry i didnt catch the the postcode
im afraid the the ten oclock is gone but i can do eleven
i can do monday or tuesday which ones better for you
the deposit is refundable up to thirty days before
the courier does the redeliveries so youd ring the number on the card
ill put the second driver on for you
um ill add that you prefer mornings
ive reserved the two seats in row c
so just to confirm thats the fourteenth at two
okay and whats the best number to reach you on
no problem at all sweet as
nae bother see you later
thanks for that and can i get your date of birth
ill text you the gate code now
sorry bear with me the systems a bit slow
the fee covers the collection and the the first viewing
you dont need to bring anything just your id
were open till eight on thursdays
the warranty is two years from purchase
the results day is set by the exam board um its the same for all schools
ill email the proof for you to check before we print it
would you prefer a morning or afternoon slot
sorry you cut out there can you repeat the last bit
okay thats all updated for you
youre welcome take care now
no bother at all pet
ill send the quote over by email this arvo
uh dont worry about the middle name bit just skip it
so thats two adults and one child on the coach is that right
no worries ill just pop you on hold one sec
sorry whats the registration again
ive put the chimney sweep down for the the fourteenth
ill get that invoice re done in the company name for you
thats the security done thanks for that
the the lessons are charged if you cancel under forty eight hours
im afraid we dont do visits on sundays
shall i put you in for the same time next week
sorry was that m for mike or n for november
no problem glad we got that booked for you
you dont need to worry about the second page just sign the first one
like the tutors are self employed so you'd agree times with them directly
""", asr_share=0.0),
    # ------------------------------------------- dismissive near-misses
    dict(families=[], negative="blame", lines="""
Well, it was in the terms you agreed to, so you really ought to have read them.
You must have put the card number in wrong, our system doesn't make that sort of mistake.
If you'd read the confirmation email properly, you'd have seen the coach left at eight.
That's because you didn't tell us you'd moved, so the letters went to the old address.
You should have cancelled before the deadline, that's on you, not us.
The booking was done wrong at your end, you picked the wrong date yourself.
You obviously didn't bring the paperwork, so the test couldn't go ahead.
Customers who follow the instructions don't have this problem with the printer.
If you'd turned the isolator off like the manual says, the inverter wouldn't have tripped.
You really should have checked the seats before paying.
""", asr_share=0.3),
    dict(families=[], negative="blame", lines="""
you shouldve read the small print before you booked
you musta typed the email address wrong thats why it never came
well thats cos you didnt tell us you moved
well you should of checked the date before you paid
thats user error i think you must of pressed the wrong button
""", asr_share=0.0),
    dict(families=[], negative="policy_wall", lines="""
It's policy, there are no refunds inside forty-eight hours, end of story.
The system won't let me change it and there's nothing else I can do.
Policy says the deposit is kept, I can't make exceptions for anyone.
It's non-negotiable, the terms are the terms.
I don't make the rules, the box office doesn't do exchanges, full stop.
There's no way round it, the computer says the booking's closed.
We can't refund storage once the month has started, it doesn't matter what the reason is.
That's just how it works here, I can't do anything about it.
Without the original receipt I can't help you, that's the policy.
""", asr_share=0.3),
    dict(families=[], negative="policy_wall", lines="""
its company policy theres nothing i can do
the system wont let me so thats that
no receipt no refund thats just the rules
like i said its policy i cant make an exception
""", asr_share=0.0),
    dict(families=[], negative="dismiss_feelings", lines="""
There's really no need to get so worked up over a parcel.
It's only a two-day delay, it's hardly the end of the world.
You're overreacting a bit, it's just a letter.
Calm down, it's only twenty pounds.
Well, I'm sorry you see it like that, but the charge stands.
It's not a big deal, people miss lessons all the time.
Let's not get emotional about it, it's just a booking.
Honestly, it's a few scratches, you're making more of it than it is.
There's no point getting upset, it won't change anything.
""", asr_share=0.3),
    dict(families=[], negative="dismiss_feelings", lines="""
theres no need to get upset its just a parcel
calm down its only a couple of days
youre making a big deal out of nothing really
its really not that serious its only a lesson
""", asr_share=0.0),
    dict(families=[], negative="deflect", lines="""
That's the courier's problem, you'll have to take it up with them.
Not our department, you'd need to ring the venue.
That's nothing to do with us, the tutor's self-employed.
I just answer the phones, I can't help with complaints.
""", asr_share=0.3),
    dict(families=[], negative="deflect", lines="""
thats not us youll have to ring the depot
""", asr_share=0.0),
    dict(families=[], negative="repeat_impatience", lines="""
As I've already told you twice, the refund takes ten days.
Like I said, the office is closed on Sundays, I don't know how else to put it.
""", asr_share=0.3),
    dict(families=[], negative="repeat_impatience", lines="""
i already explained this the the engineer comes tuesday
""", asr_share=0.0),
]
