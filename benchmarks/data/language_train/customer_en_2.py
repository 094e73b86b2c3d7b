"""More customer lines in English, written by hand for the training corpus (see README.md).

A second hand-written batch, in the same layout as ``customer_en.py``: varied registers (UK,
US, Irish, Scottish, Indian, Australian, non-native English; formal, chatty, terse, elderly,
young) and industries, with about a third written in ASR style (lower case, no punctuation,
fillers, repeated or misheard words). Nothing was copied from a dataset or from the blind sets.

``label``: ``distress`` (the customer shows an emotion: frustration, anger, worry, fear, upset,
grief, exhaustion, exasperation, sarcasm), ``neutral`` (a topic, a question, an answer, a calm
problem description, small talk, confusion, a negated feeling) or ``positive`` (thanks, relief,
praise).
"""

BLOCKS = [
    dict(label="distress", lines="""
Honestly, I'm at the end of my tether.
I haven't slept in days.
My dad passed away on Sunday.
I'm scared to open the post these days.
This is the third time I've called.
Oh brilliant, another hold.
I'm not happy about this at all.
I'm not impressed, if I'm being honest with you.
I'm absolutely livid about the way I've been treated.
I was in tears on the phone to your colleague yesterday.
I've been going round in circles with you people for a month.
I honestly don't know how much more of this I can take.
My wife's in hospital and now this, I just can't cope.
We buried my mother on Friday and I'm still getting her statements.
I keep thinking something terrible has happened to the money.
I'm so anxious I feel sick every time the phone rings.
I'm dreading the bailiffs turning up.
Please, I've got three kids and no hot water, I'm desperate.
This has been the worst week of my life, to be frank.
I'm absolutely drained, I can't do this any more.
You people have no idea what this is doing to me.
Yet again, nobody rang me back.
Same thing as last time, and the time before that.
I was promised a call back on Monday, Tuesday and Wednesday.
Seven weeks. Seven weeks I've been waiting.
Oh lovely, so I'm back to square one.
Cracking job, really, well done everyone.
Oh, of course it is, why wouldn't it be.
Great, so I just pay for nothing for another month, super.
Wow, that's really useful, thanks so much for nothing.
I'm really quite cross about this, I must say.
I am extremely unhappy with the service I have received.
I find it utterly disgraceful that a company of your size behaves like this.
I'm seventy-eight years old and I've been left without a phone for a fortnight, it's frightening.
I'm on my own here and I get very frightened when the alarm doesn't work.
I don't understand any of it and it's making me very upset.
My grandson usually helps me but he's away and I'm in a terrible state.
Dude, this is seriously the worst, I'm so over it.
Ugh, I literally can't with this company anymore.
This is so annoying, like, I've been waiting all day.
I'm actually so stressed right now, I have an exam tomorrow and no wifi.
I'm pissed off, to be honest, really pissed off.
Are you guys for real right now?
This is beyond frustrating.
I'm at my absolute limit, I swear.
Sir, I am very much disturbed by this, kindly do the needful urgently.
I am having so much tension because of this pending refund.
Madam, this is the fifth time I am calling, please understand my situation.
I am very much upset, my salary has been debited twice for the same EMI.
I'm that worried about it I've not been able to eat.
I'm raging, so I am.
I'm pure scunnered wi' the lot of ye.
Och, I'm sick of it, honestly, sick to the back teeth.
It's doing my head in, I'm telling you.
Mate, I'm spewing, it's the third time this week.
Fair dinkum, this is a joke, I'm ropeable.
I'm that fed up I could scream, I'm not even joking.
I just feel so alone dealing with all this since he died.
I can't stop shaking, I think I've been scammed.
My stomach's in knots waiting to hear.
I'm mortified, the card bounced at the funeral director's.
It's been an awful few months and this just tipped me over.
I'm frightened I'll lose my job if I miss another day waiting in.
My heart sank when I saw that letter.
I'm beside myself, she's been missing from the care home records.
I've had enough, I really have.
Honest to God, I'm worn out with it.
I'm completely and utterly sick of this.
Why does nobody ever just do what they say they'll do?
How many more times do I have to go through this?
What is the point of a helpline that never helps?
So I've wasted another whole afternoon, great.
I'm sorry, I'm just really emotional at the moment.
I'm sorry for crying, it's just been a lot.
I'm calling to notify you of a death, my aunt's account, she was like a mum to me.
My husband passed away in January and I need to take over the account.
I don't want to be rude but I'm really losing it here.
""", asr_share=0.3),
    dict(label="distress", lines="""
honestly im at the end of my tether with it
i havent slept in days like properly slept
um my dad passed away on sunday and uh yeah
im scared to open the post honestly
this is the third time ive called this is the third time
oh brilliant another hold great
im not happy about this at all like not at all
im not impressed with any of it to be honest with you
im absolutely livid
i was in tears yesterday on the phone
ive been going round in circles for a month
i dont know how much more i can take you know
were still getting my mums statements and we buried her friday
im so anxious i feel sick
uh yeah so i'm just really stressed out about it
i'm sick to the back teeth of it
like seriously this is so annoying
i'm so over it honestly
same as last time and the time before that
yet again nobody rang me back
seven weeks ive been waiting seven weeks
oh great so im back to square one
wow thanks for nothing
im raging so i am
im spewing mate its the third time
i cant stop shaking i think ive been scammed
my stomachs in knots
ive had enough i really have
im worn out with it honestly
how many more times do i have to do this
whats the point of a helpline that never helps
sorry im just really emotional at the moment
sorry for crying its just been a lot
i am having so much tension because of this refund
madam this is fifth time i am calling
i'm that worried i've not been able to eat
im dreading the bailiffs coming
im desperate i've got no hot water and three kids
um i just feel so alone since he died
the the whole thing is a nightmare honestly
its a complete waist of my time
i'm at my wits end here you know
i'm actually furious like furious
um i'm really frightened to be honest
its doing my head in
""", asr_share=0.0),
]

BLOCKS += [
    dict(label="neutral", lines="""
I'm calling about an order I placed a couple of weeks ago.
Can you tell me when my parcel will arrive?
I have a question about my bill.
It's the one ending four two seven.
Yes, that's right.
The boiler's making a clicking noise.
I'm a bit confused about the tariff.
I'm not upset, I just want to know when.
Good afternoon, I'd like to query a charge on my credit card statement.
Hello there, I'm enquiring about the status of a refund for a returned jacket.
Hi, yeah, I need to reschedule the engineer visit for Thursday.
I'd like to cancel my contract when it ends in June.
Could you confirm the date my direct debit will be taken?
I'm ringing to let you know I've moved house.
I'd like to close my savings account and move the money across.
I'm phoning about a water leak outside my property, it's on the pavement.
There's a bit of water coming from under the washing machine.
The heating comes on but the radiators upstairs stay cold.
The dishwasher shows an E fifteen code when it finishes.
My phone won't charge unless the cable's held at an angle.
The TV box keeps restarting itself around eight in the evening.
The parcel was left with a neighbour, but I don't know which one.
The courier marked it as delivered but it isn't here.
I returned the shoes on the third, has the refund gone through?
My bill's gone up by about twelve pounds this month, what's that for?
There's a charge for premium calls I don't think I made.
I was quoted forty pounds but I was charged forty-five.
I think the meter reading you've got is wrong, I can give you the right one.
The reading is four three two one six.
It's a combi boiler, about eight years old.
The order number is W four nine eight eight two.
The account's under my maiden name, Fitzgerald.
I live at flat two, forty-one Victoria Road.
The postcode is G twelve, eight Q Q.
It's E H three, nine D W.
My date of birth is the third of the fourth, sixty-one.
No, I've never had a PIN for it.
I think the password might be my first dog's name.
Yes, I'm the account holder.
No, that's my old number, I've changed it since.
It's a landline, actually, not a mobile.
Yeah, mornings are better for me.
Any time after two is fine.
I'm in all day Friday.
Can they ring before they come?
Is there a charge for the visit?
How long does the refund usually take to show?
Will I get an email confirmation?
Do I need to be there when the meter's changed?
Can I pay it in instalments?
Is it possible to pause the subscription rather than cancel?
What's the cheapest plan you've got for a pensioner?
I'd like to know whether I'm still in the minimum term.
Is the price fixed for the whole contract?
Does the warranty cover the motor?
Could you put a note on the account that I'm hard of hearing?
I'd like large print bills if that's possible.
My son will be calling on my behalf from now on.
I'd like to add a second user to the card.
Can I transfer the account to my daughter's name?
I'd like to check whether I'm eligible for the warm home discount.
Do you offer a social tariff for broadband?
I'm a bit unsure what a standing charge actually is.
I don't quite follow how the estimated bill was worked out.
I'm not sure which of these accounts is the joint one.
I'm not angry or anything, I just want to understand the letter.
I'm not complaining, I just need the refund date for my records.
I'm not worried about it, I just thought I should report it.
It's not urgent, whenever the engineer's free is fine.
No stress, I can wait a few days.
Sir, I want to know the status of my complaint, the number is C R nine one two.
Kindly tell me the outstanding amount on my card.
I am calling regarding the EMI conversion of my last purchase.
Please update my mobile number in your records.
I want to know when the cheque will be cleared.
My booking reference is P N R, X Y seven four two K.
I need to change my flight to the evening one if possible.
Can I add a checked bag to my booking?
I'd like to claim for a cracked windscreen.
The car's a twenty eighteen Ford Focus, silver.
The accident happened on the roundabout by the retail park.
Nobody was hurt, it was just a scrape on the bumper.
I'm calling about my home insurance renewal quote.
What's the excess on the policy?
I'd like to book a repeat prescription for my mother.
I'm phoning to confirm my hospital appointment on the ninth.
I need to report a missed bin collection on Elm Street.
The streetlight outside number twelve has been out since Tuesday.
I'd like to apply for a parking permit.
I want to check whether my council tax band is right.
Howdy, I'm calling about my cable bill, there's a line item I don't recognize.
Hey, so I need to return a blender I bought on Amazon, well, through you guys.
I'm just calling to get my account number, I lost the paperwork.
I'd like to set up autopay on my checking account.
What's my current balance on the card?
Can you tell me when my next payment is due?
I'd like to dispute a transaction from a gas station in Ohio.
G'day, I'm ringing about my NBN connection, the modem light's red.
Just wanting to check when the plumber's coming out.
Hiya, it's about the sofa, the delivery date, I mean.
Howya, I'm just ringing about the bin charges.
Aye, I'm phoning about my gas meter.
I'm after an update on my planning application.
""", asr_share=0.3),
]

BLOCKS += [
    dict(label="neutral", lines="""
um im calling about an order i placed a couple of weeks ago
can you tell me when my parcel will arrive
yeah i have a question about my bill
its the one ending four two seven
yes thats right yeah
the boilers making a clicking noise
im a bit confused about the tariff
im not upset i just want to know when
uh hi yeah i'm ringing about my um my electric bill
so basically the the router keeps dropping out at night
i wanna change my delivery date if thats possible
its uh w four nine eight eight two
the post code is uh l s six
its flat two forty one victoria road
my date of birth is the third of april sixty one
yeah im the account holder
no thats my old number
its a landline actually
mornings are better for me
any time after two is fine
can they ring before they come
is there a charge for the visit
how long does the refund take to show
do i need to be there when they change the meter
can i pay it in like instalments
um is it possible to pause it instead of cancelling
does the warranty cover the motor
can you put a note on that im hard of hearing
my son will be calling for me from now on
whats a standing charge exactly
i dont quite follow how the estimated bill works
im not angry or anything i just want to understand the letter
im not complaining i just need the date
its not urgent whenever is fine
kindly tell me the outstanding amount
i want to know the status of my complaint
please update my mobile number
the car's a twenty eighteen ford focus
nobody was hurt it was just a scrape
whats the excess on the policy
theres a missed bin collection on elm street
the streetlight outside number twelve is out
hey so i need to return a blender
whats my current balance on the card
when is my next payment due
the modem light is red
just wanting to check when the plumbers coming
howya its about the bin charges
aye im phoning about my gas meter
so uh the courier says delivered but its not here
i returned the shoes on the third has the refund gone through
my bill went up by like twelve pound
theres a charge for premium calls i dont think i made
i was quoted forty but charged forty five
the reading is four three two one six
the heating comes on but the radiators upstairs stay cold
theres a bit of water under the washing machine
the dishwasher shows e fifteen
the tv box keeps restarting around eight
um okay so what do i do next
right so i just wait for the the text
okay and and thats on the tenth yeah
sorry can you spell that
sorry i didnt catch your name
oh hang on my dogs barking one sec
sorry my kids are a bit loud in the background
its er its a hotpoint i think
i'm on the bus so it might cut out
i bought it in the sail last month
i was told the engineer would be there by twelve
is that uh is that including vat
what's the um the cancellation fee
i think its the the second direct debit
we've got two accounts with you me and the wife
can you send it by text rather than post
ill need to look for the pin
""", asr_share=0.0),
    dict(label="neutral", lines="""
The weather's been glorious here all week, actually.
It's absolutely chucking it down in Glasgow today.
We're off to Tenerife on Saturday, so I wanted it sorted before then.
My daughter's getting married in August, so it's all go.
Did you see the match last night?
I'm just back from walking the dog.
We've got the grandkids staying this weekend.
It's been a scorcher down here in Perth, forty degrees yesterday.
I'm calling from the car, I'm parked up, don't worry.
You sound like you're up north, whereabouts are you?
Oh, my sister lives near Cork too.
I've just started a new job, so the hours are a bit different now.
The cricket's on in the background, sorry if it's noisy.
So how long have you been working there?
We were just talking about that on the podcast last week, funnily enough.
Thanks for having me on the show, it's great to be here.
So when we started the business it was just me and my brother in a garage.
I think the biggest change in the industry has been remote working.
Honestly, the first year of a startup is mostly learning what not to do.
What got you into podcasting in the first place?
Hey, long time no see, how's the new flat?
We should grab a coffee next week if you're around.
Did you end up going to Sarah's party?
My mum's been doing this pottery class, she loves it.
The kids have a half term next week so we'll be away.
I've been watching that new detective series, it's quite good.
Yeah, we had a barbecue on Sunday, first one of the year.
My knee's been playing up since the half marathon.
I'm learning Spanish at the moment, slowly.
The traffic on the M25 was bumper to bumper this morning.
I was reading about that in the paper this morning.
We've had a lot of rain, the garden's loving it.
My husband supports Leeds, so it's been a long season.
We're thinking of getting a puppy, a cockapoo maybe.
I used to work in a call centre myself, years ago.
its been lashing down all day here
were off to spain on saturday
did you see the match last night
im just back from walking the dog
weve got the grandkids this weekend
so how long have you worked there
thanks for having me on the show
yeah so we started it in my brothers garage basically
hey long time no see hows the new flat
we should grab a coffee next week
did you end up going to the party
i've been watching that new detective thing its quite good
my knees been playing up since the half marathon
the traffic was mental this morning like bumper to bumper
we're thinking about getting a puppy
oh my sister lives near cork too
the cricket's on in the background sorry
its been a scorcher forty degrees yesterday
yeah i used to work in a call centre myself
""", asr_share=0.3),
]

BLOCKS += [
    dict(label="distress", lines="""
I'm sorry, it's just that my little boy's asthma gets worse when the house is cold.
I've been on hold for an hour and ten minutes, I timed it.
I've explained this to four different people now.
Every time I get through, the line goes dead.
I've sent the same documents three times and you keep saying you haven't got them.
Nobody in your company seems to talk to each other.
It's like the left hand doesn't know what the right hand is doing.
I was told it would be sorted in forty-eight hours, that was a month ago.
Oh, super, another reference number, that'll fix it.
Yeah, because the last promise worked out so well.
Oh, you'll escalate it, will you, I've heard that one before.
Fantastic, so I have to start all over again.
Oh wonderful, the chatbot sent me here and you're sending me back to the chatbot.
I'm bitterly disappointed, I really am.
I'm not best pleased, I'll be honest.
It's not good enough, frankly.
I'm a bit annoyed, to be honest, it should've been here yesterday.
I'm rather upset about the tone of your letter.
It's a bit much, isn't it, charging me for your mistake.
I'm gutted, that was the last one in stock and you cancelled it.
I feel completely stupid now, I trusted that email.
I'm so ashamed, I've never been in debt in my life.
I can't afford this, I genuinely can't, and I don't know what to do.
I've got twelve pounds to last me till Friday and you've taken sixty.
The thought of Christmas with no money is making me ill.
I'm grieving and I really can't deal with automated menus right now.
My brother took his own life last month and I'm trying to sort his affairs.
We lost the baby in the spring and you're still sending us offers for nappies.
Every letter with her name on it just breaks my heart.
I'm at the end of my rope with this boiler, we've been freezing for a week.
I'm properly fed up of being lied to.
You lot couldn't organise a piss-up in a brewery.
Shocking, absolutely shocking, I've never known anything like it.
It's a scandal, what you're charging people.
I'm going to the ombudsman, I've had it.
I've had nothing but grief from you since I joined.
This is harassment, you've called me eleven times today.
I feel like I'm going mad, nobody believes me.
I'm really panicking, my flight's in three hours and the booking's disappeared.
My hands are literally shaking, the bank says there's nothing left in the account.
I'm in bits, honestly, I don't know where else to turn.
I'm just so tired of fighting for everything.
I'm exhausted, I've been up with the baby and now the power's out.
I feel like I'm banging my head against a wall.
I'm absolutely disgusted with how my mother was spoken to.
I'm shocked, genuinely shocked, that you'd do that to a vulnerable customer.
I'm quite distressed about this, actually.
I've got a knot in my stomach every time I log in.
I've had a cry in the car before ringing you, to be honest.
Please don't put me on hold again, I can't bear it.
I honestly want to throw this phone out the window.
It's just one thing after another with you.
I'm tearing my hair out here.
Forgive me, I'm just so on edge about all this.
Enough is enough, I want this fixed today.
I'm not being funny but this is a total shambles.
It's a flaming disgrace, so it is.
I'm absolutely scundered with the whole carry-on.
Ah, for God's sake, not again.
Jesus, Mary and Joseph, how hard can it be?
Yaar, I am totally fed up, three weeks and still no refund.
I am very much worried, sir, my father's account is frozen and he needs medicine.
I'm not a happy camper, let's put it that way.
Look, I'm trying to stay calm here but you're making it very hard.
I'm honestly losing the will to live with this call.
""", asr_share=0.3),
    dict(label="distress", lines="""
ive been on hold for over an hour i timed it
ive explained this to four different people now
every time i get through the line goes dead
ive sent the same documents three times
nobody talks to each other in your company
i was told forty eight hours that was a month ago
oh super another reference number
yeah because the last promise worked out so well
oh youll escalate it ive heard that before
im bitterly disappointed
im not best pleased to be honest
its not good enough frankly
im a bit annoyed it should have been here yesterday
i feel so stupid i trusted that email
i cant afford this i genuinely cant
ive got twelve pound till friday and youve taken sixty
im grieving i cant deal with these menus
every letter with her name on it breaks my heart
were freezing weve been freezing for a week
im properly fed up of being lied to
shocking absolutely shocking
ive had nothing but grief off you
youve called me eleven times today its harassment
im really panicking my flights in three hours
my hands are shaking theres nothing in the account
im in bits honestly
im just so tired of fighting for everything
its like banging my head against a wall
im disgusted how my mum was spoken to
please dont put me on hold again i cant bear it
im tearing my hair out here
enough is enough
ah for gods sake not again
i'm not a happy camper
um im trying to stay calm but like youre making it really hard
im losing the will to live with this
uh i'm so so stressed about it
its its just one thing after another
i am very much worried sir
honestly its a joke its an absolute joke
""", asr_share=0.0),
    dict(label="positive", lines="""
Oh, that's such a relief, I've been worrying all week.
Thank you so much, you've been an absolute star.
That's wonderful, I'll tell my husband, he'll be delighted.
Brilliant, I can finally stop chasing it.
You've been far more helpful than anyone else I've spoken to.
Thank you, dear, you've been very patient with an old lady.
Awesome, thanks so much, you guys rock.
Sweet, that's perfect, cheers.
Thank you so much, sir, very helpful, God bless you.
Thanks a lot, you have solved my problem very nicely.
Ah, you're a gem, thanks a million.
That's grand, thanks very much.
Lovely stuff, ta.
Good on ya, mate, thanks heaps.
No worries, that's ace, cheers.
Och, that's smashing, thanks very much, hen.
That's exactly what I needed to hear.
Honestly, that's the best service I've had from anyone this year.
I'll be sure to leave a nice review for you.
I'm so grateful, you have no idea.
Oh, bless you, that's really kind.
Thank you, that's taken a huge weight off my shoulders.
Great, that's really reassuring, thanks.
I'm delighted with that, thank you.
That's much better than I expected, thank you.
I really appreciate you going the extra mile.
Oh amazing, I didn't think you could do that.
Thanks for explaining it so clearly.
Please pass on my thanks to the engineer, he was lovely.
Perfect, you've been super helpful.
oh thats such a relief ive been worrying all week
thank you so much youre a star
brilliant i can finally stop chasing it
awesome thanks so much
thanks a lot you have solved my problem
ah youre a gem
thats grand thanks very much
lovely stuff ta
good on ya mate thanks heaps
thats exactly what i needed to hear
oh bless you thats really kind
thats taken a huge weight off my shoulders
um yeah thats great thank you so much
i really appreciate that i really do
oh amazing i didnt think you could do that
thanks for explaining it so clearly
perfect youve been super helpful
oh wow thats that's fantastic thank you
great thats really reassuring
cheers for your help today really appreciate it
""", asr_share=0.3),
]

BLOCKS += [
    dict(label="neutral", lines="""
My card was declined at the supermarket this morning, could you see why?
I got a text saying there's been a login from a new device, was that me setting up the tablet?
I'd like to report a fault on the line, there's a crackle when it rains.
The shower pump's making a whining noise but it still works.
The gate code for the building is one nine nine four.
The driver can leave it in the porch if nobody answers.
Please could you ask the courier to use the side entrance.
I'd like a refund to the original card rather than store credit.
Is there any compensation for the missed appointment?
I'd like to cancel the add-on, the sports package.
I'd like to downgrade to the basic package from next month.
Can I keep my number if I leave?
Could you give me my PAC code, please?
What's the notice period for cancelling?
How do I get the final bill once I've moved out?
The new tenant's name is Priya Shah, she moves in on the first.
I've got the closing reading here, it's zero eight seven one two.
I'd like to switch to paperless billing.
Could you split the bill between me and my flatmates?
Does the refund include the delivery charge?
I was told to expect a call back today, I'm just checking it's still on.
The washer arrived fine, I just can't find the manual.
The size is a bit small, can I exchange it for a medium?
The colour isn't quite what I expected, so I'd like to return it.
It says dispatched but hasn't moved since Tuesday, is that normal?
Do you need a photo of the damage?
I can send the receipt over by email.
I've attached the photos to the claim form already.
Is there a reference I should quote if I call again?
Who should I make the cheque payable to?
I want to increase my monthly payment to clear the arrears faster.
Can you tell me what the APR is on the loan?
Could I get a statement for the last twelve months for my mortgage application?
I'm a student, do you do a discount?
I'm registered blind, so could I get the bills in braille?
Speak a bit slower for me, love, my hearing's not what it was.
I'll just get my reading glasses.
My granddaughter set this up for me, I'm not sure of the password.
I'm seventy-nine, dear, I don't do the computer.
Could you write that down and post it to me, please?
I am calling from Pune regarding my international roaming pack.
My account was opened at the Andheri branch.
Sorry, my English is not so good, can you speak more slow?
I want to know, the package it is in customs or not?
I am asking for my mother, she don't speak English.
Is possible to change the date of delivery?
I have receive a letter but I don't understand what it means.
yeah my card was declined this morning can you see why
the shower pumps making a whining noise
can i keep my number if i leave
can i get my pac code please
whats the notice period
i'd like to switch to paperless
it says dispatched but it hasnt moved since tuesday
do you need a photo of the damage
i can email the receipt
who do i make the cheque out to
can i exchange it for a medium
sorry my english is not so good
is possible to change the date
um i'll just get my glasses
my granddaughter set it up i dont know the password
im just checking the call back is still on for today
the gate code is one nine nine four
the driver can leave it in the porch
i'm a student do you do a discount
""", asr_share=0.3),
    dict(label="positive", lines="""
Oh, that's a lovely surprise, thank you.
Right, that's me sorted, thanks a lot.
You've restored my faith in customer service, honestly.
Thank you for listening, it really helped.
That's very generous, thank you.
Oh good, I'm so pleased.
Excellent, that's a great help.
Thank you kindly, that's perfect.
Well, that was painless, thanks.
I'm made up with that, cheers.
Beautiful, thanks so much.
That's brilliant, I feel so much better.
Thanks ever so much for ringing me back.
Thank you very much for your cooperation, it is very helpful.
thanks for listening it really helped
oh good im so pleased
well that was painless thanks
im made up with that cheers
that's brilliant i feel so much better
thank you kindly
""", asr_share=0.3),
]
