"""Agent lines in English (and 32 in Spanish, German, French and Portuguese), sixth hand-written
batch for the training corpus (see README.md).

Provenance: written on 2026-12-08 by a helper session started for the training corpus, by
hand, from general knowledge of contact-centre and front-desk calls. Nothing was copied from a
dataset, from the bundled sample calls or from any evaluation set, and the example phrases in
the helper's brief were not reused verbatim (the same kinds of line were written in new words).
What the helper read: ``/work/shared/REPORT_CONTRACT.md`` (category definitions), this
folder's ``README.md`` (provenance and labelling rules, including the broad reading of own and
personalize) and ``agent_en_5.py`` (module layout only; none of its lines was copied or
paraphrased). What it did not read, open, list or search: the frozen blind sets
(``benchmarks/data/blind*``, READMEs included), ``benchmarks/data/language_dev.json``,
``tests/``, ``docs/``, the ``callcoach`` package, the other training files, ``build.py`` and
``fit.py``; no callcoach code was run.

Aim: the families the model is weakest on when measured on unseen lines (own, reassure,
personalize, acknowledge), especially together in one long agent turn, and hard negatives
shaped like them:
- own: taking the problem on in everyday words after the customer raised it (leave it with me,
  finding out where the driver is, sending someone out, chasing, escalating with a time,
  fixing the record, a marker so it can't recur, a letter for the customer, refunds, credits,
  replacements, loan items, doing the thing anyway after a cut-off, speaking to a colleague
  or manager oneself, payment splits to ease hardship), many as long turns that explain what
  went wrong and then commit; own + reassure where the promise follows the step;
- reassure: promises about the outcome (by a date, whatever it takes, nothing lost, deadline
  not missed, slot held), calming in fear and emergencies, normalising, "don't apologise",
  "you're not wasting my time", "don't worry" meant as comfort;
- personalize: the customer's name in address anywhere in a turn (first names, titles and
  surnames, "maam" + first name, "mama", "auntie"), good wishes using an earlier detail,
  earlier details used in the remedy; "sir", "madam", "mate", "pet", "bro" alone are not
  personalize;
- acknowledge: naming the customer's situation or feeling without stock phrases, regional
  forms (shame, eish, aw pet, och, haibo, aiyo, wahala), condolences, with and without a
  name, own or reassurance;
- multi-family turns (two to four sentences): apology + acknowledgement + ownership + name or
  detail (+ reassurance) in varied order, labelled with every family shown; ``specific`` True
  where the apology names the problem, False for the six bare "I'm so sorry, <name>" turns;
- hard negatives (no family, negative None): routine fulfilment of a plain request in a call
  with no problem, process steps (checks, holds, transfers, calling the engineer while the
  customer holds), procedural "don't worry about <box/reference/router>", fees, timescales and
  terms, "I understand" as comprehension, names read back for verification, third parties'
  and the agent's own names, small talk, "I'm afraid" as a softener, policy said kindly,
  procedural sorries.

Labels follow the report contract and the README's rules: own covers concrete remedies and
commitments the agent takes for the customer's problem (not process steps nor routine
fulfilment); personalize is the customer's name said to them or an earlier detail they gave.

Registers: UK regions (London, Yorkshire, Geordie, Midlands, West Country), Scottish, Welsh,
Irish, US, Canadian, Australian, New Zealand (Maori names), South African, Nigerian, Kenyan,
Ghanaian, Jamaican, Indian, Pakistani, Filipino, Singaporean and non-native English; formal,
chatty, terse and scripted. Industries: parcels and couriers, energy, gas and water,
telecoms and broadband, banks, cards and mortgages, insurance, councils and housing, health
admin, pharmacies and vets, trades (plumbers, electricians, roofers, locksmiths, builders,
surveyors), travel (airlines, hotels, coaches, car hire, rail), retail and made-to-order goods,
leisure (gyms, venues, tickets, restaurants), schools and exam boards, funeral services,
removals, and B2B IT, software licences, payroll and merchant services.

Counts (976 lines, 296 of them written as ASR output: lower case, no punctuation, fillers,
run-ons, occasional mishearings such as "rest a sured"; those blocks carry ``asr_share`` 0.0,
the others 0.3). Per block label:
  own                                                                       204 (62 as ASR)
  own + reassure                                                             52 (15 as ASR)
  reassure                                                                  138 (50 as ASR)
  acknowledge                                                                98 (25 as ASR)
  personalize                                                                81 (25 as ASR)
  own + personalize                                                          26 (7 as ASR)
  personalize + reassure                                                     16 (5 as ASR)
  acknowledge + own                                                          20 (5 as ASR)
  acknowledge + reassure                                                     15 (4 as ASR)
  acknowledge + personalize                                                  11 (3 as ASR)
  apologize + acknowledge + own + personalize [specific=True]                32 (8 as ASR)
  apologize + acknowledge + own + personalize + reassure [specific=True]     21 (5 as ASR)
  apologize + own + personalize [specific=True]                              13 (3 as ASR)
  acknowledge + own + personalize                                            16 (4 as ASR)
  acknowledge + own + personalize + reassure                                 14 (4 as ASR)
  apologize + acknowledge + own + reassure [specific=True]                   15 (3 as ASR)
  apologize + acknowledge + own + personalize [specific=False]                6 (0 as ASR)
  (no family)                                                               198 (68 as ASR)
Per family (a line counts once for each of its families): own 419, reassure 271, acknowledge 248, personalize 236, apologize 87, (no family) 198.

Layout as in ``agent_en_5.py``: each block is one label: ``families`` (empathy families),
``negative`` (dismissive category; None throughout this file) and, for apologies,
``specific``. One sentence or one whole agent turn per line; every line is unique after
lower-casing and removing punctuation.
"""

BLOCKS = [
    # ------------------------------------------------------------------ own: everyday commitments
    dict(families=["own"], negative=None, lines="""
Right, leave that one with me, I'll get on to the depot the moment we hang up.
I'm ringing the driver's controller now to find out exactly where your van has got to.
Let me take this off your hands, I'll chase the installer myself this afternoon.
I'm booking an emergency plumber out to you now instead of waiting for the Monday slot.
I'll get a locksmith to you within the hour, I've just pushed the job through as priority.
I'm escalating this to the network team and I'll call you back before five today with where it's at.
I've corrected the meter reading on the account and I'm having the bill reissued from the right figure.
I'm putting a marker on your account so that same letter can't be triggered again next quarter.
I'll write you a letter confirming the error sat with us, so you've something to show your landlord.
I've taken the late fee off and added a twenty pound credit for the bother.
We'll send a replacement kettle out today and the courier will collect the faulty one at the same time.
I'm arranging a loan car for you for as long as yours is in the body shop.
Even though the order came in after the cut-off, I'll get the outfit made up and sent special delivery.
I'll speak to the branch team leader myself rather than have you go through it all again.
I can spread the arrears over six smaller payments so it isn't all hitting you in one go.
Let me get on to the warehouse right now, I'm not letting this sit in a queue.
I'll phone the practice manager at the surgery myself and have the referral resent today.
I'm sending a technician tomorrow morning first thing, I've overridden the usual lead time.
I've raised a complaint on your behalf and it's down under my name, so it comes back to me.
Give me ten minutes to get hold of the site manager and I'll ring you straight back on this number.
I'll chase the refund with our payments team every day until it lands with you.
I'm putting the whole thing through as a priority repair and booking the roofer for Thursday.
I'll get the engineer's manager to call you, and I'll be on that call as well.
Leave the insurer to me, I'll send them the report and the photos myself.
I'm ordering a new card today and I'll move your standing orders across so you don't have to.
I've reopened the ticket under my own name and flagged it to second line with a four o'clock deadline.
I'll check on this myself on Monday morning and ring you with where it's got to.
Let me take the reconnection fee off, I'm waiving it given how this came about.
I'll rebook your connection on the next flight out and send the hotel voucher to your phone.
I'm taking the case over from here, so the next call you get about it will be from me.
I'm going to get someone out to secure that window tonight, I won't leave it until the morning.
I'll ring the bin crew depot myself and get the missed collection picked up tomorrow.
What I'll do is request the footage from the store and forward it to you once I have it.
I'm refunding the delivery charge and upgrading the redelivery to a named-day slot at no cost.
I'll get the contract amended so the early termination charge doesn't apply to you.
I'm pausing all collections activity while this is looked at, so nobody chases you in the meantime.
I can set up a twelve month plan to take some of the pressure off your budget.
I'll write to the credit reference agencies myself to get that missed payment marker taken off.
I'm raising a formal fault with the landlord's contractor and I'll be chasing them first thing Wednesday.
I'm walking over to the duty manager myself to get this authorised while you're still on the line.
I'll courier the replacement documents to your hotel so you have them in hand before you fly.
I'm moving the gas engineer to the first slot tomorrow and I'll text you the time myself.
I've put a stop on the account so no more charges can build up while this is investigated.
I'm going to contact the hospital transport team directly and get that pick-up rebooked.
I'll push this up to our complaints director and make sure it's on her desk by close of play.
I'm ordering the part on next-day delivery and booking the fitter for the day it arrives.
Let me move the whole booking to the later date, and I'll absorb the change fee.
I'll get spare keys cut and sent to you today so you're not locked out over the weekend.
I'll go back to the underwriter myself and argue for the claim to be looked at again.
Right, I'm on it, I'll get the line tested from the exchange end straight away.
I'll take the cost of that call-out off your next invoice.
I'm raising it with the driver's depot manager so it's actually dealt with, not just logged.
Let me chase the courier's claims department today, I'll keep at them until there's an answer.
I've asked for the whole floor to be replaced rather than a patch repair.
I'll ring the school transport office myself and get the route put right for Monday.
I'm sending a prepaid returns label and I'll refund you as soon as it scans at the depot.
I'll liaise with the other bank directly to get that transfer traced.
I'll have a surveyor out to look at the crack before the weekend.
I'm extending your subscription by two months to cover the time the service was down.
I'm flagging your account so the automated reminders stop while your claim is open.
I'll draft a letter for your employer confirming the dates our system was down.
Let me reissue the tickets in the correct names and email them over tonight.
I'm getting a hire van booked for you at our expense until the truck is repaired.
I'll get the grounds team to relay that section of turf next week.
Let me get hold of the enforcement agents and have them stand down while we sort the account.
I'm passing this to our specialist team, and I'll stay on it with them until it's closed.
I've put a reminder in my own diary to check the refund has reached you on the fifteenth.
I'll find out who signed for the parcel and get the proof of delivery sent to you today.
I'm asking the engineer to come back and finish what he left, and I won't close the order until he has.
I'll authorise a temporary overdraft increase so your rent payment still goes out.
I'm booking a second visit from a senior assessor, at no charge to you.
I'll raise it with the vendor and chase them twice a day until your licences are reactivated.
I'm going to get your server moved to a healthy host tonight in the maintenance window.
I'll restore last night's backup into a separate folder so your team can get working again.
I'm reversing the chargeback fee on your merchant account and passing the dispute to our risk team.
I'll arrange for the area manager to come out and go through the snagging list with you.
I'm sending the parking permit out first class so the builders can start on Monday.
I'll pull the call recording, listen to what you were told, and ring you back with what I'm doing about it.
I'm stopping that cheque and I'll get a replacement payment out to you by faster payment.
I'll contact the venue myself and ask them to hold the room while the deposit clears.
Let me see to the cancellation on my side so you're not billed for next month.
I'll go through the bill line by line and take off anything you shouldn't have been charged for.
I'm sending a new router out today and booking an engineer too, in case the router isn't the answer.
I'll ring the pharmacy myself to make sure the prescription's reached them.
I'm chasing your pension transfer with the old provider this afternoon.
I'll match the lower price and refund the difference to your card.
I'm asking for the tree surgeon to come back and clear the branches he left on the drive.
Let me go in to bat for you with the claims team, I think you've got a case here.
I'm fixing the address on the system now so the next letters come to the right house.
I'll have our electrician come back and put the socket right at no extra cost.
I'll get on the phone to the airline's desk at the airport about getting your bag on the next flight.
I'm booking you a taxi to the station on our account since the replacement coach isn't coming.
I'll ring the recovery firm personally and find out why nobody's turned up.
Tell you what, I'll get the cleaner back in tomorrow to redo the kitchen properly.
I'll see to it that the data charges are wiped from this month's bill.
I'm chasing the valuer myself so the mortgage offer isn't held up any longer.
""", asr_share=0.3),
    # --------------------------------------------- own: long turns, explanation then commitment
    dict(families=["own"], negative=None, lines="""
So what's happened is the label didn't scan at the sorting centre and the parcel got stuck there. I'm having it relabelled and put on tomorrow's van, and I'll text you the tracking myself once it's moving.
Okay, I can see the engineer marked the job complete, and from what you've said it clearly isn't. I'm reopening it now and I've asked for the same engineer back on Tuesday to finish the wiring.
Right, looking at this the payment came out on the first because the mandate was set up wrong. I'm moving it to the fifteenth and refunding the bank charge you were hit with.
The system stopped your card because of the transaction abroad. I'm lifting the block now and adding a travel note so it doesn't stop you again while you're away.
The part for your boiler is on back order across the country, which is why nobody booked you in. What I'm going to do is get a temporary electric heater to you tomorrow and ring the supplier myself about the part.
That letter was automated and it went out while your hardship application was still open. I'm recalling the referral and putting a ninety-day hold on the account.
I can see three missed collections logged against your street. I'm taking it up with the crew supervisor directly and asking for a special collection on Friday.
Your renewal went up because the no-claims discount fell off at renewal. I've put it back on and recalculated it, and I'll email the new schedule over within the hour.
It looks like the port request failed at the other network's end. I'm resubmitting it now and I'll phone their porting desk myself to get it pushed through.
The refund has been sitting with finance because it needed a second signature. I've taken it over to them myself and got it signed off.
So the hire desk has you down for a compact when you booked an estate. I'm phoning the airport desk now to have them swap it before you land.
The survey shows a damp problem the builder should have picked up. I'm sending our own surveyor out, and I'll cover the cost of the report.
The vaccination record didn't come across from the old practice, that's why the kennel turned you away. I'll phone the old practice now and get the certificate emailed to the kennel directly.
The council tax account was still in the last tenant's name. I've closed that and opened yours from the day you moved in, and I'll post out a corrected bill.
The engineer's van broke down this morning, that's why no one came. I've rebooked you as his first call tomorrow and asked him to ring you when he sets off.
Your software licence lapsed because the renewal invoice went to someone who's left the company. I've reactivated it for thirty days and I'm changing the billing contact to you.
The claim form was scanned in without its second page. I'm going down to the post room myself to find the original and get both pages attached.
From what I can see the cheque was paid into the wrong account at the branch. I'm raising a recall now and I'll speak to the branch manager about it today.
Your booking dropped off when the hotel moved to a new system. I'll ring them myself, get the room reinstated at the same rate, and send you the confirmation.
The tracker has the pallet sat at the hub since Monday. I'm getting it onto a dedicated vehicle tomorrow and I'll cover the extra cost.
Okay, so the meter was read by estimate for six months and the catch-up bill landed all at once. I'm spreading it over the next year and taking off the interest it picked up.
So the appointment letter went to your old address, that's why you missed it. I'm updating the address and asking the clinic to book you the next available slot without sending you back to the bottom of the list.
The order was split into two and the second half never left the warehouse. I'm raising it with the warehouse manager now and sending the missing items by courier.
Right, the direct debit failed because the bank details were keyed in wrong on our side. I'm correcting them and removing the failed-payment charge.
The installer's notes say he couldn't get access, but you were in all day. I'm disputing that with the installer's firm and booking a new date where he rings you from outside.
The top-up didn't apply because the promotion code expired at midnight. I'm applying the credit by hand so you get what you paid for.
So the flight change was made but the seat reservations didn't move with it. I'm phoning the airline now to seat you together again.
It seems the contractor cut the cable when they dug the drive. I'm logging it against them and getting our repair crew out first thing.
The warranty was registered under the shop's address, not yours, which is why the claim bounced. I'm re-registering it in your name and resubmitting the claim myself.
The clinic's system shows the scan was done but the report was never sent. I'll chase the radiology department personally and get it over to your consultant this week.
What's gone wrong is the standing order was cancelled when we moved your account to the new sort code. I'm setting it back up today and paying the missed amount across myself.
Your membership was frozen by mistake when the gym changed owners. I'm unfreezing it and adding the lost weeks onto the end.
The sink was measured for the wrong unit, that's why it won't fit. I'm ordering the right one and sending our fitter back to swap it over.
""", asr_share=0.3),
    # ------------------------------------------------------------------ own: ASR output
    dict(families=["own"], negative=None, lines="""
right ok thats mine now ill get on to the depot the minute we finish
im gonna ring the yard now and find out where the driver actually is
okay so what im gonna do is send another engineer out tomorrow first thing
let me chase that for you ill be on to them this afternoon
um ill get the late charge taken off and ill pop a credit on for the trouble
yeah no ill ring the branch myself you shouldnt have to explain it all again
right so i can split that into like four payments so its not all landing at once
ill get somebody round tonight to board that window up
so im escalating it to the um network team and ill call you back before six
ill put a note on there so it doesnt get flagged again next month
ill write you a letter saying it was our system so you can give it to the landlord
im gonna send a new one out today and uh the courier will take the broken one back
ill sort you a courtesy car while yours is in the garage
ill speak to the manager myself and ring you back after
let me get that reading corrected and the bill redone
right im on it im raising it as urgent now
ill keep on at the claims team every day until its paid out
so what ill do is ring the hospital transport lot direct and get the pick up rebooked
ill get the part ordered on next day and book the fitter in for when it lands
uh im gonna take the reconnection fee off thats not something you should be paying
i can get a hire van booked for you on us till the truck is back on the road
ill go through the statement line by line and take off anything thats wrong
yeah let me deal with the letting agent ill email them myself today
ok so ill get the locksmith out within the hour ive put it through as an emergency
ill extend the contract by a month free to make up for the outage
im gonna ring the courier claims desk myself and push them on it
ill get the tickets reissued in the right names and sent over tonight
ill pull the recording find out what you were told and then ill ring you back
let me get that direct debit reversed for you now
ill chase the old provider for the transfer this afternoon
im putting a hold on the arrears letters while we get this sorted
ill book the roofer for thursday and mark it as priority
so um ill get the surveyor out before the weekend to look at that crack
ill match the price and refund the difference to your card
ill ring the pharmacy myself and make sure the script is there
im gonna get the server moved tonight so your team can work tomorrow
ill get on to the vendor and chase them twice a day till the licences are back
ill take the call out charge off your next invoice
right leave the insurer to me ill send them the photos and the report
ill get the turf re laid next week no charge
ill get hold of the bailiffs and tell them to stand down
yeah ill reopen the ticket under my name so it comes back to me
ill sort the parking permit and get it posted first class
ill push it up to the complaints manager and get it on her desk today
so im gonna refund the delivery charge and book you a named day
ill get the school transport office on the phone myself
ill get a new card out today and move your standing orders over for you
ill contact the bank on the other end and get the payment traced
ill get the gutter man back out to finish what he started
okay okay so the bill was on estimate thats why its huge ill spread it over the year and take the interest off
so basically the label never scanned ill get it relabelled and on tomorrows van and text you the tracking
the part is on back order so ill get you a heater tomorrow and ring the supplier myself
ah right the mandate was set up wrong ill move it to the fifteenth and refund the bank charge
mm the appointment went to the old address ill update it and get the clinic to rebook you without losing your place
""", asr_share=0.0),
    dict(families=["own"], negative=None, lines="""
so what it is is the survey missed the damp so im sending our own surveyor and ill cover the report
yeah the port failed on their side so im resubmitting it and ill ring their desk myself
the cheque went into the wrong account at the branch so im raising a recall and ill speak to the manager today
right so the hire desk has you down for a compact ill ring them now and get it swapped before you land
the licence lapsed cos the invoice went to someone whos left ive switched it back on and made you the billing contact
so the standing order got cancelled in the migration ill set it back up today and pay the missed one across myself
ok the contractor cut the cable digging the drive ill log it against them and get our crew out first thing
the warranty was under the shops address so ill re register it in your name and send the claim in again
""", asr_share=0.0),
    # ------------------------------------------------------------------ own + reassure
    dict(families=["own", "reassure"], negative=None, lines="""
Leave it with me, I'll chase it today, and you'll have your money back before the end of the week.
I'm sending a different engineer out tomorrow and this will be fixed, you have my word on that.
I'm getting the passport courier rebooked for the morning, so you'll have it well before your flight.
I'll ring the kennels myself now, and he'll be well looked after until you're back.
I've put the appointment on hold under my name, so nobody else can take it while you get here.
I'm putting a stop on the disconnection right now, so the power stays on whatever happens with the bill.
I'll get the tax office a letter from us today, and you won't be penalised for our delay.
I'm reissuing the certificate now, so your enrolment won't be held up by this.
Let me rebook you on the first train, and you'll still make that wedding, whatever it takes.
I'm moving your files to the new server myself tonight, and not a single document will go missing.
I'll stay on this with the bank until it's returned, and you won't be left short for the rent.
I'm getting a temporary pass printed and posted today, so you'll still get into the exam.
I'm marking your claim urgent and I'll call you Thursday; it'll be settled well within the month.
I'll get the scaffolding firm back out tomorrow, and the roof will be watertight before the rain comes.
I'm keeping your room held at the old rate, so you won't lose the booking or pay more.
Right, I'm dispatching a crew now, and you'll have water back on this evening.
I'll speak to the school myself, and your place on the course is safe while we sort the payment.
I'm extending the deadline on our side, so you won't be fined because the form was late.
I'll have the replacement couriered overnight, and the party can go ahead as planned.
Let me chase the vet lab this afternoon, and the results will be with your own vet by tomorrow.
I'm putting a manual override on the meter, so the heating won't cut out over the weekend.
I'll re-send the invoices to the right contact myself, and your account won't be suspended for it.
I've raised it as a priority fault, and you'll be back online before your shift starts.
I'm freezing the interest from today, so the balance won't grow while we look into it.
I'm getting the repair authorised now, and you'll be driving your own car again by Friday.
I'll ring you every morning until it's resolved, so you're never left wondering.
I'm covering the hotel tonight, so you won't be stuck at the airport.
I'll get the key safe code changed right away, and nobody else will be able to get in.
I'm backdating the discount, so you won't pay a penny more than you should have.
I'll get the removals team to hold your furniture in storage at no cost, and everything will be kept dry and safe.
I'm reinstating the policy from the day it lapsed, so you've been covered the whole time.
I'll personally make sure the cake is remade, and it'll be there in time for the reception.
I'm sending two fitters instead of one, and the kitchen will be usable before your family arrive.
I'll get the transfer pushed through today, and the completion date won't move because of us.
I'm arranging a loan laptop for the week, so your studies won't fall behind.
""", asr_share=0.3),
    dict(families=["own", "reassure"], negative=None, lines="""
leave it with me ill chase it today and youll have it back by friday i promise
im sending someone out now and youll have the heating back on tonight
ill ring the kennels myself and he will be absolutely fine with them
ive held the slot under my name so no one can take it off you
ill sort the letter for the tax office and you wont get a fine over this
ok im rebooking you on the first train so youll still make it
im moving the files myself tonight and nothing is gonna go missing
ill stay on it with the bank and you wont be short for the rent
right im freezing the interest now so it wont go up while we look at it
ill get the replacement out overnight and the party can go ahead like normal
im putting the override on so the gas wont cut out over the weekend
ill get them to hold the room at the old price so you wont lose it
ill ring you every morning till its done so youre not left wondering
ill get the repair signed off now and youll have the car back by the weekend
im backdating the discount so you wont be paying a penny extra
""", asr_share=0.0),
    # ------------------------------------------------------------------ reassure: outcome, comfort, normalising
    dict(families=["reassure"], negative=None, lines="""
You'll have the replacement in your hands before the twelfth, there's no question about that.
Whatever it takes, we'll get you to that ceremony on time.
Your dog's in very good hands here, the nurses will be checking on him all through the night.
None of your photos will be lost, everything's held safely on the server.
This won't count against your application, the date you sent it is what matters.
It'll all be squared away by Thursday, I promise you.
The appointment is being held for you, it won't go to anybody else.
You're safe now, help is on its way and you've done exactly the right thing.
Please don't apologise, you've nothing at all to be sorry for.
You're not wasting my time, honestly, this is exactly what I'm here for.
Loads of people get caught out by that form, it's really common, you're not the first.
Your cover carries on as normal while this is looked at, nothing changes for you.
Your account is completely secure, nobody can get into it now.
This won't touch your credit file at all.
You won't be out of pocket, whatever the outcome is.
It's going to be okay, you'll be back online tonight.
Please try not to panic, the money is still there, it's just showing as pending.
Your place on the waiting list is safe, you won't lose it.
The heating will be back on before the cold weather comes in, you won't be without it.
You'll still get your results on the same day as everyone else.
Your little one is being looked after by the best team we have.
It really isn't a silly question, half the people who ring ask the same thing.
Take all the time you need, there's no rush at all on my end.
You haven't done anything wrong here, not one thing.
The deposit is protected, it can't be touched without your say-so.
Your pension is still there and still growing, none of this affects it.
The wedding will go ahead, we'll make sure of that.
You'll be able to move in on the date you were given.
Nothing's been deleted, every email you've sent is still in the archive.
You won't be cut off, the account is protected while the query is open.
Your booking is safe, the flight change doesn't cancel it.
I promise you it looks worse on paper than it is.
Honestly, you'll be on the road again in no time.
Nobody will be sent home from the ward until the care package is in place.
The fine won't stand, it was issued in error and it will be cancelled.
You're in the system now and you're not going anywhere, your claim is live.
This happens more often than you'd think and it always gets resolved.
It's completely fine to ring about it, that's what this line is for.
Breathe, you're okay, the gas is off and the engineer is nearly there.
You'll not be charged twice, that second payment will drop off by itself.
You're not going to lose the house over this, I want you to hear that.
Whatever happens with the delay, your holiday is protected.
The contract is still valid, nothing about this voids it.
He'll come home to you happy and clean, I promise.
Your data is safe with us, nothing left the building.
You're well within your rights to ask, it's no bother whatsoever.
It's not your fault the card was cloned, these things happen to careful people too.
By Monday this will all be behind you.
You will get a seat on that coach, even if we have to send a second one.
The tax return will go in on time, this glitch won't stop it.
The exam board knows about the outage, so no student will be marked down for it.
Your parcel isn't lost, it's just taking the long way round and it will reach you.
Your boiler cover is still active, so any repair won't cost you.
We won't leave you without a phone, that's a promise.
There's no penalty for cancelling within the cooling-off period, you're completely fine.
Don't worry at all, your pet will be safe and warm here until you can collect him.
Don't fret, the funds are ring-fenced for you and will be there when you need them.
Your business won't go offline over this, the backup line kicks in automatically.
You're not on your own with this, there's a whole team behind you.
You can sleep easy tonight, the account is locked down.
All of your points will still be there when the system's back up.
You're doing really well, just stay on the line with me and keep your hand pressed on it.
Ambulance is on its way, you're not alone, I'm staying right here with you.
There's no need to feel embarrassed, everybody forgets their password at some point.
Nobody's going to turn up at your door about this, it's all on hold.
The school place isn't at risk because of a late form.
The surgery date stays exactly as it is.
You'll get every penny back, I can promise you that much.
That's a perfectly normal reaction, most people feel the same the first time.
You didn't miss anything, the deadline was extended for everyone.
We will not close your case until you're happy with it.
Even if the courier is late, you're covered for the full value.
""", asr_share=0.3),
    dict(families=["reassure"], negative=None, lines="""
youll have it before the twelfth theres no question about that
we will get you there on time somehow even if its a taxi
hes in really good hands here the nurses check on him all night
none of the photos are lost its all still on the server
honestly its gonna be fine youll be back online tonight
no no please dont apologise youve got nothing to be sorry for
youre not wasting my time at all this is what im here for
loads of people get caught out with that form its really common
your cover carries on as normal nothing changes for you
it wont touch your credit file at all
you wont be out of pocket whatever happens
try not to panic the moneys still there its just pending
your place on the list is safe you wont lose it
um the appointment is held for you it wont go to anyone else
youre safe now helps on its way you did the right thing
you havent done anything wrong here not a thing
the deposit is protected nobody can touch it
the wedding will go ahead dont you worry about that
youre not gonna be cut off the account is protected
it looks worse than it is i promise you
youll be on the road again in no time
this happens a lot more than you think and it always gets sorted
breathe youre ok the gas is off and the engineers nearly there
you wont be charged twice that second one drops off by itself
youre not gonna lose the house over this
your data is safe nothing left the building
by monday honestly this will all be behind you
you will get a seat on that coach even if they send another one
youll get every penny back i can promise you that
take your time theres no rush at all
its not your fault the card got cloned it happens to careful people too
we wont close the case until youre happy with it
aw no need to feel daft everybody forgets their password
ambulance is on the way youre not alone im staying right here with you
the exam board knows so nobody gets marked down for it
""", asr_share=0.0),
    dict(families=["reassure"], negative=None, lines="""
dont worry at all the money is safe its just sitting in a holding account
ok listen youre doing really well just keep pressing on it the paramedics are close
no honestly dont apologise its no bother its literally my job
um its honestly really normal a lot of our customers get that letter and panic
you wont miss the deadline over this the date you sent it is what counts
hell be right as rain here we treat them like our own
nothing is gonna get lost in the move everything is labelled and tracked
rest a sured your policy is still live
dont you worry that slot is yours nobody else is getting it
itll all be done and dusted by friday you have my word
you wont be left without heating were not gonna let that happen
no silly questions here honestly ask away
please dont feel bad youre not being a nuisance at all
youre covered for the whole lot so please dont lose sleep over it
ah dont worry yourself the school wont hold it against her
""", asr_share=0.0),
    # ------------------------------------------------------------------ other languages
    dict(families=["reassure"], negative=None, lines="""
No se preocupe, el dinero no se ha perdido y lo tendrá de vuelta antes del viernes.
Tranquila, su perro está en buenas manos y no le va a faltar de nada esta noche.
No tiene que disculparse, no nos está haciendo perder el tiempo en absoluto.
Le aseguro que la cita sigue siendo suya, no se la vamos a dar a nadie.
Keine Sorge, Ihre Daten sind sicher, es ist nichts verloren gegangen.
Sie werden die Frist deswegen nicht verpassen, das verspreche ich Ihnen.
Das passiert vielen Kunden, Sie haben wirklich nichts falsch gemacht.
Ne vous inquiétez pas, votre colis n'est pas perdu et il arrivera avant samedi.
Vous ne perdez pas votre place, le rendez-vous reste bloqué à votre nom.
Rassurez-vous, votre contrat reste valable pendant toute la procédure.
Fique tranquilo, a sua encomenda vai chegar antes do aniversário.
Não precisa pedir desculpa, é uma pergunta muito normal.
Pode ficar descansada, a sua conta está protegida e nada foi cobrado a mais.
""", asr_share=0.3),
    dict(families=["own"], negative=None, lines="""
Déjelo en mis manos, yo mismo llamo al almacén ahora y le devuelvo la llamada esta tarde.
Voy a mandarle un técnico mañana a primera hora y le quito el cargo de la visita.
Ahora mismo llamo al conductor para saber dónde está su pedido.
Ich kümmere mich persönlich darum und rufe Sie morgen bis zehn Uhr zurück.
Ich schicke Ihnen heute noch ein Ersatzgerät und storniere die Mahngebühr.
Je m'en occupe tout de suite, j'appelle le technicien moi-même.
Je vous envoie un bon de remplacement aujourd'hui et je retire les frais de retard.
Deixe isso comigo, vou ligar para a transportadora agora mesmo.
Vou pedir a substituição do aparelho hoje e retiro a taxa de entrega.
""", asr_share=0.3),
    dict(families=["acknowledge"], negative=None, lines="""
Con una mudanza encima, quedarse sin luz es lo último que necesitaba.
Se nota que lleva toda la semana con esto, es agotador.
Mit einem kranken Kind zu Hause ist so ein Ausfall wirklich eine Belastung.
Das ist ein herber Schlag so kurz vor dem Monatsende.
Avec l'opération de votre mère la semaine prochaine, c'est beaucoup à porter.
J'entends bien à quel point vous êtes inquiète.
Com o casamento daqui a dois dias, imagino o nervosismo.
Que situação difícil, ficar sem água com bebés em casa.
""", asr_share=0.3),
    dict(families=["own", "reassure"], negative=None, lines="""
Yo me encargo del reembolso hoy mismo y tendrá el dinero antes del día veinte, se lo prometo.
Ich buche Ihnen den Techniker für morgen früh, und Sie sind am Wochenende nicht ohne Heizung.
""", asr_share=0.3),
    # ------------------------------------------------------------------ personalize: names and earlier details
    dict(families=["personalize"], negative=None, lines="""
Right, Mr Okafor, I've got the account open in front of me now.
Okay Deepa, bear with me one second while that screen loads.
So, Mrs Van der Merwe, the next step is the claim form, and it's only two pages.
Thanks, Siobhan, that's the last of the questions from me.
Morning, Gareth, what can I do for you today?
And Aroha, is this still the best number to reach you on?
Good luck with the driving test on Friday, I've everything crossed for you.
I hope the job interview goes brilliantly tomorrow.
Give Biscuit a big fuss from all of us here at the practice.
Enjoy the rest of your time in Lisbon, it's a beautiful city.
Hope your daughter has a lovely first week at uni.
All the best with the house move on Saturday, I hope the weather holds for you.
Congratulations on the new baby, by the way, that's wonderful news.
Happy birthday for tomorrow, Mr Haddad, I hope you get spoiled.
Tell your lad his bedroom will be his again in no time.
I hope your wife's feeling better soon.
Well done on passing the exams, Chidi, that's a big achievement.
Enjoy the match on Saturday, hope your lot win.
Best of luck with the opening of the café next week.
Have a safe drive back up to Inverness.
I hope the new puppy settles in well, Emma.
Right you are, Mr Abernethy, I'll just go through the options with you.
Okay then, Auntie, I can see the bill on my screen now.
Ma'am Rosalinda, may I ask which branch you opened the account at?
So Kwabena, the pricing works out slightly differently for business lines.
Yes, Dr Menon, the invoice is addressed to the practice itself.
Fair enough, Mrs Chen, we'll leave the payment date where it is then.
Cheers, Bronwyn, that's everything I needed.
Thank you, Mr Ndlovu, and have a good rest of your afternoon.
Hope the knee op goes smoothly on Tuesday and you're back on your feet quickly.
Enjoy the anniversary dinner, you two.
Have a great time at your granddaughter's christening.
Enjoy Banff, and wrap up warm up there.
I hope Mango's leg heals up nicely after the op.
Safe travels to Nairobi, Wanjiru.
Oh, Jamal, before you go, there's a loyalty discount on your line too.
Mr Tiwari, just so you're aware, the statement date moves next month.
Alright Kev, so the quote is valid for thirty days.
Yes Sister Agnes, the parish hall booking is showing on Saturday the ninth.
Lovely, Mrs Ferreira, that's all updated on the system.
Right then, Callum, do you want that sent by text or email?
And Ms Ogunleye, would you like paper statements as well?
So Ravi, the upgrade is available from the twentieth.
Enjoy the new kitchen once it's all done, you've waited long enough for it.
Good luck with the big presentation to the board on Monday.
I hope the little one's first day at nursery goes well.
Have a lovely time at the reunion in Galway.
Hope the lambing goes easy for you this year.
Say hello to Pepper for me, she sounds like a character.
Enjoy the retirement, Mr Bellamy, you've earned it.
I hope the garden party goes off without a hitch on Sunday.
Good luck with the dissertation, Aisha, nearly there now.
Have a great holiday in Queenstown, Mrs Rewi.
""", asr_share=0.3),
    dict(families=["personalize"], negative=None, lines="""
ok mister okafor ive got the account up now
right deepa bear with me one sec
so missus van der merwe the next step is just the claim form
thanks siobhan thats everything from me
good luck with the driving test on friday
hope the interview goes really well tomorrow yeah
give biscuit a big cuddle from us
enjoy the rest of lisbon its gorgeous
all the best with the move on saturday
congrats on the new baby by the way
okay maam maricel may i know which branch you opened it at
yes mama the bill is showing here now
alright kev so the quote lasts thirty days
ok auntie i can see the bill now
hope the knee op goes smooth on tuesday
enjoy the match saturday hope your lot win
safe travels back to nairobi wanjiru
so ravi um the upgrade is there from the twentieth
cheers bronwyn thats all updated
have a great holiday in queenstown
um mister tiwari just so you know the statement date is changing
i hope mango gets better soon after the op
right callum text or email for that
have a lovely time at the reunion
well done on the exams chidi
""", asr_share=0.0),
    dict(families=["own", "personalize"], negative=None, lines="""
Let me take that on, Mrs Agyeman, I'll ring the depot myself and call you back by three.
Right, Donal, I'm getting an engineer out to you first thing tomorrow.
I'll get that late fee taken off for you, Priya.
Mr Whitfield, I'm sending a replacement today and I've arranged for the old one to be collected.
Since the costume's for your son's school play on Thursday, I'm sending it by next-day courier at our cost.
As you're working nights, I've booked the engineer for the afternoon slot and told him not to come before two.
Because you said your mum can't manage stairs, I've asked for the ground-floor room at the hotel.
I'm raising this with my manager now, Tendai, and I'll have an answer for you before you finish work.
Okay Aunty Grace, I'll split the balance into three payments so it's easier around the school fees.
Given you've got the baby, I've put you down as a priority customer so the engineer comes out today.
With the partners needing the figures by Friday, I'm restoring your accounts folder first, before anything else.
Kiri, I've written to the landlord myself confirming the leak came from our pipe.
Since your flight is at six, I'm getting the card couriered to your hotel rather than your home.
Leave the school to me, Mr Castellanos, I'll email the head of year today.
Ma'am Joy, I will personally follow this up with the branch and call you tomorrow.
I'll arrange a loan wheelchair while yours is repaired, Mr Doherty, as you said you've nothing else to use.
Knowing the shop opens at eight, I've asked for the fridge engineer to arrive at seven.
Right, Fatima, I'm chasing the warehouse now and upgrading the delivery to the morning slot.
""", asr_share=0.3),
    dict(families=["own", "personalize"], negative=None, lines="""
leave it with me missus agyeman ill ring the depot and call you back by three
right donal im getting an engineer out to you first thing
ill get that late fee off for you priya
ok since its for your sons play on thursday ill send it next day on us
because youre on nights ive told the engineer not to come before two
okay tendai im taking it to my manager now and ill ring you before you finish
right fatima im chasing the warehouse now and moving you to the morning slot
""", asr_share=0.0),
    dict(families=["personalize", "reassure"], negative=None, lines="""
You'll have it before the party, Chloe, I promise.
Don't worry, Mr Asante, your pension payment isn't affected by this at all.
Honestly, Lerato, you've done nothing wrong here.
He'll be well looked after overnight, Mrs Kowalski, we'll keep him cosy.
You won't miss the graduation because of this, Jess.
Nothing from your business account will be lost, Mr Ong, it's all backed up.
You're not wasting my time at all, Nana, take as long as you like.
It'll all be sorted before your trip to Manila, Ate Lorna.
Your appointment is safe, Dr Bose, no one else can take it.
You'll be in the new flat by the end of the month, Tom.
Please don't apologise, Mrs Oyelaran, it's really no trouble.
""", asr_share=0.3),
    dict(families=["personalize", "reassure"], negative=None, lines="""
youll have it way before the party chloe i promise
dont worry mister asante your pension isnt affected at all
honestly lerato you havent done anything wrong
hell be well looked after overnight missus kowalski
youre not wasting my time at all nana take your time
""", asr_share=0.0),
    # ------------------------------------------------------------------ acknowledge: naming the situation or feeling
    dict(families=["acknowledge"], negative=None, lines="""
That's a real blow, landing right at the end of the month like that.
With your son's operation next week, that's an awful lot to be carrying.
Payroll day with the directors breathing down your neck, no wonder you're wound up.
I can hear how scared you are, and that makes complete sense.
Ah no, and that was the one day you'd taken off work for it.
Ag shame, that's a rough way to start the week.
Aw pet, that's the last thing you needed.
Three weeks without a working shower with two little ones, that's grim.
Losing your dad and then having to deal with paperwork on top, that's so much.
My condolences to you and your family, that's a terrible loss.
Waiting in all day and nobody turning up, that's a day of your life gone.
You've been passed from pillar to post on this, and it shows.
That would knock anybody for six.
Being told three different things by three different people would drive anyone up the wall.
So you've had no heating in the middle of January with an elderly parent in the house, that's serious.
That's a horrible feeling, seeing money go out that you never authorised.
You sound absolutely worn out with it all.
Trying to run a shop with the card machine down on a Saturday, that's a nightmare.
Having your holiday start like this is heartbreaking.
That's a lot of money to have vanish from the account right before Christmas.
I can tell this has really shaken you.
Eish, that is a tough one, truly.
Ah, that's a pain, especially when you'd planned the whole day round it.
Och, that's miserable, being stuck out there in the rain with the bairns.
Oh dear, that's very stressful with your exams starting Monday.
Crikey, a burst pipe the night before guests arrive, that's the worst timing.
Jeez, that's a hell of a week you've had.
Ah bless you, that sounds exhausting.
Wahala no dey finish, abi, first the bill and now the meter.
Sounds like you've been carrying this on your own for months.
Having to explain it all over again must be wearing thin by now.
That's gutting, after all the saving you did for that trip.
Your business depends on that line, so every hour it's down is money lost to you.
It's an awful position to be put in, choosing between the heating and the shopping.
That's a scary letter to open, with the red writing and everything.
I can hear the little one in the background, you've got your hands full.
That must have been frightening, smelling gas with the kids asleep upstairs.
After twenty years with us, being treated like that must sting.
Filing deadline tomorrow and the software down, that's properly stressful.
Moving house is hard enough without the broadband letting you down on top.
It's a horrible thing to come home to, a break-in, and then the insurer quibbling.
You were relying on that delivery for the funeral, that makes it so much harder.
With your mum in hospital, the last thing you need is us chasing you for a form.
That's a lot on your plate, between the new baby and the building work.
You've clearly been patient for a long time and you've reached the end of it.
Being on the school run with no car is no joke.
I'd be fuming too if I'd been charged twice for the same thing.
That's the kind of thing that keeps you up at night.
What a thing to happen on your wedding anniversary.
I can only imagine how upsetting it was to find him like that.
With clients waiting on you, that outage puts you in a really awkward spot.
That's a big worry when it's your savings we're talking about.
Sounds like it's been one thing after another for you.
You've obviously put a lot of care into planning that day.
That's really disheartening, doing everything right and still getting the bill.
Ai, that's a heavy week, yeah, the funeral and all the admin.
Haibo, three missed appointments, that's too much.
Aiyo, so stressful lah, your flight tomorrow and the passport still not back.
Hai, it's very difficult, with the fees due and no salary this month.
Mate, that's just rotten luck.
""", asr_share=0.3),
    dict(families=["acknowledge"], negative=None, lines="""
oh no thats a proper blow right at the end of the month
with your sons op next week thats a lot to be dealing with
ah no and thats the day you took off work for it
ag shame thats a rough start to the week
aw pet thats the last thing you need right now
i can hear the worry in your voice honestly
three weeks no shower with two kids thats grim
waiting in all day and nobody coming thats your whole day gone
you sound shattered with it all to be honest
my condolences to you and the family
thats a scary letter to get through the door
no heating in january with your nan in the house thats serious
youve been passed around so much on this
being told three different things would drive anyone mad
crikey a burst pipe the night before the guests thats bad timing
thats gutting after all that saving for the trip
i can tell its really shaken you up
eish thats a tough one hey
och thats miserable stuck out in the rain with the wee ones
thats a lot of money to go missing right before christmas
sounds like its been one thing after another for you lately
i would be fuming too charged twice like that
filing day tomorrow and the system down thats so stressful
with your mum in hospital the last thing you need is us chasing forms
aiyo so stressful your flight tomorrow and the passport not back yet
""", asr_share=0.0),
    dict(families=["acknowledge", "own"], negative=None, lines="""
That's a horrible week you've had with it; I'm going to get the engineer back out tomorrow morning.
Month-end with the payment run stuck is a nightmare, so I'm pushing this to our payments desk right now.
No wonder you're at the end of your tether, so let me take it from here and chase the depot myself.
It sounds like nobody has actually owned this, so I'm taking it on and I'll be your one contact.
That's a frightening thing to find on your statement; I'm stopping the card and raising the fraud claim now.
With the shop losing takings every hour, I've put an emergency fault in with the network team.
Trying to work from home with no broadband must be impossible, so I'm sending a mobile hotspot out today.
You've clearly been run ragged by this, so I'll ring the landlord's agent myself this afternoon.
Three missed visits would try anyone's patience; I've booked a named engineer and I'll confirm the time with you personally.
That's a lot of stress on top of the funeral; I'll close the account and write the letters to the other companies for you.
Being stranded at the station at night is awful, so I'm booking you a taxi on us right now.
That's a real worry with the baby due, so I'm putting a priority flag on the boiler repair.
Wading through all those letters is exhausting, so I'll pull everything together into one statement for you.
It's miserable being out of pocket like that; I'm refunding the full amount today.
Losing the day's footage must be scary for a business, so I'm getting our data recovery team on it now.
""", asr_share=0.3),
    dict(families=["acknowledge", "own"], negative=None, lines="""
ah no thats a horrible week youve had ill get the engineer back out tomorrow
no wonder youre fed up leave it with me ill chase the depot myself
month end and the payments stuck thats a nightmare im pushing it up right now
being stranded at the station at night is awful im booking you a taxi on us
three missed visits would drive anyone mad ive booked a named engineer for you
""", asr_share=0.0),
    dict(families=["acknowledge", "reassure"], negative=None, lines="""
I can hear how frightened you are, and you're doing everything right, help is nearly there.
That's a scary letter to get, but your home is not at risk, I promise you.
With the exams so close that's a real worry, but the results won't be delayed.
It sounds exhausting, and you haven't done a single thing wrong.
That's a horrible shock to wake up to, but every penny will be put back.
You've had a rotten few weeks, and it's completely normal to feel overwhelmed by all this.
Finding the house flooded is devastating, but you're covered for all of it.
I can tell how much he means to you, and he's in the safest place he could be.
That's a lot to deal with while you're grieving, so please don't feel you have to rush any of it.
With the wedding on Saturday I can see why you're panicking, but the dresses will be there on time.
Being cut off with a poorly child is frightening, and the power will be back within the hour.
""", asr_share=0.3),
    dict(families=["acknowledge", "reassure"], negative=None, lines="""
i can hear how scared you are but youre doing everything right helps nearly there
thats a scary letter to get but youre not gonna lose the house
sounds exhausting and you havent done anything wrong at all
finding the place flooded is awful but youre covered for all of it
""", asr_share=0.0),
    dict(families=["acknowledge", "personalize"], negative=None, lines="""
Oh Margaret, that's a dreadful thing to come back to after the hospital.
That's a lot on your shoulders, Kofi, with the shop and your dad not well.
Shame, Thandi, and on your birthday weekend too.
Ah, Niamh, three weeks of that would wear anybody down.
Aw, Mr Patel, that sounds like a miserable morning.
Maam Cherry, that is really a hard situation, with your husband abroad and the bills coming.
My condolences, Mrs Mahlangu, losing your husband so suddenly is a terrible thing.
Graham, with the audit on Monday, no wonder you're stressed.
""", asr_share=0.3),
    dict(families=["acknowledge", "personalize"], negative=None, lines="""
oh margaret thats a horrible thing to come home to
ah niamh three weeks of that would wear anyone down
shame thandi and on your birthday weekend as well
""", asr_share=0.0),
    # --------------------------------------------- more registers (Caribbean, South Asian, North American)
    dict(families=["acknowledge"], negative=None, lines="""
Lawd, three weeks with no water and the children home from school, that is real hardship.
Bwoy, that is a rough week you having, for true.
Arre, that's very tension for you only, with the wedding in the family and the card blocked.
Oh man, a snowstorm and the furnace quits on you, that's brutal, eh.
Oh my gosh, with your daughter in the hospital, that's just a whole lot to handle.
""", asr_share=0.3),
    dict(families=["own"], negative=None, lines="""
Mi a go call the depot myself right now and find out where the van reach.
I will personally take this up with the branch today itself and call you back by evening.
I'll have the furnace tech out to you first thing tomorrow, and I've waived the call-out.
Let me get on it right now, I'll call the warehouse in Memphis myself.
""", asr_share=0.3),
    dict(families=["reassure"], negative=None, lines="""
Nuh worry yourself, the money safe, it will be back on the account by Friday.
Tension mat lo, the amount will be reversed within two days, it is not lost.
You're all set, eh, you won't be without heat, we'll make sure of that.
""", asr_share=0.3),
    dict(families=["personalize"], negative=None, lines="""
Miss Campbell, the form just needs your signature at the bottom.
Baji, could you read me the number on the back of the meter?
Hope the wedding celebrations go beautifully, Mr Qureshi.
""", asr_share=0.3),
    dict(families=["own", "personalize"], negative=None, lines="""
Mr Ansari, I will personally follow up with the technical team and revert to you before six.
""", asr_share=0.3),
    # ------------------------------------------------------------------ multi-family turns
    dict(families=["apologize", "acknowledge", "own", "personalize"], negative=None, specific=True, lines="""
I'm really sorry the engineer didn't turn up again, Mrs Harding. Two days off work for nothing is maddening. I've booked the first slot tomorrow under my name and I'll ring you when he's on his way.
Donovan, I apologise that your refund has taken six weeks. That's money you needed for the rent, I know. I'm walking it through to finance myself today.
That's a rotten start to the holiday, Mr Reddy, and I'm sorry your bag didn't make the connection. I'm ringing the desk at the airport now to get it on the evening flight to you.
Sorry the boiler's packed in again, Aileen. With your mum staying, that's the last thing you need. I'm getting an emergency engineer out to you this afternoon.
Kemi, I'm so sorry you were cut off three times trying to reach us. That's an hour of your morning gone. I'm giving you my direct extension and I'll see this through myself.
Honestly, Mr Fraser, I'm sorry the skip wasn't collected when we said. Having it blocking the drive all weekend must have been a pain. I've got a driver going out first thing tomorrow.
I apologise for the wrong meter reading on your bill, Ms Achterberg. A bill that size would give anyone a fright. I've corrected it and I'm having a new one issued this afternoon.
I'm sorry your cake arrived damaged, Olivia, on your daughter's birthday of all days. I'm refunding the full cost and sending a voucher for her next one.
With the audit on Monday, Rahul, losing access to the ledger is the worst timing, and I'm sorry our update caused it. I'm rolling it back on your account now.
Sorry the removal men scratched your table, Mrs Mwangi. I know it was your grandmother's, which makes it worse. I'm arranging a specialist restorer to come to you at our cost.
Tomasz, apologies that the installer left without finishing. Living with a half-fitted kitchen is no way to live. I'm getting him back on Thursday and I'll check the work myself.
I'm sorry you were charged twice for the school trip, Mrs Adebayo. That's a big chunk out of a month's budget. I've reversed the second payment just now.
Bongani, I'm sorry the card was declined at the till, it's embarrassing in front of a queue. I've lifted the block and added a note so it won't happen on your next trip.
I apologise that your prescription went to the wrong pharmacy, Mr Lloyd. Running short on heart tablets is worrying. I'm phoning the right branch myself now.
Sorry the heating cut out overnight, Mrs Pritchard. A cold house in this weather is no joke. I've put in an urgent repair and a temporary heater is on its way.
Isla, I'm sorry the tickets showed the wrong date. You'd planned the whole weekend around that gig. I'm reissuing them now and I'll email them while you're on the line.
I'm sorry nobody called you back yesterday, Mr Eze, when you were told they would. That's three days of waiting. I'm calling the branch manager myself straight after this call.
Sorry your flat's been without water since Tuesday, Ama. With the baby, that's really hard. I'm getting bottled water delivered today and the plumber out tomorrow.
Mr Lindqvist, I apologise the invoice went to your old office. Chasers from our credit team must have been alarming. I've updated the address and stopped the reminders.
I'm sorry the wheelchair taxi never arrived, Joan. Missing your hospital appointment is a real setback. I've rebooked the taxi and I'll phone the clinic to get you a new date.
Sorry we cut your phone line during the roadworks, Mr Nkemelu. With your business running off it, that's lost orders. I've raised a compensation claim for you.
Akosua, I'm sorry the payment went to the wrong account. That's frightening with your rent due. I've started a recall and I'll keep on at the other bank until it's back.
I apologise that your son's bike was delivered in pieces, Mrs Goldberg. Birthday ruined, I can imagine. I'm sending a new one by courier for the weekend.
Sorry about the mix-up with the venue booking, Lachlan. Two weddings on one day, what a shock to get. I'm speaking to the venue manager myself to get your date back.
""", asr_share=0.3),
    dict(families=["apologize", "acknowledge", "own", "personalize"], negative=None, specific=True, lines="""
im really sorry the engineer didnt turn up again missus harding two days off work for nothing is maddening ive booked the first slot tomorrow under my name
sorry the boiler packed in again aileen with your mum staying thats the last thing you need im getting someone out this afternoon
donovan i do apologise the refund has taken six weeks i know you needed it for the rent im taking it to finance myself today
sorry your flats been without water since tuesday ama with the baby thats so hard im getting water delivered today
oh kemi im so sorry you got cut off three times thats your whole morning gone ill give you my direct line and see it through
im sorry the card got declined at the till bongani thats embarrassing ive taken the block off now
sorry the tickets had the wrong date isla you planned the whole weekend round it im reissuing them now
mister eze im sorry nobody rang you back three days waiting is too much im calling the branch manager myself
""", asr_share=0.0),
    dict(families=["apologize", "acknowledge", "own", "personalize", "reassure"], negative=None, specific=True, lines="""
I'm so sorry the passport still hasn't come back, Mr Afolabi. With your flight on Friday I can hear how anxious you are. I'm escalating it to the priority team now, and you will have it in your hands before you fly.
Sorry your dog was sent home with the wrong tablets, Mrs Byrne, that must have been frightening. I've spoken to the vet myself and the right ones are being couriered. He's going to be absolutely fine.
Jess, I apologise that your exam entry was lost. That's an awful thing to hear two weeks out. I've re-entered you myself and you won't miss the paper because of our mistake.
I'm sorry the mortgage offer was held up by our valuer, Mr and Mrs Tan. Sitting on a chain with the completion date looming is nerve-wracking. I'm chasing the valuer today, and the date won't slip because of us.
Sorry the heating failed again, Rukhsana, with your little boy poorly that's the worst. I've got an engineer coming within four hours, and you'll be warm tonight, I promise.
Mr Kariuki, I'm sorry our system flagged your payments as fraud. Having your suppliers unpaid must be stressful. I've cleared the flag, I'm sending the payments manually, and none of your contracts will be affected.
Ngaire, I'm really sorry the rental car wasn't there when you landed. Stuck at the airport after a long flight is miserable. I'm booking you a taxi to the other depot now and your car will be waiting when you arrive.
I apologise the funeral flowers went to the wrong address, Mrs Oduya. At a time like this that's the last thing you should have to chase. I'm having a fresh arrangement made, and it will be at the church before the service.
Sorry the gas was cut off by mistake, Mr Dlamini. No cooking or hot water with the family at home is hard. I'm sending a reconnection team now and you'll be back on before dinner.
Harriet, I'm sorry your bank transfer went missing. That's money for the deposit, I know, and it's scary. I've raised a trace with the other bank, and you won't lose a penny of it, these always come back.
I'm sorry about the wrong dates on your visa letter, Mr Ramos. Two days before the embassy appointment is a terrible time to find that. I'm reissuing it myself within the hour, you'll have it in plenty of time.
Sorry your order for the costume got cancelled, Beth. Your girl's been looking forward to that parade for weeks. I'm making it up anyway and sending it special delivery, so she'll be in it on Saturday.
Mr Mensah, I apologise for the letter threatening court. That must have been a horrible shock. I've withdrawn it and put a hold on the account; nobody will take any action against you.
Sorry the school's internet has been down all week, Mrs Oyelowo. Teaching with no connection must be chaos. I'm sending a senior engineer tomorrow and you'll be back online for Monday's lessons.
Chloe, I'm sorry we lost your booking for the restaurant. It's your engagement dinner, that's such a letdown. I've spoken to the manager myself and your table's back, the same time, with a bottle on us.
I'm sorry your father's direct debits kept going after you told us, Mr Ahmed. Dealing with that while grieving is too much. I've stopped them all and I'm refunding every payment since the date of death, so nothing more will come out.
""", asr_share=0.3),
    dict(families=["apologize", "acknowledge", "own", "personalize", "reassure"], negative=None, specific=True, lines="""
im so sorry the passport still isnt back mister afolabi i can hear how anxious you are im escalating it now and you will have it before you fly
sorry the heating failed again rukhsana with your boy poorly thats the worst ive got someone coming in four hours youll be warm tonight
jess i apologise your exam entry got lost thats awful two weeks out ive re entered you myself and you wont miss the paper
sorry the gas got cut off by mistake mister dlamini thats hard with the family home im sending the team now youll be back on before dinner
harriet im sorry the transfer went missing i know its for the deposit ive raised a trace and you wont lose a penny
""", asr_share=0.0),
    dict(families=["apologize", "own", "personalize"], negative=None, specific=True, lines="""
Apologies for the double charge, Mr Cohen, that was our error and I've refunded it already.
I'm sorry your new phone arrived with a cracked screen, Layla. I'm sending a replacement today with a collection for the broken one.
That missed collection was down to us, Mrs Tshabalala, and I'm sorry. I've booked a special pick-up for tomorrow.
Sorry the wrong paint colour was delivered, Mr Jovanovic. I'm getting the right tins out to you this afternoon.
I apologise that your claim was closed without a call, Dermot. I've reopened it and it's now assigned to me.
Sorry your appointment letter had the wrong time on it, Mrs Salonga. I've booked you the next clinic and I'll post a corrected letter.
Mr Ibrahim, I'm sorry the contract renewed without a reminder. I've cancelled the renewal and refunded the charge.
Sorry the parcel was left out in the rain, Fiona. I'm sending a replacement and I've put a safe-place note on your address.
I'm sorry we sent the bill to the old business, Mr Pillay. I've moved it onto your new account and taken off the late fee.
Sorry your hotel room was given away, Mrs Henare. I've booked you into our sister hotel for the same rate and arranged the transfer.
""", asr_share=0.3),
    dict(families=["apologize", "own", "personalize"], negative=None, specific=True, lines="""
sorry for the double charge mister cohen that was our mistake ive refunded it
sorry the parcel got left in the rain fiona im sending a new one and putting a safe place note on
im sorry the contract renewed without a reminder mister ibrahim ive cancelled it and refunded you
""", asr_share=0.0),
    dict(families=["acknowledge", "own", "personalize"], negative=None, lines="""
That's a huge knock just before payroll, Mr Okoro. I'm pushing the payment through manually now so your staff get paid.
Filing day with the partners on your case, Sinead, no wonder you're stressed. I'm restoring the client folder first and I'll ring you the minute it's back.
Being without a car with the twins to get to school is hard, Mrs Nair. I've booked you a hire car from tomorrow at our cost.
Dealing with your dad's accounts while you're grieving is a lot, Owen. I'll write to the other companies for you so you don't have to.
Ah Busi, a week without power in winter is grim. I'm raising it with the municipal depot myself this morning.
Ma'am Liza, I know how hard it is with your husband working overseas. I can move the due date to after his remittance comes in.
With the lambing on, Mr Pugh, you can't be without a phone line. I'm booking a priority repair and a mobile booster today.
Gosh, Priya, the night before your move and the van's cancelled, that's awful. I'm ringing round our other depots myself for a replacement van.
Fergus, you've clearly had a rotten time of it with the builders. I'm sending our own inspector out to look at the work on Friday.
Sounds like you've been up all night with it, Mrs Abubakar. I'm getting an electrician out to you this morning.
Fourteen hours on a coach and then no room at the hotel, Dave, that's brutal. I'm getting you a room at the place next door now.
That's a lot of worry with your interview on Monday, Nomvula. I'm sending the certificate by courier so it's with you tomorrow.
""", asr_share=0.3),
    dict(families=["acknowledge", "own", "personalize"], negative=None, lines="""
oh busi a week with no power in winter is grim im taking it up with the depot myself
thats a big knock right before payroll mister okoro im pushing the payment through manually
ah priya the night before the move thats awful im ringing round the other depots for a van
fergus youve had a rotten time with the builders im sending our inspector out friday
""", asr_share=0.0),
    dict(families=["acknowledge", "own", "personalize", "reassure"], negative=None, lines="""
I can hear the worry in your voice about Rosie, Mrs Clarke. I'm getting the vet on call to ring you now, and she's in good hands overnight.
Eleni, a leak through the ceiling with the baby's room underneath is frightening. I'm sending an emergency plumber now, and your insurance will cover the damage.
Your son's surgery next week is plenty to be coping with, Mr Boateng. I'll handle the claim forms myself, and the appointment won't be affected.
Your shop can't trade without the card machine, Hamid, I get that. I'm couriering a spare tonight and you'll be taking payments when you open.
Three weeks of chasing on your own would wear anyone down, Mrs Whitaker. I'm taking it over, and you won't have to make another call about it.
With your exams starting, Arjun, losing your laptop is a nightmare. I'm arranging a loan machine today, and all your files are safe in the cloud.
Moving day and no keys, Sipho, that's awful. I'm phoning the agent's out-of-hours line myself and you will be in tonight.
Mrs Nakamura, a bill that size is a real shock on a pension. I'm putting it on hold while I look at it, and you won't be chased while I do.
Kieran, being stranded in Perth with no connecting flight sounds exhausting. I'm rebooking you on the morning flight and the hotel tonight is on us.
It sounds like a scary night, Mr Oduya. I'm getting the gas team back to check the meter, and the house is safe to stay in now.
""", asr_share=0.3),
    dict(families=["acknowledge", "own", "personalize", "reassure"], negative=None, lines="""
i can hear the worry in your voice about rosie missus clarke im getting the vet to call you and shes in good hands
moving day and no keys sipho thats awful im ringing the agent myself youll be in tonight
kieran stuck in perth sounds exhausting im rebooking you on the morning flight hotel tonight is on us
three weeks chasing this on your own would wear anyone down missus whitaker ive taken it over you wont need to ring again
""", asr_share=0.0),
    dict(families=["apologize", "acknowledge", "own", "reassure"], negative=None, specific=True, lines="""
I'm sorry your payment was bounced back, that's an awful fright with the rent due. I'm reissuing it by faster payment now, and your landlord will have it today.
Sorry the engineer left you with no hot water, three days is far too long. I've booked a senior engineer for the morning, and this will be fixed properly.
I apologise that the flight change cost you your connection, that's exhausting after a long day. I've rebooked you on the first flight and your hotel tonight is covered.
I'm really sorry the clinic cancelled your scan without telling you; waiting for news like that is hard. I'm getting you rebooked this week and your place won't be lost.
Sorry your pension payment was late, I know you rely on it. I've sent it out by same-day payment and it won't happen again next month.
I'm sorry the delivery damaged your gate, that's not what anyone wants to come home to. I'm sending someone to repair it, and you won't pay anything towards it.
Apologies that your documents were sent to the wrong solicitor; that must be alarming. I've recalled them myself and nothing has been read or kept.
I'm sorry our team cancelled your standing orders by mistake, that's a lot of bills to worry about. I'm reinstating every one now, and any charges you pick up will be refunded.
Sorry the water was off all night without warning; with elderly parents at home that's frightening. I've got a bowser coming to your street, and supply will be back by morning.
I'm sorry your tickets didn't arrive; the show's tomorrow, so I understand the panic. I'm sending e-tickets to your phone right now, and you'll get in without a problem.
I'm sorry your horse's feed order never came; I know you're down to the last bag. I'm sending a van out this afternoon, he won't go without.
Sorry the lift has been out again this week, stuck on the eighth floor with the pram is exhausting. I've raised it as an emergency and it'll be running again by tomorrow lunchtime.
""", asr_share=0.3),
    dict(families=["apologize", "acknowledge", "own", "reassure"], negative=None, specific=True, lines="""
sorry the payment bounced back thats a horrible fright with the rent due im sending it again now your landlord will have it today
im sorry the clinic cancelled your scan waiting like that is hard ill get you rebooked this week you wont lose your place
sorry the water was off all night thats scary with your parents at home ive got a bowser coming and itll be back by morning
""", asr_share=0.0),
    dict(families=["apologize", "acknowledge", "own", "personalize"], negative=None, specific=False, lines="""
Oh, I'm so sorry, Linda. You sound completely worn out. Let me take this on from here.
I do apologise, Mr Mbeki, it's clearly been a long morning for you. I'll get this sorted myself.
Sorry, Chioma, really. That's a lot to deal with. Leave it with me.
Grace, I'm so sorry. I can hear it in your voice. I'm going to personally see this through.
I apologise, Mr Hughes, you've been more than patient and it's worn thin. I'm taking ownership of it now.
So sorry about that, Aroha, it's been one thing after another for you. I'll ring you back myself by four.
""", asr_share=0.3),
    # ------------------------------------------------------------------ hard negatives: no family
    dict(families=[], negative=None, lines="""
The electrician's booked in for Wednesday morning and he'll phone when he's on his way.
I'll send the signed agreement through to your email address now.
I'm just going to call the engineer on the other line, can you hold on for one minute?
You don't need the reference number, I can find you from the postcode.
Don't worry about the account number, your date of birth will do.
Don't worry about filling in section four, that's for business customers only.
The admin fee for changing the name on the booking is fifteen pounds.
Refunds normally reach your card within three to five working days.
I understand, so you'd like the statement sent to the new address from next month.
Okay, I understand, you want to add your partner as a named driver.
Can I confirm the name on the policy is Mrs Patricia Anne Holloway?
Just for security, can you give me the first line of your address?
And that's Akinyemi spelled A-K-I-N-Y-E-M-I?
My name's Darren and I'm calling from the accounts team at Harrowgate Lending.
You're through to Shona in the billing department, how can I help?
Lovely weather we're having, isn't it, for once.
Busy day today, the phones haven't stopped since eight.
I'm afraid the branch closes at four on Saturdays.
I'm afraid we can't take card payments over eight thousand on the phone, so it'll need to be a bank transfer.
For security reasons we can only discuss the account with the account holder, but they can add you as a third party.
The cooling-off period is fourteen days from the day you sign.
I'll pop you on hold for a moment while I bring up the tariff.
I'm transferring you now to the mortgages team, they'll pick up in a moment.
Let me just check your account details before we go any further.
Bear with me, the system's a bit slow this morning.
Your new card will arrive in the post in five to seven working days.
I've added the extra bin to your collection and it'll be delivered with the next round.
I've changed your direct debit date to the twenty-eighth as you asked.
I've ordered the brochure and it'll come in the post.
Okay, I've put the booking in for two adults and one child on the ten-fifteen.
The engineer will be with you between eight and one.
I'll email the quote over in the next ten minutes.
I've registered the new boiler warranty for you, the certificate will come by email.
The next available appointment is Thursday at half two, would that suit?
Is the number ending four-four-seven still the best one to reach you on?
So just to recap, that's the premium package from the first of next month.
Do you want me to set that up as a monthly payment or a one-off?
Sorry, the line broke up a bit there, could you say the postcode again?
Sorry, I was on mute for a second there.
Sorry to keep you, I've just got a couple more questions.
Thanks for that, and the expiry date on the card?
The charge for an out-of-hours call-out is eighty-five pounds plus VAT.
The deposit is non-refundable within thirty days of the event, that's in the booking terms.
Planning permission isn't something we can help with, the council's planning office handles that.
I'm going to read you a short statement about how we use your data.
This call may be recorded for training purposes.
I'll need to ask a few questions to make sure you're the account holder.
Your engineer tomorrow will be Rajesh, he drives a white van with our logo on.
The case handler on your file is called Helen Moss.
I understand what you're asking, you'd like to know if the price is fixed.
Right, I understand, so the meter is in the garage rather than the hallway.
I'll put a note on your account that you called today about the upgrade.
I'm going to check with the warehouse whether that colour's in stock.
I'll just go and ask my supervisor about the discount codes, one moment.
Let me look into the available dates for you.
I'll email the booking confirmation along with the directions to the venue.
There's no need to bring the receipt, the card you paid with will do.
Don't worry about bringing the old meter key, the fitter brings a new one.
You don't have to print the ticket, the code on your phone is fine.
Don't worry about the second page, it's just the terms you agreed to online.
There's a small charge of two pounds fifty for a paper bill.
Processing normally takes ten working days from when we receive the form.
The courier will need someone over eighteen to sign for it.
I'm afraid that model's been discontinued, but the newer one is the same price.
I'm afraid I don't have access to your pension records from this system, the pensions team does.
It's our policy to send all cancellations in writing, just so there's a record for both of us.
We can't hold rooms without a deposit, but the deposit's only twenty percent.
The fee for replacing a lost key fob is thirty-five pounds.
Could you spell the surname for me, please?
And can I just take the name of the person you're calling on behalf of?
Is that Mr Kwame Boateng, date of birth the fourth of March?
So the account's in the name of Olumide Adeyemi at flat six?
Oh, Mr Singh is your neighbour, is he? And he's the one who called in the fault?
Right, so your landlord's name is Graham Whitley.
Hiya, it's Bethan from the surgery, just ringing about your appointment next week.
Good afternoon, you're speaking with Marco at Pinecrest Travel.
Did you get much snow over your way last night?
Oh, you've got a dog barking there, what breed is he?
Ha, I know, Mondays are always like this.
Ah, that's a nice part of the world, I went there as a kid.
I'll transfer you to our Welsh-language line now.
One moment while I put you through to the claims team.
Hold the line please, I'm going to speak to the engineer now and check his schedule.
I'll just put you on a short hold while I check the stock level.
I'll book you in for the MOT on the ninth at nine.
I've added the parking space to your lease as you requested.
I've upgraded your broadband to the faster package from Monday.
I've set up your online account, you'll get an activation email shortly.
Your parcel's been sent and the tracking link is on its way to your phone.
That's all booked for the carpet cleaning on the sixteenth.
I've noted the new mobile number on the account.
Okay, so I understand you'd like to move the payment to Fridays.
I see, so it's the blue form rather than the green one.
You'll receive an email with a link to sign the documents electronically.
The sale price applies from midnight on Thursday.
Excess on the policy is two hundred and fifty pounds.
Your contract ends on the thirtieth of June.
Our opening hours are nine till five Monday to Friday.
The quote includes fitting but not the removal of the old unit.
Delivery is free on orders over fifty pounds.
We require two forms of identification for a new account.
I'm afraid the online portal is down for maintenance tonight, so the form will need to be posted.
If you could just bear with me while I go through the security questions.
I'll need your meter serial number, it's on the front of the meter.
Can you confirm the last four digits of the card you paid with?
I'm going to pass you to my colleague in technical support.
Let me just confirm the booking reference with you: it's K-T-seven-seven-two.
I'll read the address back to make sure I've got it right.
Thank you, I've got that written down.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
Okay, so I've booked the boiler service for the fourteenth. The engineer rings about half an hour before he arrives. If you need to change it, there's a link in the text.
Right, the new tariff starts on your next bill. Your monthly payment goes from sixty-two to fifty-eight pounds. I'll send the details by email.
So that's the two tickets for the matinee on the third, seats G twelve and thirteen. They'll be emailed within the hour, and you can print them or show them on your phone.
I've added the conservatory to the home policy. The premium goes up by four pounds a month from the next payment. You'll get an updated schedule by post.
Great, so I'll set up the new user accounts for your two starters. They'll get a welcome email on Monday morning with a temporary password.
I'm going to ring the depot now to check the van's route for tomorrow, so just hold on for one moment.
Let me get the engineer on the other line to see what time suits him. It'll only take a minute.
I'll need to transfer you to the business team for that, they handle VAT invoices. Please hold while I connect you.
I understand, so you want to cancel the gym add-on but keep the swimming. That's no problem, it'll come off from next month.
Right, I understand what you mean now, the reading on the display is the second row.
Just to confirm for security, I have Ms Florence Achieng at Riverside Close, is that correct? Lovely, and your date of birth?
Hello, my name is Priyanka, I'm calling back about the quote you requested on our website.
The standard delivery is three to five working days and costs four ninety-five. Next-day is eight ninety-five if ordered before two.
I'm afraid the earliest fitting slot is the week after next, which is normal for this time of year.
Don't worry about the meter photo, the reading you've given me is enough.
Don't worry about the old router, you can keep it or recycle it, we don't need it back.
""", asr_share=0.3),
    dict(families=[], negative=None, lines="""
ok so the sparky is booked for wednesday hell ring you before he comes
ill send the agreement over to your email now
right im gonna call the engineer now just hold on one minute
you dont need the reference i can find you by postcode
dont worry about the account number your date of birth is fine
dont worry about that box its only for business customers
the fee for changing the name is fifteen pound
refunds usually take three to five working days
i understand so you want the bill going to the new address
ok i understand you wanna add your partner as a driver
can i just confirm the name on the policy is patricia holloway
for security can i take the first line of the address
my names darren calling from accounts
youre through to shona in billing how can i help
um lovely weather today isnt it for once
im afraid the branch shuts at four on a saturday
the cooling off period is fourteen days from when you sign
ill pop you on hold while i bring up the tariff
im putting you through to the mortgage team now
let me just check your account before we go on
bear with me the systems really slow this morning
the new card will come in five to seven working days
ive changed the direct debit to the twenty eighth like you asked
the engineer will be there between eight and one
ill email the quote over in about ten minutes
next appointment is thursday half two does that suit
is the number ending four four seven still the best one
sorry the line broke up could you say the postcode again
sorry i was on mute there
sorry to keep you ive just got a couple more questions for you
the out of hours call out is eighty five plus vat
your engineer tomorrow is rajesh white van with our logo
right i understand so the meter is in the garage
im just gonna check with the warehouse if that colours in stock
hang on ill just ask my supervisor about the codes
theres no need to bring the receipt the card will do
you dont have to print it the code on your phone is fine
there is a small charge for paper bills two pound fifty
im afraid that models discontinued but the new one is the same price
could you spell the surname for me please sorry
is that mister kwame boateng date of birth fourth of march
so the account is in the name of olumide adeyemi flat six
hiya its bethan from the surgery just ringing about next week
did you get much snow your way last night
ha i know mondays are always like this arent they
so ill book you in for the mot on the ninth at nine
ive upgraded the broadband to the faster one from monday
thats all booked for the carpet clean on the sixteenth
ive noted the new mobile number
the sale price starts midnight thursday
excess on the policy is two fifty
were open nine till five monday to friday
delivery is free over fifty pound
ok ive got that written down thank you
uh let me just read the address back to make sure its right
so the tickets are g twelve and thirteen theyll be emailed within the hour
ill set up the accounts for your two new starters theyll get an email monday
i understand what you mean now its the second row on the display
""", asr_share=0.0),
    dict(families=[], negative=None, lines="""
dont worry about the meter photo the reading you gave me is enough
dont worry about sending the old router back you can keep it
yeah so the deposit is non refundable in the thirty days its in the terms
right so ive added the conservatory premium goes up four pound a month
hello my name is priyanka calling back about the quote you asked for
just to confirm for security i have florence achieng riverside close is that right
im afraid the earliest fitting is week after next thats normal this time of year
ill need to put you through to business for the vat invoice please hold
ok im just gonna pop you on hold and ring the engineer see what time suits him
uh the standard delivery is three to five days four ninety five
""", asr_share=0.0),
    dict(families=[], negative=None, lines="""
Kindly hold the line while I check the status of the request.
I will just transfer the call to the concerned department, please stay on the line.
Okay, you're all booked in for the furnace tune-up on the twelfth, eh.
Y'all have a good one now, and thanks for calling.
Mi just need to confirm the address, it's still Half Way Tree Road?
""", asr_share=0.3),
]
