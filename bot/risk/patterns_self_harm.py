"""English rules for self-harm: hurting, cutting or burning oneself, the
urge to, relapse, and blades against skin. ``high`` for the person's own,
recent self-harm; in the distant past it drops to ``concern``, and to
nothing when they say they are okay now (see :mod:`bot.risk.reading`).
Accidents ("I cut myself shaving") are idioms in
:mod:`bot.risk.patterns_markers`, and to the arm or leg here; a reason
given ("on purpose", "to feel something") makes an accident-shaped
sentence self-harm again through a rule that is an idiom with a level, as
idioms are the one kind another idiom does not hide.
"""

from __future__ import annotations

from typing import Final

from bot.domain import RiskLevel
from bot.risk.lexicon import ADV_BACK, ANY_SELF, PILL_NEEDS, PILLS, SELF
from bot.risk.rules import Kind, Rule, Tense, imminent, rule

__all__ = ["SELF_HARM_RULES"]

# What a cut "deeper than I meant" went into, when it is not skin: the kitchen, a craft, a
# garden, a budget, a haircut.
_NOT_SKIN = (
    r"(?!(?: [^ .]+){0,8} (?:onion|onions|chopping|cooking|kitchen|shaving|carving|wood|board"
    r"|knife slipped|garden|hedge|cake|bread|lino|linocut|print|leather|fabric|paper|card"
    r"|budget|costs|spending|roots|tree|pipe|trench|hair|haircut|fade|fringe|barber)(?= ))"
)

CONCERN, HIGH = RiskLevel.CONCERN, RiskLevel.HIGH

_SELF_HARM_VERBS = (
    "hurt|hurting|hurts|harm|harming|harmed|harms|cut|cutting|cuts|cuting|cuttin|burn|burning"
    "|burned|burnt|burns|injure|injuring|injured|scratch|scratching|scratched|carve|carving|carved"
    "|mutilate|mutilating|mutilated|bruise|bruising|bruised"
)
_BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|face|ankles?|shoulders?|calf"
    r"|calves|chest)"
)
# Hitting oneself; "beat myself up" and "kick myself" are regret, so not here.
_HIT_VERBS = (
    "hit|hitting|hits|punch|punched|punching|punches|slap|slapped|slapping|slaps|smack|smacked"
    "|smacking|bang|banged|banging|smash|smashed|smashing|slam|slammed|slamming"
)
# Done to oneself, when a reason follows: "my head" only counts with the reason.
_HURT_TARGET = f"(?:{ANY_SELF}|my {_BODY}|my (?:head|fists?|hands?|knuckles))"
# Why it was done, which no accident says: "on purpose", "to feel something",
# "until my knuckles split".
_MEANT = (
    r"(?:(?<!not )on purpose|(?<!not )deliberately|(?<!not )intentionally"
    r"|to (?:feel (?:something|anything|pain|it|better|alive|real|in control)|cope"
    r"|punish (?:myself|me)|calm (?:myself |me )?down)|as (?:a )?punishment"
    r"|because i deserved? it|wanted (?:it|them|that) to hurt|so it would hurt"
    r"|(?:until|till|til) (?:it|they|i|my \w+) (?:bled|bleeds?|bleeding|split|broke"
    r"|started bleeding|was bleeding|were bleeding|bruised?|bruises"
    r"|(?:is|was|are|were|went|goes|turned|turns) (?:raw|bruised|black and blue|purple)))"
)
# "when I get overwhelmed": only right after "myself", as "it hurt my chest when I
# was anxious" is a symptom and "punch walls when I get angry" is anger.
_MEANT_WHEN = (
    r"(?:when(?:ever)? (?:i|im) (?:get |feel |am |was |got |felt |start |start to |am feeling )?"
    r"(?:so |really |too |super )?(?:overwhelmed|sad|angry|mad|upset|stressed|anxious|panicky"
    r"|numb|empty|triggered|depressed|frustrated|lonely|hopeless|worthless|like this"
    r"|like shit|bad about myself|panicking|having a panic attack"
    # A mistake or a meal punished: "when I mess up", "when I eat too much".
    r"|(?:mess|messed|screw|screwed|fuck|fucked) up|fail|failed|make (?:a )?mistakes?"
    r"|made a mistake|eat too much|ate too much|overeat|binge|binged|bloated|fat))"
)
# "cuts on my arm from the cat": an accident, unless it came from the blade.
_NOT_FROM_ACCIDENT = (
    r"(?!(?: and (?:bruises|scratches|scrapes))? (?:from|after)"
    r" (?!(?:cutting|self harm|sh|(?:a|the|my) (?:razor|blade)|razors|blades)(?= )))"
)
# Done to skin, hair or head again and again: "bit my arm", "pulling my hair out". Not
# scrubbing: hands washed raw are a compulsion, not a wound meant.
_TEAR_VERBS = (
    "bit|bite|biting|bites|pulled|pulling|pull|pulls|ripped|ripping|rip|rips|tore|tearing"
    "|picked|picking|pick|picks|whipped|whipping|slapped|slapping|hit"
    "|hitting|hits|punched|punching|smacked|smacking|beat|beating|bang|banged|banging"
)
# Keeping a wound open or hurting: "so they don't heal", "so it hurts more".
_KEPT_OPEN = (
    r" so (?:that )?(?:it|they|its|theyre) (?:(?:dont|wont|doesnt|cant|never|will never"
    r"|would never) heal|(?:will |would |wld )?(?:hurts?|burns?|stings?|bleeds?) (?:more|worse"
    r"|again|longer)|(?:stays?|keeps?|stay|keep) (?:open|bleeding))"
)
_SELF_HARM: Final = [
    rule(
        # "broke my 6 month streak without cutting": a relapse, told as a record lost.
        "broke_streak",
        "streak|record",
        # "broke my streak. 143 days free of self harm": the record told in a sentence on.
        r"(?: \.)?(?: \w+){0,4} (?:without|clean from|free from|free of|of not)"
        r" (?:cutting|self harm|self harming|sh|hurting myself|harming myself|burning myself)",
        needs="cutting harm harming sh hurting burning",
        back=r"(?:broke|ruined|lost|fucked|messed up|ended|blew|reset) (?:my|a|the)(?: \w+){0,3}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "self_harm_act",
        _SELF_HARM_VERBS,
        # "it hurts my chest", "the sun burns my skin": a symptom, not an act.
        f" (?:{ANY_SELF}|(?<!hurts )(?<!burns )(?<!harms )(?<!cuts )(?<! it hurt )my {_BODY})"
        # An itch scratched: "scratching my arm with a fork cause the bites itch".
        r"(?![^.]*? (?:itch|itches|itching|itchy|mosquito|mosquitos|bites|rash|eczema|hives)(?= ))",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "been cutting on my legs where nobody can see": the place cut said with "on". Only
        # the cutting and carving verbs (a burn "on my arm" is a mark), not a strap that
        # "keeps cutting", and not on something else ("on my leg on a nail" is an accident).
        "self_harm_on_body",
        "cutting|cut|carving|carved|been cutting|started cutting",
        r"(?<!keeps cutting)(?<!kept cutting)(?<!is cutting)(?<!was cutting)(?<!are cutting)"
        # "the strap has been cutting on my shoulder": a thing's, said of it.
        r"(?<!has been cutting)(?<!have been cutting)(?<!s been cutting)"
        f" on my {_BODY}(?! (?:on|with|while|when|by accident)(?= ))",
        needs="arm arms wrist wrists leg legs thigh thighs skin stomach hip hips ankle ankles"
        " shoulder shoulders calf calves chest body",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "something_to_myself",
        "something",
        f" (?:stupid |silly |drastic |dumb |bad |terrible |permanent )?to {SELF}",
        needs="myself self mself meself mysef",
        back=r"(?:do|doing|will do|ill do|might do|could do|would do)",  # not "did": a sprain
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "afraid_of_doing",
        "do something|doing something",
        r" (?:stupid|drastic|dumb|i cant take back|i cant undo|irreversible)",
        needs="stupid drastic dumb cant irreversible",
        back=r"(?:afraid|scared|worried|terrified|fear|worry)(?: that)?(?: i| ill| i will| i might"
        r"| i may| i could| im going to| of)?(?: end up)?",
        level=CONCERN,
        reasons="self_harm",
    ),
    rule(
        "self_harm_noun",
        "self harm|self harming|self harmed",
        back=r"(?:my|i|im|ive been|been|started|start|keep|kept|relapsed on|relapsed into"
        r"|relapsed|urge to|urges to|want to|wanna|need to|going to|gonna|back to|struggle with"
        r"|struggling with|doing|do|cant stop|couldnt stop)(?: still| again| just| really)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "self_harm_again",
        "self",
        # "self harmed after work again"
        r" harm(?:ing|ed)? again| harm(?:ing|ed)(?: (?!not|never)[^ .,]+){1,3}? again",
        needs="harm harming harmed",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "cutting",
        "cutting|cut",
        r"(?= (?:again|[.,]|$|tonight|today|deeper|more|so bad|badly|is|was|has been|keeps"
        r"|and (?:i|im|ive|it|its|he|she|they|now|nobody|no one)(?= )))",
        back=r"(?:started|start|keep|kept|been|im|back to|relapsed|relapsed and|going back to"
        r"|went back to|used to"
        # "starving myself and cutting again": one harm done to oneself, then the next.
        r"|(?:starving|purging|hurting|burning|isolating) myself and|not eating and"
        r"|going to|gonna|want to|wanna|need to|urge to|urges to|thinking about|cant stop"
        f"|couldnt stop|resist|resisting){ADV_BACK}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "blade_skin",
        "razor|blade|blades|knife",
        f" (?:on|to|against|into|across) my {_BODY}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "stab_self",
        "shove|stick|stab|jab|plunge|ram",
        r" (?:a |the |this |that |it |some )?(?:\w+ ){0,2}(?:in|into|in to) my (?:neck"
        r"|throat|chest|stomach|heart|wrists?|gut|belly)(?! (?:pocket|pockets|of drawers)(?= ))",
        needs="neck throat chest stomach heart wrist wrists gut belly",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "fresh_cuts",
        "fresh",
        f" (?:cuts|cut|wounds|yeets|self harm marks) on my {_BODY}",
        needs="cuts cut wounds yeets",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        "starve_self",
        "starve|starving|starved",
        f" {SELF}",
        level=CONCERN,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I cut again last night", "I sh'd again": the act told bare, with a time.
        "cut_again",
        "cut|sh|shd|shed",
        r" (?:again|agian|agin|last night|yesterday|deeper)",
        back=r"(?:i|ive|i have|then i|and i|i did|relapsed and|ended up)" + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "sh" is the community word for self-harm; only after a frame it takes.
        "sh_slang",
        "sh",
        r"(?! (?:t|tt|ty|tty|it|itty|ite|ting|up|down)(?= ))",  # "sh*t", "sh!tty"
        back=r"(?:relapsed on|relapsed into|relapse on|urge to|urges to|want to|wanna|need to"
        r"|going to|gonna|struggle with|struggling with|started|cant stop|couldnt stop|back to"
        r"|thinking about|used to)" + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "my daughter is self harming": someone else's, so concern with third_party.
        "is_self_harming",
        "self harming",
        back=r"(?:is|are|hes|shes|theyre|keeps|been)(?: still| again| secretly)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Needs a frame: "I could slap myself" and "want to punch myself" are regret.
        "hit_self",
        _HIT_VERBS,
        f" {ANY_SELF}(?!(?: [^ .,]+){{0,3}} (?:(?:on|against|into) (?:a|an|the|that|this|some"
        r"|my)(?= )|with (?:a|an|the) (?:door|car door|ball|hammer|racket|bat|cupboard|cabinet))"
        r"| by accident| accidentally| awake)",
        back=r"(?:i|ive|i have|been|keep|keeps|kept|started|start|cant stop|couldnt stop|and"
        r"|he|she|they)" + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # An idiom so that it is not hidden by the accident idiom ("hurt myself on").
        # Not "hurts", "burns": "it burns my chest when I get anxious" is a symptom.
        "self_harm_meant",
        "hurt|hurting|harm|harming|harmed|cut|cutting|burn|burning|burned|burnt|injure"
        "|injured|scratch|scratching|scratched|carve|carving|carved|bruise|bruised|mutilate"
        f"|mutilated|{_HIT_VERBS}",
        f" (?:{_HURT_TARGET}(?: [^ .]+){{0,8}}? {_MEANT}|{ANY_SELF}(?: [^ .,]+){{0,2}}"
        f" {_MEANT_WHEN})",
        kind=Kind.IDIOM,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "punched the wall until my knuckles split, on purpose"; a punched wall alone is anger.
        "wall_meant",
        _HIT_VERBS,
        f" (?:my (?:head|fists?|hands?) (?:against |into |on )?)?(?:the |a )?walls?"
        # The reason may come as a fragment of its own: "... when my code breaks. like
        # hard, on purpose."
        f"(?: [^ .]+){{0,8}}?(?: \\.(?: (?:like|and|yeah|really|so|hard|,))*)? {_MEANT}",
        needs="wall walls",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I need to feel pain"; not "feel the pain" (grief) nor "pain relief".
        "want_pain",
        "feel pain|feel physical pain|feel some pain|feel real pain",
        r"(?! (?:relief|killers?|killer|free|meds|medication|less)(?= ))",
        needs="pain",  # "feel" is in most messages; "pain" is not
        back=r"(?:need|needs|want|wants|deserve|deserves|crave)(?: \w+)? to|wanna",  # not "have to"
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "the only thing that helps is cutting"
        "only_cutting_helps",
        "cutting|cutting myself|self harm|self harming|sh|hurting myself|harming myself"
        "|burning myself",
        r"(?= (?:[.,]|$|again|anymore|now|rn|tbh|honestly|lol|and|but))",
        back=r"(?:only (?:thing|things|way|relief) (?:that |which |i have |i get |i can )?(?:helps"
        r"|works|helped|worked|calms me down|calms me|makes me feel better|makes it better"
        r"|gets me through|cope|i can cope)(?: me)?(?: anymore| now)? is|(?:nothing|only)"
        r" (?:helps|works)(?: me)?(?: anymore| now)? (?:except|but|besides|other than)"
        r"|i cope by|coping mechanism is)" + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "cutting is the only thing that helps"; bare "cutting helps" only at a
        # clause end, so not "cutting helps with weight loss".
        "cutting_helps",
        "cutting|self harming|hurting myself|harming myself|burning myself|sh",
        r"(?: (?:is|was) (?:the only (?:thing|way)(?: that)?|all that|what)"
        r" (?:helps|works|helped|calms me|makes me feel better|gets me through"
        r"|makes me feel (?:anything|something|alive|real|okay|ok|in control))"
        r"| (?:still |always |really |actually |only )?(?:helps|works|makes me feel (?:anything"
        r"|something|alive|real|in control))"
        r"(?= (?:[.,]|$|me (?:cope|feel|calm)|honestly|tbh|lol)))",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "cutting is the only thing that makes the noise stop after a bad shift": what it
        # quiets named, the clause going on. "the only thing that makes it stop" is no diet's.
        "cutting_only_quiets",
        "cutting|self harming|hurting myself|harming myself|burning myself|sh|the blade|the razor",
        r" (?:is|was|has been|s) (?:the only (?:thing|way)|all) (?:that )?(?:i have that )?"
        r"(?:makes|made|will make|gets|got|helps) (?:it|the noise|the pain|the thoughts|my head"
        r"|my brain|everything|the voices|things|the feeling|the numbness|the panic) (?:stop"
        r"|go quiet|quiet|quieter|go away|shut up|bearable|better|okay|ok)(?= )"
        r"|(?: (?:is|was|s) the only (?:thing|way)(?: that)?)? (?:keeps|kept) me (?:sane|going"
        r"|alive|grounded|functioning)(?= )",
        needs="stop quiet quieter away shut bearable better okay ok sane going alive grounded"
        " functioning",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "digging my nails into my skin till it bleeds"; not mosquito bites.
        "nails_till_bleed",
        "digging|dig|dug|digs|clawing|claw|clawed|pinching|pinched|pinch|scratching|scratch"
        "|scratched",
        f"(?: (?:my|his|her|their) (?:nails|fingernails))?(?: into| at| in)? (?:my|his|her|their)"
        rf" {_BODY}(?: [^ .,]+){{0,3}}? (?:until|till|til|untill) (?:it|they|i|my \w+)"
        r" (?:bleeds?|bled|bleeding|starts? bleeding|started bleeding|(?:is|was|are|were)"
        r" bleeding|draw blood|breaks?|broke)",
        needs="until till til untill",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I carved his name into my arm"; not "I carved a pumpkin".
        "carved_into",
        "carved|carve|carving|carves|etched|etch|etching",
        f"(?: [^ .,]+){{1,4}}? (?:into|in|on|onto) my {_BODY}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Cut or scratched only "into" the skin: "scratched a bite on my arm" is an itch.
        "cut_into",
        "cut|cutting|scratched|scratch|scratching",
        f"(?: [^ .,]+){{1,4}}? (?:into|onto) my {_BODY}",
        needs="into onto",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "my arms are covered in cuts"; whose arms is read before the frame.
        "covered_in_cuts",
        "covered|full",
        r" (?:in|of|with) (?:[^ .,]+ ){0,3}?(?:cuts|cut marks|self harm cuts)" + _NOT_FROM_ACCIDENT,
        needs="cuts",
        back=f"{_BODY} (?:are|is|were|r|got|get|getting)(?: all| still| literally| just| now)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "my son has cuts on his arms"; not paper cuts, nor cuts from the cat.
        "cuts_on_body",
        "cuts|cut marks|slashes|gashes",
        r"(?<!paper cuts)(?<!budget cuts)(?<!power cuts)(?: all)? (?:on|over|across|along|up)"
        f" (?:my|his|her|their|both) {_BODY}{_NOT_FROM_ACCIDENT}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "the cuts on my thighs are getting deeper"; "the budget cuts" has no frame.
        "cuts_deeper",
        "cuts|wounds",
        rf"(?: on my {_BODY})? (?:are|is|keep|r|have been|were)(?: \w+)? (?:getting|gettin|going"
        r"|growing) (?:deeper|deeper and deeper)",
        needs="deeper",
        back=r"(?:my|the|these|those|all my|all the|all of my)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I keep wanting to slice my arm open"; "sliced my finger" is the kitchen.
        "slice_body",
        "slice|slicing|sliced|slices|slit|slitting|slits|gash|gashed|gouge|gouged|gouging",
        f" (?:open )?(?:my|his|her|their) {_BODY}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "bit my arm till it bled", "pulling my hair out till my scalp bleeds as
        # punishment": only with blood, bruises or punishment, as "pulling my hair out
        # over this bug" is a figure and picking "to cope" a habit of its own.
        "until_marks",
        _TEAR_VERBS,
        rf"(?: at| out)? (?:my|his|her|their) (?:{_BODY}|hair|scalp|head)(?: out)?"
        rf"(?: [^ .]+){{0,6}}? {_MEANT}",
        needs="until till til punishment punish",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I bang my head on the wall when I mess up"; "banging my head against the wall
        # with this bug" is frustration told as a figure.
        "head_wall_when",
        _HIT_VERBS,
        rf" my head (?:against|on|into) (?:the |a )?walls?(?: [^ .,]+){{0,2}}? (?:{_MEANT_WHEN}"
        # "... when it gets too loud in there": the noise in the head is the reason.
        # Not "when it gets too much with this bug": frustration, told as a figure.
        r"|when(?:ever)? (?:it|things|everything) (?:gets?|is|goes) (?:too |so |really )?"
        r"(?:loud|noisy)|when(?:ever)? (?:my head|my brain|the noise|the voices|my thoughts)"
        r" (?:gets?|is|are|goes|starts?) (?:too |so |really )?(?:loud|much|bad|noisy|dark)"
        r"|to (?:make|get) (?:it|them|the noise|the voices) (?:to )?(?:stop|quiet|shut up))",
        needs="wall walls",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Fresh marks hidden: "I wear long sleeves to hide the cuts", "covering the burns".
        # Not a bruise or an old surgery scar.
        "hiding_cuts",
        "hide|hiding|hid|cover|covering|cover up|covering up|covered up|conceal|concealing",
        r" (?:the|my|all the|all my) (?:fresh )?(?:cuts|cut marks|sh marks|sh scars|self harm"
        r" scars|self harm marks|burns|fresh scars)(?= )",
        needs="cuts marks scars burns",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # Marks covered in the heat: "have to wear long sleeves to work in July". Little
        # alone (a uniform, the sun), self-harm beside "my arms are a mess again" or once
        # concern has been shown.
        "sleeves_in_heat",
        "long sleeves|longsleeves|a hoodie|hoodies|a jacket",
        r"(?: [^ .,]+){0,4}? (?:in (?:july|june|august|summer|the summer|this heat|the heat)"
        r"|when its (?:hot|boiling)|even (?:though|tho|when|in) (?:its )?(?:hot|boiling|summer)"
        r"|so (?:no one|nobody|people dont|noone) (?:sees?|notices?|asks?))(?= )",
        needs="july june august summer heat hot boiling sees see notices notice asks ask",
        back=r"(?:wear|wearing|wore|have to wear|had to wear|stuck wearing|still wearing|in)",
        context_level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "my arms are a mess again": marks back, said without the act.
        "body_a_mess_again",
        "arms|wrists|thighs|forearms",
        r" (?:are|r|look|looks) (?:a mess|a wreck|wrecked|destroyed|torn up|all cut up"
        r"|ruined|so bad) again(?= )",
        needs="again",
        back=r"my",
        context_level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "opened up my old scars again"; not "opened up about my scars", nor scars opened
        # up in therapy or a journal, nor a wound opened at the gym.
        "reopened_cuts",
        "opened up|opened|reopened|re opened|ripped open|tore open|picked open|open up|reopen"
        "|reopening|opening up|ripping open|picking open",
        r" (?:my|some of my|a few of my|one of my|all my)(?: old| fresh| new| healing| last)?"
        r" (?:scars|cuts|cut|scabs)"
        r"(?!(?: [^ .,]+){0,4} (?:by accident|accidentally|playing|at (?:the gym|work|practice)"
        r"|lifting|working out|(?:in|to|with) (?:my |a |the )?(?:diary|journal|therapy|session"
        r"|poem|post|essay|therapist|counselor|counsellor|group))(?= ))",
        needs="scars cuts cut scabs",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "picking at the cuts so they don't heal", "alcohol on fresh cuts so it hurts more".
        "kept_open",
        "cuts|wounds|scabs|scars|burns",
        _KEPT_OPEN,
        needs="heal hurt hurts burn burns sting stings bleed bleeds open bleeding",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "new cuts again. 4 this time"; not "new cuts of the movie" or a budget's.
        "new_cuts",
        "new cuts",
        r"(?<!announced new cuts)(?<!announces new cuts)(?<!budget new cuts)"
        r"(?<!the new cuts)(?= (?:again|agian|tonight|last night|yesterday|this time"
        r"|(?:[.,] )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten) (?:this time|tonight"
        r"|of them))(?= ))",
        needs="cuts",  # not "new", which is in many messages
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "sh-ing", which folds to "sh ing".
        "sh_ing",
        "sh ing|shing",
        back=r"(?:been|im|keep|kept|started|start|was|cant stop|couldnt stop|relapsed and)"
        + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "Cutting cravings" is a diet's: only an urge goes with "cutting".
        "self_harm_urges",
        "self harm|self harming|sh|cutting|self injury",
        r" (?:urges|urge)|(?<!cutting) (?:cravings|craving|thoughts|thought)"
        r"(?! (?:in|among|of) (?:people|teens|kids|students|youth|adolescents)(?= ))",
        needs="urges urge cravings craving thoughts thought",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "I keep thinking about the blade in my pencil case"; not Blade Runner, a skate's.
        "blade_thoughts",
        "thinking about|think about|thought about|thinkin about|thinking abt|think abt"
        "|obsessing over|obsessed with|fantasizing about|dreaming about|craving",
        r" (?:the|my|a|those|that|these)(?: (?!skate|saw|rotor|wiper|fan|mower|hockey|roller|ice"
        r"|new)\w+)? (?:blade|blades|razor blade|razor blades)(?! (?:runner|of|vs|versus|or"
        r"|for)(?= ))",
        needs="blade blades",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "got stitches. told them it was an accident, it wasn't."
        "not_an_accident",
        "an accident",
        r"(?: [.,])?(?: but| and| tho| though)? (?:it|that|they) (?:wasnt|werent|really wasnt)"
        r"(?= (?:[.,]|$|lol|tho|though|really|at all))",
        needs="wasnt werent",
        back=r"(?:told|tell|telling|said|say|saying|lied and said|pretended|pretend|claimed)"
        r"(?: (?:them|him|her|everyone|everybody|people|my \w+|the \w+))?(?: that)?"
        r" (?:it was|its|it s|they were)(?: just)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # A pencil sharpener's blade is what people take apart to cut with.
        "sharpener_blade",
        "sharpener blade|sharpener blades|took apart|broke apart|broke open|taking apart"
        "|took the blade out of|took the blades out of|got the blade out of"
        "|got the blades out of|popped the blade out of|popped the blades out of",
        r"(?<=sharpener blade)|(?<=sharpener blades)| (?:a|my|the|an old)(?: pencil)? sharpener",
        needs="sharpener",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "snapped my rubber band so hard my wrist is raw"; a snap to ride out an urge
        # says nothing of force.
        "band_snapped",
        "rubber band|rubber bands|hair tie|hair ties|hairband|elastic band|elastic bands",
        r"(?: [^ .,]+){0,4}? (?:so hard|too hard|until|till|til|(?:is|was|are|were|got|gets"
        r"|went) (?:raw|bleeding|bruised|welted|purple))",
        back=r"(?:snap|snapped|snapping|snaps|flick|flicked|flicking)(?: a| my| the)?(?: \w+)?",
        needs="band bands tie ties hairband",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "took way more of my meds than i should just to feel something": an overdose
        # to hurt, not to die.
        "meds_meant",
        "took|taken|take|taking|swallowed|popped|downed",
        r"(?: (?:way|like|a lot|so much|a few|some))? (?:more|extra|too many|a bunch|a handful"
        rf"|double|triple|a lot|loads)(?: [^ .,]+){{0,3}}? {PILLS}(?: [^ .]+){{0,6}}?"
        r" (?:to (?:feel (?:something|anything|numb|nothing)|numb (?:myself|the pain|it|out)"
        r"|punish (?:myself|me)|hurt (?:myself|me))|as (?:a )?punishment)",
        needs=PILL_NEEDS,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I punish myself by cutting"; not "... with extra gym sessions" nor "... by
        # cutting carbs".
        "punish_by",
        "punish|punishing|punished|punishes",
        f" {SELF} (?:by|through|with) (?:cutting|hurting|burning|starving|not eating|skipping"
        r" meals|purging|throwing up|making myself (?:throw up|sick|bleed)|hitting|scratching"
        r"|self harm(?:ing)?|sh|harming|bleeding)(?! (?:carbs|calories|sugar|back|out|down)(?= ))",
        needs="myself self mself meself mysef",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Eating punished: "exercise until I pass out as punishment for eating".
        "punish_eating",
        "punishment|punish|punishing",
        f"(?: {SELF})? for (?:eating|having eaten|what i ate|overeating|binging|bingeing"
        r"|binge eating|every (?:bite|calorie)|each bite|gaining(?: weight)?|being fat)",
        needs="eating eaten ate overeating binging bingeing bite calorie gaining fat",
        back=r"(?:as(?: a)?|to|i|and|ill|i have to|i need to|need to|have to|gotta)" + ADV_BACK,
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "I don't deserve food": food withheld as a punishment. The "dont" is the lead,
        # so it negates nothing.
        "no_food_deserved",
        "dont deserve|dont even deserve|didnt deserve|dont really deserve",
        r" (?:to eat|food|to have food|a meal|meals|dinner|breakfast|lunch)"
        r"(?= (?:[.,]|$|and|because|since|after|anymore|today|tonight|so|bc|cuz|lol|haha))",
        needs="eat food meal meals dinner breakfast lunch",
        level=HIGH,
        reasons="self_harm",
        jokable=True,
    ),
    rule(
        # Purging, as starving oneself is: concern. "Made myself sick with worry" is not.
        "made_throw_up",
        "made myself|make myself|making myself|forced myself to|force myself to|forcing myself to",
        r" (?:throw up|puke|vomit|purge|gag)",
        needs="throw puke vomit purge gag",
        level=CONCERN,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "purged again"; not "purged my closet".
        "purged",
        "purged|purging",
        r"(?= (?:again|agian|tonight|last night|twice|\d+ times|after (?:eating|dinner|lunch"
        r"|breakfast|meals?|every meal|i ate|a binge)|[.,]|$))",
        level=CONCERN,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "purged again and there was blood this time, i think i deserve it"
        "purge_hurt",
        "purged|purging|made myself throw up|made myself puke|made myself vomit",
        r"(?: [^ .]+){0,8}? (?:blood|bleeding|i deserved? it|i deserve this"
        r"|as (?:a )?punishment|to punish myself)",
        needs="blood bleeding deserve deserved punishment punish",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Accidents to the arm or leg, as the markers' accident idiom is to the hand:
        # "burned my arm on the stove". "on purpose" is self_harm_meant's.
        "accident_body",
        "cut|hurt|burned|burnt|injured|scratched|bruised|sliced|grazed|scraped|banged|bumped",
        f" my {_BODY} (?:on(?! purpose)|against|at (?:work|the gym|practice)|playing|cooking"
        r"|shaving|by accident|accidentally|while (?:cooking|shaving|chopping|working|playing"
        r"|running|climbing|hiking|gardening|cleaning|moving|fixing|doing))",
        kind=Kind.IDIOM,
        reasons="idiom",
    ),
]

# Relapse said in the community's shorthand, often with no "I": "relapsed. cutting.",
# "sh again", "got the blade out again", "cutting rn". Not "relapsed on sugar".
_SH_WORDS = (
    "cutting|cut|cut myself|sh|shd|self harm|self harming|self harmed|burning|burned myself"
    "|the blade|the blades|my blade|my blades|the razor|my razor|blades|razors"
)
_RELAPSE_SHORTHAND: Final = [
    rule(
        "relapsed_sh",
        "relapsed|relapse|relapsing|relapsed again",
        r"(?: [.,])?(?: and| again| on| into| with| to| back into| back to)?(?: [.,])?"
        # "relapsed on the cutting"; not "the cutting board".
        f"(?: the(?! burning| burned))? (?:{_SH_WORDS})"
        r"(?= )(?! (?:out|back|down|off|ties|contact|corners|board|boards|edge|room|floor)(?= ))",
        needs="cutting cut sh shd self burning burned blade blades razor razors",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # The relapse told first and what it was named after: "relapsed last night. eight
        # months clean from cutting". Not a relapse into drinking.
        "relapsed_then_named",
        "relapsed|relapsed again",
        r"(?: again)?(?: last night| today| tonight| this morning| yesterday| earlier)?"
        r"(?= (?:[.,]|$))(?=(?: [^ ]+){1,12}? (?:clean from|free from|free of|without|of no)"
        r" (?:cutting|self harm|self harming|sh|hurting myself|harming myself|burning myself)"
        r"(?= ))",
        needs="cutting harm harming sh hurting burning",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Self-harm told with the knife or razor emoji for the word: "did the 🔪 thing on my
        # arm again".
        "emoji_thing",
        "did the|doing the|done the|do the",
        r" (?:emojiknife|emojirazor|emojiblood)(?: (?:emojiknife|emojirazor|emojiblood))* thing"
        # On the body, or again: not "the 🔪 thing with the onions".
        r"(?= (?:on my|to my|again|last night|tonight|today))",
        needs="emojiknife emojirazor emojiblood",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # Bare "sh again", "shd again"; "shed again" is the snake's.
        "sh_again",
        "sh|shd",
        r" (?:again|last night|this morning|earlier today)(?= )",
        needs="again last this earlier",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "blade_out_again",
        "blade|blades|razor|razors|razor blade|razor blades|sharpener blade",
        r" out again(?! (?:to|for)(?= ))|(?: back)? out (?:[.,] )?(?:already )?(?:did|cut|made)"
        r"(?= )",
        needs="again did cut made",
        back=r"(?:got|get|took|pulled|grabbed|getting|taking|pulling|had|have)"
        r"(?: the| my| a| some)?",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "cutting rn": nothing cut is named, so oneself is.
        "cutting_now",
        "cutting|cutting myself|self harming|harming myself",
        r" (?:right now|rn|as we speak|as i type|atm)(?= )",
        needs="right rn speak type atm",
        level=HIGH,
        reasons="self_harm",
    ),
    imminent(
        "cutting_now_cant_stop",
        "cutting|cutting myself",
        r" (?:right now|rn|as we speak|as i type)(?: [.,])? (?:and )?(?:i )?(?:dont|cant|wont)"
        r" (?:think i )?(?:want to |wanna |know how to |be able to )?stop",
        needs="stop",
        reasons="self_harm",
    ),
    rule(
        # "i just cut and it's deeper than usual": the cut's depth against the habit's.
        "cut_deeper_than",
        "deeper than usual|deeper than normal|deeper than before|deeper than ever"
        "|deeper than last time|deeper than i meant|deeper than i wanted|deeper this time",
        # "... into the onion": the kitchen; "... on the lino print", "... into the leather".
        r"(?!(?: to)? (?:into|through|in to)(?= ))" + _NOT_SKIN,
        needs="deeper",
        back=r"(?:i|ive|i just|just|i have)(?: \w+)? cut(?: myself)?(?: [.,])?(?: and)?"
        r" (?:its|it is|it was|they are|theyre|this one is|it went|they went|went|its way)"
        # "Cut deeper than usual yesterday.", opening a message or a sentence
        r"|(?<=^ )cut|(?<= \. )cut|(?<= , )cut",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "cut again last night", opening a message or a sentence: the shorthand of a relapse.
        "cut_again_opening",
        "cut|cut myself|burned myself|self harmed",
        "(?:"
        + "|".join(
            f"(?<={pre} {lead})"
            for lead in ("cut", "cut myself", "burned myself", "self harmed")
            for pre in ("^", r" \.", " ,")
        )
        + r") again (?:last night|yesterday|tonight|today|this morning|earlier|after (?:work"
        r"|school|class|dinner|the fight))(?= )",
        needs="again",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "Self-harmed tonight after my husband yelled", opening a message: the subject left
        # out, the time told.
        "self_harmed_opening",
        # Not "cut myself shaving this morning": a cut or a burn is as often an accident.
        "self harmed",
        "(?:"
        + "|".join(f"(?<={pre} self harmed)" for pre in ("^", r" \.", " ,"))
        + r") (?:last night|yesterday|tonight|today|this morning|earlier"
        # "self harmed after my shift", "self harmed again": when or how often, told.
        r"|after|again|twice|because|cause|when (?!i was)(?:i|im|my)|at work|at school)(?= )",
        needs="harmed",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "cut way deeper than I meant to": a cut gone too far, with the subject left out.
        # Not a knife slipping in the kitchen.
        "cut_deeper_than_meant",
        "cut way deeper|cut deeper|cut much deeper|cut a lot deeper|cut too deep|went deeper",
        r" than i (?:meant|wanted|intended|planned|ever have)(?: to)?(?= )"
        # Not into a thing: "... into the cake", "the barber cut deeper than I wanted".
        r"(?! (?:into|in to|through) (?:the|a|an|this|that|his|her|our)(?= ))" + _NOT_SKIN,
        needs="deeper deep",
        level=HIGH,
        context_level=RiskLevel.IMMINENT,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "been clean from self harm for 8 months until last night": the streak ended.
        "clean_until",
        "until|till|til|untill",
        r" (?:last night|yesterday|today|tonight|this morning|earlier|last weekend|last week"
        r"|this week|the other day|(?:a few|two|three|\d+) days ago)(?= )",
        needs="clean",
        back=r"(?:clean|free) (?:from|of) (?:self harm|cutting|sh|self harming|hurting myself"
        r"|harming myself|burning)(?: for)?(?: [^ .]+){0,4}",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "i relapsed" alone: a diet's too, so it counts once concern has been shown, as
        # after "clean from self harm for 8 months" / "until last night".
        "relapsed_bare",
        "relapsed|relapsed again|had a relapse",
        r"(?= (?:[.,] )*$|(?= (?:[.,]|again|last night|yesterday|today|tonight)(?= )))",
        back=r"(?:i|ive|i have|i just|and i|i think i|i kinda|so i|i literally|i finally)",
        context_level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "cuts_deeper_this_time",
        "cuts|cut|wounds",
        r" (?:are|were|r|went|got|go|is|was)(?: \w+)? deeper(?: and deeper)?"
        r" (?:this time|than (?:ever|before|last time|usual|the last|yesterday)|every time)",
        needs="deeper",
        back=r"(?:the|my|these|those)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# A hurt told as meant, with the wound named anywhere in the message: "punched the wall
# until my knuckles split. on purpose.", "I do it to punish myself". The wound words gate
# the rule, so "he did it on purpose" in a message with none is never tried.
_HURT_AS_MEANT: Final = [
    rule(
        "hurt_on_purpose",
        "on purpose|to feel something|to punish myself|to feel anything",
        r"(?= )",
        needs="knuckles wound wounds bruise bruises bled bleeding blood scab scabs burned burnt"
        " skin",
        back=r"(?:[.,]|i|it|did it|do it|myself|them)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# A relapse told and then named: "I did it again. The cutting. Sorry."
_NAMED_AFTER: Final = [
    rule(
        "again_then_named",
        "did it again|done it again|relapsed|slipped again|slipped up again",
        r" (?:[.,] )?(?:the |with the )?(?:cutting|burning|self harm|selfharm|sh|hurting myself"
        r"|razor|blade)(?= (?:[.,]|$|again))"
        # A shave, not a relapse: "slipped again with the razor, shaving nick".
        r"(?!(?: [.,])?(?: [^ .]+){0,3} (?:shaving|shave|shaved|nick|beard|stubble)(?= ))",
        needs="cutting burning harm selfharm sh hurting razor blade",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# Self-harm as set10 told it: the relapse named first, a blade picked up night after night,
# the thoughts of it back, glass broken so that it would cut.
_TOLD_OTHERWISE: Final = [
    rule(
        # "sh relapse tonight"; not a prevention plan or a group's topic.
        "sh_relapse",
        "sh relapse|self harm relapse|selfharm relapse|cutting relapse|sh relapsed",
        r"(?! (?:prevention|plan|plans|group|workshop|rate|rates|risk|support|stats|statistics"
        r"|awareness|signs)(?= ))",
        needs="relapse relapsed",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "been picking up the razor every night this week"; not to shave.
        "razor_picked_up",
        "picking up the razor|picking up a razor|picking up the blade|picking up a blade"
        "|picking up the razor blade|holding the razor|holding a blade|holding the blade",
        r" (?:every night|every day|most nights|again|at night|every evening|each night)"
        r"(?!(?: [^ .]+){0,8} (?:shave|shaving|beard|legs|stubble|face|head|armpits)(?= ))",
        needs="night day nights again evening",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "the blade thoughts are back", "sh urges came back".
        "blade_thoughts_back",
        "blade thoughts|razor thoughts|sh thoughts|self harm thoughts|cutting thoughts|sh urges"
        "|self harm urges|cutting urges|blade urges",
        r" (?:are |r |have |s )?(?:back|come back|came back|back again|wont stop|getting worse"
        r"|so loud|again)(?= )",
        needs="back again stop worse loud",
        level=HIGH,
        reasons="self_harm",
    ),
    rule(
        # "i punched the mirror on purpose so it would cut me": glass broken to be cut.
        "glass_to_cut_me",
        _HIT_VERBS,
        r" (?:the|a|my) (?:mirror|window|glass|windscreen|windshield)(?: on purpose)?"
        r" so (?:that )?(?:it|the glass|the shards) (?:would|could|will|might) (?:cut|hurt|slice)"
        r" (?:me|my \w+)(?= )",
        needs="mirror window glass windscreen windshield",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# Marks seen and lied about, the first time in years, a blade used again, the act left
# unnamed beside the sleeves that hide it.
_FIRST_TIME_LEADS = (
    "self harmed|cut myself|harmed myself|hurt myself|burned myself|burnt myself|shd"
)
_HIDDEN_AND_BACK: Final = [
    rule(
        # "my girlfriend saw the marks on my thighs and I lied and said it was the cat",
        # "lied about the cuts on my arm". Not stretch marks, nor marks with no lie told.
        "lied_about_marks",
        "marks|cuts|scars|burns|scratches|cut marks|wounds",
        rf" on my {_BODY}(?: [^ .]+){{0,6}}? (?:i )?(?:lied|lie|lying|made up|make up|made"
        r" something up|pretended|pretend|covered for|blamed (?:it on )?(?:the|my) (?:cat|dog"
        r"|kitten|puppy))(?= )",
        needs="lied lie lying made make pretended pretend covered blamed",
        back=r"(?<!stretch )(?:the|my|all the|all my|saw the|saw my|seen the|seen my|noticed the"
        r"|noticed my|asked about the|asked about my)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # The lie told first: "lied about the marks on my arm", "told her the cuts on my legs
        # were from the cat". Only a lie, as "the cuts on my legs were from the cat" is true.
        "lied_about_marks_first",
        "lied about|lying about|lie about|made up a story about|made up an excuse for"
        "|made excuses for|make excuses for",
        rf" (?:the|my|all the|all my) (?:marks|cuts|scars|burns|cut marks|wounds) on my {_BODY}",
        needs="marks cuts scars burns wounds",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "self harmed for the first time in 3 years tonight", "cut myself for the first time
        # in months": a relapse, told by the gap it ended.
        "first_time_in_years",
        _FIRST_TIME_LEADS,
        # Opening a sentence, or after "I": not "got my hair cut for the first time".
        "(?:"
        + "|".join(
            f"(?<={pre} {lead})"
            for lead in _FIRST_TIME_LEADS.split("|")
            for pre in ("^", r" \.", " ,", " i", " and i", " then i", " i just", " i finally")
        )
        + r")(?: again)? for the first time in (?:(?:\d+|two|three|four|five|six|seven|eight|nine"
        r"|ten|eleven|twelve|a few|a couple of|a couple|many|so many|like|over|almost|nearly"
        r"|about) ){0,2}(?:years?|months?|weeks?|ages|forever|a (?:long )?while|a year"
        r"|a long time)(?= )",
        needs="first",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "Used the razor again.", "grabbed the blade again last night"; not to shave, nor a
        # mower's or a craft knife's blade.
        "blade_used_again",
        "used|use|using|grabbed|reached for|went for|went back to|picked up|pulled out|took out"
        "|got out",
        r" (?:the|my|a)(?: old| sharpener)? (?:razor|razors|blade|blades|razor blade|razor blades)"
        r" again(?= )"
        r"(?!(?: [^ .]+){0,8} (?:shave|shaving|shaved|beard|stubble|armpits|mower|lawn|hedge"
        r"|saw|skates?|cardboard|box|boxes|tape|carpet|wood|craft|crafts|knife|scraper)(?= ))",
        needs="razor razors blade blades",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        # "long sleeves in july again. I did it again last night.": the act left unnamed
        # beside the sleeves that hide it.
        "did_it_under_sleeves",
        "did it again|done it again|did it|relapsed",
        # A bare "did it" only with its time: not "glad I did it" about short sleeves worn.
        r"(?:(?<=again)|(?<=relapsed))(?: last night| tonight| today| this morning| yesterday)?"
        r"(?= (?:[.,]|$))"
        r"|(?<=did it)(?: last night| tonight| this morning| yesterday)(?= (?:[.,]|$))",
        needs="sleeves longsleeves hoodie hoodies",
        back=r"(?:i|ive|i have|and i|i just)",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

# The act left unnamed, where it was done named: "did the thing again on my thighs so my
# parents wont see"; the newest marks told as done: "marks on my arms ... I did the latest
# ones yesterday". Not "did it on my arm" alone (a tattoo, a henna).
_UNNAMED_ON_BODY: Final = [
    rule(
        "did_thing_on_body",
        "did the thing|done the thing|did it again|done it again|did that again",
        rf"(?: again)? (?:on|to) my {_BODY}(?= )",
        needs="arm arms wrist wrists leg legs thigh thighs skin stomach hip hips ankle ankles",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
    rule(
        "did_latest_marks",
        "i did the|did the",
        r" (?:latest|newest|new|fresh|last|most recent) ones"
        r"(?= (?:[.,]|$|last night|yesterday|tonight|today|this morning|again))",
        needs="marks cuts scars lines burns",
        level=HIGH,
        reasons="self_harm",
        tense=Tense.EVENT,
    ),
]

SELF_HARM_RULES: Final[list[Rule]] = [
    *_UNNAMED_ON_BODY,
    *_HIDDEN_AND_BACK,
    *_SELF_HARM,
    *_RELAPSE_SHORTHAND,
    *_HURT_AS_MEANT,
    *_NAMED_AFTER,
    *_TOLD_OTHERWISE,
]
