"""Customer lines in English, written by hand for the training corpus (see README.md).

``label``: ``distress`` (the customer shows an emotion: frustration, anger, worry, upset,
grief, exasperation, sarcasm), ``neutral`` (a topic, a question, an answer, small talk,
confusion, a negated feeling) or ``positive`` (thanks, relief, praise).
"""

BLOCKS = [
    dict(label="distress", lines="""
I'm absolutely fuming about this.
This is the fourth time I've rung you this month.
I've had it up to here with your company.
I'm at my wits' end with this router.
Honestly, I'm so fed up I could cry.
I'm really worried we won't have heating for the baby.
My husband died last month and I don't know how to deal with any of this.
I lost my mum in March and I keep getting letters addressed to her.
I'm sick to death of being passed from pillar to post.
It's a complete joke, nobody ever calls back.
I can't believe you've done this to me again.
I'm past annoyed now, I'm just done.
I've been a customer for fifteen years and this is how you treat me.
This whole thing has been a total nightmare.
I'm so stressed, I haven't slept properly in days.
You've ruined my daughter's birthday.
Do you have any idea how upsetting this is?
I'm really anxious about the money going missing.
I just feel like nobody is listening to me.
I'm scared someone has got into my account.
I'm livid, absolutely livid.
I'm extremely disappointed with how this has been handled.
I'm really not happy with how this has gone.
I can't say I'm impressed.
I'm not impressed, to be honest.
Well, that's just brilliant, isn't it.
Oh great, another week without internet, fantastic.
Marvellous, so I'm paying for nothing then.
Wonderful, just what I needed today.
Thanks for nothing, really.
I've been chasing my tail for weeks over this.
Every time I ring I get a different answer.
Why is it always me this happens to?
I'm completely exhausted by all this.
I'm so upset, I was relying on that delivery.
I feel like I'm being ripped off.
This is doing my head in.
I'm going spare here, honestly.
I'm heartbroken, those were my dad's things.
I'm really struggling to keep it together.
Your lot are honestly unbelievable.
I want to speak to someone senior because this is a disgrace.
It's absolutely shocking service.
I'm panicking because the rent is due tomorrow.
My nerves are shot with all of this.
I've wasted my whole day waiting in for your engineer.
It's the third time I've had to call about the same thing.
Third call this week and still nothing.
Three separate people promised to ring me back and not one did.
I'm really frightened, my elderly father has no heating.
I'm so frustrated I could scream.
You've made a complete mess of my account.
I just want this sorted, I'm at breaking point.
It's been an absolute shambles from start to finish.
I feel totally let down.
I'm gutted, I saved for months for that holiday.
I'm so embarrassed, my card got declined in front of everyone.
I'm really upset that nobody told me.
This has caused me so much stress.
honestly im so fed up with this
im at the end of my rope here
ive phoned three times now about it
im really really annoyed
its a joke honestly
i cant take much more of this
im so angry i can barely talk
ive had enough of being fobbed off
my mum passed away and i need to close her account
im worried sick about it
youre all useless
nobody ever gets back to me its ridiculous
its like talking to a brick wall with you lot
this is absolutely ridiculous
im fuming mate
seriously im losing my patience
its been three weeks and im still waiting its not on
im not happy not happy at all
oh great that's just perfect isnt it
oh brilliant another excuse
i'm just so tired of chasing you
Sorry, I'm getting upset, it's just been such a long week.
Sorry, I don't mean to shout, I'm just so stressed.
I'm not angry at you, I'm angry at the situation.
I'm so disappointed, I expected better from you.
It's unacceptable to leave a pensioner without water.
I'm really hurt by how I've been spoken to.
I can't believe I have to explain this all again.
Every single month there's a problem with the bill.
I'm in tears here, I really am.
It's been a horrible week and this is the last straw.
I'm dreading opening the post now.
This is making me ill with worry.
I'm so let down, I trusted you.
I really resent paying for something that doesn't work.
How hard can it be to deliver a parcel?
Why is it so difficult to get a straight answer?
""", asr_share=0.3),
    dict(label="neutral", lines="""
Hi, I'm calling about an order I placed last Tuesday.
Can you tell me when the engineer is coming?
I've got a question about my electricity bill.
I'd like to check the balance on my account.
I'm ringing about my parcel, the tracking hasn't updated.
Hello, I'd like to change my delivery address.
Can you tell me how much the early exit fee is?
I need to update my direct debit details.
I'm phoning about the letter I got this morning.
When will my new card arrive?
I want to add my wife to the account.
Is it possible to move my appointment to next week?
I'd like to book a boiler service.
Could you explain the charges on my latest statement?
My order number is four five six seven.
It's the flat above the shop.
The postcode is M one four, five T Q.
My date of birth is the twelfth of June, nineteen eighty.
Yes, that's right, the one in Leeds.
No, it's the other address.
Yeah, that's me.
Okay, go on.
Sure, I'll hold.
Hang on, let me find the letter.
Give me a second, I'm getting my card.
It's a black Samsung, the bigger one.
I bought it from your Leeds store.
I paid by card, I think.
Do you deliver on Sundays?
What time does the depot close?
Am I able to settle the bill by phone?
I'm moving house at the end of the month.
I want to switch to the cheaper tariff.
How do I return something I bought online?
I'd like to cancel my gym membership, please.
I'm calling to report a change of circumstances.
Can you send me a copy of the contract?
I have a question about my pension.
I'm just checking whether my payment went through.
Could you tell me when my parcel will be delivered?
I need a new SIM card for my daughter.
Can I upgrade my phone early?
What's the number for the claims team?
I'm calling on behalf of my father, he's here with me.
My reference is A B C one two three.
I think it was the fourteenth.
It started on Monday morning.
The light on the router is flashing orange.
I've tried turning it off and on.
The serial number is on the back, hang on.
Right, okay.
Mm, okay.
Okay, and then what?
So what happens next?
I'm not upset, I just want to know what's happening.
I'm not cross, I just don't follow the letter.
I'm a bit confused about which form to fill in.
I don't really understand the new tariff, can you explain it?
Sorry, what was the last part?
Sorry, what was the reference again?
Sorry, I was miles away.
Sorry, you're very faint, what did you say?
It's for my son, he's starting university.
We're going on holiday next week, actually.
The weather's been awful here today.
I'm calling from work so I might have to go suddenly.
My neighbour recommended you.
I've been with you about five years.
hi im phoning regarding the bill i got
i just wanted to check when my order is coming
yeah its the one ending four two
can you tell me the balance
i want to change my address
i have a question about my contract
okay thats fine
yes thats correct the flat number
no not that one the other one
hang on a sec
my postcode is b one one
it was about two weeks ago
the tracking number is on the email
i placed an order a couple of weeks ago
i'm ringing about the parcel
what time will the engineer come
do you have it in blue
how much would it cost to upgrade
i'd like to pay off the balance
is the store open on bank holidays
im not angry i just need to know
i'm just a bit confused that's all
sorry can you say that again
so is that this week or next
i'd like to speak to the billing team please
Can you check if the refund has been processed?
I'd like to know the status of my claim.
Is there a fee for paying by card?
Could you resend the confirmation email?
I want to make a payment towards my arrears.
I received a parcel addressed to someone else.
I need to report a lost card.
My card is fine, I just want a second one for my partner.
I think I need a new router, the old one is from twenty fifteen.
""", asr_share=0.3),
    dict(label="positive", lines="""
Oh, that's brilliant, thank you so much.
Thank you, that's a weight off my mind.
That's a relief, honestly.
You've been really helpful, thanks.
Perfect, that's sorted then.
That's great news, thank you.
Thanks, I really appreciate your help.
Brilliant, thanks for sorting that.
Oh lovely, thank you ever so much for that.
That's so kind of you.
You've made my day, thank you.
Fantastic, that's exactly what I wanted.
Great, that works for me.
Thank you, you've been very patient with me.
Thanks, that's much better.
I'm really pleased, thank you.
Ah, that's good to hear.
Smashing, cheers.
Thank goodness for that.
Right, that's fine, thanks very much.
Excellent, thank you for your help today.
thanks so much thats great
oh brilliant thank you
thats a relief
youve been really helpful
perfect thanks
cheers mate thats sorted
lovely thanks very much for that
oh thank god
that's great thank you
no that's fine thanks
that's all good thank you
Thank you for being so understanding.
I'm happy with that.
Okay, I feel a lot better now.
That's fair enough, thank you.
Oh, you're a star.
""", asr_share=0.3),
]

BLOCKS += [
    dict(label="neutral", lines="""
Yes, the email is sam dot jones at example dot com.
It's J for juliet, O, N, E, S.
The card ends in seven seven one.
My mobile is oh seven nine one two, three four five six.
It's the house on the corner, number fourteen.
The account is in my husband's name.
I think it's the March bill, the one for sixty pounds.
We moved in last September.
It's a Bosch, the silver one.
I ordered it on the website on Monday.
The reference is on the top of the letter, hang on.
The tracking says out for delivery.
It was the Manchester branch.
I usually pay by direct debit.
Is that the one that comes by text?
Could you email it rather than post it?
What's the difference between the two plans?
Does that include the line rental?
How many days does a transfer take?
I'm calling for my mum, she's given permission.
I'd like to make a complaint, please.
I'd like to register a complaint about the installer.
Honestly it's okay, mistakes happen.
That's okay, no rush.
No, that's everything.
Okay, so the engineer comes Tuesday then.
Right, and I'll get a text?
I'll need to check with my partner first.
Can I ring back later with the number?
I'm at work at the moment, so I can't check.
Hold on, someone's at the door.
I'm not sure, maybe the fifth?
I've got the letter here somewhere.
What do you need from me?
Which button do I press?
It's showing a green light now.
The screen says error forty two.
Would you like the serial number?
So do I need to send it back?
Hello, is that customer services?
Hi, I was told to ring this number.
I want to speak to someone about my mortgage.
I'd like to speak to a manager, please.
Can I speak to the person who handled it yesterday?
Is there a way to get a copy of my statement?
My parcel hasn't come yet, is there any update?
I've noticed a charge I don't recognise, can you tell me what it is?
The fridge you delivered is making a humming noise, is that normal?
The engineer's due today, do you know what time?
I was charged twice this month, can you check what happened?
My internet is a bit slow in the evenings, can you look?
I think there's a mistake on my bill.
The item arrived but the box is a bit dented.
yes its sam at example dot com
the card ends seven seven one
its number fourteen
its in my husbands name
it was the leeds branch
so do i send it back
okay so tuesday then
whats the difference between them
no thats everything
ah its fine stuff happens
i'd like to make a complaint please
can i speak to a manager please
i think theres a mistake on my bill
my parcel hasnt come yet any update
the engineers due today what time
""", asr_share=0.2),
    dict(label="distress", lines="""
I've been charged twice and nobody seems to care.
You charged me for a subscription I cancelled months ago, it's outrageous.
They swore it'd be done by Friday and of course it wasn't.
The replacement is broken as well, I can't believe it.
The man I spoke to yesterday hung up on me, I was so upset.
The new fridge is already leaking and I'm fed up.
My claim has been open two months, I'm losing all faith in you.
The car you sent was filthy, honestly, I was disgusted.
Everything in the parcel is soaked, what a mess.
I'm gobsmacked at how badly this has gone.
I just feel so helpless with all this.
I'm really anxious, I've got no idea where my money's gone.
I'm shaking, someone's used my card.
I can't sleep for worrying about the debt letters.
My son was in tears because his present didn't come.
I'm furious that nobody warned me about the fee.
I'm sick of being treated like a number.
Honestly, I'm exhausted with all the back and forth.
I'm really hurt that you'd accuse me of lying.
Absolutely pathetic, the whole lot of it.
Why am I always the one who has to chase?
I can't keep taking time off work for this.
It's been a month and I'm still waiting, it's not good enough.
Are you kidding me? Again?
Unbelievable, the same problem again.
Oh, fantastic, now the app's broken too.
Typical, absolutely typical.
Well, that's just perfect, thanks a lot.
Brilliant service as usual, not.
It's all just one excuse after another.
im furious they didnt warn me
honestly im exhausted with it all
are you kidding me again
typical absolutely typical
its one excuse after another
my son was in tears
im so anxious about the money
i cant sleep for worrying
its been a month and im still waiting its not good enough
the replacements broken as well i cant believe it
""", asr_share=0.2),
    dict(label="positive", lines="""
Oh, that's really put my mind at ease.
Great, you've been a big help.
Wonderful, I wasn't expecting that, thank you.
Thanks so much, I'll look out for the email.
Ah, thank you, that's brilliant news.
That's very fair, thank you.
I'm glad that's sorted.
You've been lovely, thank you.
Cheers, that's great.
Thank you for your help, really.
Oh thank you, that's so kind.
Okay, that's fine, I appreciate that.
that's put my mind at rest thanks
great youve been a big help
im glad thats sorted
youve been lovely thank you
thanks a million
""", asr_share=0.2),
]

BLOCKS += [
    dict(label="distress", lines="""
I'm really scared, there are payments on my card I never made.
I'm so worried, my pension hasn't gone in and I've got bills due.
I'm terrified of losing the house over this.
I feel sick about it, honestly.
I've been crying all morning over this.
My dad's just died and I can't face ringing round everyone.
It's only been two weeks since the funeral and I'm getting final demands.
I'm at the end of my patience with this whole thing.
I'm so done with being messed around.
It's gone way past a joke at this stage.
I'm livid, I took a day off work for nothing.
This is the third week running I've had to chase it.
Fourth call, same story, nothing done.
Are you actually serious right now?
Oh, that's just marvellous, isn't it.
Well, that's great, really helpful, thanks.
Lovely, so I'm stuck without internet again.
I'm not impressed with any of this.
I can't say I'm happy about that at all.
I'm not thrilled, put it that way.
I'm worried sick about my mum being without heating.
It's really upsetting to be treated like this.
I'm so stressed I can't think straight.
I'm honestly at breaking point with you lot.
I'm fuming, absolutely fuming.
This has ruined our whole holiday.
Do you know how humiliating that was?
You've made me look a fool in front of my landlord.
I feel completely let down and ignored.
im scared someone's been in my account
im so worried about the money
my dads just died and im getting all these letters
im at breaking point with it
oh thats just marvellous
fourth call same story
im not thrilled put it that way
ive been crying all morning
I need to close my late husband's account, what do I need to send?
My father passed away last year and I need to update the name on the bill.
i need to close my late husbands account what do i need
""", asr_share=0.2),
    dict(label="neutral", lines="""
Hi, I'm ringing about a direct debit I set up last month.
Hello, I'd like to ask about the roaming charges on my plan.
I'm calling because I need to book a blood test.
I need to update the address on my driving licence.
I'm phoning to check the status of my passport application.
Can you tell me how to claim on my travel insurance?
I've got a question about the charge for the extra bag.
I'd like to know why my bill is different this month.
Could you explain what this estimated reading means?
I'm calling about my mum's account, I've got power of attorney.
Hi, I've had a letter about a meter exchange, what do I need to do?
Good morning, is this the right line for lost cards?
I'm just calling to pay my council tax.
I've been asked to ring you about my repeat prescription.
Can I book a GP appointment for next week?
Could I get a call back from the claims team?
I wanted to find out when the sale ends.
When's the next delivery slot you have?
My card's been swallowed by a cash machine, what happens now?
It's about the flight on the twelfth, I need to change the name.
I think my internet bill went up, could you check?
The engineer left a card saying he'll come back, when will that be?
Hiya, I'm after some information about broadband deals.
i need to book a blood test
im calling about my mums account i have power of attorney
good morning is this the lost cards line
could you explain the estimated reading
when is the next delivery slot
hiya im after some info on broadband deals
""", asr_share=0.2),
    dict(label="positive", lines="""
Phew, what a relief, ta very much.
Brilliant, that's really kind, thanks.
That's perfect, I'm really grateful.
Thanks so much, you've sorted it.
Great stuff, cheers for that.
You've been brilliant, honestly.
Aw, thank you, that's made my day.
great stuff cheers
youve been brilliant honestly
aw thanks thats made my day
""", asr_share=0.2),
]
