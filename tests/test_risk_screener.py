"""The rule screener, table-driven: every category of the crisis protocol.

Each row is a message written for this table (no dataset text), the exact
level the protocol asks for, and the reason ids that must be among the
reasons given. The protocol's boundary rules are pinned here: a plain
first-person wish to die is high; softened wishes are concern; a recurring
thought of a method is high and becomes imminent with intent, preparation or
a time; a clear joke about something trivial is at most concern.
"""

from __future__ import annotations

import pytest

from bot.domain import RiskLevel
from bot.risk.matching import RuleIndex
from bot.risk.normalize import fold
from bot.risk.rules import rule
from bot.risk.screener import CONTEXT_WINDOW, REASONS, RuleScreener

NONE, CONCERN, HIGH, IMMINENT = (
    RiskLevel.NONE,
    RiskLevel.CONCERN,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)
SCREENER = RuleScreener()
ZW = "\u200b"  # zero-width space

# (message, level, reasons that must be given)
CASES: list[tuple[str, RiskLevel, str]] = [
    # -- explicit ideation: high ----------------------------------------------
    ("I want to die", HIGH, "ideation"),
    ("i wanna die", HIGH, "ideation"),
    ("I want to be dead.", HIGH, "ideation"),
    ("Honestly I just want to die", HIGH, "ideation"),
    ("I want to kill myself", HIGH, "ideation"),
    ("I keep thinking about killing myself", HIGH, "ideation"),
    ("I've been thinking about suicide a lot lately", HIGH, "ideation"),
    ("I'm suicidal", HIGH, "ideation"),
    ("feeling suicidal again", HIGH, "ideation"),
    ("I don't want to live anymore", HIGH, "ideation"),
    ("I do not want to be alive", HIGH, "ideation"),
    ("I should just kill myself", HIGH, "ideation"),
    ("Maybe I should end my life", HIGH, "ideation"),
    ("I'm thinking about ending it all", HIGH, "ideation"),
    ("I feel like killing myself", HIGH, "ideation"),
    ("I deserve to die", HIGH, "ideation"),
    ("what if I just killed myself", HIGH, "ideation"),
    ("I can't stop thinking about suicide", HIGH, "ideation"),
    ("suicide feels like the only option for me", HIGH, "ideation"),
    ("my mind keeps going to suicide", HIGH, "ideation"),
    ("I wish I had the courage to end it all", HIGH, "ideation"),
    ("I'm so close to ending my life", HIGH, "ideation"),
    # -- intent, plan, timeline, means, goodbye: imminent -----------------------
    ("I'm going to kill myself", IMMINENT, "ideation intent"),
    ("I'm going to kill myself tonight", IMMINENT, "intent timeline"),
    ("I am going to end my life tonight", IMMINENT, "timeline"),
    ("I want to die today.", IMMINENT, "timeline"),
    ("I'll kill myself when everyone is asleep", IMMINENT, "timeline"),
    ("I have a plan to kill myself", IMMINENT, "plan"),
    ("I've been planning how to end my life", IMMINENT, "plan"),
    ("I want to die and I've been saving up my pills", IMMINENT, "means"),
    ("I wrote my suicide note", IMMINENT, "goodbye"),
    ("This is goodbye. I love you all.", IMMINENT, "goodbye"),
    ("By the time you read this I'll be gone", IMMINENT, "goodbye"),
    ("I won't be here tomorrow", IMMINENT, "goodbye"),
    ("I tied a noose", IMMINENT, "means"),
    ("I just took 40 pills", IMMINENT, "attempt"),
    ("I'm standing on the bridge right now", IMMINENT, "attempt"),
    ("I cut too deep and it won't stop bleeding", IMMINENT, "attempt"),
    ("how many pills would it take to kill me", IMMINENT, "method"),
    ("how do I kill myself", IMMINENT, "method"),
    ("I want to die. I have a plan.", IMMINENT, "plan"),
    ("I tried to kill myself last night", IMMINENT, "attempt"),
    ("I have the pills counted out and I'm going to take them tonight", IMMINENT, "means"),
    ("Goodbye everyone. Thank you for everything.", IMMINENT, "goodbye"),
    # -- methods without intent, place or time: high ---------------------------
    ("I keep thinking about jumping off the bridge", HIGH, "method"),
    ("I keep thinking about jumping off the bridge tonight", IMMINENT, "method timeline"),
    ("I want to hang myself", HIGH, "method"),
    ("I'm going to hang myself", IMMINENT, "intent method"),
    ("sometimes I think about overdosing", HIGH, "ideation"),
    ("I could just walk into traffic", HIGH, "method"),
    ("what's the lethal dose of paracetamol", HIGH, "method"),
    ("what is the most painless way to die", HIGH, "method"),
    ("I've been hoarding my meds", IMMINENT, "means plan"),
    # -- self-harm: high ---------------------------------------------------------
    ("I want to hurt myself", HIGH, "self_harm"),
    ("I cut myself last night", HIGH, "self_harm"),
    ("I've started cutting again", HIGH, "self_harm"),
    ("I keep burning my arm with a lighter", HIGH, "self_harm"),
    ("I relapsed on self harm", HIGH, "self_harm"),
    ("the urge to cut is so bad today", HIGH, "self_harm"),
    ("I've been self-harming for months", HIGH, "self_harm"),
    ("I'm going to cut myself tonight", HIGH, "self_harm"),
    # -- slang and obfuscation ----------------------------------------------------
    ("kms", HIGH, "slang"),
    ("I'm gonna kms", HIGH, "slang"),
    ("i should kys", HIGH, "slang"),
    ("I want to unalive myself", HIGH, "slang"),
    ("thinking about sewer slide", HIGH, "slang"),
    ("I might commit sewerslide", HIGH, "slang"),
    ("time to rope", HIGH, "slang"),
    ("i just wanna self delete", HIGH, "slang"),
    ("I want to an hero", HIGH, "slang"),
    ("an hero", CONCERN, "slang"),
    ("k1ll mys3lf", HIGH, "ideation"),
    ("i want to k i l l myself", HIGH, "ideation"),
    ("s.u.i.c.i.d.e is all i think about", HIGH, "ideation"),
    ("im 5uicidal", HIGH, "ideation"),
    ("im $uicidal", HIGH, "ideation"),
    ("i feel sucidal", HIGH, "ideation"),
    (f"I want to d{ZW}ie", HIGH, "ideation"),
    (f"k{ZW}i{ZW}l{ZW}l my{ZW}self", HIGH, "ideation"),
    ("I want to diiiiie", HIGH, "ideation"),
    ("I WANT TO KILL MYSELF!!!", HIGH, "ideation"),
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", HIGH, "ideation"),
    ("\u202eflesym llik ot tnaw i\u202c", HIGH, "ideation"),
    ("#killmyself", HIGH, "ideation"),
    ("i want to die 🔪", HIGH, "method"),
    ("🔪🩸", CONCERN, "method"),
    # -- jokes about trivial things: at most concern ---------------------------
    ("kms lol", CONCERN, "joking"),
    ("lost the game again kms 💀", CONCERN, "joking"),
    ("this exam is so hard i want to die lol", CONCERN, "joking"),
    ("my haircut is awful, gonna kms 😂", CONCERN, "joking"),
    ("I'm going to kill myself if I have to hear that song again lmao", CONCERN, "joking"),
    # -- idioms and hyperbole: none -------------------------------------------------
    ("this commute is killing me", NONE, "idiom"),
    ("I'm dying to see that movie", NONE, "idiom"),
    ("I'm dead tired", NONE, "idiom"),
    ("my phone died", NONE, "idiom"),
    ("I'd kill for a coffee right now", NONE, "idiom"),
    ("I overdosed on coffee today", NONE, "idiom"),
    ("that's the hill I'll die on", NONE, "idiom"),
    ("I killed it at work today", NONE, "idiom"),
    ("I want to die of embarrassment", NONE, "idiom"),
    ("I'd rather die than go to that party", NONE, "idiom"),
    ("I nearly died laughing", NONE, "idiom"),
    ("I'm dead 💀 that video", NONE, ""),
    ("my feet are killing me", NONE, "idiom"),
    ("I cut myself shaving", NONE, "idiom"),
    ("I hurt myself at the gym", NONE, "idiom"),
    ("I'm bored to death", NONE, "idiom"),
    ("this song makes me want to die", NONE, "media"),
    ("I could die happy after that concert", NONE, ""),
    ("that joke killed me", NONE, ""),
    ("I need to cut my hair", NONE, ""),
    ("I want to dye my hair", NONE, ""),
    ("my plant is dying", NONE, "idiom"),
    ("you should kys", NONE, "idiom"),
    # -- negation: none -----------------------------------------------------------------
    ("I'm not going to hurt myself", NONE, "negated"),
    ("I would never kill myself", NONE, "negated"),
    ("I'm not suicidal, just sad", NONE, "negated"),
    ("I don't want to die", NONE, "negated"),
    ("I'm not thinking about suicide", NONE, "negated"),
    ("I won't kill myself, I promise", NONE, "negated"),
    ("I don't want to hurt myself anymore", NONE, "negated"),
    ("no quiero morir", NONE, "negated"),
    ("não quero morrer", NONE, "negated"),
    ("je ne veux pas mourir", NONE, ""),
    ("ich will nicht sterben", NONE, ""),
    ("I'm trying not to kill myself", HIGH, "ideation"),
    # -- the past: concern, or none when they are okay now -------------------------
    ("years ago I tried to kill myself, I'm okay now", NONE, "past"),
    ("two years ago I was suicidal, I'm okay now", NONE, "past"),
    ("I used to cut myself in high school", CONCERN, "past"),
    ("when I was 15 I wanted to die", CONCERN, "past"),
    ("I was suicidal in my teens but I'm in a better place now", NONE, "past"),
    ("I stopped cutting two years ago", NONE, ""),
    ("I've been clean from self harm for 3 years", NONE, ""),
    ("I tried to kill myself", HIGH, "attempt"),
    # -- someone else: concern with third_party, or none for a story ----------------
    ("my friend said she wants to die", CONCERN, "third_party"),
    ("my friend is suicidal and I don't know what to do", CONCERN, "third_party"),
    ("my brother keeps talking about killing himself", CONCERN, "third_party"),
    ("I'm worried my sister cuts herself", CONCERN, "third_party"),
    ("my girlfriend tried to kill herself last week", CONCERN, "third_party"),
    ("the show is about a girl who wants to kill herself", NONE, "media"),
    ("in the book the main character kills himself", NONE, "media"),
    ("the episode where he wants to die made me cry", NONE, "media"),
    ("people who want to die need support", NONE, ""),
    ("my uncle died when I was little", NONE, ""),
    # -- passive wishes, burden, hopelessness: concern ---------------------------------
    ("I wish I could sleep and not wake up", CONCERN, "passive_wish"),
    ("I wouldn't mind if I didn't wake up tomorrow", CONCERN, "passive_wish"),
    ("Sometimes I wish I was dead", CONCERN, "passive_wish"),
    ("I wish I had never been born", CONCERN, "passive_wish"),
    ("I want to disappear", CONCERN, "passive_wish"),
    ("I'm tired of living", CONCERN, "passive_wish"),
    ("I'd be better off dead", CONCERN, "passive_wish"),
    ("I don't want to wake up", CONCERN, "passive_wish"),
    ("passively suicidal lately", CONCERN, "passive_wish"),
    ("Everyone would be better off without me", CONCERN, "burden"),
    ("I'm such a burden to everyone", CONCERN, "burden"),
    ("nobody would miss me", CONCERN, "burden"),
    ("no one would care if I died", CONCERN, "burden"),
    ("I'm a waste of space", CONCERN, "burden"),
    ("What's the point of living anymore", CONCERN, "hopeless"),
    ("There's no reason to live", CONCERN, "hopeless"),
    ("I have nothing to live for", CONCERN, "hopeless"),
    ("I can't take it anymore", CONCERN, "hopeless"),
    ("I can't go on like this", CONCERN, "hopeless"),
    ("I feel hopeless", CONCERN, "hopeless"),
    ("life isn't worth living", CONCERN, "hopeless"),
    ("I see no way out", CONCERN, "hopeless"),
    ("I want to end it", CONCERN, "hopeless"),
    ("I just want it all to end", CONCERN, "passive_wish"),
    # -- sad, not suicidal: none -----------------------------------------------------------
    ("I lost my job and I feel awful", NONE, ""),
    ("my girlfriend broke up with me", NONE, ""),
    ("I feel so lonely", NONE, ""),
    ("everything feels bleak and pointless", NONE, ""),
    ("I wish this sadness would go away", NONE, ""),
    ("I'm scared it will never get better", NONE, ""),
    ("I'm barely getting through each day", NONE, ""),
    ("*sighs heavily* I don't know what to do anymore", NONE, ""),
    ("I hate my job", NONE, ""),
    ("I'm so tired", NONE, ""),
    ("I don't want to go to work tomorrow", NONE, ""),
    ("I don't want to live with my parents anymore", NONE, ""),
    ("I want to disappear for a week and sleep", NONE, ""),
    ("I have a plan for the weekend", NONE, ""),
    ("tell me why i shouldnt get a second cat", NONE, ""),
    (
        "codeine sleep meds alcohol tell me why i shouldnt, i am hopeless and ready to give up",
        IMMINENT,
        "intent",
    ),
    ("tonight I'm going to watch a movie", NONE, ""),
    ("I have pills for my headache", NONE, ""),
    ("Is it normal to cry this much?", NONE, ""),
    ("", NONE, ""),
    ("   ", NONE, ""),
    ("😭😭😭", NONE, ""),
    ("988", NONE, ""),
    # -- other languages -----------------------------------------------------------------------
    ("quiero morir", HIGH, "ideation"),
    ("me quiero matar", HIGH, "ideation"),
    ("ya no quiero vivir", HIGH, "ideation"),
    ("me voy a matar esta noche", IMMINENT, "intent timeline"),
    ("ojalá estuviera muerta", CONCERN, "passive_wish"),
    ("je veux mourir", HIGH, "ideation"),
    ("je veux me suicider", HIGH, "ideation"),
    ("je ne veux plus vivre", HIGH, "ideation"),
    ("je vais me tuer ce soir", IMMINENT, "intent timeline"),
    ("je suis un fardeau", CONCERN, "burden"),
    ("ich will sterben", HIGH, "ideation"),
    ("ich will mich umbringen", HIGH, "ideation"),
    ("ich möchte nicht mehr leben", HIGH, "ideation"),
    ("ich bringe mich heute Nacht um", IMMINENT, "intent timeline"),
    ("ich habe Selbstmordgedanken", HIGH, "ideation"),
    ("quero morrer", HIGH, "ideation"),
    ("eu quero me matar", HIGH, "ideation"),
    ("não quero mais viver", HIGH, "ideation"),
    ("vou me matar hoje à noite", IMMINENT, "intent timeline"),
    ("sou um peso para todos", CONCERN, "burden"),
    # -- long messages with the risk in the middle ---------------------------------------
    (
        "Work was long today and the bus was late again, so I got home after dark. "
        "My sister called about the holidays and I didn't pick up. Honestly I want to kill "
        "myself, I'm so tired of all of it. Anyway, I made pasta and watched an old show "
        "until midnight, and now I can't sleep.",
        HIGH,
        "ideation",
    ),
    (
        "I've been trying to keep busy. I cleaned the kitchen, answered emails, and took the "
        "dog out twice. I have a plan and I'm going to do it tonight when everyone is "
        "asleep. The weather was nice at least, and the neighbour waved at me.",
        IMMINENT,
        "plan",
    ),
    (
        "My therapist asked how the week went and I said fine, because what else do you "
        "say. The truth is I'm such a burden to everyone around me and they'd be better off "
        "without me. Then we talked about sleep hygiene for twenty minutes.",
        CONCERN,
        "burden",
    ),
    (
        "Long day. My phone died at lunch, the printer jammed twice, and the meeting was "
        "killing me. I'd kill for a quiet weekend. Dinner was good though, and I finally "
        "finished that book I started in spring.",
        NONE,
        "idiom",
    ),
    # -- phrasings found missing by a blind re-annotation of the dev split --------
    ("honestly all I want anymore is to not exist", HIGH, "ideation"),
    ("the one reason I haven't ended it is my little brother", HIGH, "ideation"),
    ("my cat is the only thing stopping me from ending it", HIGH, "ideation"),
    ("i just want out of this life", HIGH, "ideation"),
    ("some nights I think about leaving this world", HIGH, "ideation"),
    ("i keep picturing crashing my car into the divider", HIGH, "ideation"),
    ("I wish I hadn't survived", HIGH, "attempt"),
    ("I almost hanged myself an hour ago", IMMINENT, "attempt"),
    ("there's a cord around my neck right now", IMMINENT, "attempt"),
    ("is drowning a peaceful way to go", HIGH, "method"),
    ("how long does it take to bleed out", HIGH, "method"),
    ("I have a whole bottle of my sleeping pills, would it kill me?", HIGH, "method"),
    ("are these enough pills?", HIGH, "means"),
    ("I need a quick and painless method.", HIGH, "method"),
    ("I have nothing to live for. tonight is my last night", IMMINENT, "goodbye"),
    ("everyone would be better off without me. I'll be gone by morning", IMMINENT, "goodbye"),
    ("I'm a burden to everyone, and I'm saving up for a revolver", IMMINENT, "means"),
    ("I have an urge to shove the glass into my throat", HIGH, "self_harm"),
    ("there are fresh cuts on my ankle again", HIGH, "self_harm"),
    ("🎤 so cut my wrist and black my eyes", NONE, "idiom"),
    ("tomorrow is my last day at the bakery, bittersweet", NONE, ""),
    ("tonight is my last night in Lisbon", NONE, ""),
    ("the only thing I haven't done is the dishes", NONE, ""),
    ("would it kill you to text back", NONE, ""),
    ("finally pulled the trigger on a new bike", NONE, ""),
    ("I'll be gone by Friday, visiting my aunt", NONE, ""),
    ("put the receipt in my chest pocket", NONE, ""),
    ("I want out of this group chat lol", NONE, ""),
    ("how long would it take me?", NONE, ""),
    ("running low on meds, is this enough pills for the week", NONE, ""),
    ("lol I just shot myself in the foot with that email", NONE, ""),
    ("I want to leave this world a better place", NONE, ""),
    ("I keep thinking about how I would do it differently", NONE, ""),
    ("I wish I hadn't survived that exam", NONE, ""),
    ("the only thing stopping me from doing it is money", NONE, ""),
    ("had to push through my chest pain on the run", NONE, ""),
    ("felt my heart sink into my stomach", NONE, ""),
    ("new burns on my arm from the oven", NONE, ""),
    ("how long does it take to hang a shelf", NONE, ""),
    # -- a second relabeling round on dev: swearing, counterfactuals, notes --------
    ("I want to fucking die", HIGH, "ideation"),
    ("all I want is to shove a knife into my freaking stomach", HIGH, "self_harm"),
    ("I would have killed myself by now if it wasn't for my dog", HIGH, "ideation"),
    ("suicide is still on the table for me", HIGH, "ideation"),
    ("I haven't ruled out suicide", HIGH, "ideation"),
    ("I'm scared I'll do something stupid to myself", HIGH, "self_harm"),
    ("I'm afraid I might do something drastic", CONCERN, "self_harm"),
    ("I spent the night typing up a suicide letter", IMMINENT, "goodbye"),
    ("I don't want my kids to be the ones who find my body", HIGH, "plan"),
    ("how long until no one will be able to resuscitate me", HIGH, "method"),
    ("I bought sodium nitrite. I can't do this anymore", IMMINENT, "means"),
    ("i just want out.", CONCERN, "passive_wish"),
    ("it would be so much easier to be dead", CONCERN, "passive_wish"),
    ("this fucking commute is killing me", NONE, "idiom"),
    ("I'm not going to go out and do anything to myself", NONE, ""),
    ("I did something stupid to my phone", NONE, ""),
    ("I think I did something to myself at the gym", NONE, ""),
    ("my mom would have killed me if she found out", NONE, ""),
    ("I would have killed myself laughing but the teacher was watching", NONE, ""),
    ("they found my body board in the garage", NONE, ""),
    ("a new 9mm for the range, finally", NONE, ""),
    ("I should be over it by now, it was just a breakup", NONE, ""),
    ("All I wanna do is die.", HIGH, "ideation"),
    ("the only thing i wanna do is overdose and die", HIGH, "ideation"),
    ("all I can think about is suicide", HIGH, "ideation"),
    ("I just swallowed like 15 random pills", IMMINENT, "attempt"),
    ("I'm going to take every pill in my pill bottle", IMMINENT, "method"),
    ("I got the gun. see ya on the other side", IMMINENT, "means goodbye"),
    ("I set a date. I can't do this anymore", IMMINENT, "plan"),
    ("I took 2 pills for my headache", NONE, ""),
    ("took all my meds this morning like the doctor said", NONE, ""),
    ("we set a date for the wedding!", NONE, ""),
    ("I said my goodbyes to grandma at the funeral", NONE, ""),
    ("all I think about is my ex dying in that crash", NONE, ""),
    # -- states that began in the past and go on; laughs about something else ------
    ("I've wanted to die since I was 11", HIGH, "ideation"),
    ("I've had suicidal thoughts for a few months now", HIGH, "ideation"),
    ("I've been suicidal in the past", CONCERN, "past"),
    ("I've felt suicidal before but I'm okay now", NONE, ""),
    ("haha that meme was great. anyway. honestly I want to die, every day is the same", HIGH, ""),
    ("I'm just ready to leave this world behind", HIGH, "ideation"),
    ("I want to leave this world behind for a week of camping", NONE, ""),
    # -- obfuscated and misspelled; lacking a reason; ready; relapse told as a streak ----
    ("I w a n t to d I e", HIGH, "ideation"),
    ("gonna kill myeslf tomorrow i think", IMMINENT, "timeline"),
    ("im 5minutes from ending it", IMMINENT, "timeline"),
    ("we are 5minutes from the station", NONE, ""),
    ("someone please just give me a reason not to end my life", IMMINENT, "ideation intent"),
    ("I just need a reason not to end my life", HIGH, "ideation"),
    ("I have a hundred reasons not to kill myself and my cat is one", NONE, "negated"),
    ("trying really hard not to cut myself right now", HIGH, "self_harm"),
    ("i'm ready for suicide. any tips", HIGH, "ideation"),
    ("is that cliff still an option for suicide or did they fence it", HIGH, "method"),
    ("how is suicide not the answer when it only gets worse", HIGH, "ideation"),
    ("suicide is not the answer, my therapist keeps reminding me", NONE, ""),
    ("is drowning too painful", HIGH, "method"),
    ("lost my 40 day streak without cutting tonight", HIGH, "self_harm"),
    ("I lost my streak on duolingo without even noticing", NONE, ""),
    ("I'd sooner be dead than keep living like this", CONCERN, "passive_wish"),
    ("I'd sooner be dead than wear that sweater", NONE, "idiom"),
    ("I want to end it now, there is nothing left", CONCERN, "hopeless"),
    ("I held my dad's rifle under my chin for an hour", IMMINENT, "attempt"),
    ("a man held a gun to my head during the robbery", NONE, ""),
    ("i'm going to jump off my balcony", IMMINENT, "method"),
    ("nice knowing you all, I'm done being a burden", IMMINENT, "goodbye burden"),
    ("it was nice knowing you, good luck at the new job!", NONE, ""),
    ("I have access to pills right here. If only I had the guts.", IMMINENT, "means intent"),
    ("If only I had the courage. She's so pretty", NONE, ""),
    ("I just want to give up and die", HIGH, "ideation"),
    ("honestly I'm on the verge of suicide", HIGH, "ideation"),
    ("I'm on the verge of tears over this exam", NONE, ""),
    ("my meds are the only thing between me and suicide", HIGH, "ideation"),
    ("the only thing between me and a promotion is this report", NONE, ""),
    ("I do not want to keep on living like this", HIGH, "ideation"),
    ("too weak to kill my own self, that's the truth", HIGH, "ideation"),
    ("I want out of the life I was handed", HIGH, "ideation"),
    ("what is the most painless way to go", HIGH, "method"),
    ("what's the fastest way to go downtown from here", NONE, ""),
    ("I feel hopeless. I want to do it tonight", IMMINENT, "intent"),
    ("I want to do it tomorrow, the taxes I mean", NONE, ""),
    ("just want to end it.", CONCERN, "hopeless"),
    ("typing my final good bye message. nobody would miss me", IMMINENT, "goodbye"),
    ("i wanna kill myself, not literally, this group project is a mess", NONE, "negated"),
    ("I want to die. Literally. I can't do this anymore", HIGH, "ideation"),
    ("he'd attempted suicide twice before we met", CONCERN, "third_party"),
    ("honestly I just want to drink myself to death", HIGH, "ideation"),
    ("all i want to do is end it. tonight might be the night", IMMINENT, "timeline"),
    ("tonight's the night! front row for the concert", NONE, ""),
    ("all I can think is suicide lately", HIGH, "ideation"),
    ("suicide still feels most optimal to me", HIGH, "ideation"),
    ("I told my doctor about the suicidal thoughts I've been having", HIGH, "ideation"),
    ("I feel so hopeless. should I just buy the poison", IMMINENT, "means"),
    ("we need to buy the poison for the rats in the garage", NONE, ""),
    # -- warning signs that are cues: a will, letters, things given away -------------
    ("I made my will and wrote letters to my kids", IMMINENT, "plan goodbye"),
    ("I made a will, my lawyer says it's smart at 40", NONE, ""),
    ("I feel like such a burden. I gave away my dog and all my games", IMMINENT, "plan"),
    ("gave away my old clothes to charity, the closet is so empty now", NONE, ""),
    ("I feel so hopeless today. gave my dog a bath at least", CONCERN, "hopeless"),
    ("I'm such a burden. you won't have to worry about me much longer", IMMINENT, "goodbye"),
    ("I can't do this anymore. it'll all be over soon", IMMINENT, "goodbye"),
    ("it'll be over soon, the exam is only two hours", NONE, ""),
    ("I've been researching ways to die", HIGH, "method"),
    ("we googled how to make fresh pasta", NONE, ""),
    ("I'm going to drive my car into a wall", IMMINENT, "method"),
    # -- written as people write in DMs: a blind audit's misses and false alarms ------
    ("i think about killing myself every single day now", HIGH, "ideation"),
    ("suicide is starting to sound like a good idea", HIGH, "ideation"),
    ("death seems like the only option left for me", HIGH, "ideation passive_wish"),
    ("i bought a rope today. i know what im doing with it", IMMINENT, "plan means"),
    ("i'm on the roof of my building and im going to jump", IMMINENT, "intent means"),
    ("tonight's the night i finally end it", IMMINENT, "intent timeline"),
    ("i have a gun and im gonna use it on myself", IMMINENT, "ideation intent method means"),
    ("i'm sitting in my car in the garage with the engine running", IMMINENT, "method"),
    ("i planned it all out, friday when my roommate is away", IMMINENT, "plan timeline"),
    ("ive got the blade ready and im going to do it tonight", IMMINENT, "intent means"),
    ("when you read this i'll already be dead", IMMINENT, "goodbye"),
    ("i have everything i need to end it and im doing it tonight", IMMINENT, "intent plan means"),
    ("ive been stockpiling my meds and tonight im taking them all", IMMINENT, "intent plan means"),
    ("i cut deep and theres a lot of blood and i dont care", IMMINENT, "attempt self_harm"),
    (
        "thank you for talking to me all these months. i wont be around after tonight",
        IMMINENT,
        "goodbye",
    ),
    ("ill be dead by morning", IMMINENT, "timeline goodbye"),
    ("i just wanted to say goodbye before i do it", IMMINENT, "intent goodbye"),
    (
        "going to drive off the road on the way home tonight",
        IMMINENT,
        "ideation intent method timeline",
    ),
    ("i don't know how much longer i can keep going", CONCERN, "hopeless"),
    ("i feel like a waste of oxygen", CONCERN, "burden"),
    ("considering the sewer slide option tbh", HIGH, "ideation slang"),
    ("i want to kilk myself", HIGH, "ideation"),
    ("i wnat to die", HIGH, "ideation"),
    ("i'm suuuuicidal", HIGH, "ideation"),
    ("i want to 💀 myself", HIGH, "ideation slang"),
    ("ready to end it all with my gym membership", NONE, ""),
    ("i have no intention of hurting myself", NONE, "negated"),
    ("never would i ever end my life, i love my kids too much", NONE, "negated"),
    ("i'm safe, no thoughts of hurting myself", NONE, "negated"),
    ("killing myself is not an option for me", NONE, "negated"),
    ("i attempted suicide back in 2015 but i'm doing a lot better now", NONE, "past"),
    ("a long time ago i wanted to die but therapy really helped", NONE, "past"),
    ("in college i had suicidal thoughts, thankfully those are gone", NONE, "past"),
    ("i tried to overdose when i was 16, i'm 30 now and really happy", NONE, "past"),
    ("back in high school i was really suicidal. not anymore", NONE, "past"),
    ("it's been five years since my attempt and im grateful to be here", NONE, "past"),
    ("my boyfriend said he doesn't want to live anymore", CONCERN, "third_party"),
    ("my friend posted a goodbye message on insta and isn't answering", CONCERN, "third_party"),
    ("my gf told me she has pills saved up and i'm freaking out", CONCERN, "third_party"),
    ("the lyrics go 'i want to die in your arms tonight'", NONE, "idiom"),
    ("i'm done with this semester, goodbye forever calc", NONE, ""),
    ("i want to disappear into a good book this weekend", NONE, ""),
    (
        "so today was weird, i went to the store and they were out of oat milk again which "
        "whatever, then my manager texted me about the schedule and i just stared at it for like "
        "10 min. i think about killing myself pretty much every day now tbh. anyway then i "
        "watched youtube until 2am lol",
        HIGH,
        "ideation",
    ),
    (
        "today i cleaned my whole apartment, paid off my credit card, gave my cat to my neighbor "
        "and wrote letters to my brothers. i feel weirdly calm. tomorrow morning i'm going to the"
        " bridge. it's fine. the sun was really pretty today",
        IMMINENT,
        "plan goodbye",
    ),
    ("i'd kill myself laughing if i saw that", NONE, "idiom"),
    ("i'm checking out early tonight, too tired", NONE, ""),
    ("i want to disappear from social media for a while", NONE, ""),
    ("i've never been suicidal", NONE, "negated"),
    ("my suicide attempt was 10 years ago, i'm a totally different person", NONE, "past"),
    (
        "my friend just sent me a message saying goodbye and that she loves me, i'm scared",
        CONCERN,
        "third_party",
    ),
    ("wanna die lol but fr", HIGH, "ideation"),
    ("im gonna do it tonight, i can't anymore", IMMINENT, "intent hopeless"),
    (
        "i've got the rope and the chair, it's happening tonight",
        IMMINENT,
        "intent method means timeline",
    ),
    ("this is the last time you'll hear from me", IMMINENT, "goodbye"),
    ("I collected my pills from the pharmacy", NONE, ""),
    ("I laid out my pills for the week", NONE, ""),
    ("im going to jump in the pool tonight", NONE, ""),
    ("death is a good idea for a story", NONE, ""),
    ("i wrote my note for english class", NONE, ""),
    ("I'm not suicidal today", NONE, "negated"),
    ("i don't want to die yet", NONE, "negated"),
    ("I won't kill myself yet", HIGH, "ideation"),
    ("I'm not going to kill myself today", HIGH, "ideation intent"),
    ("i'm standing on the bridge taking photos of the sunset", NONE, ""),
    ("ill be dead by morning if this flu gets worse", NONE, ""),
    ("i'll be gone by morning, early flight", NONE, ""),
    ("my roommate is away this weekend so i have the place to myself", NONE, ""),
    ("i know how i'd do it if i had a free weekend: paint the whole house", NONE, ""),
    ("i got a goodbye message from my coworker who left", NONE, ""),
]


@pytest.mark.parametrize(("text", "level", "reasons"), CASES, ids=[c[0][:48] for c in CASES])
def test_level_and_reasons(text: str, level: RiskLevel, reasons: str) -> None:
    assessment = SCREENER.assess(text)
    assert assessment.level is level, assessment
    assert set(reasons.split()) <= set(assessment.reasons), assessment


# (earlier messages, new message, level, reasons that must be given)
CONTEXT_CASES: list[tuple[list[str], str, RiskLevel, str]] = [
    (["everything feels hopeless"], "I have a plan", IMMINENT, "plan context"),
    (["I feel like a burden to everyone"], "tonight", IMMINENT, "timeline context"),
    (["What's the point of living"], "I've decided.", IMMINENT, "intent context"),
    (["I want to die"], "I'm going to do it tonight", IMMINENT, "intent context"),
    (["I feel like a burden"], "I have a bunch of pills", IMMINENT, "means context"),
    (["nobody would miss me"], "goodbye everyone", IMMINENT, "goodbye context"),
    (["I'm going to kill myself tonight"], "I'm safe, just venting", HIGH, "context"),
    (["I have a plan to end it tonight"], "never mind, forget it", HIGH, "context"),
    (["I want to die"], "I called the line, I'm a bit calmer", CONCERN, "context"),
    (["I feel like a burden to everyone"], "kms lol", HIGH, "context"),
    (["i hate everything", "I don't want to be here anymore"], "I want to end it", HIGH, ""),
    # Without concern first, the same cues stay where they are.
    (["I had a rough day at work"], "I have a plan", NONE, ""),
    (["my team lost again"], "kms lol", CONCERN, "joking"),
    (["What are you doing this weekend?"], "tonight", NONE, ""),
    (["I lost my job", "I feel so alone"], "I'm going to watch a movie tonight", NONE, ""),
    # Written as people write in DMs; the cue or the retraction comes in its own message.
    (
        ["i dont see the point anymore", "everyone would be better off"],
        "i have a plan",
        IMMINENT,
        "plan context",
    ),
    (["i feel hopeless", "i want to end it"], "when everyone is asleep", IMMINENT, "context"),
    (
        ["i'm so tired of being alive"],
        "yeah i know how i'd do it and when",
        IMMINENT,
        "plan context",
    ),
    (["i want to die"], "the pills are in my hand", IMMINENT, "means context"),
    (["i have the pills and im taking them all tonight"], "jk lol", HIGH, "context"),
    (["i wrote my note, goodbye everyone"], "nvm im fine", HIGH, "context"),
    (["i'm going to jump tonight"], "i'm okay now, forget i said anything", HIGH, "context"),
    (["you should just ask her out"], "i'm doing it tomorrow", NONE, ""),
    # Only the newest messages count.
    (["I'm going to kill myself tonight", *(["ok"] * CONTEXT_WINDOW)], "hi", NONE, ""),
]


@pytest.mark.parametrize(
    ("recent", "text", "level", "reasons"), CONTEXT_CASES, ids=[c[1][:40] for c in CONTEXT_CASES]
)
def test_context(recent: list[str], text: str, level: RiskLevel, reasons: str) -> None:
    assessment = SCREENER.assess(text, recent)
    assert assessment.level is level, assessment
    assert set(reasons.split()) <= set(assessment.reasons), assessment


def test_the_table_is_large_and_covers_every_level() -> None:
    assert len(CASES) + len(CONTEXT_CASES) >= 150
    assert {level for _, level, _ in CASES} == set(RiskLevel)


def test_rule_names_must_be_unique() -> None:
    kill = rule("kill_self", "kill", " myself", level=RiskLevel.HIGH, reasons="ideation")
    with pytest.raises(ValueError, match="kill_self"):
        RuleIndex([kill, kill])


def test_reasons_are_known_ids_in_order() -> None:
    for text, _, _ in CASES:
        reasons = SCREENER.assess(text).reasons
        assert set(reasons) <= set(REASONS)
        assert list(reasons) == sorted(reasons, key=REASONS.index)


def test_repeated_phrases_and_long_text_are_bounded() -> None:
    spam = "I want to die. " * 400
    assert SCREENER.assess(spam).level is HIGH
    buried = "nothing much happened today. " * 200 + "I'm going to kill myself tonight."
    assert SCREENER.assess(buried).level is IMMINENT


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("K1LL MYS3LF", " kill myself "),
        (f"k{ZW}i{ZW}l{ZW}l", " kill "),
        ("s.u.i.c.i.d.e", " suicide "),
        ("k i l l m y s e l f", " kill myself "),
        ("diiiie", " die "),
        ("killlll", " kill "),
        ("sleeeeep", " sleep "),
        ("goooodbyeeee", " goodbye "),
        ("i m a burden", " im a burden "),
        ("don t want to live", " dont want to live "),
        ("I do not want to, I am tired", " i dont want to , im tired "),
        ("sucide suicdal", " suicide suicidal "),
        ("$uicide 5uicide @n hero", " suicide suicide an hero "),
        ("call 988 at 10pm, 3 years ago", " call 988 at 10pm , 3 years ago "),
        ("ich möchte", " ich mochte "),
        ("💀😂🔪", " emojiskull emojilaugh emojiknife "),
        ("ｋｉｌｌ", " kill "),
        ("", "  "),
    ],
)
def test_fold(raw: str, folded: str) -> None:
    assert fold(raw) == folded
