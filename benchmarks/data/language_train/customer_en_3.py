"""Customer lines in English, third hand-written batch for the training corpus (see README.md).

Provenance: written on 2026-12-07 by a helper session started for the training corpus, by
hand, from general knowledge of contact-centre calls. Registers: UK regions, Irish,
Scottish, Welsh, US, Canadian, Indian, Pakistani, Nigerian, Ghanaian, Jamaican, South
African, Filipino, Singaporean, Australian and New Zealand English and the English of
non-native speakers, formal, chatty, terse and elderly; industries: energy and water,
telecoms and broadband, banking and cards, insurance, travel, retail and parcels, lettings,
healthcare administration, local government and pensions. About a third of the lines are
written as ASR output (lower case, no punctuation, fillers, a repeated word, an occasional
split or misheard word). Nothing was copied from a dataset, from the bundled sample calls or
from any evaluation set.

What the helper read: ``REPORT_CONTRACT.md`` (definitions), this folder's ``README.md``
(labelling rules) and ``agent_en_2.py`` / ``customer_en_2.py`` (module layout only; no
line was copied or paraphrased from them). What it did not read: the frozen blind sets
(``benchmarks/data/blind*/``), ``benchmarks/data/language_dev.json``, ``tests/`` and the
``callcoach`` package.

Layout as in ``customer_en_2.py``. ``label``: ``distress`` (an emotion shows: exasperation
stated through facts, grief and illness stated plainly, fear about money or health, idioms,
sarcasm; the first distress block carries no service noun), ``neutral`` (calm openings and
problem descriptions full of service nouns, identity answers, questions, negated feelings)
or ``positive`` (thanks, relief). ``asr_share`` as in the other batches: 0.0 for blocks
already written as ASR output.
"""

BLOCKS = [
    # ------------------------------------------ distress without a service noun
    dict(label="distress", lines="""
My husband died three weeks ago and I can barely think straight.
I've just been told the cancer's back.
I don't know how I'm going to feed the kids this week.
I've got forty quid to last me till the end of the month.
I'm at my wits' end.
I've had it up to here.
Oh, that's just wonderful, isn't it.
Great, so after all that I'm back at square one.
I'm going round the bend with all this.
Every single day this week, the same thing.
I've been up since four worrying about it.
My mum's in a hospice and I'm dealing with everything on my own.
I'm frightened we'll lose the house.
I can't keep doing this.
It's like talking to a brick wall.
You honestly couldn't make it up.
Fantastic, just what I needed today.
That's the fourth time someone's promised me that.
I'm shaking just talking about it.
The doctor says it might be serious and there's nobody here with me.
We buried our son last month.
I've no idea where the money's going to come from.
My heart sinks every time the phone goes.
Here we go again.
Marvellous, absolutely marvellous.
I'm sixty-eight and I've never been spoken to like that in my life.
It's been one thing after another since Christmas.
I've been crying all morning.
Oh yes, because that worked so well last time.
I'm running on empty here.
Don't tell me to calm down.
My wife's got dementia and I can't leave her for more than ten minutes.
I'm eight months pregnant and I'm in a right state.
Wahala upon wahala, every week something new.
Lah, why like that one, every time also same story.
I've been made redundant and I'm terrified.
My dad had a stroke on Saturday and I'm trying to sort out his affairs.
Is this some kind of joke?
I feel like nobody is listening to a word I say.
I've been fobbed off so many times I've lost count.
""", asr_share=0.3),
    # ------------------------------------- distress with service nouns, facts
    dict(label="distress", lines="""
That's the third engineer who hasn't turned up.
I've been on hold forty minutes every day this week.
The parcel has said out for delivery since Tuesday.
I've sent the death certificate four times now.
You've taken the payment twice and my rent's due on Friday.
The heating's been off for nine days and I've got a newborn.
Every time I ring I get a different answer about the refund.
Your app says delivered and my doorstep says otherwise.
Three chats, two emails and a letter, and still no refund.
My card was declined at the till in front of a queue of people.
The bill says I owe two thousand pounds and I live in a one-bed flat.
The flight's been moved three times and nobody told me once.
I'm on a prepayment meter, it's run out and the top-up won't go through.
The claim has been under review since June.
I was told the engineer would come between eight and one, and it's now half five.
I took a day's unpaid leave for a delivery that never came.
My pension payment hasn't arrived and I've got nothing in the bank.
The broadband's dropped every evening for a month and I work from home.
I was promised a callback on Monday, and on Wednesday, and on Friday.
Your letter calls my late wife the account holder and asks her to ring you.
The repair was marked complete and the ceiling is still dripping.
I've explained my situation to five different advisers today.
You cut off my water while I had a disabled child in the house.
The replacement laptop arrived with the same fault as the first one.
Somebody's been using my card in Lagos and your fraud line keeps hanging up on me.
I'm supposed to fly tomorrow and my passport renewal is still showing pending.
Your debt collectors are ringing my elderly mother about my account.
The council's missed our bins for the fourth fortnight in a row.
Oh lovely, another form to fill in, that'll fix it.
So the policy covers everything except the one thing that actually happened, brilliant.
The hospital's cancelled my dad's operation for the second time.
We've had no internet for eleven days and my daughter's got exams.
I've been charged a late fee on a bill you never sent me.
The tenancy deposit was due back in March and I've heard nothing.
My account's been frozen and I can't pay for my medication.
I'm a pensioner and your price rise means heating or eating.
The courier left my insulin on the doorstep in thirty-degree heat.
I've been a customer for twenty years and this is how you treat me.
Your system has me down as deceased, and I'm very much alive and very annoyed.
The overdraft charges have wiped out my whole pay packet.
It took me three hours to get through and the line went dead.
I've got bailiffs booked for Monday over a bill I've already paid.
The boiler engineer told me it's not safe and then just left.
I was meant to be at my sister's wedding and your airline stranded me in Singapore.
""", asr_share=0.3),
    dict(label="distress", lines="""
this is the third time i've rung about the the same bill
i've been on hold for like fifty minutes every single day
my dad passed and um i just can't deal with this right now
honestly i'm at the end of my rope you know
oh great another transfer brilliant
i can't afford this on top of everything i i really can't
nobody has rung me back not once
the engineer never came again i waited in all day
i'm so scared they're gonna take the car
you lot keep saying next week next week
my mum's in hospital and i've got no hot water
it's been six weeks for a re fund six weeks
i'm just i'm so tired of this
um the money's gone out twice and now i'm overdrawn
wow thanks that's really helpful not
i've told this story ten times today
my husband died and the account's still in his name and you keep writing to him
i don't know what to do anymore honestly
the parcel's lost again is it
i'm on my last tenner till payday
every time i call it's a different person and a different answer
i swear down if i get cut off again
the broadband's been off for a fortnight and i work from home
i was diagnosed last week and now this
me i'm tired oh every day same palaver
i'm fed up to the back teeth with it
the gas has been off since sunday and it's freezing
i've been cut off three times trying to get through today
my son died in march and you're still sending him letters
i'm really worried i won't make the rent this month
oh brilliant so i've gotta wait another week lovely
i can't sleep over this i'm that stressed
nobody ever tells me anything it's ridiculous
""", asr_share=0.0),
    # ------------------------------------------------------------- neutral
    dict(label="neutral", lines="""
Hi, I'm ringing about the refund for order 7731.
The engineer came on Tuesday and the line's working now, I just want to check the bill.
I'd like to change my direct debit date to the twentieth.
Can you tell me when my contract ends?
It's Sunita Rao, R-A-O.
My date of birth is the third of November 1975.
The postcode is G12 8QQ.
I'm not cross, I just need to know when.
I'm not upset, I'd just like it sorted.
Hello, I'm calling to book a boiler service.
I've moved house and need to give you a final meter reading.
The account number is 40551872.
I'd like to add my wife as a named person on the account.
Could you tell me what the early termination fee would be?
I received a letter about a smart meter upgrade and I'd like to book it.
The parcel arrived but one of the three boxes is missing.
My card's due to expire next month, will a new one be sent automatically?
I'm calling to report a streetlight that's out on Elm Grove.
The tracking number is JD0014 something, I'll read you the rest.
I want to switch from monthly to quarterly billing.
Can I pay the balance over the phone today?
I'm phoning on behalf of my father, he's here with me and happy for me to talk.
The router's showing an orange light since this morning.
I'm not angry, I just want to understand the charge.
What's the cheapest tariff for a two-bedroom house?
I'd like to cancel the travel insurance I bought last week, I'm still in the cooling-off period.
My flight number is EK 4, Dubai to Manila on the nineteenth.
I need a copy of last year's statements for my tax return.
Is there a charge for paying by credit card?
The first line of the address is 7 Harbour View.
Yes, that's me.
No, the number's the same.
It was about half past two yesterday afternoon.
I bought the fridge from your Dublin store in April.
I'd like to make a claim on my contents insurance for a broken television.
Do I need to be at home for the meter exchange?
I'd like to know if my prescription has been sent to the pharmacy.
My landlord says the gas safety certificate is with you.
I'm ringing to check whether the water in our area is safe to drink after the works.
The reference on my letter is HB-22917.
Can I change the name on the booking to my colleague's?
I want to report a change of circumstances for my council tax.
I'm not in a rush, I'd just like a date for my diary.
My mobile is 07700 900461.
I'd like to return a pair of boots, they're the wrong size.
Can you resend the activation code, I didn't get the text.
I'm calling from Ottawa about my account with your Toronto branch.
I'm phoning from Kumasi about a transfer to my sister's account.
I've got a question about the excess on my car policy.
Is the Wednesday slot morning or afternoon?
My son set up the account, so the email might be his.
The amount on the invoice is 3,200 pesos.
I'd like to upgrade my broadband to the faster package.
Do you deliver to Stewart Island?
Can you tell me what my current balance is?
I'd like to know the status of my planning application.
The wrong name's been printed on my bank card, can I get it corrected?
I've had a text saying my payment failed, can you check it?
The meter serial number ends in 0934.
I'd like to set up a payment plan for the arrears.
We're moving to Perth in July and want to transfer the service.
Can I get an itemised bill for March?
The leak is coming from under the kitchen sink.
My mother passed away in 2019 and I'm the executor, I'm calling to close her pension account.
I'm not worried, I'd just like confirmation in writing.
My rewards points haven't shown up from the last purchase.
Could you check whether my passport application has been received?
I've got the claim form in front of me, which box do I tick?
I'd like to query an estimated bill, I've got an actual reading here.
It's a Samsung, model ending 55Q.
I don't mind which engineer, whatever's first available.
I'm ringing about the invoice from the hire car in Auckland.
Can I pick up the order from the Orchard Road outlet instead?
Yes, you can call me back on this number.
Which documents do I need to send for the name change?
""", asr_share=0.3),
    dict(label="neutral", lines="""
hi um i'm ringing about a re fund for an order
yeah the engineer came tuesday and it's working i just wanna check the bill
it's uh mohammed m o h a m m e d
the postcode's b s three four r t
i'd like to change the the payment date please
my account number is um four four seven two
when does the um the contract run out
i'm not cross or anything i just need to know when
yeah that's the right address
so the parcel came but there's a box missing
i'm calling about the um the smart meter appointment
date of birth is the ninth of the ninth eighty four
i wanted to ask about moving my broadband to the new flat
is there a fee for for cancelling
i got a letter about my council tax and i just wanna check it
no that's fine you can go ahead
it's a two bedroom terrace
my flight's on the twelfth from lahore
the reference is uh k l nine nine two
i need to add my husband to the policy
i'm not upset or nothing just want it fixed
can i pay the bill now over the phone
um it's for the meter reading it says zero four five one two
i'm phoning for my nan she's here with me
the light on the router is flashing orange
yeah it's my name on the account
we're moving to wellington in august
how long does a re fund usually take
i'd like to return the jacket it's too small
what's my balance at the moment
no rush just whenever you get a slot
the water's a bit cloudy from the cold tap since the works
i'm calling about my pension statement
is it possible to to change the delivery address
okay and what's the next step
""", asr_share=0.0),
    # ------------------------------------------------------------- positive
    dict(label="positive", lines="""
That's a weight off my mind, thank you.
Oh thank goodness, I was dreading this call.
You've been brilliant, honestly.
Thanks so much, that's sorted everything.
I really appreciate you taking the time.
That's made my day, cheers.
Oh that's a relief, I can sleep tonight.
You're a star, thank you.
Much obliged, you've been very helpful.
Thank you, you've been so patient with me.
Finally, someone who actually knows what they're doing, thank you.
Bless you, that's wonderful news.
thank you so much you've been amazing
oh thank god that's such a relief
cheers mate that's perfect
thanks a million that's brilliant
ah sound that's grand so thanks a lot
wow okay thank you that's really helped
salamat po thank you very much
thank you eh you've been very kind
""", asr_share=0.0),
]
