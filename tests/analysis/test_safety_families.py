"""Safety, coercive control and the Four Horsemen by family, not by line (issue 14, generalising).

Each family comes from the field's own frameworks (the Duluth power and control wheel, Stark's
coercive control, violence as told by the one it happened to, fear of the partner, self-harm:
active, passive and method) and is tested with varied wording of its own: other verbs, tenses,
pronouns, conditionals and imperatives. Beside them, bait lines where the same words are harmless
(idioms, jokes, reported speech, negation, affection): nothing unsafe and no horseman may be
flagged on those. These lines were written before the rules that pass them and are not the
evaluation set's lines.
"""

import pytest

from talktogether_desktop.analysis import analyze

from .timeline import conversation, end_of, say

CALM = "We were talking about the weekend and what to cook."


def read(*lines):
    """Lines alternate S1/S2 after a calm opener (so nothing is read as a harsh start-up by accident)."""
    utterances, t = [say("S2", 0.0, CALM)], 0.0
    t = end_of(utterances[0]) + 0.5
    for k, text in enumerate(lines):
        u = say("S1" if k % 2 == 0 else "S2", t, text)
        utterances.append(u)
        t = end_of(u) + 0.5
    return analyze(conversation(*utterances))


def safety_on(r, speaker="S1"):
    return [f["category"] for f in r["safety_flags"] if f["speaker"] == speaker and f["category"] != "appeasement"]


def markers_on(r, category, speaker="S1"):
    return [m["text"] for m in r["markers"] if m["category"] == category and m["speaker"] == speaker]


FAMILIES = {
    # Duluth: coercion and threats -- to take the children, to report immigration status, to out,
    # to hurt pets, to destroy belongings, ultimatums, threats about therapy or telling anyone.
    "threat: children": [
        "Go to a solicitor and you will never lay eyes on the boys again.",
        "You walk out that door and I'm taking the children to my mother's for good.",
        "I'll make sure the kids never see you again.",
        "If you leave me, you won't see Ella again.",
    ],
    "threat: immigration": [
        "I'll ring immigration and have you deported.",
        "One word from me about your visa and you're gone.",
        "Keep pushing me and I'll report you to the Home Office.",
    ],
    "threat: outing and exposure": [
        "If you leave I'll tell your parents you're gay.",
        "Cross me and I'll send those photos to everyone at your work.",
        # said as a pity ("be a shame if…")
        "Be a real shame if your family found out what you've been up to.",
    ],
    "threat: pets": [
        "One more mess on the rug and I'll drop him at the pound.",
        "If you don't shut up, the cat goes.",
        "Keep it up and I'll get rid of that dog of yours.",
        "Do that again and I'll hurt the dog.",
    ],
    "threat: belongings": [
        "Carry on like this and your guitar goes out the window.",
        "I'll smash your laptop if you ignore me again.",
        "Talk back once more and your mum's ring ends up in the bin.",
    ],
    "threat: ultimatum": [
        "If you go to that party, don't bother coming home.",
        "You go out tonight and we're finished, I mean it.",
        "Make one more complaint and you'll wish you hadn't.",
        # a condition about leaving or telling keeps "I'll kill you" a threat (the mock threat over a treat is bait)
        "I'll kill you if you leave me, I mean it.",
        "I'm going to kill you if you tell your sister.",
        # an ultimatum on keeping home or children, said as the answer to a request
        "Not if you want to keep living under this roof.",
        "Only if you want to keep seeing the children.",
    ],
    "threat: therapy or telling anyone": [
        "Mention the money to the counsellor and you'll regret it.",
        "Tell anyone about last night and you'll be sorry.",
        "What happens in this house stays in this house, understood?",
    ],
    # Stark: monitoring and micro-regulation.
    "monitoring": [
        "Give me your passcode, I want to see who you've been texting.",
        "I put a tracker on your car so I know where you are.",
        "I want the passcode to your phone by tonight.",
        "Hand me your phone, I want to see who you've been messaging.",
        "The app showed you were at the gym for two hours, explain that.",
        "I checked the mileage on your car again.",
    ],
    "micro-regulation": [
        "Who said you could go out in that dress?",
        "You don't leave this house without asking me first.",
        "You'll be home by six or there'll be trouble.",
    ],
    # Duluth: economic abuse.
    "financial": [
        "And show me the bill for that jacket when you get in.",
        "I've moved your salary into my account.",
        "From now on you'll get fifty pounds a week for food.",
        "Show me the receipts for everything you bought.",
        "I've taken your name off the joint account.",
        "Hand over your pay packet every Friday.",
    ],
    # Duluth: isolation.
    "isolation": [
        "I'm not allowed to see my mates, I'm not even allowed to drive the car.",
        "I don't even have my own phone, he keeps it in his jacket.",
        "Don't go crying to your mother about this.",
        "Your mates are a bad influence anyway, you're better off at home with me.",
        "It's me or your friends, you choose.",
        "I've hidden the car keys so you can't go anywhere.",
        "You're not going round to Jess's again this week.",
    ],
    # Duluth: minimising, denying and blaming.
    "blaming": [
        "If you didn't nag me all the time I wouldn't shout.",
        "If you hadn't provoked me I'd never have lost my temper.",
        "It's your own fault I lost it.",
    ],
    # Violence as told by the one it happened to.
    "violence": [
        "He threw a plate at my head.",
        "She had her hands around my neck.",
        "You held me down on the bed until I stopped moving.",
        "He dragged me across the kitchen by my hair.",
        "You grabbed me by the throat last month.",
    ],
    # Fear of the partner.
    "fear of the partner": [
        # waiting to see the partner's mood before speaking
        "I can't just say when something's wrong, I have to see what kind of mood you're in first.",
        "When his van pulls into the yard my stomach goes tight and I check the kitchen twice.",
        "I never know what mood you'll be in when you get home.",
        "I sleep with the bedroom door locked because of you.",
        "I'm frightened of what he might do when he's been drinking.",
        "I tiptoe around you all day.",
        "That's how afraid of you I am.",
    ],
    # Self-harm: active, passive and method words.
    "self-harm": [
        "I've been thinking about ending it.",
        "I want to die.",
        "Some days I can't see the point in going on.",
        "I've been saving up my sleeping tablets.",
        "I looked up how many pills it would take.",
        "I stood on the bridge for an hour last night.",
    ],
}


# A second batch, written after the first passed, to see whether the rules carried (9 of 23 did);
# the families were then widened (outcomes, exposure, the body's fear, plans and goodbyes, fillers).
FAMILIES["second batch"] = [
    "You ever speak to your brother again and you'll be out on your ear.",
    "If you tell Dr Patel about the money, there will be consequences.",
    "I'll have your residency cancelled, don't think I won't.",
    "Try leaving and see what happens to the rabbit.",
    "I'll tell your whole church what you did.",
    "You're not having the car this week, you don't need to go anywhere.",
    "Send me a picture every hour so I know you're at work.",
    "I read all your WhatsApps while you were asleep.",
    "You can have twenty pounds, and I want the change back.",
    "I can't stop shaking when I hear his key in the door.",
    "I have a plan for how I'd do it.",
    "I keep thinking everyone would be happier if I just wasn't here.",
    "I've written letters to the kids in case.",
    "I don't want to be here anymore.",
]


# A third batch, written once the second passed: 7 of 24 found at first, bait 1 of 18 flagged; then
# threats told by the one threatened, rules of obligation ("you have to show me"), burdensomeness,
# strangulation and near-miss throws, and negation read on the speaker's own act only.
FAMILIES["third batch"] = [
    "Leave me and I'll make sure you never get custody.",
    "If you so much as look at another man, you'll be sorry you were born.",
    'Next time you embarrass me like that, your clothes are going on the bonfire.',
    "I'll phone the Home Office myself, see how long you last here.",
    "You breathe a word of this to anyone and you're dead.",
    "Keep crying and I'll give you something to cry about.",
    "He said if I ever left he'd find me.",
    "She told me if I went to the police she'd hurt herself and say it was me.",
    'You have to show me your texts every night before bed.',
    "I've been going through your emails.",
    "You're not to leave the house without telling me where you're going.",
    "Your mother isn't welcome here, and you're not to visit her either.",
    'I took your debit card, you can ask me when you need something.',
    "You don't work, so you don't get a say in what we spend.",
    'He locked me in the bathroom for the whole night.',
    'You pushed me down the stairs.',
    'She smashed a glass against the wall right next to my face.',
    'He put his hands on my neck and squeezed.',
    "I'm constantly on edge waiting for him to snap.",
    "I'm too scared to tell you how I really feel in case you lose it.",
    "I feel like I'm just a burden to everyone.",
    "I've thought about driving my car into a tree.",
    "Sometimes I think it'd be easier to just not exist.",
    "I've been hurting myself again, on my arms.",
]


# A fourth batch, written once the third passed: 12 of 24 found at first, bait 3 of 16 flagged; then
# harm promised to a house or a life, times to be back by, means denied by rule, knowing where you were,
# fear of going home and of not knowing, fear of a thing set apart, wanting it all to stop.
FAMILIES["fourth batch"] = [
    "You go near a lawyer and the kids won't be here when you get back.",
    "If you ever try to leave, I'll burn the house down with your stuff in it.",
    'Say that again and watch what happens.',
    "Cross me again and I'll make your life a misery.",
    "I'll tell the judge you're an unfit mother.",
    "You're not seeing your friends on Friday, I've decided.",
    'You have to be back by nine, no exceptions.',
    'I check your bank statements every week, you know that.',
    "You don't get a phone, you don't need one.",
    "Give me your car keys, you're not going out.",
    "I know where you were last night, don't lie to me.",
    'He grabbed my wrist and twisted it until I cried.',
    'She slapped me across the face in front of the kids.',
    'He threw me against the wardrobe.',
    'You spat in my face.',
    "I'm afraid to go home tonight.",
    'I flinch every time he raises his voice.',
    "I never know if he's going to explode.",
    'I just want it all to stop, forever.',
    "I've been stockpiling my meds.",
    'Nobody would even notice if I was gone.',
    "I've thought about taking all my pills.",
    "It's because you keep pushing me that I lash out.",
    'You made me do it, you know you did.',
]


# A fifth batch, written once the fourth passed: 9 of 24 found at first, bait 4 of 16 flagged; then
# menace without a named harm, losing everything, staying home, say-so, restriction on purpose,
# cameras, fear of what he will do, hiding, worthlessness, research, life not worth living,
# "you're the reason I drink"; a threat told must be aimed at the speaker; "play that game" is no story.
FAMILIES["fifth batch"] = [
    "Walk out on me and you'll be sleeping on your mum's sofa for the rest of your life.",
    "You want to play that game, I'll make sure your boss hears all about it.",
    "Don't test me, I've got nothing to lose.",
    "If the police come round, you'll be the one who pays.",
    "You'll have nothing, no house, no kids, nothing.",
    "Text Sarah again and I'll smash your phone.",
    'From now on I do the shopping and you stay home.',
    'You need my say-so before you buy anything.',
    "I've changed the wifi password so you can't get online.",
    "I go through your bag every night, it's my right.",
    "I've put a camera in the living room to keep an eye on you.",
    'He choked me until I nearly passed out.',
    'You kicked me in the stomach when I was pregnant.',
    'She threw a mug at me and it cut my head.',
    'He pinned me against the car.',
    "I'm scared he'll hurt the kids.",
    "I hide in the bathroom when he's drunk.",
    'My hands shake when your name comes up on my phone.',
    "I'm a waste of space, honestly.",
    "I've been giving away my stuff to my sister.",
    "I've researched ways to do it.",
    "Life's not worth living anymore.",
    "I've had enough of living.",
    "You're the reason I drink, so don't look at me like that.",
]


@pytest.mark.parametrize("family,line", [(f, line) for f, lines in FAMILIES.items() for line in lines])
def test_each_family_of_safety_wording_is_flagged(family, line):
    r = read(line)
    assert safety_on(r), (family, line, r["safety_flags"])


BAIT = [
    "I'm not allowed to have sugar, doctor's orders.",
    "We got her from the pound ten years ago and she's still a menace.",
    "When you get home I feel sick with nerves about my interview tomorrow.",
    # idioms
    "I could kill for a coffee right now.",
    "My boss will murder me if I'm late again.",
    "You scared me half to death creeping up like that!",
    "The kids will kill me if I forget the cake.",
    "This job is going to be the death of me.",
    "I nearly died laughing at that film.",
    # ordinary imperatives with the same verbs
    "Give me your hand, the path is slippery.",
    "Hand me the remote, it's my turn to choose.",
    "Can you check the times of the trains on your phone?",
    "If you go to the shop, don't forget the milk.",
    "If you leave now, you'll miss the traffic.",
    "I'll take care of the dog while you're away.",
    "Put the receipt in the drawer so we can return it.",
    # reported speech and jokes
    "My sister said her husband threatened to throw her phone in the river, can you believe it?",
    "In the film he says I'll kill you, and then he trips over the cat.",
    "Lily said Pop is so old he had a dinosaur for a pet.",
    "If you leave the window open the cat goes out.",
    "Did you remember to check the mileage before the MOT?",
    "Sorry I wasn't here yesterday, the train was cancelled.",
    "Pass me your plate and I'll serve you some more.",
    "Let's get rid of that old sofa this weekend.",
    "I'm scared stiff of the dentist.",
    "My sister's cat destroyed the sofa, she could have killed it.",
    "I'm going to strangle that printer.",
    "If you go out tonight, don't forget your keys.",
    "You'll be sorry you missed the fireworks, they were amazing.",
    'Show me your holiday photos, I want to see them.',
    "Give me your coat, I'll hang it up.",
    "You always know how to make me laugh when I'm down.",
    "You never complain, even when I'm late.",
    'The therapist asked if we ever felt unsafe, and we both said no.',
    'That roller coaster nearly killed me.',
    "I'd die of embarrassment if my mum saw that.",
    "My friend's husband tracks her phone, can you imagine?",
    'We could sell the old car and put the money aside.',
    "I'm afraid we're out of milk.",
    'You scared the life out of me when you jumped out.',
    "I'm done with the washing, your turn.",
    "She said, 'I'll kill you if you spoil the ending,' and laughed.",
    "Don't bother coming to get me, I'll walk.",
    "You're always so patient with the kids.",
    'You never miss a chance to make me laugh.',
    "My colleague said I'm always late, the cheek.",
    'Dad used to say you never know till you try.',
    "I'm not saying you're lazy, I'm saying I'm tired.",
    "You're such a good cook.",
    'Whatever you want for dinner is fine by me.',
    "I'm going to bed early, want to join me?",
    "That's not true, you're the best thing that happened to me.",
    "You mean everything to me.",
    "The lake where we met, remember?",
    'This heat is killing me.',
    "I'm going to murder this lasagne.",
    'I nearly had a heart attack when the bill came.',
    'You always know how to make me feel safe.',
    'My friend said her husband hit the roof when she crashed the car.',
    "Give me your phone number and I'll send you the photos.",
    'Can I have your keys, I left mine at work.',
    "If you go, take a coat, it's freezing.",
    "I'm not going to stop you seeing anyone, I promise.",
    "I'd never take the kids from you.",
    "We're done with the painting, finally.",
    "I'm dying for a cup of tea.",
    "Don't tell anyone, it's a surprise party.",
    "You'll regret not coming, the food was amazing.",
    "I'm scared of heights, you know that.",
    'That horror film scared the life out of me.',
    "I'll kill for a holiday right now.",
    "She threatened to quit if they didn't give her a raise.",
    "He said he'd kill me if I told anyone about the surprise, so shush.",
    "You're killing it at work, I'm so proud.",
    "I was scared stiff you wouldn't like the present.",
    'Give me your bag, it looks heavy.',
    'Every time I see you I smile.',
    'I check the weather every morning.',
    "If you leave early, you'll beat the traffic.",
    "I'd be lost without you, honestly.",
    'I nearly died when I saw the price.',
    "I'm not going to take your phone, relax.",
    "The dog's going to the kennels while we're away.",
    "We're finished with the garden for this year.",
    "I'm afraid I can't make it on Saturday.",
    'I wish I could disappear into a good book for a week.',
    # negation and reassurance
    "I would never hurt you or the dog.",
    "I'm not going to stop you seeing your friends.",
    "I'm not scared of you, I'm scared of losing you.",
    # affection with absolutes and mild swearing
    "You always know exactly what I need, you're a bloody star.",
    "You've never once let me down, have you.",
    "We'd be better off taking the train, honestly.",
    # a mock threat over a treat (round 11)
    "I'm going to kill you if you ate the last of the brownies.",
    "I'll kill you if you finish my crisps, I swear.",
    "Book the MOT, if you want to keep the car on the road.",
    "It would be a shame if the kids found out about the surprise party.",
    "I'll see what mood the boss is in before I ask for Friday off.",
    "My friends are a bad influence, they made me have three desserts.",
]


@pytest.mark.parametrize("line", BAIT)
def test_bait_is_neither_unsafe_nor_a_horseman(line):
    r = read(line)
    assert not safety_on(r), (line, r["safety_flags"])
    for horseman in ("criticism", "contempt", "defensiveness", "stonewalling"):
        assert not markers_on(r, horseman), (line, horseman)


HORSEMEN = {
    "contempt": [
        "Oh boo hoo, poor you.",
        "Well aren't you clever.",
        "Did you come up with that all by yourself?",
        "Oh wow, what a brilliant idea. Truly.",
        "Listen to him, Mister Perfect.",
        "Are you going to cry about it now?",
    ],
    "defensiveness": [
        "How exactly was I supposed to know that?",
        "What was I s'posed to do, read your mind?",
        "Well your room's a tip too, so don't act like you're perfect.",
        "Sorry you feel that way.",
        "Look who's talking.",
    ],
    "stonewalling": [
        "I'm going for a drive.",
        "Right, I'm off out.",
        "I don't know what you want me to say.",
        "I'm heading out.",
    ],
    "criticism": [
        "This is what you do, you disappear.",
        "It's like living with a stranger.",
    ],
}


# A second batch, written once the first passed: 6 of 32 found at first, bait 5 of 9 flagged; then
# intensifiers inside a phrase, counter-questions, disowned and warm criticism, invitations.
SECOND_BATCH = {
    'contempt': [
        'Oh, did that hurt your little feelings?',
        'What are you, twelve?',
        'Do you ever actually listen, or is that too much to ask?',
        'Congratulations, you managed to load the dishwasher.',
        "Oh sure, because you're such an expert.",
        'Aww, is someone sulking?',
        "Ha, that's rich coming from you.",
    ],
    'defensiveness': [
        'And whose fault is that?',
        'Why is it always my fault?',
        'How was I to know you wanted it done today?',
        'I was only trying to help.',
        "Well, you didn't exactly remind me, did you?",
        "So now I'm the bad guy?",
        'What about the time you forgot my birthday?',
    ],
    'stonewalling': [
        "I'm going to bed.",
        'I need some air.',
        "Talk to you when you've calmed down.",
        "I'm not getting into this.",
        "Can't be bothered with this.",
    ],
    'criticism': [
        "You're so selfish, it's unbelievable.",
        'You only ever think about yourself.',
        'Why are you incapable of putting a plate in the dishwasher?',
        "You're just like your father.",
        'You have no idea how to be a partner.',
    ],
}
# Shapes the older splits had missed: an absolute object with the partner as subject, and a
# counter-reminder answering a complaint.
SECOND_BATCH["criticism"].append("You organised everything without asking me.")
SECOND_BATCH["defensiveness"].append("The Smiths came to ours last time, remember?")
for _marker, _lines in SECOND_BATCH.items():
    HORSEMEN[_marker] += _lines


@pytest.mark.parametrize("marker,line", [(m, line) for m, lines in HORSEMEN.items() for line in lines])
def test_horsemen_in_other_words(marker, line):
    r = read("You never put the bins out.", line)
    assert markers_on(r, marker, "S2"), (marker, line, [(m["category"], m["text"]) for m in r["markers"]])


REPAIRS = [
    "Okay, I'm sorry, that came out wrong.",
    'Let me try that again, more kindly.',
    'Hang on, can we start over?',
    "You're right, I overreacted.",
    "I didn't mean to snap at you.",
    'Can I have a hug?',
    "We're on the same team here.",
    "Can we hit pause for a second?",
    "I'm being unfair, I know.",
    "That was mean of me.",
]


@pytest.mark.parametrize("line", REPAIRS)
def test_repairs_in_other_words(line):
    r = read("You never put the bins out.", line)
    assert markers_on(r, "repair", "S2"), (line, [(m["category"], m["text"]) for m in r["markers"]])


def test_a_non_apology_is_not_a_repair():
    r = read("You never put the bins out.", "Sorry you feel that way.")
    assert not markers_on(r, "repair", "S2")
