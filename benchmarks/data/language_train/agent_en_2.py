"""Agent lines in English, second hand-written batch for the training corpus (see README.md).

Written by hand from general knowledge of contact-centre calls, in UK, US, Indian,
Australian, Irish and Scottish English and the English of non-native speakers, formal,
chatty and terse, across utilities, telecoms, banking, insurance, travel, retail,
healthcare administration, public services, software support, lettings and parcels.
Nothing was copied from a dataset, the bundled sample calls or any evaluation set.

Same layout as ``agent_en.py``: each block is one label: ``families`` (empathy
families), ``negative`` (dismissive category or None) and, for apologies, ``specific``.
One sentence per line. Blocks with ``families=[]`` and no ``negative`` are hard
negatives: courtesy formulas, procedural sorries, facts and process, data questions.
"""

BLOCKS = [
    # ---------------------------------------------------------------- own
    dict(families=["own"], lines="""
Right, let me take this off your hands.
I'll chase the warehouse myself first thing tomorrow.
That one's on us, and I'm going to put it right.
I'll phone the installer directly and get a date out of them.
I'm keeping this ticket under my name so it doesn't get lost.
You don't need to ring back, I'll be the one calling you.
I'll walk it over to the billing desk myself.
I'll speak to the letting agent on your behalf.
I'll get hold of the landlord myself and push for the repair.
I'm going to escalate this personally and stay on top of it.
I'll keep chasing the courier until your parcel turns up.
I'll sort the refund out from my end before we finish.
I'll fill in the claim form for you, you just need to sign it.
Let me do the running around on this one.
I'll talk to the pharmacy myself so you don't have to.
Leave the paperwork to me, I'll get it all done.
I'll personally check on the repair job every morning until it's done.
Let me get onto the network team and stay with it.
I'll be the one who follows it up, not another department.
I'm going to make sure this lands on the right desk today.
I'll get the engineer's manager on the phone myself.
Between the two of us we'll get this straightened out.
Let's go through it step by step together and get you back online.
We'll crack this together, don't worry.
Let's tackle the bill one line at a time, you and me.
I'll stay on with you while the reset goes through.
I'll ring the hotel myself and make sure they hold the room.
I'll contact the airline on your behalf and get the rebooking done.
I'll chase the surgery for the referral letter myself.
I'll get onto the council's housing team directly.
I'll write to the insurer myself and copy you in.
That's our error and I'm going to be the one to fix it.
I'll raise the complaint for you, you won't need to fill anything in.
I've got this now, you can leave it with me.
I'll make sure you get a call from me, not a stranger, on Friday.
I'll look after it personally from start to finish.
I'll take over the case from here and keep you posted.
I'll get the replacement ordered myself while you're on the line.
I'll push the depot for a redelivery slot myself.
I'm going to own this and get you an answer today.
I'll do the chasing, you've done enough of it already.
Let me sort out the mess with the direct debit for you.
Don't ring round anyone else, I'll coordinate it all.
I will personally take up this matter with the concerned team, sir.
I will be handling your case myself from now onwards.
Myself only I will follow up and call you back by evening.
Kindly leave it with me, I will get it resolved.
I will take full responsibility for getting this closed, madam.
I'll get on the blower to the depot myself, mate.
Leave it with me, I'll sort it out, no dramas.
I'll chase them up myself this arvo.
I'll look after that for you, don't stress.
Leave that with me now and I'll ring you back later on.
I'll get onto them meself and come back to you.
I'll have a word with the lads in dispatch myself.
Leave it wi' me, I'll get it sorted for you.
I'll get it sorted for you, nae bother.
I'm gonna personally make sure this gets handled.
I'll reach out to the shipping team myself and circle back with you.
Let me take point on this one.
I'll own the follow-up and email you by end of day.
I'll get this escalated and I'll stay on it until it's fixed.
I'm going to stick with this until you've got your money back.
I'll dig into it myself and find out what went wrong.
Let me get to the bottom of it for you.
I'll see to it that the letter is corrected today.
I'll fix the address on every account myself so it can't happen again.
I'll log in to the back end and sort your licence out myself.
I'll get the dev team to look at it and I'll chase them daily.
I'll sit with the ticket and update you as soon as I hear.
I'll book the engineer myself and text you the time.
I'll phone you back personally tomorrow morning, you have my word.
leave this one with me
i'll take it from here dont you worry
let me sort that out for you now
i'll chase the depot myself
ill get onto the landlord for you
i'll ring the surgery myself
let me take that off your plate
ill make sure its done today
i'll follow it up personally
we'll get to the bottom of it between us
ill stay on the line with you till it works
i'll sort the paperwork out my end
i'll keep on at them for you
ill call you back myself tomorrow
i'm gonna fix this for you right now
its our mess and ill clean it up
i'll handle the complaint for you
""", asr_share=0.35),
    # ---------------------------------------------------------------- reassure
    dict(families=["reassure"], lines="""
You haven't done anything wrong, so please don't worry.
Your supply won't be cut off, I can promise you that.
Please don't lose sleep over this, it's completely fixable.
Your savings are safe, nobody can touch them now.
You're fully covered for this, so there's nothing to panic about.
You won't be out of pocket, whatever happens.
The fee will be wiped, so you can put that out of your mind.
It's a really common hiccup and it's easy to sort.
We'll get there, I promise you.
This won't affect your credit file at all, don't worry.
There's no danger of you losing the booking.
Your place on the waiting list is safe.
You're not going to be penalised for this.
Don't worry, the appointment won't be cancelled because of this.
Your benefit payments will carry on as normal, don't worry.
There's no need to be anxious, the card is blocked and your money's protected.
You're protected under the guarantee, so you're fine.
Honestly, you're not going to get in trouble over this.
Take a breath, it's all going to be okay.
You can rest easy, the deposit is protected.
Your tenancy isn't at risk over this, I promise.
Nobody's going to chase you for that money.
Please don't feel bad, it's a very easy mistake to make.
You've done exactly the right thing by calling us.
Rest assured we won't close the case until it's sorted.
We've got you covered, it's all in hand.
Try not to fret, we'll sort it out.
Everything's going to be fine with the claim, I promise.
No harm will come to the account while we look into it.
We'll look after you, you don't need to worry.
The data is all backed up, you haven't lost a thing.
Your files are safe, nothing has been deleted.
You'll still make your flight, don't worry.
You'll get every penny back, I promise.
There's no question of you paying for our mistake.
It's absolutely nothing you did.
Please don't blame yourself, this was on our side.
Don't worry, madam, your money is fully safe with us.
Sir, please do not worry, your account is completely secure.
No tension, sir, it will be resolved for sure.
Please be assured, there will be no loss to you.
Don't you worry, it'll all get sorted.
You'll be right, we'll have it fixed in no time.
No dramas, it's all sorted now.
Ah don't be worrying about that at all.
Sure, you're grand, nothing's been lost.
Dinnae worry, it'll all be fine.
You're good, nothing bad is gonna happen to your account.
Trust me, you're in great hands.
You won't lose your number, I promise.
It's all reversible, so there's no harm done.
We'll make sure the lights stay on for you while it's looked at.
There's no way you'll be billed for the missed visit.
That charge will never hit your account, don't worry.
You've nothing to be embarrassed about, it happens all the time.
i promise you wont be charged for it
dont worry your moneys safe
honestly nobodys going to come after you for this
honestly dont worry about it its fixable
you wont lose the booking
nothing bad's gonna happen to your account
its all covered dont panic
you'll get it all back i promise
no need to feel bad honestly
ah sure youre grand
no worries at all you'll be right
dont stress it's nothing you did
your data is all safe nothing's gone
youre protected so dont worry
we'll get it sorted i promise you
it'll all be fine dont worry
You're in good hands, we'll see this through.
It won't cost you a thing, don't worry.
Please don't worry about the bailiffs, that letter has been withdrawn.
Your booking is safe, nobody can take the seats off you.
""", asr_share=0.35),
    # ------------------------------------------- hard negatives for reassure: facts, process
    dict(families=[], lines="""
The engineer is booked for Tuesday between eight and one.
Your refund was issued on the third.
It usually takes five working days to clear.
The meter reading on file is from the twelfth of May.
Your card will arrive in three to five working days.
The payment went out on Friday.
The claim has been passed to an assessor.
The replacement ships from our Leeds warehouse.
Your contract ends on the thirtieth of September.
The account is in credit by fourteen pounds.
The booking is for two adults and one child.
Your flight departs at six forty from Terminal 2.
The parcel is out for delivery today.
Your appointment is at the Eastgate clinic on Thursday at ten.
The direct debit will be collected on the first of each month.
That tariff has a twelve month minimum term.
The next bill will show the adjustment.
The letter was posted second class on Monday.
The transfer normally shows within two hours.
Applications are processed in the order they're received.
The assessor will contact you within ten working days.
The landlord has forty eight hours to respond to an urgent repair.
The warranty runs for two years from the date of purchase.
Your renewal quote is three hundred and twelve pounds.
The outage in your area was logged at seven this morning.
The tracking says it left the hub last night.
The software update is version four point two.
Your licence key was sent to the email on the account.
The cheque takes about six days to clear.
Refunds go back to the original payment method.
The surgery's repeat prescription line opens at eight.
Council tax is collected over ten months by default.
The crew are scheduled to be in your street on Wednesday.
The next available slot is the nineteenth.
Your case has been assigned to the Glasgow office.
The excess on the policy is two hundred and fifty pounds.
The upgrade will be available from your renewal date.
Your balance will update overnight.
Standard delivery is three working days.
The bin collection in your area moved to Thursdays in April.
We received your documents on the seventh.
Your application status is showing as under review.
The refund has been approved and sent for payment.
The driver attempted delivery at ten past two.
Your SIM will be activated within twenty four hours.
The engineer will bring the replacement part with him.
Your deposit is held in the tenancy deposit scheme.
the engineers booked for tuesday morning
refund went out on the third
it usually takes about five working days
your card should arrive within a week
its on the van with the driver today
your contract ends in september
the bill will show the adjustment next month
it takes up to ten working days for an assessor
the payment was taken on friday
the claim's with the assessor now
the update goes out overnight
your application is under review
normal postage is about three days
""", asr_share=0.0),
    # ---------------------------------------------------------------- invite
    dict(families=["invite"], lines="""
What would make this right for you?
What would you like me to do about it?
How can I make today a bit easier for you?
What would a fair outcome look like from your side?
If you could wave a magic wand, how would this end?
What do you need from me to feel better about the account?
Is there something specific you'd like us to do?
What would help most while you're without the car?
Would you rather a refund, or should I send a replacement?
How would you like me to handle it from here?
What would put your mind at ease about the move?
Is there anything else about the booking that's bothering you?
What's worrying you most about the letter?
What part of this has been the hardest for you?
Would it help to go through the bill together line by line?
Do you want to tell me the whole story from the beginning?
What would you like to happen with the complaint?
Is there anything I could do to make the wait easier?
How would you prefer we keep you updated?
Would it help if I called you rather than you having to chase us?
What would make you feel confident in us again?
Is there anything else you're unsure about that I can explain?
What are you hoping we can do for you today?
How can I help put this right?
What would be the best result for you and your family?
Tell me what's most urgent for you and I'll start there.
What would make the next few days easier?
What else is on your mind about the claim?
What can we do to win back your trust?
Would a goodwill credit go some way to putting this right?
Is there anything about how we've handled this that you'd like to change?
Could you tell me what would help your mum most?
How can we support you while the repair is pending?
Please tell me, sir, what solution would be acceptable to you?
Kindly let me know how I can help you better in this matter.
What outcome are you looking for, ma'am?
What would you like us to do to fix this for you?
What do you reckon would help most?
What would suit you best, do you think?
So tell me, what's the result you're after?
What'd make this better for you?
What would work best for you given the hours you're on?
Is there anything else you'd like me to pass on with the complaint?
Would talking to a specialist help put your mind at rest?
What's the main thing you want out of this call?
what would help you right now
what would you like me to do for you
how can i make this better
what would make it right
anything else about the move keeping you up at night
what's bothering you most about it
how do you want this to end up
tell me whats been happening
how would you like us to sort it
is there anything else i can do to make it easier
what would settle your mind about it
what do you need from us
would a refund or a replacement suit you better
""", asr_share=0.35),
    # ------------------------------------------- hard negatives for invite: closings, data, scheduling
    dict(families=[], lines="""
Anything else I can help with today?
Is there anything else I can do for you this afternoon?
Was there anything else on the account?
That's everything from my side, anything else from you?
Which day suits you for the engineer?
Can I take the postcode please?
What's the best number to reach you on?
Would Tuesday or Wednesday work for the visit?
Is morning or afternoon better for the delivery?
Can I grab your date of birth for security?
What's the email address on the account?
Could you confirm the first line of your address?
Can you tell me the last four digits of the card?
What's the registration of the vehicle?
What date did you travel?
Which flight number was it?
What's your policy number?
How many bedrooms does the property have?
When did you move in?
What's the meter serial number?
Is it a smart meter or a standard one?
What make and model is the phone?
Which browser are you using?
Can you tell me the error code on the screen?
What version of the app have you got?
Which branch did you open the account at?
Would you like a paper copy as well?
Do you want the confirmation by text?
Shall I book it for the same time next week?
Are you the named tenant on the lease?
Is the patient's NHS number to hand?
Could you give me the order number from the confirmation email?
What's the tracking reference?
Would you like to pay the balance today?
Do you want to keep the same payment date?
Is the property occupied at the moment?
Can I confirm your mother's full name?
Do you have the booking reference handy?
Would you like me to read the address back?
What time would you like the call back?
Kindly tell me your registered mobile number.
May I know your customer ID, please?
Can you please spell your name for me, ma'am?
Can I help with anything else, mate?
Anything more I can sort for you, love?
Was there anything else you needed, pet?
Is that us done for today?
can i help with anything else at all
is that all for today
which day works for you
can i take the postcode
whats your date of birth
whats the best number for you
morning or afternoon
email or post for the letter
whats the order number
do you have the reference
can i get the reg number
whats the error message say
anything else while youre on
""", asr_share=0.0),
    # ---------------------------------------------------------------- acknowledge
    dict(families=["acknowledge"], lines="""
What a nightmare that must have been.
That's rotten luck, after everything else this month.
I'd be livid too, honestly.
No wonder you're worn out, you've been chasing this for weeks.
That's a horrible way to start the morning.
Being passed from pillar to post is exhausting, I know.
It must be so disheartening to have the same fault come back.
I can hear in your voice how much this has upset you.
That's a lot to cope with on top of looking after your dad.
I'd be at the end of my tether as well.
Three missed appointments would wear anyone down.
Having no hot water with a newborn must be really hard.
That must have been embarrassing, having your card declined at the till.
It's awful to feel like nobody's taking you seriously.
It sounds like you've been left in limbo.
That's so much hassle for something that should have been simple.
It's been a long road for you with this, hasn't it.
I understand how unsettling it is to get a letter like that out of the blue.
It's stressful enough moving house without the broadband failing too.
That sounds really scary, finding a stranger's purchase on your card.
I know how much you were looking forward to that trip.
Having your holiday ruined like that is just gutting.
It must be worrying when it's your mum's medication.
Being stuck at the airport overnight with kids sounds dreadful.
That's a real blow when you've budgeted so carefully.
It's understandable you feel fobbed off.
You've clearly had a really draining few weeks.
Damp in a baby's bedroom would worry anybody.
I can see why you've lost faith in us.
That's a really frustrating position to be put in.
Anyone would be fed up after waiting in three days running.
It's maddening when the app just won't cooperate.
Losing all your work like that is really upsetting.
That's not how you should feel after being with us so long.
I can understand you feeling let down after we promised a call back.
I can tell this has been weighing on you.
That sounds completely overwhelming.
It sounds like it's been a really frightening time.
I know a leak like that is the last thing you need.
I get that you just want it to work.
That's heartbreaking, I'm so glad you told me.
It must be hard dealing with all this on your own.
I can imagine you've had it up to here with us.
Being charged for something you cancelled is infuriating.
You must be sick to the back teeth of ringing us.
I understand, madam, this must be very troubling for you.
I can understand your frustration, sir, it is a genuine concern.
I can feel how much tension this has given you.
Definitely I understand, this is very stressful situation for you.
That's no fun at all, mate.
Strewth, that's a rough week you've had.
Ah that's a shocker, I'd be filthy too.
Ah God, that's an awful thing to happen.
Ah no, that's desperate altogether.
Och, that's a right pain for you.
That's pure rotten, I'm with you there.
Oh man, that totally sucks.
Ugh, I'd be so frustrated if that happened to me.
That's super frustrating, I totally get it.
Yeah, that's a real bummer.
Gosh, that must have been a shock to see.
Oh, that's a real worry with the baby due.
It's really hard when you're relying on it for work.
That's the last thing you need right before Christmas.
what a nightmare
thats rotten luck
id be livid too
no wonder youre worn out
oh god thats grim
god that sounds awful
thats such a pain honestly
oh no that must have been so stressful
i can hear how fed up you are
ah that's rubbish
i'd be raging as well
thats really not on
you must be exhausted with it
that must have been such a worry
i get how frustrating that is
thats a horrible situation to be in
oh that's gutting
that sounds really tough
i can tell its been a rough few weeks
youve been treated really unfairly there
yeah i'd be gutted too
oh mate that's awful
thats a proper nightmare
ah no that's terrible
""", asr_share=0.35),
    # ------------------------------------------- hard negatives for acknowledge: comprehension
    dict(families=[], lines="""
Right, I understand, so the meter ends four four two.
I understand, so you'd like the bill split between two accounts.
Okay, I understand, it's the renewal quote you're ringing about.
I understand, and was that the Visa or the Mastercard?
I understand, so the order number starts with a W.
Yes, I understand, you want the contract in your wife's name.
Got you, so the router's the white one.
I see, so it's the second floor flat.
Okay, I follow, the charge was on the twelfth.
Understood, so you'd like to cancel the add-on.
I understand, let me just find that invoice.
Right, I understand what you're asking now, it's about the standing charge.
I understand, so the flight was the Tuesday one.
Okay, understood, you're the power of attorney.
I understand, and the policy is in joint names?
That makes sense, so you paid by bank transfer.
Yes, I see what you mean, the PDF won't open.
Okay, I get you, the old address is on the letter.
Understood, I'll put the account on paperless.
I understand, so it's the back door that won't lock.
Right, I hear you, you want the Saturday slot.
I understand, you're asking whether the tariff is fixed.
Clear, so you have two SIMs on the one plan.
Yes, understood, ma'am, you want to update the nominee.
Okay, I have understood, the payment was done through UPI.
Right, got it, so the box was left at number twelve.
Ah right, I understand, it's the landlord's name on the bill.
Aye, I understand, so it's the Paisley address.
Okay, I see, and when was the last reading taken?
I understand the question, the answer is yes, it's included.
i understand so its the meter ending four four two
okay i understand youre the account holder
right i understand so its the white router
i see so its flat two
understood youd like to cancel
got you so you paid by card
okay i follow so it was the tuesday
i understand so its the savings account ending nine
yep got it the second address
i understand and whats the postcode there
""", asr_share=0.0),
    # ---------------------------------------------------------------- appreciate
    dict(families=["appreciate"], lines="""
Thanks for being so patient with me while I dug through the history.
I really appreciate you taking the time to call us about this.
Thank you for letting us know about the leak so quickly.
Thanks for flagging the pricing error, it'll help other customers too.
I'm really grateful you stuck with us through all of this.
Thank you for your patience while the system was down.
Thanks for holding for so long, I know it's been ages.
I appreciate you giving us the chance to put it right.
Thank you for being so calm, it genuinely helps.
Thanks for taking the trouble to send the screenshots.
I appreciate you explaining all that, it really helps me understand.
Thank you for your loyalty, twenty years is a long time.
We're grateful you raised it instead of just leaving.
Thanks for waiting in for the engineer, I know it eats into your day.
I appreciate you coming back to us after last time.
Thank you for your understanding while we sort out the backlog.
Thanks for bearing with us during the move to the new system.
Thank you for reporting the scam text, that's really useful.
Thanks for going through all those checks with me, I know it's tedious.
Thank you for telling us about the broken streetlight.
Thank you so much for your kind patience, sir.
I really appreciate your cooperation, ma'am.
Thank you for bearing with me, I know it took some time.
Thanks heaps for hanging on the line, legend.
Cheers for sticking with it, I know it's been a pain.
Ah thanks a million for waiting there.
Thanks for hanging on, I do appreciate it.
Thank you for giving me the full picture.
Appreciate you reaching out about it.
Thanks for taking the time to give us feedback.
thanks so much for your patience
really appreciate you holding on so long there
thanks for letting us know about it
thank you for bearing with me there
cheers for waiting
appreciate you flagging it
thanks a million for your patience
thanks for sticking with us
youve been really understanding thank you
i appreciate you taking the time to call
""", asr_share=0.35),
    # ------------------------------------------- hard negatives for appreciate: courtesy formulas
    dict(families=[], lines="""
You're welcome, take care.
You're most welcome, sir.
No problem, you're welcome.
Thanks for calling, bye.
Thank you for calling Riverside Homes, goodbye.
Thanks for calling Kestrel Broadband, have a good evening.
Thank you for contacting Axiom Software support.
Thanks for ringing, bye now.
Thank you, and the date of birth?
Thank you, I've got the reference now.
Thanks, that's the postcode confirmed.
Thank you, that's the security questions done.
Thanks, and your surname?
Thank you, I've put that on the account.
Thanks, the sort code's gone through.
Thanks, I've noted the meter reading.
Thank you, I can see the booking now.
Thanks, that matches what I have.
Thanks very much, one second while I check it.
Thank you, that's all verified.
Thank you, ma'am, your details are verified.
Thank you, sir, please hold while I check.
Ta, got that.
Cheers, that's all I needed.
Thanks, love, and the house number?
Thanks, and it's Mr or Mrs?
No worries at all, have a good one.
My pleasure, goodbye.
Anytime, bye bye.
Thanks, bye now, take care.
thank you now bye
thanks for ringing in bye
oh youre welcome anytime
thanks got it
thank you and the postcode
thanks thats verified
ta for that
cheers bye
no problem bye
thanks and your email address
""", asr_share=0.0),
    # ---------------------------------------------------------------- apologies, specific
    dict(families=["apologize"], specific=True, lines="""
I'm so sorry the meter was read wrong and you were overcharged.
I'm really sorry nobody told you the flight had been cancelled.
I apologise that your complaint letter went unanswered for six weeks.
I'm sorry the technician turned up without the part.
Sorry your new tenancy started with a broken boiler.
I'm sorry your pension transfer has been stuck since January.
I'm very sorry the ambulance booking for your dad was lost.
I'm sorry the software update wiped your settings.
I'm sorry the courier marked it delivered when it wasn't.
I'm sorry the bank blocked your salary payment by mistake.
So sorry your appointment letter arrived after the appointment date.
I'm sorry the landlord's repair request was never passed on.
I'm sorry you were quoted one price in the shop and charged another online.
I'm sorry we put the wrong name on your marriage certificate copy.
I'm sorry you were given the wrong platform information.
I'm really sorry your hire car wasn't there when you landed.
I'm sorry the blue badge renewal has taken so long.
I'm sorry the new phone was sent to your old address.
I'm sorry our system showed the sofa in stock when it wasn't.
Sorry the refund went to a card you'd already cancelled.
I'm sorry your broadband speed has been nowhere near what we promised.
I'm sorry the prescription was sent to the wrong pharmacy.
I am extremely sorry for the wrong deduction from your account, sir.
Very sorry, ma'am, that your refund is still pending after fifteen days.
I'm sorry the fibre installation has been postponed again.
Sorry that the parcel was left in the bin, that's not on.
I'm sorry the booking confirmation never came through.
im sorry the bill was estimated again
sorry the refund went to the old card
im really sorry the part wasnt on the van
sorry your flight info was wrong
""", asr_share=0.35),
    # ------------------------------------------- apologies in unusual words, specific
    dict(families=["apologize"], specific=True, lines="""
I feel terrible that you were left without power overnight.
That shouldn't have happened to you, being cut off mid-call like that.
It's awful that you had to take another day off for us to not turn up.
I'm mortified that we sent your statement to someone else.
I regret that we didn't spot the double charge sooner.
We should never have let your claim sit there for two months.
Our driver shouldn't have left the fridge on the pavement, full stop.
It was wrong of us to close your account without writing first.
I'm ashamed that you had to call five times about the same leak.
I'm kicking myself that I didn't check the address properly last time.
I feel bad that the replacement turned out faulty too.
that should never have happened with your gas supply
i feel awful that the boiler's still not fixed
honestly it's embarrassing the engineer went to the wrong house
""", asr_share=0.25),
    # ------------------------------------------- apologies in unusual words, generic
    dict(families=["apologize"], specific=False, lines="""
I feel terrible about that.
That shouldn't have happened to you.
That's not the service you deserve, and I'm sorry.
I owe you an apology.
Please forgive us for that.
I can't apologise enough.
That's not okay, and I'm really sorry.
Sincere apologies for all of this.
I'm genuinely sorry about how this has gone.
Forgive me, that's really not good enough.
Extremely sorry for the trouble, sir.
Kindly accept our sincere apologies.
Sorry for the bother, mate.
Ah, I'm awful sorry about that.
Och, sorry for all the bother you've had wi' us.
I'm so, so sorry.
really sorry about all of this
sincere apologies
cant say sorry enough honestly
sorry for the trouble honestly
please forgive us
""", asr_share=0.3),
    # ------------------------------------------- apology + own
    dict(families=["apologize", "own"], specific=False, lines="""
We properly dropped the ball there, and I'm going to fix it.
We got this wrong and I'm going to put it right myself.
That's our mistake, I hold my hands up, and I'll sort it.
I'm sorry, that's on me, let me fix it now.
Sorry, that's our fault, leave it with me.
we messed up there and ill sort it for you
""", asr_share=0.25),
    dict(families=["apologize", "own"], specific=True, lines="""
We properly dropped the ball with your engineer visit, and I'll rebook it myself.
I'm sorry the refund got lost, I'm going to chase finance myself today.
Sorry we sent the wrong size, I'll arrange the swap myself before you hang up.
We messed up your direct debit, and I'm personally going to correct it.
I'm sorry the letter had your old name on it, I'll get it reissued myself.
sorry about the missed collection ill book it in myself now
""", asr_share=0.25),
    dict(families=["apologize", "acknowledge"], specific=True, lines="""
I'm so sorry, being without water all weekend with the kids must have been awful.
I'm really sorry the flight was cancelled, what a horrible way to end your holiday.
I'm sorry about the mix-up with your dad's records, that must be really upsetting.
""", asr_share=0.25),
    # ------------------------------------------- hard negatives: procedural sorries
    dict(families=[], lines="""
Sorry, could you repeat the last bit?
Sorry, the line's bad, can you say that again?
Sorry to keep you, next question is about your income.
Oh sorry, I was on mute.
Sorry, I didn't catch the house number.
Sorry, was that M for Mike?
Sorry, my screen's just gone blank for a second.
Sorry, can you hold the phone a bit closer?
Sorry, you're breaking up a little.
Sorry, I'm getting a lot of echo on the line.
Sorry to interrupt, can I just grab your postcode first?
Sorry, just to confirm, that's the Glasgow branch?
Sorry, I need to ask that again for security.
Sorry, I've just got to read you some terms.
Sorry, I misheard, was it fifteen or fifty?
Sorry, I said Friday, I meant Thursday.
Sorry, give me two ticks, it's loading.
Sorry, one more question and we're done.
Sorry about the wait, right, where were we?
Sorry, hang on, the page just refreshed.
Sorry, I lost you there for a sec.
Sorry, go ahead, I cut you off.
Sorry, I'm just writing that down.
Sorry, what was the name of the street again?
Sorry, is that your mobile or landline?
Sorry, just reading the notes from last time.
Sorry, this next bit is a bit boring, it's the data protection part.
Sorry to rush you, can I take the card expiry date?
Sorry, my colleague's just asking something, one second.
Sorry, can I call you straight back, the line's terrible?
Sorry, sir, the voice is not coming clearly.
Sorry, ma'am, can you please repeat the account number once?
Sorry, I am not getting you, can you say again?
Sorry, your voice is breaking.
Sorry, pardon, what was that?
Sorry, say again?
Sorry, the connection's dropping, are you on mobile?
Sorry, I'm on a new headset today.
Sorry, I pressed the wrong button there.
Sorry, I meant the fourteenth, not the fourth.
sorry could you run that by me again
sorry the lines bad
sorry my mics been muted this whole time
sorry what was that
sorry i didnt catch that
sorry to keep you next question
sorry can you spell that
sorry one sec its loading
sorry go ahead
sorry say that again
""", asr_share=0.0),
    # ---------------------------------------------------------------- dismissive: blame
    dict(families=[], negative="blame", lines="""
Well, you should have put the right meter reading in.
If you'd answered when the driver called, it'd be with you.
That's what happens when you ignore the reminders.
You must have clicked the wrong option when you booked.
It's on you to tell us when your circumstances change.
The password wasn't reset because you didn't follow the steps.
You should have read the cancellation terms before booking.
Frankly, if you'd kept up the payments there'd be no fee.
You gave the engineer the wrong access code.
Your bank must have rejected it, not us.
Honestly, you've probably just plugged it in wrong.
You agreed to the auto-renewal when you signed.
It's your job to make sure the tenants pay on time.
Sir, you only have entered wrong details, that is why it failed.
Madam, the mistake is from your side only.
Well, you should've been in when he knocked.
you shouldve told us you were going abroad
thats because you didnt turn it off and on
you must have deleted it yourself
you ignored three reminder letters
""", asr_share=0.3),
    dict(families=[], negative="policy_wall", lines="""
Sorry, but rules are rules.
I can't make an exception, it's company policy.
It doesn't matter what happened, the policy says no.
Our terms don't allow refunds on sale items, end of.
The procedure is the procedure, I can't skip steps.
That's the rule for everyone, I can't change it for you.
The system won't let me, and I'm not allowed to override it.
It's non-negotiable, those are the terms.
We don't refund booking fees under any circumstances.
I'm afraid that's just our policy and there's nothing more to say.
Policy says thirty days, and you're on day thirty-one.
Sir, as per process we cannot do this, it is not possible.
As per policy only, no refund will be given.
I don't make the rules, I just follow them.
Look, I'm sorry, but I have to go by the book.
Them's the rules, mate.
the policy is the policy sorry
its against the rules so no
we cant do exceptions for anyone
as per process not possible
""", asr_share=0.3),
    dict(families=[], negative="dismiss_feelings", lines="""
Well, I'm sorry you feel that way.
I'm sorry you think that, but it's been handled correctly.
There's no need for the attitude.
It's just a router, it's not life or death.
Honestly, people have it far worse than this.
You're blowing this way out of proportion.
I don't see why you're so bothered, it's a few days.
Calm down and I'll tell you.
I'm sorry if you're upset, but that's just how it is.
Well, sorry you're not happy, I suppose.
It's really not worth all this fuss.
You'll get over it, it's only a delay.
Sir, please don't be so emotional, it is a small matter.
Let's keep the drama out of it, please.
Chill out, it's only a parcel.
Oh, I'm sorry the world isn't moving fast enough for you.
sorry you feel like that i guess
youre making a big fuss over nothing
no need to get shirty with me
calm down and ill explain
""", asr_share=0.3),
    dict(families=[], negative="deflect", lines="""
You'll need to take that up with the landlord, not us.
That's the airline's problem, we only sold the ticket.
I can't help you, that's a different system.
Email the complaints address, I can't deal with it on the phone.
That's Royal Mail's responsibility once it leaves us.
Sounds like a problem with your wifi, not our service.
You'd have to ask the GP practice, nothing to do with us.
I just answer the phones, I don't know anything about that.
That's a software issue, ring the manufacturer.
It's the council's job, not ours, I'm afraid.
Best speak to the bank, it's their fraud team.
Your broker sold you the policy, so ring them.
Madam, this is not our department, kindly contact the other team.
That's above my pay grade, sorry.
I wouldn't know, I only do sales.
It's the courier's fault, you'll have to chase them.
thats the landlords issue not ours
youll have to ask the airline
not our department ring the bank
thats a courier problem
""", asr_share=0.3),
    dict(families=[], negative="repeat_impatience", lines="""
As I've said about three times now, it's being processed.
I've explained this already, sir.
Okay, for the third time, the engineer is coming Tuesday.
We've been over this.
I just told you that a second ago.
Were you not listening, I said it's in transit.
Like I mentioned at the start of the call, I can't see it.
Again, as I said, you need the reference number.
I really can't keep explaining the same thing.
Look, I've answered that already.
As already informed to you, sir, the refund is in process.
I have told you once already, madam, please listen.
It's exactly what I said five minutes ago.
For the last time, it's not my decision.
weve gone over this already
i just told you that
for the third time its booked for tuesday
like i said at the start
as already informed its in process
ive already answered that
""", asr_share=0.3),
    # ---------------------------------------------------------------- personalize
    dict(families=["personalize"], lines="""
Okay, Mrs Fitzgerald, I've got your account open.
Thanks for that, Mr Abernethy.
Right then, Chloe, let's get this moving.
No bother, Seamus.
Of course, Ms Ramirez.
Thank you, Anil ji.
Thanks, Rashida, I've got the booking in front of me.
Okay, Kevin, let me have a look.
Since you said you're flying out on Sunday, I'll get the card to you by Friday.
You mentioned your husband uses a wheelchair, so I've asked for a ground floor room.
As you said, the leak started after the roofers came round.
Because you said you're a nurse on nights, I'll book the engineer for the afternoon.
You told me the kids have exams this week, so I'll prioritise the broadband fix.
Like you said earlier, the charge only started after the upgrade.
Since your mum's hard of hearing, I'll send everything in writing as well.
You mentioned you're self-employed, so I'll send a VAT invoice.
As you explained, the cat flap is how the dog gets out, so I'll warn the fitter.
You said the side gate is usually locked, so I'll add that for the driver.
Since you said you're in Dubai until the twentieth, I'll hold the post until then.
Going back to the wedding you mentioned, I'll make sure the suits arrive on time.
You said the first payment was in February, so I'll start the search from there.
Given what you said about your mum's oxygen, I've put the priority flag on.
thanks mr o'neill
okay aisha lets have a look
right then tom
like you said it started after the update
you mentioned youre on nights so ill text you
since your flights on sunday ill send it express
as you said the first charge was in march
no problem mrs campbell
""", asr_share=0.3),
    dict(families=["acknowledge", "personalize"], lines="""
That sounds exhausting, Mrs Baker, with your husband in hospital too.
I can see why you're worried, Jamal, with the exam on Monday.
that's a nightmare fiona honestly
""", asr_share=0.25),
    dict(families=["appreciate", "personalize"], lines="""
Thanks so much for waiting, Mrs Kaur.
Thank you for your patience, Lucy.
cheers for hanging on callum
""", asr_share=0.25),
    dict(families=["own", "personalize"], lines="""
Leave it with me, Mrs Hughes, I'll chase it myself.
Right, Bilal, I'll ring the depot personally.
""", asr_share=0.25),
    # ---------------------------------------------------------------- mixed families
    dict(families=["acknowledge", "own"], lines="""
That's a nightmare, so I'm going to chase it myself today.
I'd be fed up too, leave it with me and I'll get it moving.
No wonder you're frustrated, I'll take this on personally.
i can hear youve had enough so ill sort it myself
""", asr_share=0.25),
    dict(families=["own", "reassure"], lines="""
I'll take care of it myself, so you can stop worrying.
Leave it with me, and you won't be out of pocket, I promise.
i'll chase it myself dont you worry about it
""", asr_share=0.25),
    dict(families=["acknowledge", "reassure"], lines="""
I know that letter was frightening, but your home isn't at risk.
That must have been a shock, but nothing has actually been taken.
""", asr_share=0.25),
    dict(families=["acknowledge", "invite"], lines="""
That sounds like a really rough week, what would help you most now?
I can tell you've had enough, so what would you like me to do?
""", asr_share=0.25),
]
