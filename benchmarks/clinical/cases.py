"""The clinical evaluation set, written as scripts: who says what, with which tags.

`python benchmarks/clinical/cases.py` writes `dev/`, `heldout/`, `heldout2/`, `heldout3/`, `heldout4/`, `heldout5/` and `heldout6/NAME.truth.json`
in the format /work/shared/scoring/check_clinical.py reads: a list of lines
{spk, start, end, text, tags}, plus the optional keys this set's own benchmark uses
(`gap` before the line is already in `start`; `probability`: how sure the recogniser was of the
line's words, for the "how sure" checks).

Tags (one line may carry several):
  CRITICISM, CONTEMPT (...), DEFENSIVENESS, STONEWALLING (...), REPAIR, FLOODING, HARSH STARTUP,
  BID: TOWARD | BID: AWAY | BID: AGAINST (on the bid line: how the other partner met it),
  SAFETY: THREAT, SAFETY: THREAT (therapy), SAFETY: VIOLENCE, SAFETY: FEAR OF PARTNER,
  SAFETY: SELF-HARM, SAFETY: COERCION (financial | monitoring | isolation | blaming),
  APPEASEMENT (after a threat: a possible fear response, never a repair),
  NOT REPAIR, NOT VIOLENCE, NOT BID (traps the benchmark checks by name),
  bait: ... (a line nothing negative or unsafe may be flagged on: affection, idiom, quoted speech),
  PATTERN: PURSUE-WITHDRAW (on the first pursuing line of an exchange with that cycle).

The held-out exchanges were written with the development ones, before any rule was changed; the
rules were developed on `dev` only and `heldout` was scored once at the end, to see how they carry.
`heldout2` (other topics: in-laws, intimacy, parenting, work stress, a calm planning talk, monitoring
and isolation with a threat and appeasement, passive self-harm) was written and committed before the
second round of rule changes, so that round is measured on wording it was not written against.
`heldout3` was written once those changes were settled (heldout2 had been looked at while making
them) and scored before any further change; `heldout4` after the changes heldout3 led to, scored once
and never used to change a rule; `heldout5` after the changes that followed, scored once, then
used for a last set of changes. `heldout6` was written blind by another session from the field's
frameworks (Duluth, Stark, violence told by the one hurt, fear, self-harm) and scored once with those
rules (safety 4/26: they had not generalised); the third round then widened the rules by family,
with heldout6 seen, so no split is unseen by the final rules (measured/README.md has the order).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

WPS = 2.7  # words per second of ordinary speech
DEFAULT_GAP = 0.5

# (speaker, text, tags, options); options: gap (s of silence before the line), probability
DEV = {
    "chores_pursue_withdraw": [
        ("A", "You never do the dishes, I always have to clean up after you.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Okay.", ["STONEWALLING (minimal reply)"], {"gap": 1.5}),
        ("A", "Why can't you just help me for once? I asked you three times this week and every single time you said later and then nothing happened.", ["CRITICISM"], {}),
        ("B", "Fine.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "Can you please look at me when I'm talking to you? I need to know you hear me.", ["BID: AGAINST"], {}),
        ("B", "Whatever.", ["CONTEMPT (dismissive)", "STONEWALLING (dismissive)"], {"gap": 4.0}),
        ("A", "Oh great, so now you're ignoring me again, what a surprise, you're pathetic.", ["CONTEMPT (sarcasm, insult)"], {}),
        ("B", "I'm done talking about this.", ["STONEWALLING (leaving)"], {}),
    ],
    "warm_affectionate_always": [
        ("A", "You always know how to make me smile after a long day.", ["bait: affectionate always"], {}),
        ("B", "And you always remember the little things, like my coffee in the morning.", ["bait: affectionate always"], {}),
        ("A", "You never once made me feel like a burden when I was sick.", ["bait: affectionate never"], {}),
        ("B", "I would like us to plan a walk together on Sunday.", ["BID: TOWARD"], {}),
        ("A", "Yes, I would love that. Let's go to the lake.", ["bait: warm reply"], {}),
        ("B", "Thank you for listening to me yesterday, it meant a lot.", [], {}),
        ("A", "You never fail to cheer me up, you know that?", ["bait: affectionate never"], {}),
    ],
    "money_coercive_threat": [
        ("A", "Give me your bank card. You get an allowance from now on.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "But it's my salary, I just need to feel safe with my own money.", ["BID: AGAINST"], {}),
        ("A", "If you bring this up in front of the therapist again, you will be sorry.", ["SAFETY: THREAT (therapy)"], {}),
        ("B", "I'm sorry. Forget I said anything.", ["APPEASEMENT (after a threat)"], {"gap": 2.5}),
        ("A", "Good. And who said you could go through my things?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I'm scared to bring anything up with you.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
        ("A", "Okay, you're right, let's calm down.", ["NOT REPAIR"], {}),
    ],
    "negation_and_blame": [
        ("A", "You left the kids at school for an hour yesterday.", [], {}),
        ("B", "It's not my fault, nobody told me the time changed.", ["DEFENSIVENESS", "NOT REPAIR"], {}),
        ("A", "I'm not saying it's your fault, I just want us to share the calendar.", ["BID: AGAINST"], {}),
        ("B", "Well you never tell me anything, so don't blame me.", ["DEFENSIVENESS", "CRITICISM"], {}),
        ("A", "I am not sorry for bringing it up.", ["NOT REPAIR"], {}),
        ("B", "I don't understand why this is such a big deal.", ["NOT REPAIR"], {}),
    ],
    "violence_blame_shift": [
        ("B", "Last week you grabbed me and pushed me against the wall.", ["SAFETY: VIOLENCE"], {}),
        ("A", "You pushed me to it, you know how you get.", ["SAFETY: COERCION (blaming)", "NOT VIOLENCE", "DEFENSIVENESS"], {}),
        ("B", "I'm afraid of what you'll do when you drink.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
        ("A", "Look what you made me do.", ["SAFETY: COERCION (blaming)", "NOT VIOLENCE", "DEFENSIVENESS"], {}),
    ],
    "self_harm_passive": [
        ("A", "Sometimes I think everyone would be better off without me.", ["SAFETY: SELF-HARM"], {}),
        ("B", "Don't say that. I hear you, tell me more.", ["REPAIR"], {}),
        ("A", "I just don't see the point of waking up anymore.", ["SAFETY: SELF-HARM"], {}),
        ("B", "I love you and I'm right here with you.", ["REPAIR"], {}),
    ],
    "idioms_and_quotes": [
        ("A", "This traffic is killing me, I was stuck for an hour.", ["bait: idiom"], {}),
        ("B", "My boss said you never finish anything on time, to the whole team.", ["bait: quoted speech"], {}),
        ("A", "He said that? That's ridiculous of him.", ["bait: quoted speech, contempt aimed at a third party"], {}),
        ("B", "I could murder a pizza right now, honestly.", ["bait: idiom"], {}),
        ("A", "My feet are killing me after that hike.", ["bait: idiom"], {}),
        ("B", "In the film he says I'll kill you and then he just leaves.", ["bait: quoted speech"], {}),
    ],
    "repair_landed": [
        ("A", "You're so selfish, you only care about your own plans.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "That's not true, I planned the whole trip for you.", ["DEFENSIVENESS"], {}),
        ("A", "Yeah right, for me.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Okay, let's take a break and start over.", ["REPAIR"], {"gap": 1.5}),
        ("A", "Fair enough. I'm sorry, I was tired.", ["REPAIR"], {}),
        ("B", "I need us to decide the holidays together.", ["BID: TOWARD"], {}),
        ("A", "Okay, tell me what you would like to do.", [], {}),
    ],
    "flooding_timeout": [
        ("A", "You're always criticising the way I talk to your mother.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "My heart is pounding, I can't think straight right now.", ["FLOODING"], {}),
        ("B", "Can we take a break for twenty minutes and come back to this?", ["REPAIR"], {"gap": 0.3}),
        ("A", "Okay. I'll make tea and we can try again.", [], {}),
    ],
    "isolation_monitoring": [
        ("A", "You're not seeing your sister this weekend, she turns you against me.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Can we talk about it tonight?", ["BID: AGAINST"], {}),
        ("A", "I checked your phone, I know who you were texting.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I feel like I'm walking on eggshells around you.", ["SAFETY: FEAR OF PARTNER"], {}),
    ],
    "bedtime_phone": [
        ("A", "Do you always take the long way home from work?", ["bait: question"], {}),
        ("B", "Only when the bridge is busy.", [], {}),
        ("A", "You never listen, you just sit on your phone all evening.", ["CRITICISM"], {}),
        ("B", "I didn't even have my phone out.", ["DEFENSIVENESS"], {}),
        ("A", "Oh please.", ["CONTEMPT (mockery)"], {}),
        ("B", "You're right. I'm sorry, I hear you.", ["REPAIR"], {"gap": 1.0}),
        ("A", "Thank you. I miss talking with you at night.", ["BID: TOWARD"], {}),
        ("B", "I miss it too. Let's leave the phones in the kitchen.", [], {}),
    ],
}

HELDOUT = {
    "weekend_plans_conflict": [
        ("A", "Every time we plan something you cancel at the last minute.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "I wish you would tell me earlier, I really want us to have time together and I keep making plans for both of us and it hurts.", ["BID: AWAY"], {}),
        ("B", "Sure.", ["STONEWALLING (minimal reply)"], {"gap": 3.5}),
        ("A", "What is wrong with you? Talk to me.", ["CRITICISM"], {}),
        ("B", "I don't want to talk about it.", ["STONEWALLING (refusal)"], {}),
        ("A", "Oh here we go again.", ["CONTEMPT (mockery)"], {}),
    ],
    "tender_evening": [
        ("A", "You always make the house feel like home.", ["bait: affectionate always"], {}),
        ("B", "You never let me go to bed worried, I love that about you.", ["bait: affectionate never"], {}),
        ("A", "Could you tell me more about your day?", ["BID: TOWARD"], {}),
        ("B", "Sure, it was long but my team finished the project.", [], {}),
        ("A", "I'm not upset with you at all, I was just tired earlier.", ["bait: negation"], {}),
    ],
    "control_after_session": [
        ("A", "Don't you dare tell the therapist about the money again.", ["SAFETY: THREAT (therapy)"], {}),
        ("B", "I won't, sorry, never mind.", ["APPEASEMENT (after a threat)"], {"gap": 2.0}),
        ("A", "You have to ask me before you spend anything.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "Okay, you're right.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], {}),
        ("A", "Give me your password, I want to read your messages.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I'm too scared to disagree with you.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
    ],
    "defensive_exchange": [
        ("A", "The bills were late again this month.", [], {}),
        ("B", "That's not what happened, I paid them on Friday.", ["DEFENSIVENESS"], {}),
        ("A", "You're the one who lost the letter.", ["DEFENSIVENESS"], {}),
        ("B", "I hear you. Let's look at the account together.", ["REPAIR"], {}),
        ("A", "That's fair. Thank you.", ["REPAIR"], {}),
        ("B", "It's not that I don't care, I just forgot.", ["bait: negation"], {}),
    ],
    "despair_and_threat": [
        ("A", "I can't go on like this, I want to end it all.", ["SAFETY: SELF-HARM"], {}),
        ("B", "If you leave me I'll make you pay.", ["SAFETY: THREAT"], {}),
        ("A", "You hit me last time I tried to go.", ["SAFETY: VIOLENCE"], {}),
        ("B", "You made me do it.", ["SAFETY: COERCION (blaming)", "NOT VIOLENCE", "DEFENSIVENESS"], {}),
        ("A", "I'm sorry, I didn't mean it.", ["APPEASEMENT (after a threat)"], {"gap": 2.5}),
    ],
    "idioms_heldout": [
        ("A", "This deadline is going to kill me.", ["bait: idiom"], {}),
        ("B", "My mum always says you never call her, it drives me mad.", ["bait: quoted speech"], {}),
        ("A", "I'd kill for a holiday, I'm so tired.", ["bait: idiom"], {}),
        ("B", "That comedian had me dying of laughter last night.", ["bait: idiom"], {}),
    ],
    "overwhelm_and_return": [
        ("A", "Why do you always have to bring up my mother?", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "I'm shaking, I feel completely overwhelmed.", ["FLOODING"], {}),
        ("B", "I need to step away for a bit, I promise I'll come back.", ["REPAIR"], {"gap": 0.3}),
        ("A", "You're right, I'm sorry. Take your time.", ["REPAIR"], {}),
    ],
}

# Written for this split before any rule of the second round was changed (other topics, other
# wording); scored before and after, never tuned on.
HELDOUT2 = {
    "inlaws_sunday": [
        ("A", "You never stand up for me when your mother starts on my cooking.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "That's not fair, I told her to stop last time.", ["DEFENSIVENESS"], {}),
        ("A", "My brother says you never answer his messages either.", ["bait: reported speech"], {}),
        ("B", "Well you're the one who invited them without asking me.", ["DEFENSIVENESS"], {}),
        ("A", "Can we stop for a minute? I don't want to fight about your mum.", ["REPAIR"], {}),
        ("B", "Oh, how convenient.", ["CONTEMPT (sarcasm)"], {}),
        ("A", "Please, I just want us to agree on what we tell your mother.", ["BID: AWAY"], {}),
        ("B", "Fine.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "Are you going to say anything else?", [], {}),
        ("B", "I'm not doing this tonight.", ["STONEWALLING (leaving)"], {"gap": 1.5}),
    ],
    "intimacy_distance": [
        ("B", "I miss being close to you at night, I'd love it if we went to bed at the same time.", ["BID: AWAY"], {}),
        ("A", "I have work to finish.", [], {"gap": 1.0}),
        ("B", "You never want to touch me anymore, it's like living with a flatmate.", ["CRITICISM"], {}),
        ("A", "That's not true, I was exhausted all month.", ["DEFENSIVENESS"], {}),
        ("B", "Do you still think about us the way you used to?", ["BID: AGAINST"], {}),
        ("A", "Honestly, you're being needy and ridiculous.", ["CONTEMPT (insult)"], {}),
        ("A", "I'm sorry, that was unkind. I do want you, I've just been so stressed.", ["REPAIR"], {"gap": 3.0}),
        ("B", "Thank you for saying that. Can we have a slow Sunday morning together?", ["REPAIR", "BID: TOWARD"], {}),
        ("A", "I'd really like that.", [], {}),
    ],
    "parenting_bedtime": [
        ("B", "You always let the kids stay up late and then I'm the bad guy.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "Yeah.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("B", "I need you to back me up at bedtime, I can't do it on my own every night and I'm worn out.", ["BID: AWAY"], {}),
        ("A", "Right.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("B", "You are useless with them, honestly.", ["CONTEMPT (insult)"], {}),
        ("A", "Whatever you say.", ["CONTEMPT (dismissive)", "STONEWALLING (dismissive)"], {"gap": 2.0}),
        ("B", "Go on then, walk away like you always do.", ["CRITICISM"], {}),
        ("A", "I'm going to bed.", ["STONEWALLING (leaving)"], {}),
    ],
    "work_stress": [
        ("A", "This commute is driving me crazy, the train was cancelled again.", ["bait: complaint about something else"], {}),
        ("B", "I could kill for a coffee, honestly.", ["bait: idiom"], {}),
        ("A", "Work is crushing me, my manager keeps piling things on.", ["bait: idiom"], {}),
        ("B", "You always bring work home and you never switch off.", ["CRITICISM"], {}),
        ("A", "My chest is tight and my head is spinning, I can't do this right now.", ["FLOODING"], {}),
        ("A", "Can we pause and talk after dinner?", ["REPAIR"], {"gap": 0.3}),
        ("B", "Okay. I'm sorry, that came out harsh.", ["REPAIR"], {}),
        ("A", "I was just tired, I'm not blaming you.", ["bait: explanation after a repair"], {}),
        ("B", "Let's take a walk later, just the two of us.", ["BID: TOWARD"], {}),
        ("A", "I'd like that, thank you.", [], {}),
    ],
    "calm_planning": [
        ("A", "Do you ever get tired of me planning every trip?", ["bait: question"], {}),
        ("B", "Never, you always find the best little places.", ["bait: affectionate always"], {}),
        ("A", "You never complain even when the hotel is awful, I love that.", ["bait: affectionate never"], {}),
        ("B", "Could we look at dates for the summer tonight?", ["BID: TOWARD"], {}),
        ("A", "Yes, let's get the calendar out after dinner.", [], {}),
        ("B", "I'm not worried about the cost this year, we saved well.", ["bait: negation"], {}),
        ("A", "My dad always says we spend too much on holidays.", ["bait: reported speech"], {}),
        ("B", "He would say that, he never leaves his sofa.", ["bait: aimed at a third person"], {}),
    ],
    "tracked_and_isolated": [
        ("A", "Where were you at lunch? The tracker says you weren't at the office.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I went for lunch with Jenny from work.", [], {}),
        ("A", "You're not seeing her again, I decide who you spend time with.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Why are you tracking my phone?", ["SAFETY: COERCION (monitoring, told by the one tracked)"], {}),
        ("A", "You make me do it, you give me no reason to trust you.", ["SAFETY: COERCION (blaming)", "NOT VIOLENCE", "DEFENSIVENESS"], {}),
        ("B", "I just want to have a few friends of my own.", ["BID: AGAINST"], {}),
        ("A", "Say one more word about her and you'll regret it.", ["SAFETY: THREAT"], {}),
        ("B", "Sorry, you're right, I'll stay home.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], {"gap": 2.5}),
        ("A", "And you hand over your wages on Friday, I'll give you what you need.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "I'm frightened of what you'll do if I say no.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
    ],
    "low_mood": [
        ("A", "I've been feeling so heavy lately, like nothing matters.", [], {}),
        ("B", "I noticed you've been quiet. Do you want to talk about it?", [], {}),
        ("A", "Some nights I wish I could go to sleep and not wake up.", ["SAFETY: SELF-HARM"], {}),
        ("B", "Thank you for telling me. I'm here, and we'll get help together.", ["REPAIR"], {}),
        ("A", "Maybe you'd all be happier if I wasn't around.", ["SAFETY: SELF-HARM"], {}),
        ("B", "That's not true, we need you so much.", ["bait: reassurance"], {}),
    ],
}

# Written after the second round of rules was settled and scored once, to see how the rules carry
# to wording nobody tuned them on (heldout2 had been looked at while changing them).
HELDOUT3 = {
    "christmas_plans": [
        ("A", "Why is it always your family first at Christmas?", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "We went to yours last year, remember?", ["DEFENSIVENESS"], {}),
        ("A", "Oh sure, one afternoon, what a sacrifice.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "I know it matters to you. Can we split the days this time?", ["REPAIR", "BID: TOWARD"], {}),
        ("A", "Okay, that could work.", [], {}),
    ],
    "new_baby_nights": [
        ("A", "I haven't slept more than two hours a night this week.", [], {}),
        ("B", "I know, you've been amazing with her.", [], {}),
        ("A", "But you just lie there when she cries, every single night.", ["CRITICISM"], {}),
        ("B", "I have to be up at six, what do you want from me?", ["DEFENSIVENESS"], {}),
        ("A", "I want you to take the two o'clock feed, just twice a week.", ["BID: AWAY"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "Don't just mm me, answer me.", [], {}),
        ("B", "I said fine. Drop it.", ["STONEWALLING (refusal)"], {"gap": 1.5}),
    ],
    "gaming_late": [
        ("B", "You never come to bed before two because of that game.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "Okay.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("B", "I feel lonely in the evenings and I'd like us to watch something together again.", ["BID: AGAINST"], {}),
        ("A", "Here we go, the nagging again.", ["CONTEMPT (mockery)"], {"gap": 1.0}),
        ("B", "God, talking to you is like talking to a wall, you're such a child.", ["CONTEMPT (insult)"], {}),
        ("A", "Right.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("B", "I'm not nagging, I just miss you.", ["bait: negation"], {}),
        ("A", "Leave me alone.", ["STONEWALLING (leaving)"], {}),
    ],
    "driving_scare": [
        ("A", "You scared me half to death on the motorway today.", ["bait: idiom"], {}),
        ("B", "I'm sorry, I was going too fast, I'll slow down.", ["REPAIR"], {}),
        ("A", "Thank you. I know you're a good driver, I just panic.", [], {}),
        ("B", "That lorry nearly killed us both.", ["bait: an accident, not violence"], {}),
        ("A", "I could strangle whoever designed that junction.", ["bait: idiom"], {}),
    ],
    "drinking_fear": [
        ("B", "When you drink you throw things, last night you threw a glass at me.", ["SAFETY: VIOLENCE"], {}),
        ("A", "You wind me up until I snap, it's on you.", ["SAFETY: COERCION (blaming)", "DEFENSIVENESS"], {}),
        ("B", "I'm scared to come home when you've been drinking.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
        ("A", "Tell anyone about this and you'll lose the kids.", ["SAFETY: THREAT"], {}),
        ("B", "Okay. I'm sorry, I won't say anything.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "You're not going to your mother's on Sunday either.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Some days I think about taking all my pills at once.", ["SAFETY: SELF-HARM"], {}),
    ],
    "savings_talk": [
        ("A", "Do you always pay the credit card in full?", ["bait: question"], {}),
        ("B", "Always, my dad drilled it into me.", [], {}),
        ("A", "You never waste a penny, it's honestly impressive.", ["bait: affectionate never"], {}),
        ("B", "I'd love us to save for a trip to Portugal next spring.", ["BID: TOWARD"], {}),
        ("A", "Yes! Let's open a savings pot tonight.", [], {}),
        ("B", "My colleague says you never get a good deal on flights in spring.", ["bait: reported speech"], {}),
        ("A", "She's wrong, I've found cheap ones before.", [], {}),
    ],
}

# Written after the rules that followed heldout3 (sentence shapes) were settled, scored once, and
# not used to change any rule: the honest figure for wording the rules have never met.
HELDOUT4 = {
    "moving_house": [
        ("A", "You've decided everything about this move without me.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "I did ask you, and you said you didn't care where we lived.", ["DEFENSIVENESS"], {}),
        ("A", "I feel shut out, and I'd like a say in where we live.", ["BID: AGAINST"], {}),
        ("B", "Oh, poor you, nobody ever asks your opinion.", ["CONTEMPT (mockery)"], {}),
        ("A", "Please don't mock me, I'm trying to tell you I feel left out.", [], {}),
        ("B", "You're right, that was mean. Let's look at the listings together tonight.", ["REPAIR"], {}),
        ("A", "Thanks, I'd like that.", [], {}),
    ],
    "jealous_phone": [
        ("A", "I went through your messages last night, who is Sam?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "You had no right to read my phone.", ["SAFETY: COERCION (monitoring, told by the one monitored)"], {}),
        ("A", "From now on you send me a photo of where you are every hour.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I'm afraid of how angry you get.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
        ("A", "If I ever see you with him, I'll break his legs.", ["SAFETY: THREAT"], {}),
        ("B", "Okay, okay. I'm sorry.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], {"gap": 2.0}),
    ],
    "caregiving_tired": [
        ("B", "You never ask how I'm coping with all the hospital runs.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("A", "I'm the one who's sick, in case you forgot.", ["DEFENSIVENESS"], {}),
        ("B", "My hands are shaking, I can't breathe properly.", ["FLOODING"], {}),
        ("B", "I need ten minutes on my own, then I'll come back.", ["REPAIR"], {"gap": 0.3}),
        ("A", "Take the time. I'm sorry I snapped.", ["REPAIR"], {}),
        ("B", "Thank you. I just want us to be on the same team.", ["BID: TOWARD"], {}),
        ("A", "We are, love.", [], {}),
    ],
    "old_dog": [
        ("A", "You always knew exactly how to calm him down.", ["bait: affectionate always"], {}),
        ("B", "He never once growled at the kids, not in twelve years.", ["bait: a third party praised"], {}),
        ("A", "I keep expecting him at the door, it's killing me.", ["bait: idiom"], {}),
        ("B", "I know. Come here, let me hold you.", ["BID: TOWARD"], {}),
        ("A", "Thank you, I needed that.", [], {}),
    ],
    "teen_curfew": [
        ("A", "You constantly undermine me in front of Mia.", ["CRITICISM", "HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Sure.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "I need us to agree on one curfew and stick to it.", ["BID: AWAY"], {}),
        ("B", "Whatever works.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "Wow, father of the year.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "I'm not having this argument.", ["STONEWALLING (leaving)"], {}),
    ],
}

# Written after the rules that followed heldout4 were settled and scored once (measured/
# heldout5_scored_once.txt: the figure for wording those rules had never met); its misses then led
# to a last set of changes, so its later figures are no longer unseen.
HELDOUT5 = {
    "dinner_party": [
        ("B", "You always have to be the centre of attention, it's exhausting.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("A", "Excuse me for having a personality.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "See, this is exactly what I mean.", [], {}),
        ("A", "Look, I'm sorry. I didn't realise it bothered you so much.", ["REPAIR"], {}),
        ("B", "Thank you. I'd just like to get a word in sometimes.", ["BID: TOWARD"], {}),
        ("A", "That's fair, I'll watch it.", ["REPAIR"], {}),
    ],
    "bins_again": [
        ("A", "The bins weren't taken out again, that's the third week.", [], {}),
        ("B", "I was at work until nine, when exactly was I meant to do it?", ["DEFENSIVENESS"], {}),
        ("A", "Other people manage.", ["CONTEMPT (dismissive)"], {}),
        ("B", "Right.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "Are you going to sulk now?", ["CONTEMPT (mockery)"], {}),
        ("B", "I'm going out for a walk.", ["STONEWALLING (leaving)"], {}),
    ],
    "card_cancelled": [
        ("A", "I've cancelled your credit card, you were spending too much.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "You can't just cut me off like that.", ["SAFETY: COERCION (financial, told by the one controlled)"], {}),
        ("A", "Keep arguing and you'll be sleeping in the car.", ["SAFETY: THREAT"], {}),
        ("B", "Sorry. I'll do what you want.", ["APPEASEMENT (after a threat)", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "And stop messaging your brother, he puts ideas in your head.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "I'm terrified of you when you're like this.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
    ],
    "hopeless": [
        ("B", "What's the point of any of it, I'd be better off dead.", ["SAFETY: SELF-HARM"], {}),
        ("A", "Please don't say that, I'm right here and I love you.", ["REPAIR"], {}),
        ("B", "I've started giving my things away.", ["SAFETY: SELF-HARM"], {}),
        ("A", "Thank you for telling me, we'll call someone together tonight.", ["REPAIR"], {}),
    ],
    "sunday_morning": [
        ("A", "You never forget to bring me tea in bed, you spoil me.", ["bait: affectionate never"], {}),
        ("B", "And you always laugh at my terrible jokes.", ["bait: affectionate always"], {}),
        ("A", "This crossword is killing me, what's a seven letter word for tired?", ["bait: idiom"], {}),
        ("B", "My brother reckons you never lose at crosswords.", ["bait: reported speech"], {}),
        ("A", "Do you want to go for a walk by the river later?", ["BID: TOWARD"], {}),
        ("B", "I'd love to.", [], {}),
    ],
}


# Written blind by another session (from the field's frameworks, without reading the rules or the
# lexicons) while the rules were being generalised by category; added here and scored once with the
# rules as they stood (measured/heldout6_scored_once.txt) before any further change.
FIN = "SAFETY: COERCION (financial)"
MON = "SAFETY: COERCION (monitoring)"
ISO = "SAFETY: COERCION (isolation)"
BLAME = "SAFETY: COERCION (blaming)"

HELDOUT6 = {
    "h6_wages_and_receipts": [
        ("A", "So I moved your wages into my account this morning. You'll get a hundred a week, like we said.", [FIN], {}),
        ("B", "We didn't say that, you said that. And I need money for the dentist Thursday.", [], {"gap": 1.2}),
        ("A", "Then you bring me the receipt after and I'll pay you back. Every receipt, Cheryl, I mean it.", [FIN], {}),
        ("B", "I'm forty-three, I shouldn't have to show you a receipt for toothpaste.", [], {}),
        ("A", "Oh, listen to her, such a big grown-up lady. You're hopeless with money, always have been, that's why I do it.", ["CONTEMPT (mockery)", "CRITICISM", FIN], {}),
        ("A", "Keep mouthing off and see how much you get next week.", ["SAFETY: THREAT", FIN], {"gap": 0.8}),
        ("B", "Okay. Okay, sorry. A hundred's fine, I'll make it stretch.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.5}),
        ("A", "And don't go running to your sister about it either.", [ISO], {}),
        ("B", "I won't.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.0}),
    ],
    "h6_find_my_phone": [
        ("B", "Why were you at Tesco Extra forty minutes? The app had you sat in that car park for ages.", [MON], {}),
        ("A", "Have you... have you still got my location on? I switched it off.", [], {"gap": 1.5}),
        ("B", "Switched it back on while you were in the shower. Give us your phone, I wanna see who you've been texting.", [MON], {}),
        ("A", "I only changed the passcode 'cause I wanted one thing that was just mine.", [], {"gap": 1.0}),
        ("B", "Nothing's just yours. If there's something on there you're hiding, you'll wish there wasn't.", ["SAFETY: THREAT"], {}),
        ("A", "It's four four one nine. Sorry. I shouldn't have changed it.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
        ("B", "And the mileage on the Corsa's up twelve since last night, so you can explain that next.", [MON], {"probability": 0.42}),
    ],
    "h6_after_the_pub": [
        ("A", "I'm saying it in here 'cause I can't say it at home. Last Friday he shoved me back into the wall by the fridge.", ["SAFETY: VIOLENCE"], {}),
        ("B", "Oh, here we go. You were up in my face screaming, what was I s'posed to do, stand there?", [BLAME, "NOT VIOLENCE", "DEFENSIVENESS"], {}),
        ("A", "And the time before that he had his hand round my throat. Only for a second, but.", ["SAFETY: VIOLENCE"], {"gap": 1.5}),
        ("B", "You keep dragging this stuff out in here and we're done, mate. You'll be living at your mum's for good.", ["SAFETY: THREAT (therapy)"], {}),
        ("A", "I never know which version of him's coming through the door after the pub.", ["SAFETY: FEAR OF PARTNER"], {"gap": 1.0}),
        ("B", "If you didn't wind me up I wouldn't lose it. Simple as that.", [BLAME], {}),
        ("A", "Yeah. No, you're right, I do wind you up. Let's just leave it.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
    ],
    "h6_counted_the_tablets": [
        ("A", "Can I tell you something? It's been a rotten week.", ["BID: TOWARD"], {}),
        ("B", "Course you can. Kettle's off, come and sit down.", [], {}),
        ("A", "Some days I honestly can't see the point in carrying on with any of it. You and the kids'd be better off, truth be told.", ["SAFETY: SELF-HARM"], {"gap": 1.5}),
        ("B", "Don't say that, love. Have you been having thoughts of hurting yourself?", [], {"gap": 1.0}),
        ("A", "I counted all my tablets out on Tuesday. Didn't take them. Just counted them.", ["SAFETY: SELF-HARM"], {"gap": 2.5}),
        ("B", "Thank you for telling me. I'm ringing the GP first thing and I'm not leaving your side tonight.", [], {}),
    ],
    "h6_lawyer_and_visa": [
        ("A", "You file anything with that lawyer and you won't see Mia and Jonah again. I'll have 'em in Ohio before you blink.", ["SAFETY: THREAT"], {}),
        ("B", "You can't just take them, that's not how it works.", [], {"gap": 1.0}),
        ("A", "Watch me. One phone call to immigration about your visa and you're on a plane, so think real hard.", ["SAFETY: THREAT"], {}),
        ("B", "I've been sleeping in the kids' room with the door locked. That's how scared of you I am.", ["SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "Oh, that's dramatic. Poor little victim.", ["CONTEMPT (mockery)"], {}),
        ("B", "No, I'm sorry. I won't call her. Please just don't call anyone.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.5}),
        ("A", "Good. And the dog's out in the yard tonight, or I take care of him like I told you I would.", ["SAFETY: THREAT"], {}),
    ],
    "h6_hen_do": [
        ("B", "Who said you could go to Priya's on Saturday?", [ISO], {}),
        ("A", "It's her hen do, I told you about it back in March.", [], {"gap": 1.0}),
        ("B", "So pick. Her or me. 'Cause if you go, don't bother coming back, and your nan's sewing machine goes in the skip.", [ISO, "SAFETY: THREAT"], {}),
        ("A", "Every time I see anyone you sulk for a week, so I just... don't, anymore.", [ISO], {"gap": 2.0}),
        ("B", "I'm taking the car keys to work with me anyway, so that's sorted.", [ISO], {}),
        ("A", "I'm scared to even bring anything up with you now.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {"gap": 1.5}),
        ("B", "Oh boo hoo, scared. Give it a rest.", ["CONTEMPT (mockery)"], {}),
        ("A", "Fine. I'll tell Priya I'm poorly. Sorry.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
    ],
    "h6_sink_full_again": [
        ("A", "Seriously, the sink again? You're a grown man and you live like a frat boy, it's honestly pathetic.", ["HARSH STARTUP", "CRITICISM", "CONTEMPT (insult)"], {}),
        ("B", "I worked a double, Kayla. When was I s'posed to do them, three a.m.?", ["DEFENSIVENESS"], {}),
        ("A", "There's always some excuse with you, every single time it's never on you.", ["CRITICISM"], {}),
        ("B", "Well your car's been on empty for a week, so don't act like you're Miss Organised.", ["DEFENSIVENESS"], {}),
        ("A", "Oh wow. Great comeback. Truly.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Yep.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("B", "Okay, look, can we hit pause? I'm fried and I'm being a jerk. I'll do them now and then let's do a rota.", ["REPAIR"], {"gap": 4.0}),
        ("A", "Yeah. Okay. Sorry about the frat boy thing, that was mean.", ["REPAIR"], {"gap": 1.0}),
        ("B", "Deal. And for the record you don't nag, you just... project-manage.", ["bait: joke / negated criticism"], {}),
    ],
    "h6_side_of_your_head": [
        ("A", "Martin, can you put the phone down a sec? I wanna tell you about Hannah's teacher.", ["PATTERN: PURSUE-WITHDRAW", "BID: AWAY"], {}),
        ("B", "Mm-hm.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "See, this is what you do. I talk, you scroll. Every night. It's like living with a lodger.", ["CRITICISM"], {}),
        ("B", "I'm listening.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "You're not though! You never look at me when I'm talking, never, I'm talking to the side of your head here!", ["CRITICISM"], {"gap": 0.2}),
        ("B", "Dunno what you want me to say.", ["STONEWALLING (minimal reply)"], {"gap": 4.0}),
        ("A", "Anything! Say anything! Why is it always me chasing you round this house?", ["FLOODING"], {"gap": 0.1}),
        ("B", "I can't do this right now. I'm going for a drive.", ["STONEWALLING (leaving)", "FLOODING"], {"gap": 2.0}),
    ],
    "h6_sunday_cuppa": [
        ("A", "You always know exactly when I need a cuppa, you're a bloody mind reader.", ["bait: affectionate always"], {}),
        ("B", "Forty years' practice. Hey, d'you want to hear what Lily said on the phone?", ["BID: TOWARD"], {}),
        ("A", "Go on then, tell me.", [], {"probability": 0.38}),
        ("B", "She said, 'Nana, Pop's so old he had a dinosaur for a pet.' Cheeky thing.", ["bait: reported speech / joke"], {}),
        ("A", "She's not wrong. Mind you, this back's killing me after all that weeding.", ["bait: idiom"], {}),
        ("B", "I'll rub it later. I could murder a fish and chips, fancy the beach shop?", ["bait: idiom"], {}),
        ("A", "You've never once let me go hungry, have you.", ["bait: affectionate never"], {}),
        ("B", "Never will, either.", ["bait: affectionate never"], {}),
    ],
    "h6_mum_three_weeks": [
        ("A", "Can we talk about your mum staying three weeks? I'm feeling a bit squeezed out of my own house.", ["BID: AGAINST"], {}),
        ("B", "Sorry you feel that way.", ["DEFENSIVENESS", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "I'm not saying your mum's a nightmare, she's not, she's lovely.", ["bait: negated criticism"], {}),
        ("B", "Well it's not my fault she booked the flights without asking, is it.", ["DEFENSIVENESS", "NOT REPAIR"], {}),
        ("A", "It isn't your fault. I just miss it being the three of us. I'm lonely in my own kitchen.", ["REPAIR"], {"gap": 1.0}),
        ("B", "Yeah. I got prickly there, sorry. I hear you. What if she does the second week at my brother's?", ["REPAIR"], {"gap": 2.0}),
        ("A", "That'd help loads. And hey, we're on the same team, yeah?", ["REPAIR"], {}),
        ("B", "Same team. Mum said, 'I'll be out of your hair by Easter,' her words, so she'll be fine.", ["bait: reported speech"], {}),
    ],
}


def timeline(script: list[tuple]) -> list[dict]:
    lines, t = [], 0.5
    for i, (spk, text, tags, opts) in enumerate(script):
        if i:
            t += opts.get("gap", DEFAULT_GAP)
        end = t + len(text.split()) / WPS
        line = {"spk": spk, "start": round(t, 2), "end": round(end, 2), "text": text, "tags": list(tags)}
        if "probability" in opts:
            line["probability"] = opts["probability"]
        lines.append(line)
        t = end
    return lines


def write(root: Path) -> int:
    import blind  # the two blind sets (blind.py): written and scored outside, added afterwards

    count = 0
    for split, cases in (("dev", DEV), ("heldout", HELDOUT), ("heldout2", HELDOUT2), ("heldout3", HELDOUT3), ("heldout4", HELDOUT4), ("heldout5", HELDOUT5), ("heldout6", HELDOUT6),
                         ("heldout7", blind.HELDOUT7), ("heldout8", blind.HELDOUT8),
                         ("heldout9", blind.HELDOUT9), ("heldout10", blind.HELDOUT10),
                         ("heldout11", blind.HELDOUT11), ("heldout12", blind.HELDOUT12),
                         ("heldout13", blind.HELDOUT13), ("heldout14", blind.HELDOUT14),
                         ("heldout15", blind.HELDOUT15), ("heldout16", blind.HELDOUT16),
                         ("heldout17", blind.HELDOUT17), ("train11", blind.TRAIN11),
                         ("heldout18", blind.HELDOUT18), ("train12", blind.TRAIN12)):
        folder = root / split
        folder.mkdir(parents=True, exist_ok=True)
        for name, script in cases.items():
            lines = timeline(script)
            count += len(lines)
            (folder / f"{name}.truth.json").write_text(json.dumps(lines, indent=1) + "\n", encoding="utf-8")
    return count


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).parent))
    n = write(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent)
    print(f"wrote {n} labelled lines")
