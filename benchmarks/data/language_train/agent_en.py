"""Agent lines in English, written by hand for the training corpus (see README.md).

Each block is one label: ``families`` (empathy families), ``negative`` (dismissive
category or None) and, for apologies, ``specific``. One sentence per line.
"""

BLOCKS = [
    # ---------------------------------------------------------------- apologies, specific
    dict(families=["apologize"], specific=True, lines="""
I'm really sorry your delivery didn't turn up on Thursday.
I'm so sorry the replacement kettle arrived cracked as well.
Apologies that the technician never showed up yesterday afternoon.
I'm sorry you've been without broadband since the weekend.
I'm sorry we took the payment twice from your account this month.
I do apologise that your refund has taken over three weeks.
Really sorry the courier left your parcel out in the rain.
I'm sorry the size we sent you was wrong.
We're very sorry that your flight was moved without any notice.
I'm terribly sorry your heating has been off for four days.
Sorry the meter reading we used was so far off.
I'm sorry you were kept waiting forty minutes before anyone picked up.
I apologise that the new card hasn't reached you yet.
I'm sorry you were cut off twice while trying to reach us.
I'm really sorry the sofa came with a torn cushion.
I'm sorry that your prescription wasn't ready when you went in.
So sorry your booking disappeared from the system.
I'm sorry the app keeps logging you out.
My apologies for the late fee, that shouldn't have been added.
Sorry that your order came with half the items missing.
I'm sorry the water was cut off without a letter beforehand.
I'm sorry our engineer left a mess in your kitchen.
I'm so sorry your mum's medication was delayed.
I apologise for the mix-up with your address on the parcel.
I'm sorry the price you were quoted isn't what you were charged.
Sorry for the long wait on the phone this morning.
I'm sorry your claim has been sitting with us since March.
We're sorry the repair didn't hold and the washing machine is leaking again.
I'm sorry that nobody called you back like we promised.
I'm really sorry about the extra charge on your last statement.
I'm sorry the hotel didn't have your reservation when you arrived.
I'm sorry your luggage still hasn't been found.
Really sorry the laptop came back from repair with the same fault.
I'm sorry we sent the letter to your old address.
I'm sorry the signal keeps dropping in your area.
I'm so sorry the cake order was wrong for your daughter's party.
I apologise that the direct debit went out early.
Sorry you had to chase us about the cancellation three times.
I'm sorry your account was locked while you were abroad.
I'm sorry the installation date was cancelled at the last minute.
I'm sorry the bill was based on an estimate again.
I'm so sorry that your card was declined at the checkout because of our error.
Sorry the tracking link has been showing the wrong information.
I'm sorry your voucher wasn't applied at the till.
I'm sorry the boiler service was missed.
Sorry the form kept crashing when you tried to submit it.
I'm really sorry your pension statement had the wrong figures on it.
I'm sorry the delivery driver was rude to you.
I'm sorry that the contract was renewed without asking you first.
Sorry you didn't get the confirmation email for your appointment.
i'm really sorry the parcel went to the wrong house
so sorry about the double payment this month
im sorry your internet has been down all week
sorry the engineer didnt turn up on monday
i'm sorry you've been on hold for so long today
im so sorry about the damaged box
i do apologise for the wrong amount on the invoice
really sorry the refund hasnt gone through yet
im sorry the shower unit is still leaking after the repair
sorry that your order was cancelled without a reason
i'm sorry you had to explain all this to three different people
sorry the bus pass never arrived in the post
I'm sorry the train tickets were issued for the wrong day.
I'm sorry the dishwasher we delivered doesn't fit the space.
I'm sorry the cheque bounced because of a mistake at our end.
I apologise that the roaming charges were applied even though you had the add-on.
I'm sorry your puppy's insurance claim was rejected by mistake.
We apologise for the outage in your street last night.
I'm sorry your security code didn't come through by text.
Sorry we booked the van for the wrong morning.
""", asr_share=0.35),
    # ---------------------------------------------------------------- apologies, generic
    dict(families=["apologize"], specific=False, lines="""
Oh, I am so very sorry about all that.
I'm really sorry.
I apologise for the inconvenience.
Sorry for all the trouble you've been put to.
My apologies.
We apologise for any inconvenience caused.
I'm sorry about all of this.
I'm very sorry, truly.
Please accept my apologies.
I do apologise.
Honestly, sorry about this whole business.
I'm sorry it's been such a hassle.
I'm so sorry this has happened.
Apologies for all the bother.
I'm sorry for the frustration this has caused you.
I'm terribly sorry.
I can only apologise.
Sorry for any confusion.
I'm sorry it's come to this.
Oh, I'm so sorry.
We're really sorry about that.
I'm sorry you've had this experience.
I apologise on behalf of the company.
I'm sorry things went wrong.
So sorry for the hassle, really.
i'm so sorry about that one really
really sorry
sorry about all that
i do apologise for that
apologies for the hassle
im so so sorry honestly
oh no im sorry
i am sorry
we do apologise for that
sorry again for the inconvenience
Ah, sorry to hear about all that.
Oh dear, I'm sorry to hear it.
I'm sorry to hear it's been a rough week.
I'm so sorry you've had such a bad time of it.
Again, I'm sorry.
I want to apologise for that.
I'm sorry this wasn't handled better.
I'm sorry we let you down.
i'm sorry that happened
sorry to hear that mate
""", asr_share=0.3),
    # ------------------------------------------- apologies in unusual words (no "sorry")
    dict(families=["apologize"], specific=True, lines="""
I feel awful that your gas was switched off in the middle of winter.
I feel bad that you had to take a day off work for an appointment we missed.
That delay is on us, and I feel really bad about it.
We messed up your order and I hold my hands up to that.
We got your bill wrong, and that's not good enough.
That missed collection was our fault, I won't pretend otherwise.
We really let you down with the repair, I'm gutted about it.
Honestly, we made a mess of your booking.
I regret that your complaint was ignored for so long.
It's embarrassing that the engineer went to the wrong address.
That wasn't acceptable, sending you the wrong medication.
i feel terrible that you had no hot water all weekend
we totally messed up your delivery and i feel bad about it
that one's on us the charge should never have gone out
we really dropped the ball with your appointment
""", asr_share=0.2),
    dict(families=["apologize"], specific=False, lines="""
That's on us, and I feel bad about it.
We got it wrong, plain and simple.
We let you down there, no question.
I feel dreadful about how this has gone.
i hold my hands up that was our mistake
""", asr_share=0.2),
    # ------------------------------------------------------ apology + acknowledge
    dict(families=["apologize", "acknowledge"], specific=True, lines="""
I'm so sorry for the loss of your husband.
I'm very sorry to hear about your father passing.
I'm so sorry about your mum, please take all the time you need.
I'm sorry, losing your dog like that must be heartbreaking.
I'm really sorry, it must be awful to be stuck without heating with a baby at home.
I'm so sorry, being charged twice right before Christmas must be really stressful.
I'm sorry, I can hear how worried you are about the house.
I'm so sorry about your wife, that must be an incredibly hard time.
i'm really sorry for your loss
so sorry to hear about your grandad, that must be so hard
I'm sorry, that sounds like a horrible week with the car.
I'm sorry, that must have been really frightening when the card was used abroad.
""", asr_share=0.25),
    dict(families=["apologize", "acknowledge"], specific=False, lines="""
I'm so sorry, that sounds really difficult.
I'm sorry, I know this has been a nightmare for you.
I'm really sorry, I can understand why you're upset.
Sorry, that must be so frustrating for you.
i'm sorry i can tell this has been really stressful
I'm so sorry, you shouldn't have had to deal with that.
""", asr_share=0.3),
    dict(families=["apologize", "own"], specific=True, lines="""
I'm sorry the refund is late; I'm going to push it through myself right now.
Sorry we missed the visit, I'll get you a new slot booked before we hang up.
I apologise for the wrong bill and I'll correct it personally today.
I'm sorry the parcel went missing, leave it with me and I'll trace it myself.
sorry about the router i'll sort a new one out for you myself
We dropped the ball on your repair and I'm going to fix it myself.
""", asr_share=0.25),
    dict(families=["apologize", "reassure"], specific=False, lines="""
I'm so sorry, but please don't worry, we'll get this sorted today.
Sorry about that, you won't be out of pocket, I promise.
I apologise, and you can relax, nothing has been lost.
i'm really sorry but don't worry it's all fixable
""", asr_share=0.25),
    # ---------------------------------------------------------------- acknowledge
    dict(families=["acknowledge"], lines="""
That sounds incredibly stressful.
I can completely see why you'd be annoyed.
That must have been a horrible thing to go through.
I can hear how frustrated you are, and I don't blame you.
Being without a phone for a week would drive anyone mad.
It's horrible when you're left not knowing what's going on.
That's a really tough situation to be in.
I'd be upset too if that happened to me.
I totally get why you're angry about this.
I can only imagine how worrying that's been.
No wonder you've had enough of it.
That's a heavy load when you're already juggling so much.
Waiting in all day for nothing is so annoying.
I understand this is really important to you.
That sounds exhausting, chasing it for weeks.
I know how much you need the car for work.
It makes total sense that you'd want answers.
I can tell this has really knocked your confidence in us.
Oh no, that's awful.
Oh, what a horrible thing to come home to.
That's really not fair on you.
Anyone would be worried after a letter like that.
I can see why that would feel like the last straw.
You've clearly been through the wringer with this.
That's such a rubbish experience, honestly.
Ugh, that sounds like a nightmare.
It's completely understandable that you're upset.
I understand, that's really disappointing.
I hear you, it's been going on far too long.
I'd be livid in your shoes.
That must feel like you're going round in circles.
It must be really unsettling to see money leave your account like that.
Losing your connection when you work from home is a real problem.
I appreciate this has been really hard on you.
You must be worn out with it all.
I get it, nobody wants to spend their evening on the phone to us.
That's so frustrating, especially after you were promised a call back.
I can see this has caused a lot of stress for your family.
that sounds so stressful for you and the kids
i can imagine how annoying that is
oh thats awful
i totally understand why youre upset
that must be so frustrating
i get it that's really not good enough
no wonder you're angry
oh gosh that sounds horrible
i'd be fuming as well honestly
i hear you that's a really long time to wait
that's rotten luck honestly
thats a real pain i know
i can tell youre really worried about it
yeah that's not on is it
oh that's terrible
I can understand how confusing that letter must have been.
That must have been a shock.
It sounds like you've had a really rough time with this.
I'd feel exactly the same.
What a horrible start to your holiday.
That's such a worry with a little one at home.
I know how stressful moving house is without this on top.
""", asr_share=0.35),
    # ---------------------------------------------------------------- appreciate
    dict(families=["appreciate"], lines="""
Thanks so much for bearing with us on this.
Thank you for being so patient while I went through that.
I really appreciate you waiting.
Thanks for hanging on while I went through the file.
Thanks for your patience today.
Thank you for letting us know about the problem.
I appreciate you telling us, it helps us fix it for others.
Thanks for flagging that, we hadn't spotted it.
Thank you for sticking with us for so long.
We really appreciate your loyalty over the years.
Thanks for being a customer for twelve years, it means a lot.
Thank you for holding, I've got the details now.
I appreciate your understanding on this.
Thanks for taking the time to raise this with us.
Thanks for your patience, I know it's been a long call.
Thank you for explaining it so clearly.
I appreciate you sending the photos over.
Thank you for bringing it up, genuinely.
Thanks for holding on, sorry it took a while to find.
thanks for your patience with the system
thank you for bearing with me while it loaded
thanks for holding on there so long
i really appreciate you waiting
thanks for letting us know
thanks ever so much for waiting
thank you for being so understanding
thanks for sticking with us through the checks
cheers for your patience there
thanks for hanging on
thank you for your patients on the line
I appreciate you giving us another chance.
Thanks for reporting the fault so quickly.
Thank you for waiting while the system loaded.
Thanks for being so calm about all this.
""", asr_share=0.35),
    # ---------------------------------------------------------------- own
    dict(families=["own"], lines="""
Leave this one with me and I'll get it sorted.
I'm going to take this on myself and see it through.
I'll personally chase the warehouse for you.
I'll ring the courier myself and find out where it is.
Let's work through it together until it's fixed.
I'm not going to pass you around, I'll deal with it.
I'm staying on this call with you till the connection's back.
I'll take ownership of this from here.
I'll keep your case with me, so you won't need to explain it again.
I'm going to make it my job to get this resolved.
Let me put this right for you.
I'll follow it up myself and call you back tomorrow.
We'll figure this out between us.
I'll handle it, you don't need to do anything else.
I'm going to fix this for you today.
I'll chase the engineers myself this afternoon.
Let me sort this out properly.
I'll get on to the billing team personally.
I won't close this until you're happy.
I'll take care of the paperwork for you.
It's our mistake and I'll correct it.
leave it with me
i'll sort it out for you now
let me take care of it
i'll chase it up myself
let's get this fixed together
i'll personally make sure it gets done
i'm gonna get this sorted for you today
ill ring them myself and call you back
i'll deal with it from here dont worry about calling again
i'll own this one
I'll email the store manager myself.
I'll speak to the depot directly and get back to you.
I'm going to see this through to the end.
""", asr_share=0.35),
    # ---------------------------------------------------------------- reassure
    dict(families=["reassure"], lines="""
You're in safe hands now.
Don't worry, your money is protected.
Rest assured, we've put a stop on it so it can't repeat.
There's nothing to worry about, the account is secure.
It's not your fault at all.
You've done nothing wrong here whatsoever.
We'll get this resolved, I promise you.
You won't be charged for any of this.
Please don't worry, we'll have it fixed soon.
It's all going to be fine.
Nothing's been lost, everything is still there.
You're covered for this under the warranty.
You don't need to worry about the late fee.
It'll be sorted, you have my word.
There's no need to apologise, this isn't on you.
You don't have to be sorry, it happens.
Try not to worry, we'll look after it.
Your service won't be cut off while we look into this.
The money will come back to you in full.
We won't let this go until it's fixed.
don't worry about it at all
no need to worry
you're in very good hands with this team
rest a shared we'll keep an eye on it
its not your fault
you havent done anything wrong at all
dont panic it's all fixable
you won't lose out i promise
nothing to worry about
we'll get you sorted no problem
We'll make sure you're not left without a phone.
""", asr_share=0.35),
    # ---------------------------------------------------------------- invite
    dict(families=["invite"], lines="""
What would be most useful to you at this point?
What would you like us to do to put this right?
Which way would you like me to go with this?
Is anything else about the claim on your mind?
What outcome would feel fair to you?
Is it money back you'd want, or a new one sent?
Tell me what would make this easier for you.
Is there anything about this that's still bothering you?
What can I do so this feels better for you?
What would you like to happen next?
Would it help if I put everything in writing?
Is there something else on your mind about the account?
What matters most to you in sorting this?
Would you rather I call you back or stay on the line?
Do you want to talk me through what happened?
Tell me more about what's been going on.
what would help you most
how do you want us to deal with it from here
would you prefer the money back
is there anything else worrying you
what can i do to make this right
walk me through how it all started
do you want me to explain the options
What would make you feel better about this?
""", asr_share=0.35),
    # ---------------------------------------------------------------- personalize
    dict(families=["personalize"], lines="""
Thanks, Mrs Okafor.
Right, Mr Delaney, let's have a look.
Okay Priya, I've got your account open.
Of course, Dr Hughes.
Since you mentioned the wedding is on Saturday, I'll send it express.
With the new baby at home, I'll make this the priority.
As you said earlier, the noise started after the update.
You mentioned you work nights, so I'll book the afternoon slot.
Going back to what you told me about your mum's oxygen machine, I've flagged it.
Because your son uses the laptop for school, I'll rush the repair.
You said the dog gets anxious with visitors, so the engineer will call ahead.
Since you're travelling on Friday, I'll have it with you by Thursday.
Thank you, Gareth.
No problem at all, Siobhan.
Mr Nakamura, I've found the payment now.
thanks mrs patel
okay mister brown
right sandra let me look
like you said before the bill doubled in june
you mentioned your daughter's exam so i'll get it there tomorrow
since you said youre on night shift ill text rather than call
""", asr_share=0.25),
    dict(families=["apologize", "personalize"], specific=False, lines="""
I'm so sorry, Mrs Adeyemi.
I'm really sorry about that, Tom.
Apologies, Mr Fischer.
sorry about that kerry
""", asr_share=0.25),
    dict(families=["acknowledge", "personalize"], lines="""
I understand, Mr Walsh, that's really frustrating.
That sounds really hard, Aisha, with the twins at home.
i get it dave that's a long time to wait
""", asr_share=0.25),
    dict(families=["appreciate", "personalize"], lines="""
Thanks for your patience, Mrs Li.
Thank you for holding, Mr Osei.
""", asr_share=0.25),
    dict(families=["acknowledge", "own"], lines="""
That's really not good enough, so I'm going to sort it myself.
I can see why you're annoyed, leave it with me.
I understand how frustrating it's been, and I'll fix it today.
i get why youre fed up let me sort it for you
""", asr_share=0.25),
    dict(families=["own", "reassure"], lines="""
Don't worry, I'll take care of everything from here.
Leave it with me and try not to worry, it will be fixed.
I'll handle it personally, you're in good hands.
""", asr_share=0.25),
    dict(families=["appreciate", "reassure"], lines="""
Thanks for waiting, and don't worry, it's all sorted now.
Thank you for your patience, nothing has been lost.
""", asr_share=0.25),
    dict(families=["acknowledge", "invite"], lines="""
That sounds awful, what would help you most right now?
I can see why you're worried, is there anything else bothering you about it?
""", asr_share=0.25),
    # ------------------------------------------------ hard negatives: no empathy at all
    dict(families=[], lines="""
You're very welcome, it was no trouble.
You're welcome, have a lovely evening.
No worries, you're welcome.
Thank you for calling Northgate Energy, goodbye.
Thanks for calling, take care now.
Thanks, bye.
Thank you, bye bye.
Thanks for that, I've got it down.
Thank you, that's the right postcode.
Great, thanks, and the first line of the address?
Lovely, thank you, I've typed that in.
Perfect, thanks for confirming.
Cheers, got that.
Sorry, could you repeat the account number?
Sorry, what was the last digit?
Sorry, you broke up there, can you say that again?
Sorry, the line's really crackly.
Sorry to keep you waiting, so the next thing I need is your postcode.
Oops, sorry, my microphone was muted.
Sorry, your surname didn't come through clearly.
Sorry, one moment, the system's slow today.
Sorry about the background noise, it's busy here.
Sorry, before you go on, I need to confirm your date of birth.
Sorry, was that B for bravo or D for delta?
Sorry, please go on with what you were saying.
Oh sorry, I talked over you, go ahead.
I'll place the call on hold for a few moments.
I'm going to pop you on hold while I check.
Please stay on the line.
Please hold, I'll be right back.
Bear with me one second while it loads.
Let me go into your account on the system.
Let me just check your account for you.
Let me have a look at the order.
I'll just pull up your details.
Can I take your full name please?
Can you give me the house number and street?
Which phone number is best for a call back?
Could you read me the reference from the email?
Can I ask what the date of birth on the account is?
Would Monday or Friday be better for the visit?
Would the morning or afternoon slot suit you?
Can I help with anything further while you're on?
Is there anything else at all today?
Anything else I can do for you?
Okay, I understand, so the serial ends in nine one seven.
I understand, so you want to move the payment date.
Right, I see, and when did you first notice it?
Okay, I see.
Got it.
Mm-hm.
Okay, so the balance is forty two pounds sixty.
The parcel is due on Friday between ten and two.
Your contract runs until next August.
The technician's window is from noon to six.
The refund usually takes three to five working days.
You'll get a text the day before.
I've updated your email address.
I've changed the payment date to the fifteenth.
The new tariff starts on your next bill.
It's about a twenty minute wait for the next agent.
Only the card holder can make that change, I'm afraid.
Only water, I'm afraid.
It's the blue form, I'm afraid, not the green one.
I'm afraid the shop closes at five.
I'm transferring you to the claims team now.
I'll pass you through to technical support.
Good morning, you're through to Harbour Bank, Ellie speaking.
Hello, you're speaking with Raj, how can I help?
Hi there, thanks for holding, how can I help today?
Hello, this is the returns line.
Could you spell the street name out for me?
Is that with a P or a B?
Can you read the serial number off the bottom of the router?
Have you tried switching it off at the wall?
What lights can you see on the front?
Let me just go through security with you.
I've sent the link to your email now.
The reference number is seven seven four three.
Okay, that's all done.
Right, so that's booked in for the ninth.
Your policy number is on the top right of the letter.
The apology letter went out on Monday.
The complaints procedure is on our website.
Our opening hours are nine till six.
The understanding we have is that the payment cleared.
We're sorry to say the store is closed on Sundays.
The system says the order was dispatched.
Did you want the receipt emailed?
Okay, one moment.
Hold on, I'll just check that.
So is it the flat or the house?
Let me read the terms back to you.
You'll need the account holder's permission for that.
That's the standard charge for a replacement SIM.
And is this the mobile you're calling from?
Could you hold the line for a second please?
Just a sec while I find it.
The direct debit left on the ninth.
I've noted that down.
Okay, and how many items were in the box?
Have a good day.
Bye now.
thanks for calling in bye for now
youre welcome
sorry can you repeat that
sorry say that again please
sorry whats the postcode
sorry you cut out
sorry was it thirteen or thirty
let me just pop you on a quick hold
please stay on the line
let me go into the account
let me have a look for you
can i take your name please
whats the first line of the address
okay i understand so its the blue one
is there anything else i can help with
which day suits you best
okay got it
right okay
mm hmm
yeah yeah
one sec
hold on
okay thanks
thank you
thanks for that info
cheers
lovely
so the engineer comes on tuesday
your balance is thirty two pounds
the refund takes five working days
ill transfer you now
can you spell the surname
is that the mobile number
""", asr_share=0.0),
    # ----------------------------------------------------------------- dismissive: blame
    dict(families=[], negative="blame", lines="""
Well, you should have checked the size before ordering.
If you'd read the email, you'd have known about the fee.
That's because you didn't update your address.
You must have typed the card number in wrong.
It's your responsibility to cancel before the renewal.
You clearly didn't follow the setup guide.
You were told about this when you signed up.
If you'd called us sooner we could have done something.
You shouldn't have opened the box if you wanted a refund.
It says in the terms you agreed to, so that's on you.
The problem is you pressed the wrong button.
you should of read the terms
thats your fault for not checking
you must have broke it yourself
you didnt fill the form in right
well you ticked the box so
you should've rung us before it went overdue
""", asr_share=0.3),
    dict(families=[], negative="policy_wall", lines="""
That's simply how our policy works and it's not up to me.
Those are the rules, I'm afraid, and they apply to everyone.
The system won't allow it and that's the end of it.
We don't make exceptions, full stop.
Company policy says no refunds after fourteen days.
I'm sorry, but the rules are the rules.
It's policy, I can't go against it.
We can't bend the terms for one customer.
Sorry, but that's how it works here.
The policy is clear and I have to follow it.
that's our policy i'm afraid
rules are rules
its company policy
we dont do exceptions
the terms are the terms sorry
sorry but policy is policy
i cant override the policy so no
""", asr_share=0.3),
    dict(families=[], negative="dismiss_feelings", lines="""
You need to calm down.
There's really no need to get so worked up.
It's only a couple of pounds, it's not a big deal.
You're making a mountain out of a molehill.
I think you're overreacting a bit.
Well, I'm sorry if that's how you see it.
I'm sorry if you feel upset, but that's not what happened.
Oh, sorry our free gift didn't meet your standards then.
Let's not get emotional about it.
Honestly, it's hardly the end of the world.
Relax, it'll turn up eventually.
There's no point shouting at me.
just calm yourself down
its not that big a deal
youre overreacting
well im sorry if youre offended
relax its only a small amount
theres no need to be rude
dont get so stressed about it
""", asr_share=0.3),
    dict(families=[], negative="deflect", lines="""
That sits with a different team, it's not on me.
There's nothing I can do from here.
The courier is who you need to complain to, not us.
That's not something my desk handles.
It's out of my hands, I'm afraid.
You'd need to speak to the manufacturer about that.
I'm only on the phones, so that's beyond me.
It's not my job to chase deliveries.
We're not responsible for what the installer did.
You'll need to call a different number for that, not us.
not my department sorry
theres nothing more i can do at my end
youll have to ring the shop
thats not my problem
i cant help you with that one
take it up with the bank
""", asr_share=0.3),
    dict(families=[], negative="repeat_impatience", lines="""
As I already told you twice, the refund is processing.
Like I said before, we can't see the parcel.
I've gone over this with you several times already.
Again, for the last time, the engineer is booked.
As I've already said, you need the reference.
I already went through this with you.
How many times do I have to say it?
I'm not going to repeat myself again.
like i already said
as i told you before
i've said this three times now
again the answer is no
how many times do i need to explain
""", asr_share=0.3),
    dict(families=[], negative="jargon", lines="""
Please be advised that the ticket has been actioned.
Your query has been dispositioned per our SLA.
Kindly note the case is pending third-party resolution.
The matter is being progressed in line with procedure.
Your feedback has been logged and captured.
Per our records the item was fulfilled.
please be advised it has been escalated to tier two
kindly note it will be actioned in due course
""", asr_share=0.2),
]

BLOCKS += [
    dict(families=[], lines="""
Sorry, I jumped in over you, keep going.
Sorry, you go first.
Sorry, I can barely hear you, are you on speaker?
Sorry, the connection went for a moment.
Oops, sorry, you finish your point.
Sorry, my headset slipped.
Sorry, I've just lost your last few words.
Sorry, just to double check, that's two L's?
Sorry, bear with me while the page refreshes.
Sorry, my colleague was asking me something.
Sorry, is that the billing address or the delivery one?
Sorry, did you say the twentieth?
Sorry, let me rephrase that question.
Sorry, I misread that, it's the March bill, not April.
Sorry, I meant Thursday, not Tuesday.
sorry i couldnt hear that last bit
sorry you were saying
sorry carry on
sorry no you go ahead first
sorry i spoke over you
sorry theres a bit of an echo
sorry the screen just froze on me
sorry was that the eleventh
sorry i meant to say the fifth
sorry its loading
sorry just typing that in
Excuse me, could you speak up a little?
Pardon? I missed that.
Apologies, I misspoke, the fee is five pounds.
Sorry, my mistake, the appointment is at three, not two.
Thank you for calling Westfield Water, have a good afternoon.
Thanks for calling Kestrel Mobile.
Thank you for calling, is there anything else?
Thanks for getting in touch, goodbye now.
Thank you for choosing Tidewater Insurance.
Thanks, that's the date of birth confirmed.
Thank you, I've got the card details.
Thanks very much, and can I take a contact number?
Thanks for confirming that.
Thank you, that all matches.
Thanks, and your postcode?
Please hold while I speak to the warehouse.
Please hold the line, I'm checking with a colleague.
I'll need to put you on a brief hold.
Can you bear with me while I read the notes?
Just hold on for me one moment.
I'm just reading through the history on the case.
Let me just bring up the order history.
I'll have a quick look at the notes.
Let me see what the system says about the delivery.
I'm checking the payment history now.
Give me one moment to open your file.
Okay, I'm going to read you the terms now.
Okay, so I'll need the last four digits of the card.
I'll just verify a few details first.
Before we go on, can I check who I'm speaking to?
Right, I've got your account up on screen.
I understand, so it's the upstairs flat you want it sent to.
I understand you're calling about the renewal letter.
I see you've had two deliveries with us this year.
Okay, so you'd like to change the payment date to the first.
Which time works, nine or eleven?
Would you like it sent by text or email?
Do you want the paper bill or the online one?
Would Saturday morning suit you?
Shall I send the form by post?
Did you want to pay by card today?
Okay, and is there anything else I can do today?
Is that everything for today?
Was there anything else at all?
Anything else you need while I've got you?
You're welcome, you take care of yourself.
You're welcome, bye now.
Not a problem at all, glad I could help.
No problem, have a good one.
My pleasure, enjoy the rest of your day.
Happy to help, goodbye.
The technician is booked for Monday between eight and twelve.
That'll be with you in three to five days.
The refund was processed on the fourth.
The balance on the account is one hundred and twelve pounds.
Your new plan starts on the first of next month.
The courier is DPD and they'll text you a time slot.
Your claim reference is C four one nine.
I'm afraid the earliest slot is next Wednesday.
I'm afraid only the account holder can do that.
I'm afraid the card has expired.
Unfortunately the item is out of stock until June.
Unfortunately that model isn't available in red.
Our apology policy is explained in the leaflet.
The terms and conditions are on page four.
The policy covers accidental damage up to five hundred pounds.
Your policy renews in October.
The understanding clause is in section two.
I don't have a department code for that, I'll look it up.
There's a ten pound fee for a paper copy.
The system shows you called us on the third.
okay im just reading the notes
let me bring that up
one moment while i open it up
just checking that for you
okay so the balance is ninety pounds
the engineer's booked for friday
your reference is k nine four two
i'm afraid the slot's gone
unfortunately its out of stock
would you like that by email
which time suits nine or eleven
okay and anything else today
youre welcome have a good day
no problem take care bye
thanks for confirming
thank you ive got that
please hold while i check
ill put you on hold for a sec
""", asr_share=0.0),
    dict(families=["apologize"], specific=True, lines="""
I'm sorry about the wait to get through to us today.
I'm sorry you had to hold for so long this morning.
Sorry you've been waiting in all day for the delivery.
I'm so sorry the call centre hung up on you yesterday.
I'm really sorry the new phone is faulty as well.
I apologise that the car was returned dirty.
Sorry that the tyre was flat when the car arrived.
I'm sorry the fridge is leaking already.
I'm sorry you were charged for a subscription you'd cancelled.
I'm sorry that the form was rejected for a missing signature we never asked for.
I'm sorry you've been waiting two months for an answer on the claim.
I'm sorry the promise of a fix last week wasn't kept.
Really sorry our colleague hung up on you.
i'm sorry you waited so long to get through
sorry the replacement is broken too
so sorry your claims been open that long
i apologise the car wasnt cleaned
Sorry the boxes got soaked in the rain.
I'm sorry your pharmacy order got lost.
We're sorry the bus was cancelled with no notice.
I'm sorry your council tax bill came out wrong.
I'm sorry the vet's invoice was charged twice.
I'm sorry the visa application was delayed by our error.
I'm sorry that our website took your payment but not the booking.
""", asr_share=0.35),
    dict(families=["acknowledge"], lines="""
That's really worrying when it's your savings.
It's so disheartening when you've done everything right.
That sounds absolutely maddening.
I can appreciate how worrying that is.
I can appreciate why you're cross about it.
I'd be pulling my hair out too.
What a frustrating week you've had.
That's a really unsettling thing to see on your statement.
It must be so tiring having to keep chasing.
I hear how much stress this is putting on you.
It's completely fair to be annoyed about that.
It's horrible feeling like nobody's listening.
That must be really tough with everything else going on.
That's beyond annoying, honestly.
You've had a really rough deal here.
I know this matters a lot to you and your family.
I can only imagine how stressful this has been for you.
I totally get how upsetting that is.
that's awful i'm sure it's been really stressful
oh man that's so annoying
i hear how frustrating its been
that must be really worrying for you
i can understand how upset you must be
it's completely understandable youd feel that way
thats really rubbish
that's a horrible thing to deal with
oh no thats so stressful
""", asr_share=0.35),
    dict(families=["appreciate"], lines="""
I'm grateful you let us know before it got worse.
Thanks a lot for being patient with all the checks.
I really value you talking me through the whole story.
We appreciate you being with us so long.
Thank you for sticking it out on hold.
I appreciate you raising it with us.
Many thanks for your patience this afternoon.
Thanks for giving me a chance to look into it.
Thank you for bearing with us through the outage.
I'm thankful you called us about it.
appreciate your patience
thanks for waiting so long
cheers for bearing with me
thank you for your understanding on this
appreciate you spotting that and telling us
""", asr_share=0.35),
    dict(families=["own"], lines="""
You and I will get to the bottom of this together.
Let's see if we can sort it out between the two of us.
I'm going to stay with this until it's done.
I'll take personal responsibility for the follow-up.
I'll make the call to the supplier myself.
I'm putting my name on this case so it comes back to me.
Let's get this put right together.
I'll handle the complaint personally.
It's on me now, I'll see it through.
I'm going to chase this every day until it's fixed.
we'll get to the bottom of it together you and me
lets sort this out between us
i'll take it from here
im gonna chase it myself every day
leave that with me i'll handle it
""", asr_share=0.35),
    dict(families=["reassure"], lines="""
We'll get you back online, I promise.
It's going to get sorted, I promise you that.
You can stop worrying about the fee, it's gone.
There's no risk to your money at all.
Your account is completely safe.
You'll be fine, nothing will be cut off.
Honestly, don't stress about it, it happens a lot and it's easy to fix.
This is definitely fixable.
None of this is down to you.
It wasn't your fault at all.
you'll be absolutely fine
your money's completely safe
it's definitely fixable
no stress at all we'll get it sorted
its not down to you at all
There's no need to apologise at all, you've done nothing wrong.
You don't need to say sorry, it's our mistake.
No need to be sorry, honestly.
""", asr_share=0.35),
    dict(families=["invite"], lines="""
Could I do anything that would make this simpler for you?
What would put your mind at rest?
How would you like this resolved?
Would a call back tomorrow work better for you, or would you rather sort it now?
What would a good result look like for you?
Does anything else about the house move concern you?
Is there anything I've missed that's worrying you?
How are you feeling about the plan we've made?
What else can I do to help with this?
Would it be easier if I emailed you everything?
what would put your mind at ease
how would you like it resolved
is there anything else bothering you about it
what else can i do to help
""", asr_share=0.35),
    dict(families=["personalize"], lines="""
You said your son needs it for school, so I'll prioritise that.
Since you told me you're moving on the tenth, I'll set the date for then.
You mentioned the baby's due soon, so I'll book the earliest slot.
As you mentioned, the bill went up after the price change.
Thanks, Mrs Kowalski, that's all noted.
Okay, Mr Hassan, I've found it.
Right, Jen, let's get this fixed.
Lovely, Margaret, thank you.
""", asr_share=0.3),
    dict(families=["reassure", "own"], lines="""
I'll sort it myself, so please don't worry about it.
Don't worry, I'll personally make sure it's fixed.
""", asr_share=0.3),
    dict(families=["apologize", "acknowledge", "own"], specific=True, lines="""
I'm so sorry, being without heating is awful, I'll get an engineer to you myself.
Really sorry, I can see how stressful the double charge is, and I'll fix it personally.
""", asr_share=0.3),
    dict(families=["acknowledge", "reassure"], lines="""
I can see why that's scary, but your money is completely safe.
That sounds frightening, but please don't worry, the card is blocked now.
""", asr_share=0.3),
    dict(families=[], negative="dismiss_feelings", lines="""
Shouting at me isn't going to help, sir.
Getting angry won't get it fixed any quicker.
You're being a bit dramatic, it's one late parcel.
It's only a day late, I don't see the issue.
Honestly, it's not worth getting upset over.
Please stop raising your voice.
Oh, I'm ever so sorry our service isn't up to your standards.
""", asr_share=0.3),
    dict(families=[], negative="blame", lines="""
You were supposed to tell us inside the first week.
If you'd kept the receipt, this wouldn't be a problem.
It's down to you to check the address before you submit.
You gave us the wrong postcode, so that's why.
You didn't pay on time, so the fee stands.
""", asr_share=0.3),
    dict(families=[], negative="policy_wall", lines="""
I can't do anything, it's against policy.
The rules don't allow it, so the answer is no.
That's the process and we have to stick to it.
We have a strict policy and it applies to you too.
""", asr_share=0.3),
    dict(families=[], negative="deflect", lines="""
That's a question for the courier, not for us.
You'll have to sort that out with your bank.
I can't see anything from my side, so I can't help.
That's head office's decision, I have nothing to do with it.
""", asr_share=0.3),
    dict(families=[], negative="repeat_impatience", lines="""
I've already told you what the options are.
Like I keep saying, it's with the warehouse.
I said that a minute ago.
You asked me that already and the answer hasn't changed.
""", asr_share=0.3),
]

# Third round: wider registers (US, Indian, Australian, Irish, Scottish English), more
# domains (health, housing, government, travel, banking, utilities, retail, telecoms).
BLOCKS += [
    dict(families=["acknowledge"], lines="""
Gosh, that's a horrible position to be left in.
Man, that's rough, I'm with you on that.
Oh, that's the worst, especially right before the weekend.
That would drive me up the wall too.
I can totally see how that'd knock you for six.
Sounds like it's been one thing after another for you.
It's really unfair that you've been left to chase this.
I can understand that you'd feel let down by us.
That's a really stressful thing to find on your account.
I'd be climbing the walls if my heating went off with kids in the house.
Ah no, that's a real kick in the teeth.
Oh dear, that does sound worrying.
It's natural to feel anxious when money goes missing.
You've every reason to be cross.
That sounds like a proper headache.
Being stuck without a car is such a pain.
It's tough when you're trying to sort things out for a parent.
That must have given you a fright.
Losing a whole day's pay over this isn't fair on you.
I can hear this has really upset you, and that's fair enough.
I know it feels like we haven't listened.
Oof, that's a lot to come home to.
Such a frustrating situation, honestly.
I understand it's been a very difficult few weeks.
Dealing with all this while grieving must be incredibly hard.
That sounds heartbreaking.
Of course you're worried, anybody would be.
Ah, that's really disappointing after waiting so long.
i totally get that it's been a nightmare
oh thats such a pain for you
yeah i'd be really annoyed as well
i can hear youre upset and thats completely fair
that must be really hard with everything going on
oh that's really not fair on you at all
that's a horrible thing to have happen
ugh that sounds awful honestly
i understand its been really worrying
no wonder youre stressed out
""", asr_share=0.3),
    dict(families=["own"], lines="""
I'll take this one on personally and ring you back by four.
I'm going to get straight onto the repairs team myself.
Let me be the one to sort this for you.
I'll keep hold of your case so you don't get passed around.
Right, I'm on it, and I'll make sure it's fixed.
I'll go and speak to my team leader myself right now.
I'm going to walk this through the system personally.
I'll make it my priority this afternoon.
You won't need to chase this, I'll do the chasing.
I'll get on the phone to the store myself.
I'll sort out the paperwork on my end so you don't have to.
Let's fix this together step by step.
We'll work it out between us, don't you worry.
I'll be your point of contact until it's resolved.
i'll get straight onto it myself
leave it with me i'll ring them now
im going to sort this for you personally
i'll be your contact until its done
lets work through it together
i'll make sure it gets fixed myself
""", asr_share=0.3),
    dict(families=["reassure"], lines="""
You won't be left out of pocket, I'll make sure of that.
Please try not to panic, your policy still covers you.
Nothing will happen to your account while this is looked at.
You're absolutely fine to keep using the card.
There's no penalty for this, so don't worry.
You're not in trouble at all.
It's all completely recoverable.
That's all been stopped, so your money's safe now.
No harm done, honestly.
It's really common and it's easy to put right.
your card's safe to use now
you wont lose any money at all
try not to worry its all recoverable
theres no penalty for it dont worry
""", asr_share=0.3),
    dict(families=["invite"], lines="""
What would you like to see happen here?
How can we make this right for you?
Is there anything else about the claim that's worrying you?
What's the most important thing for you to sort today?
How would you feel about a credit on the account instead?
Is there anything else you'd like me to know about what happened?
What do you need from us to feel this is fixed?
Tell me what's been happening from the start.
would a credit help at all
whats most important for you to get sorted
anything else about it playing on your mind
tell me whats been going on
""", asr_share=0.3),
    dict(families=["appreciate"], lines="""
Thanks so much for hanging in there with us.
I really appreciate your patience while the system caught up.
Thank you for being so understanding about the delay.
I appreciate you bearing with me through all the questions.
Thanks for letting us know, we wouldn't have known otherwise.
Thank you for sending the photos, that really helps.
Thanks for sticking with us for all these years.
I'm grateful for your patience today.
thanks heaps for waiting
thank you for hanging in there
appreciate you bearing with me
thanks for telling us about it we wouldnt have known
""", asr_share=0.3),
    dict(families=["apologize"], specific=True, lines="""
I'm so sorry the hospital letter went to the wrong address.
I'm sorry the council never sent out the replacement bin.
I'm really sorry the pharmacy gave you the wrong strength.
Sorry the rent payment was taken twice this month.
I'm sorry we suspended your card without warning you.
I'm sorry the fitters scratched your floor.
I'm very sorry the tickets you paid for were never issued.
Sorry our app charged you in the wrong currency.
I'm so sorry the ambulance transport didn't turn up for your appointment.
I'm sorry the school uniform order came in the wrong sizes.
I'm sorry the electric was cut off by mistake.
Sorry the broadband engineer left without connecting anything.
im so sorry the card was frozen while you were away
sorry the delivery guy threw the box over the fence
im sorry they cut your gas off by mistake
i apologise the hospital sent that to the wrong address
""", asr_share=0.3),
    dict(families=["apologize"], specific=False, lines="""
I'm really sorry, honestly.
Sorry about all that.
Ah, sorry about that one.
I'm sorry, that's not okay.
I apologise sincerely.
Sorry, that shouldn't have happened.
I'm so sorry you've been through that.
sorry thats not on
im really sorry honestly
sorry that shouldnt have happened
""", asr_share=0.3),
    dict(families=["apologize", "acknowledge"], specific=True, lines="""
I'm so sorry about your dad, that must be so hard to deal with on top of the paperwork.
I'm very sorry, it sounds like a frightening morning with the card.
Sorry, I can imagine how worrying it is to have no heating with your mum staying.
""", asr_share=0.3),
    dict(families=[], lines="""
I understand, so you'd like to close the account.
I understand, and which card is it on?
Okay, I understand, let me just note that down.
I see what you mean, the second page.
Right, so that's the old meter.
No problem, I'll read you the options.
Sure, I can help with that.
Yeah, I can check that for you.
Absolutely, one second.
Of course, what's the account number?
Certainly, I'll just bring it up.
Great, I've got that.
Okay, so it's showing as delivered on the ninth.
That's in the post, it should be with you Monday.
Your appointment is confirmed for the fourteenth at ten.
The nurse can see you at half two on Thursday.
The best thing is to fill in the online form.
You can do that in the app under settings.
That's a different number, I'll give it to you now.
You'll need to speak to the pharmacy for that one.
Which suits you better, the clinic or a phone call?
Would you like a text reminder?
Is that the address we should send it to?
How would you like to pay today?
Would you like me to read that back to you?
Did you want to add anyone else to the account?
I'm sorry, I don't have that information in front of me, but the team will.
Sorry, we don't do deliveries on Sundays.
Sorry, the lines are very busy today.
Sorry, bear with me.
Sorry, I'm just going to read a short statement.
Sorry, one moment, I need to check with my supervisor.
Thanks for that, and is the number the same?
Thank you, that's all I need.
Thanks, that's great, and your email?
Cheers, that's everything.
You're very welcome, all the best.
No bother at all, take care.
Glad to help, have a nice evening.
okay i understand so its the joint account
sure i can help with that
of course whats the postcode
your appointments confirmed for thursday
you can do that in the app
would you like a text reminder
how would you like to pay
thanks thats all i need
no bother take care
glad to help bye now
""", asr_share=0.0),
    dict(families=[], negative="dismiss_feelings", lines="""
You're getting yourself worked up over nothing.
It's a small thing, you'll survive.
There's no point crying about it now.
I don't know why you're so upset, honestly.
Look, it's really not that serious.
Okay, let's all just take a breath, shall we.
Don't take that tone with me.
its not that serious
dont take that tone with me
youre getting worked up over nothing
""", asr_share=0.3),
    dict(families=[], negative="blame", lines="""
You entered the wrong date, so that's why it failed.
If you'd checked your emails you'd have seen it.
Well, you didn't tell us you'd moved.
You let the card expire, so the payment bounced.
It was your job to read the booking conditions.
That happens when people don't follow the instructions.
you didnt tell us you'd moved
you let the card expire
thats what happens when you dont read it
""", asr_share=0.3),
    dict(families=[], negative="policy_wall", lines="""
It's just the way the system works, I can't change it.
We're not allowed to do that under any circumstances.
Policy's policy, I'm afraid.
There's nothing in the rules that lets me do it, so no.
The terms don't allow it and that's final.
its just how the system works
were not allowed to do that full stop
""", asr_share=0.3),
    dict(families=[], negative="deflect", lines="""
You'll need to ring the other number, I can't help.
That's a retailer issue, speak to them.
We only do the billing, not the engine side.
Not something we handle, you'll have to go elsewhere.
Honestly, that's not on our side, call the network.
thats the retailers problem not ours
youll need to ring someone else
""", asr_share=0.3),
    dict(families=[], negative="repeat_impatience", lines="""
I've already gone through that with you.
Once again, there's nothing on the system.
I'm repeating myself now, the answer is the same.
As I keep telling you, it's in transit.
like i keep telling you its in transit
im repeating myself now
""", asr_share=0.3),
]
