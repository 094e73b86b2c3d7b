"""Agent lines in English, third hand-written batch for the training corpus (see README.md).

Provenance: written on 2026-12-07 by a helper session started for the training corpus, by
hand, from general knowledge of contact-centre calls. Registers: UK regions, Irish,
Scottish, Welsh, US, Canadian, Indian, Pakistani, Nigerian, Ghanaian, Jamaican, South
African, Filipino, Singaporean, Australian and New Zealand English and the English of
non-native speakers, formal, chatty and terse; industries: energy and water, telecoms and
broadband, banking and cards, insurance, travel, retail and parcels, lettings, healthcare
administration, local government, pensions and software support. About a third of the
lines are written as ASR output (lower case, no punctuation, fillers, a repeated word, an
occasional split or misheard word such as "a pologise", "re fund", "in convenience").
Nothing was copied from a dataset, from the bundled sample calls or from any evaluation set.

What the helper read: ``REPORT_CONTRACT.md`` (definitions), this folder's ``README.md``
(labelling rules) and ``agent_en_2.py`` / ``customer_en_2.py`` (module layout only; no
line was copied or paraphrased from them). What it did not read: the frozen blind sets
(``benchmarks/data/blind*/``), ``benchmarks/data/language_dev.json``, ``tests/`` and the
``callcoach`` package.

Layout as in ``agent_en_2.py``: each block is one label: ``families`` (empathy families),
``negative`` (dismissive category or None) and, for apologies, ``specific`` (the apology
names the customer's actual problem). ``asr_share`` as in the other batches: 0.0 for blocks
already written as ASR output. One sentence or turn per line. Blocks with ``families=[]``
and ``negative=None`` are hard negatives matched in form to the empathy blocks: routine
procedure phrased like a commitment, names used for verification or about third parties,
"sir"/"madam" alone, details read back, plain statements of fact about faults, procedural
sorries and courtesy formulas.
"""

BLOCKS = [
    # ---------------------------------------------------------------- own
    dict(families=["own"], lines="""
Right, here's my plan: I'll raise a priority job now and ring you back myself by four.
Leave it with me and you'll have an answer from me before the end of today.
I'll chase the engineering team myself and I won't close this until the fault's cleared.
I'm not going to pass you from pillar to post, I'll deal with it from here.
Let me make this right for you, starting with that overcharge.
I'll keep a personal eye on the account for the next fortnight.
We'll get to the bottom of where that payment went together, don't you worry.
I'll ring the depot myself while you hold, and we'll find out where your parcel is.
I'm going to stay on this until the new card is in your hand.
I'll take the whole complaint on myself, so you won't have to explain it to anyone else.
I've put a note on the file and I'll be the one checking it tomorrow morning.
I'll call the Leeds store directly and get them to put the sofa aside for you.
I'll email the surveyor myself tonight and push for an earlier visit.
I'm taking this one personally, you'll hear from me by Thursday.
I'll get the credit applied myself rather than sending it off to another team.
Let's work through the router lights together, one at a time.
You and I will go through the statement line by line till it adds up.
I'll get onto the supplier first thing and I won't let it drop.
I'll make the call to the GP practice myself so you're not stuck on hold again.
I'll go and speak to my team leader now and come straight back to you.
I'll set myself a reminder and ring you on Monday whether there's news or not.
That's my job now, not yours, I'll do the chasing.
I'll make sure the refund goes through today, I'll watch it myself.
Let me get this sorted properly so you're not ringing us again next week.
I'll book the engineer and I'll check in with them on the morning of the visit.
I'll take it to the claims handler directly and get you a decision.
I'll stay on the line with you until the payment shows as cleared.
I'll follow it up with the courier personally and text you the new tracking number.
I'll take it up with the branch manager and call you back myself.
Let's sort out those meter readings together so the next bill comes out right.
I'm going to push this through as urgent, and I'll update you every day until it's done.
I'll write the complaint up for you now, all you need to do is confirm it's right.
I'll get the boiler part sent out, and if the warehouse slips I'll be on to them.
Bear with me, I'm going to fix this now rather than log yet another ticket.
I'll go back to the airline myself and get you and your daughter seated together again.
I'll own this from here, so any questions come straight to me.
I'll liaise with the landlord's agent so you don't have to go back and forth.
I'll get the duplicate charge reversed, and I'll phone you once it's done.
I'll keep the case open on my own queue until you tell me it's working.
We're going to get this fixed between us today.
I'll speak to the warehouse supervisor myself and get the order picked again.
Let me handle the call to the bank for you, I'll set up a three-way call.
I'll arrange the collection myself and make sure the driver has the right address this time.
I'll take responsibility for getting your account unlocked today.
I'll personally make sure the welcome pack goes out first class.
I'm going to ring the council's highways team myself and report the pothole.
Let me see this through for you, I'll stay on it till the end.
I'll chase the underwriters and call you the minute they come back.
I'm taking ownership of the case and I'll be your single point of contact.
If anything changes, I'll be the one ringing you, not an automated text.
I'll get the repair reopened and book it in myself.
I'll put it right today, and I'll send you written confirmation so you've got it in black and white.
Let's figure out together which plan actually suits what you use.
I'll dig into why the payment bounced and come back to you with a proper answer.
I'll get the missing items sent out and check they're on tomorrow's van.
I'll be the one who speaks to the hospital's billing office, you've got enough on.
I'll get in touch with the fitter myself and rearrange the kitchen install.
I'll handle the policy transfer myself so nothing falls through the cracks.
I won't leave it with the back office, I'll follow it through personally.
I'll sort the address change across all your accounts, not just this one.
I'll look into it personally and ring you back before six.
Right, I'm going to pick this up and run with it.
I'll make it my priority this afternoon.
I'll put some pressure on the contractor and report back to you myself.
I'll contact the visa desk on your behalf about the invitation letter.
I'll get the technician to ring you directly, and I'll check that he has.
I'll deal with the finance team myself so that late fee comes off.
Let's get your pension transfer back on track together.
I'll make sure there's a note on your file so nobody asks you the same questions again.
I'll go through the claim myself tonight and make sure nothing's missing.
We'll work this out together, step by step, and get your broadband back.
I'll chase that cheque myself and confirm with you when it's been reissued.
I'll ring the school transport office myself and get the pickup arranged.
Let me take over from here, you've done more than enough running around.
I'll straighten out the direct debit dates so they line up with your payday.
I'll keep ringing the depot until I get a straight answer for you.
I'll check the job notes myself so the engineer brings the right part this time.
I'll get the cancellation fee waived for you, I'm putting that through now.
I'll escalate it to second line, and I'll stay on as your contact.
Leave the complicated bit to me, I'll fill in the forms.
Give me till lunchtime and I'll have this resolved for you.
I'll take this to the complaints team myself and argue your case.
I'll make sure it's fixed before your next bill comes out.
I'll get the keys couriered over to you and track them myself.
I'll get the prescription reissued and phone the chemist to let them know it's coming.
Let's put our heads together and find a date that works for you.
I'll make the changes for you here so you don't need to go into branch.
I'll keep on at the network team, and you'll get a message from me personally when it's done.
I don't know the answer yet, but I'll find out and call you back myself.
I'll rebook the hotel myself and send you the new itinerary tonight.
I'll take this up the chain today, and I'll tell you exactly who's looking at it.
I'll pick up the phone to the plumber myself and get him back out to you.
Together we'll get your account back in order by the end of the week.
I'll personally see to it that the credit is on your next statement.
So I've confirmed the postcode, and what I'll do now is raise the fault myself and ring you tomorrow with the engineer date.
I've looked at the order history, and I'm going to get a new one sent out today and follow it through dispatch myself.
The system's showing the payment as pending, but I'm not leaving it there, I'll phone payments after this call and text you the outcome.
Your reference is on the email, and I'll be the one following it up, so there's no need to call in again.
Okay, that's the security done, so now I'm going to take this off your plate completely.
The standard process is a ten-day review, but I'll walk it through myself and try to get it done this week.
""", asr_share=0.3),
    dict(families=["own"], lines="""
yeah no leave that with me i'll get it sorted before we finish
right so what i'm gonna do is um ring the depot myself
i'll i'll chase it personally and call you back this afternoon
let me take care of that for you okay
um i'm gonna keep an eye on the account myself over the weekend
we'll we'll get to the bottom of it together don't worry
i'll get on to the engineers myself and and push for tomorrow
so uh i'll own this one from here you won't need to explain it again
okay i'll speak to the branch manager myself and come back to you
let's go through the bill together you know line by line
i'll make sure the re fund goes through today i'll be watching it
i'll raise it as urgent and i'll personally follow it up
leave it with me i'll ring you back before five
i'll sort out the the direct debit for you right now
right then let me fix that for you rather than send you round the houses
i'll chase the courier my self and text you the new date
um we'll work through it together and get you back online
i'll personally make sure the engineer has the right part
i'll keep the case under my name so it doesn't get lost you know
i'll ring the landlord's agent myself and get that repair booked
no worries i'll take it from here
i'll get on the phone to the airline myself and sort out your seats
let me see this through for you i'll stay with it
i'll get the late fee taken off and i'll confirm it by email
uh i'll have a word with the warehouse myself first thing
i'll write the complaint up for you you just have to say yes
i'll i'll make sure this is fixed before your next bill
we'll get this straightened out between us okay
i'll go and find out myself and and come straight back on the line
i'm gonna take ownership of this and call you tomorrow
okay so here's what i'll do i'll phone the the installer myself today
don't you worry about ringing back i'll be the one calling you
i'll get it put right um before the end of the week myself
let me do the running about for you on this one yeah
i'll stay on the line with you till the the payment clears
i'll chase the under writers myself and ring you the minute i hear
right i'll get the the credit put on myself no need for another team
i'll speak to the hospital billing people so you don't have to
we'll get your account sorted between the two of us
i'll book the engineer and and check on him the morning of
i'll follow it up my self every day till it's fixed
i'll take this to the complaints team and fight your corner
""", asr_share=0.0),
    # ------------------------------------------- apology and ownership together
    dict(families=["apologize", "own"], specific=True, lines="""
I'm sorry we sent the wrong size twice, I'll get the right one out to you myself today.
I apologise that the engineer didn't turn up on Tuesday, and I'll book the first slot and check on it personally.
Sorry the refund's taken three weeks, I'll chase finance myself and ring you once it lands.
I'm really sorry your card was blocked while you were abroad, I'll get it unblocked now and stay on until it works.
My apologies for the wrong reading on your bill, I'll correct it myself and send you a new statement.
Sorry you were cut off twice trying to get through, I'll give you my direct line and handle it from here.
i'm so sorry the delivery never came i'll ring the depot myself and sort it
sorry the the bill's gone up without any warning i'll look into it personally and call you back
""", asr_share=0.0),
    dict(families=["apologize", "own"], specific=False, lines="""
I'm sorry about all of this, and I'm going to put it right myself.
Sorry for the hassle, leave it with me and I'll sort it.
I do apologise, I'll take this on personally from here.
Really sorry, I'll fix it for you now.
We got this wrong and I'm sorry, I'll make sure it's sorted today.
i'm sorry about that um i'll make it right for you
sorry for all the back and forth i'll own it from here
""", asr_share=0.0),
    # ---------------------------------------------------------- personalize
    dict(families=["personalize"], lines="""
No problem at all, Gareth, I'll just bring up the order now.
Right, Mrs Adeyemi, I've got the account open in front of me.
Okay Priya, the next step is a quick security question.
That's all booked in for Thursday morning, Mr Fraser.
So, Siobhan, the new tariff starts on the first.
Good stuff, Kwame, that's the payment date changed.
Morag, the form should land in your inbox in the next few minutes.
Okay then, Hamish, the reading's gone on.
That's your new PIN on its way, Mrs Nakamura.
Right, Tunde, I can see the two orders side by side.
Now, Mr Van der Merwe, the renewal date is the ninth.
And that's the booking confirmed, Ms Santos.
So Rizwan, what we'll need next is a photo of the damage.
Lovely, Aroha, that's the address updated.
Okay Bronwyn, the refund will show as pending first.
Just so you know, Deepak, the line test takes about a minute.
Right you are, Mrs Okonkwo, the collection is set for Friday.
Ciaran, you'll get a text with the engineer's name in the morning.
That's gone through fine, Efua.
So, Mr MacLeod, the claim number starts with CL.
All done there, Harpreet.
Okay, Marisol, that's the second cardholder removed.
Jun, the new router should arrive in two or three working days.
Right, Mrs Ferreira, the statement covers March to May.
That's the redirection set up, Mr Kowalski.
Thandi, the contract runs until next June.
Now then, Cerys, the balance after today's payment is zero.
So Dwayne, the upgrade will kick in from midnight.
Okay, Shanice, I've switched you to paper bills.
That's your seat changed to the aisle, Mr Reyes.
Right, Ananya, there are three slots left next week.
Eilidh, the policy documents will come by email.
Okay Mr Lim, the parcel's at the local depot.
And Mrs Tan, the new card will have the same number.
Rhys, the meter exchange takes about an hour.
Alright Zainab, the form's been submitted.
Mr Ibrahim, your booking reference is on the screen now.
So Niamh, the instalments come out on the fifth of each month.
That's all sorted on the system, Delroy.
Okay, Marcia, I've added the note to the account.
Right then, Kofi, the transfer shows as complete.
Mrs Nowak, the water meter will be fitted outside.
Pieter, the quote is valid for thirty days.
So Ayesha, the prescription goes to the pharmacy on the high street.
Okay Callum, that's you registered for the app.
Since you mentioned you're on nights, I've put the engineer down for the afternoon slot.
With the baby due next month, the earlier delivery date is probably the one for you.
You said the dog barks at the doorbell, so I've added a note for the driver to knock instead.
As you're moving to Glasgow on the fifteenth, the final reading should be taken on the fourteenth.
You mentioned you work from home on Mondays, so a Monday visit might suit you best.
You said your son deals with the post, so I've added his email for copies of the letters.
Since your daughter's the one using the phone, I've put the content filter on her number.
Because you told me you're away until the twentieth, I've held the parcel until the twenty-first.
You said earlier the leak's in the back bedroom, so I've put that on the job sheet.
Since you're caring for your husband, I've asked the engineer to phone before arriving.
You said you'd rather have it in writing, so everything will come by email.
As you mentioned you're hard of hearing, I've set the account to text you instead of calling.
Since the wedding's on the Saturday, Friday delivery gives you a day to spare.
You mentioned the flat's on the fourth floor with no lift, so I've booked a two-person delivery.
Given you said you start your new job on the third, I've moved the payment date to after payday.
You said the car's your only way to get to dialysis, so I've put the courtesy car request at the top.
Since you told me you're a student until June, the student discount applies until then.
As you're travelling with your mum in the wheelchair, I've added assistance at both airports.
You mentioned the old boiler was in the loft, so I've noted that for the fitter.
Since you said you only use the landline for your mum's calls, the basic package might be enough.
You said you're back in Lagos at Christmas, so I've added international roaming from the twentieth.
As you're fasting for Ramadan, I've put the visit in the morning rather than near iftar.
Since you're in Auckland and we're in Sydney, I'll note the two-hour difference for the callback.
You said it's the same laptop you bought in the Black Friday sale, so it's still in warranty.
Because you mentioned the shop in Sandton, I've set that as the collection point.
Since you said you'll be in Manila for the whole of August, the bills will go paperless for you.
You told me the twins start nursery in September, so the childcare account opens in August.
Okay, Mrs Mahlangu, the new meter's on the system.
Sure thing, Jerome, the tickets are on their way.
So Rangi, that's your bond return lodged.
Since you said your exams are next week, I've booked the visit for the Saturday after.
""", asr_share=0.3),
    dict(families=["personalize"], lines="""
no problem at all gareth i'll just pull that up
okay um mrs adeyemi that's all booked for the ninth
right so kwame the next bill comes out on the third
that's gone through now siobhan
uh since you said you're on night shifts i've booked the the afternoon slot
with the wedding on saturday um you'll want it by the friday
okay priya so the next bit is just a security question
alright mister fraser that's the reading on
right morag so the form's on its way
yeah that's done for you tunde
so um mrs okonkwo the driver comes between ten and two
okay ciaran you'll get a text in the morning
cheers hamish that's the meter reading in
you said the dog goes mad at the door so i've put knock on the note
so since you're moving on the fifteenth um the final read is the fourteenth
right bilal the contract ends in march
okay so jaspreet the upgrade goes live tonight
that's all done mrs van der merwe
so as you said you work from home mondays monday's the best slot yeah
okay lakshmi the the new card is on its way
right then aroha that's the address changed
alright imran you should see it in two to three days
so uh chidi the claim number is on the email
since your mum's the one who uses the the phone i've added her as a user
thats all updated for you nomvula
okay ms tanaka the seat's changed to the window
as you mentioned the baby's due in may i've set the start date for april
yeah no worries adaeze that's the second card cancelled
right so since you're in dubai till june we'll pause the the account till then
okay mister reyes that's your booking confirmed
because you said you've got no car i've set it to home delivery
okay wei ling that's done the refund shows as pending
right so farah you'll get the documents by email
since you said the kitchen floor's up i've asked them to bring dust sheets
okay tyrone that's the new sim on its way
right so mrs balogun the reading's been put on
you said you're away in cebu till the tenth so i've moved the visit to the twelfth
okay then callum that's the the card activated
since you mentioned your mum's ninety i've flagged the account for priority help
alright kirra that's your bond paperwork sent off
as you said you've only got the one car i've booked the the later slot
so um mr okafor your booking's moved to the sixth
yeah cheers rhys that's you all done
because you said you're on dialysis tuesdays i've avoided tuesdays
""", asr_share=0.0),
    # ------------------------------------------ apologize in unusual wording
    dict(families=["apologize"], specific=True, lines="""
That engineer should never have left you without water overnight.
I'm gutted we let you down over the wedding flowers.
Cutting off your gas while you were in hospital was wrong, and I regret it.
It's not acceptable that you've been charged twice for the same month.
You should never have been sent a final demand while your account was in credit, and I regret that.
Honestly, the missed delivery is on us.
I hold my hands up, we lost your documents.
That bailiff letter should never have gone out, and I'm mortified that it did.
I'm ashamed that you were left on hold for over an hour.
It's wrong that you had to ring five times to get the boiler looked at.
We dropped the ball on your transfer, and I can only apologise.
Please accept my apologies for the cancelled flight and the lack of notice.
I must apologise for the way our engineer spoke to you on Monday.
Our apologies that the replacement card went to your old address.
Forgive us for the mix-up with your prescription.
I feel terrible that your parcel was left out in the rain.
That's really poor of us, missing your callback three days running.
I deeply regret that your complaint sat unanswered for a month.
Closing your account without telling you was a real failing on our part.
I'm embarrassed that we've sent you the wrong bill yet again.
Your internet being down for a fortnight just isn't good enough, and I'm sorry for it.
Apologies that the sofa turned up damaged.
Nobody should have to chase a refund for six weeks, and that's our failing.
You deserved a phone call when the appointment was moved, and you didn't get one, that's on us.
The way your claim has been handled falls well short, and I regret it.
Your late mother's account should have been closed when you sent the certificate, and I apologise on the company's behalf.
Our mistake with the meter reading has cost you money, and I regret that.
I apologise unreservedly for the way my colleague spoke to you yesterday.
Terribly sorry the keys weren't at reception when you arrived.
I owe you an apology for the confusion over your renewal price.
Losing your booking like that is unforgivable on our part.
There's no excuse for the engineer turning up without the part.
Waiting in all day for a fitter who never came is not on, and I regret it.
Honestly, shutting your card down mid-holiday was a bad call on our side.
I'm sick about the way your bereavement notification was handled.
That's a shocking way for us to have handled your house move, and I hold my hands up.
Apologies all round for the muddle with your tickets.
We've made a right mess of your order, and that's down to us.
""", asr_share=0.3),
    dict(families=["apologize"], specific=False, lines="""
That should never have happened.
I'm gutted we let you down.
That's not the service you should get from us, and I regret it.
Honestly, that's on us.
We got that badly wrong.
That's not good enough, and I hold my hands up.
I can only apologise.
Please accept my sincere apologies.
That falls a long way short of what we should be doing.
I regret that we've put you through all this.
We've let you down, plain and simple.
There's no excuse for that.
That was a failure on our part.
I feel awful about how this has gone for you.
You deserved better from us.
That isn't how we should treat anyone, and I regret it.
Our apologies, truly.
I'm mortified, to be honest with you.
I can't apologise enough for how this has gone.
I won't make excuses, we got it wrong.
We owe you better than that.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=False, lines="""
That should never have happened, and I'm going to put it right today.
That's on us, so I'll ring the depot myself and get it rebooked.
We let you down there, and I'll personally make sure it doesn't happen twice.
I regret how this has gone, so from now on it's me you deal with.
""", asr_share=0.25),
    dict(families=["apologize", "own"], specific=True, lines="""
The missing refund is our fault, leave it with me and I'll get it paid this week.
Sending the engineer to the wrong address was our mistake, and I'll rebook him myself for tomorrow.
""", asr_share=0.25),
    dict(families=["apologize"], specific=True, lines="""
um please accept my a pologies for the the missed appointment
i'm gutted we let you down with the with the delivery
we dropped the ball on your re fund and i regret that
you should never of been charged twice for that month
uh there's no excuse for the engineer not turning up
our mistake we sent it to the wrong address
i regret the in convenience caused by the outage
that letter should never have gone out to you honestly
uh the engineer leaving without fixing the boiler that's on us
losing your passport docs was our fault and i regret it
we should never of cut your water off you know with the kids there
i'm embarrassed we've sent the wrong the wrong bill again
""", asr_share=0.0),
    dict(families=["apologize"], specific=False, lines="""
that should never of happened honestly
um yeah that's on us that's that's our fault
that's not the service you should be getting from us
honestly i can only a pologise for that
honestly that's a failing on our part
my apologies um for all that hassle
we let you down there and and i regret it
honestly we made a right mess of it
that's just not good enough from us and i hold my hands up
you deserved a lot better than that from us
""", asr_share=0.0),
    # ----------------------------------- hard negatives: procedure as commitment
    dict(families=[], negative=None, lines="""
Let me just check your account.
I'll read that back to you.
I'll transfer you now.
I've issued the refund.
I'll just pop you on hold for a moment.
I'll put you through to the claims line.
Let me bring up your last three bills.
I'm going to ask you a few security questions first.
I'll send a confirmation email once we finish.
I've updated the address on the account.
I'll just need to verify a couple of details.
The refund has been processed and will show in three to five working days.
I'll log the call and you'll get a reference number by text.
Let me just open the order.
I'm going to read out the terms of the agreement now.
I'll need the last four digits of the card.
I'll pass your details to the booking team.
Let me check whether that postcode is covered.
I'll put the new tariff on from the first of the month.
I've cancelled the direct debit as requested.
I'll send the form out in the post.
I'll just update the notes.
Let me see what slots the system is showing.
I'll connect you to the Spanish-speaking line.
I'm just going to mute for a second while I type.
I'll read you the disclaimer before we go on.
I'll need to take a meter reading from you.
The cheque was sent on the fourth.
I'll email the quote over.
I'll generate a returns label now.
Let me see if there's a newer version of the app.
I'll just refresh the page.
I'm going to reset the line from here, so it'll drop for a minute.
I'll switch paperless billing on.
I'll raise a standard request, which takes up to ten working days.
Let me confirm the amount due.
I've added the second driver to the policy.
I'll need to put you through to the fraud team for that.
I'll check the tracking.
I'll set the payment date to the twenty-eighth.
I'll book the appointment for the seventh, between eight and one.
I've cancelled the old card.
I'll send the reset link to your registered email.
I'll transfer you to the department that handles mortgages.
I'll take a note of that.
Let me just confirm which account you'd like to pay from.
I'll just pull up the policy wording.
I'm going to go through the renewal quote with you.
I'll post the statement out today.
I'll ask you to confirm your date of birth.
Okay, I'll put that down as the reason for the return.
I'll forward the invoice to the email on file.
I'll process the cancellation, and the final bill comes in about two weeks.
Let me work out the early repayment charge.
I'm going to place a temporary block while we verify the transaction.
I'll read the next question off the script.
""", asr_share=0.3),
    # ------------------------- hard negatives: names for verification, third parties
    dict(families=[], negative=None, lines="""
Is that Mr Daniel Osei?
Am I speaking with Mrs Fiona Campbell?
Dr Patel will call you back this afternoon.
Can I take the name on the card?
Could you spell your surname for me?
And the full name of the account holder, please?
Is the policy in your name or your husband's?
Can I speak to Mr Ibrahim, please?
Your engineer today is called Kevin.
Sharon in billing will pick this up.
The letter was signed by Mr Thompson from our legal team.
Is that Nkem with a K?
I'm looking for an account under the name Rossi.
Could you confirm the first line of the address and the name on the account?
Is that J-O-H-N or J-O-N?
Mrs Banerjee from the surgery has left a message on the file.
Your case handler is Gemma, and she works Monday to Thursday.
Mr Chen is listed as the second policyholder.
Can I have the name of the person who placed the order?
Is Lerato Mokoena the name on the lease?
Am I speaking to the bill payer?
The technician, Sipho, has marked the job as complete.
Please hold while I try Mr Walsh's extension.
My name's Ruth and I'm calling from the water company.
Hi, you're through to Dean on the lettings team.
Who am I speaking with today?
Is this the right number for Ms Tanaka?
Your parcel was signed for by someone called Becky.
Could I have your full name as it appears on your passport?
Is that Abena Mensah, date of birth the twelfth of May?
Is it Mr, Mrs or Ms?
Can you confirm your mother's maiden name?
The consultant, Mr Okafor, has moved the clinic to Wednesday.
Your account manager, Liam, is off until Monday.
Is that Mac or Mc at the start?
Under what name was the booking made?
I have a Mrs Grace Balogun at this address, is that you?
Is the account under Kaur or Singh?
Can I take a contact name for the site visit?
The payment was made by a Mr R Fernando on the second.
""", asr_share=0.3),
    # ------------------------------------------- hard negatives: sir/madam alone
    dict(families=[], negative=None, lines="""
Yes sir.
Thank you, madam.
One moment, ma'am.
Okay sir, and the postcode?
Right, madam, and which day did it arrive?
Certainly, sir.
Ma'am, can you hear me okay?
Sir, I'll need the reference number.
Good afternoon, sir, how can I help?
Yes ma'am, that's correct.
Please go ahead, sir.
Madam, could you repeat the last digit?
No sir, that's the full amount.
""", asr_share=0.3),
    # ------------------------------------- hard negatives: details read back
    dict(families=[], negative=None, lines="""
So that's flat 3, 22 Morningside Road, EH10 4AA.
Just to confirm, the order number is 55218, placed on the second.
So you'd like the payment taken on the first, from the account ending 8302.
That's a 2019 Ford Fiesta, registration ending KWX.
I have your date of birth as the fourth of March 1962.
Reading that back, the meter shows 04512.
So the item is a grey three-seater, delivered on the ninth.
That's one adult and two children on the return flight on the twelfth.
Your email is o dot mensah at gmail dot com, is that right?
The mobile number I have ends in 227.
So the fault started on Sunday evening and the light on the router is red.
The balance is £312.40, due on the fifteenth.
So that's two bags of compost and a hose reel.
You'd like the policy to start at midnight on the first.
The amount you paid was 2,450 rand on the third.
So the card ending 9913 was used in a shop in Durban.
That's a return from Manila to Dubai on the nineteenth.
So you said the water's brown from the cold tap only.
Your previous address was 14 Mill Lane, Ballymena, is that correct?
""", asr_share=0.3),
    # --------------------------- hard negatives: neutral facts about faults
    dict(families=[], negative=None, lines="""
The outage was caused by a cable fault.
The delay was down to a signalling failure outside Crewe.
The system was offline between two and four this morning.
The price rise applies to all customers on that tariff.
The parcel was held at customs for six days.
The error came from an incorrect meter reading.
The flight was cancelled due to crew availability.
The duplicate payment happened when the card was authorised twice.
The water main burst on Wednesday night.
The engineer's van broke down on the way.
Last week's app update changed the login screen.
There's a known issue with that model of router.
The mast in your area is down for maintenance.
The bill was estimated because no reading was sent in.
The claim was declined because the policy had lapsed.
The refund failed because the card had expired.
The letter was generated automatically.
About four thousand customers in the area were affected.
The depot has a backlog of around two days.
The fault has been traced to the exchange.
""", asr_share=0.3),
    # ------------------------------------ hard negatives: procedural sorries
    dict(families=[], negative=None, lines="""
Sorry, the end of that got lost, say it once more?
Sorry, I had myself on mute there.
Sorry, you broke up there, what was the postcode?
Sorry to keep you waiting, on to the next question.
Sorry, was that a B or a D?
Sorry, did you say the fifth or the fifteenth?
Sorry, my screen froze for a second.
Sorry, I didn't catch the last digit.
Sorry, you carry on.
Sorry, I spoke over you there.
Oh sorry, I thought you'd finished.
Sorry, just one more security question.
Sorry, is that the billing address or the delivery one?
Sorry, the line's a bit crackly.
Excuse me one second.
Pardon, could you say that again?
""", asr_share=0.3),
    # ------------------------------------ hard negatives: courtesy formulas
    dict(families=[], negative=None, lines="""
You're welcome.
Thanks for calling the helpline today.
Thank you, that's all I need.
Have a lovely evening.
Thanks, got that.
Lovely, thank you.
Take care now, bye bye.
Is there anything else today?
Enjoy the rest of your day.
Thanks for that.
Brilliant, thank you.
Good morning, you're through to customer services.
Thank you for your call, goodbye.
""", asr_share=0.3),
    # ------------------------------------- hard negatives written as ASR output
    dict(families=[], negative=None, lines="""
let me just um check the account
okay so i'll read the address back to you
i'll transfer you now to the to the billing team
i've issued the re fund it takes about five days
sorry can you say that again
sorry i was on mute there
is that mister kwabena osei
can i take the name on the card please
uh dr patel will ring you back later
yes sir that's the one
just one moment ma'am
okay madam and the postcode
it was a um a damaged cable that caused the outage
so that's flat two uh forty one high street
i'll just pop you on hold
sorry you broke up there
uh can you spell the surname for me
the the engineer's van broke down on the motorway
i'll need the uh the long number on the card
okay thank you bye bye
you're very welcome
your case handler is uh is gemma
let me see what appointments there are
i'll put you through to claims
so the date of birth is the the ninth of june eighty one
the bill was estimated cos there was no reading
sorry is that the the billing address
i'll send the confirmation to your email
is the account in your name or your wife's
right sir and the account number
um the system was down this morning
i'll raise a ticket and you'll get a text with the number
who am i speaking to please
the refund failed cos the card expired
oh sorry you go ahead
i'm just gonna update the notes
thanks for calling have a good day
i'll just put you on a short hold
can i have the name of the person at the property
ok the technician's name is is bongani
the flight was cancelled due to uh crew shortage
sorry was that f for freddie
let me just bring up the the last bill
i've updated the email on the account
ma'am can you confirm the postcode for me
i'll pass this to the the claims team
the parcel's been at customs since um monday
is that mrs siobhan kelly
sorry the line's breaking up a bit
i'll send the the returns label to your email
right sir and the date of birth
the price change applies to everybody on that plan
""", asr_share=0.0),
]
