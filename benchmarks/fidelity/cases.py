"""The practice fidelity set: short practice conversations, each linked to one practice template, with the verdict
a clinician listening would give ("yes", "partly", "not found") and the line that shows it.

Written (round 46, fid46) before the fidelity rules were read, from the templates in resources/practice/ and
DOMAIN.md: varied wording and English varieties (British, American, Irish, Scottish, Australian, Indian,
Nigerian, South African), appreciations told as a story, and traps where the practice did not happen though the
words look alike (a sarcastic "thanks a lot", a walk-out with no return, "so what you're saying is" with a twist).

`python benchmarks/fidelity/cases.py` writes `set/NAME.json`: {"name", "template", "variety", "names", "expected":
{"verdict", "evidence", "note"}, "words": [{"start", "end", "word", "probability", "speaker"}]}. `evidence` is a
few words of the line that shows the practice (a yes or partly must quote it); for a "not found" it is the line
that only looks like the practice (it must not be quoted as the practice done).

The two templates the product does not check (weekly_check_in, stress_reducing_conversation) carry the verdict a
listener would give too; the benchmark reports them apart, as the honest answer there is "not checked".
"""

from __future__ import annotations

import json
from pathlib import Path

WPS = 2.8
GAP = 0.5

# (speaker, text) or (speaker, text, gap before in seconds)
CASES = [
    # ---------------------------------------------------------------- appreciation_exchange
    dict(name="ap_shift_story", template="appreciation_exchange", variety="British", names=("Priya", "Tom"),
         verdict="yes", evidence="swapped your shift",
         note="an appreciation told as a story, taken in",
         lines=[("S1", "Right, my turn. You swapped your shift on Thursday so you could pick me up from the clinic."),
                ("S1", "I didn't have to get the bus feeling rough, and that meant a lot.", 0.3),
                ("S2", "Thank you. I'm really glad I could be there."),
                ("S2", "My one is Saturday. When you got up with the baby so I could have a lie-in, I felt looked after."),
                ("S1", "Thank you, love.")]),
    dict(name="ap_car_tuesday", template="appreciation_exchange", variety="British", names=("Jess", "Mark"),
         verdict="yes", evidence="sorting the car out",
         note="'thank you for ... that meant I could' told as a story, taken in",
         lines=[("S1", "Thank you for sorting the car out on Tuesday, that meant I could get to my mum's "
                       "without worrying about the brakes."),
                ("S2", "Ah, thank you. That's nice to hear."),
                ("S2", "And thank you for ringing the school about Lily's trip, I'd completely forgotten."),
                ("S1", "Thanks. It was nothing really, but thanks.")]),
    dict(name="ap_direct_us", template="appreciation_exchange", variety="American", names=("Dana", "Chris"),
         verdict="yes", evidence="appreciated you cooking",
         note="a plain 'I appreciated', taken in",
         lines=[("S1", "Okay, so, I really appreciated you cooking Wednesday night when I was totally wiped."),
                ("S2", "Thank you. That feels good to hear."),
                ("S2", "I appreciated that you called my dad on his birthday without me reminding you."),
                ("S1", "Thank you, babe.")]),
    dict(name="ap_temple_story", template="appreciation_exchange", variety="Indian", names=("Anjali", "Rohan"),
         verdict="yes", evidence="took her to the temple",
         note="a story of what the partner did and what it did for the speaker, taken in",
         lines=[("S1", "When Amma was visiting, you took her to the temple every morning before office."),
                ("S1", "She told all the aunties about it, and I felt so proud of you, I felt you cared for my family.", 0.3),
                ("S2", "Thank you for saying that. I actually enjoyed it."),
                ("S2", "Last Friday you stayed up and helped me finish the slides for the client. I could sleep properly because of you."),
                ("S1", "Thank you, yaar. Happy to.")]),
    dict(name="ap_crook_aus", template="appreciation_exchange", variety="Australian", names=("Kylie", "Brett"),
         verdict="yes", evidence="sat up with Jack",
         note="story with no 'thank' or 'appreciate' in it, taken in",
         lines=[("S1", "The way you sat up with Jack when he was crook on Monday night so I could sleep before my early start."),
                ("S1", "I noticed. I really did.", 0.3),
                ("S2", "Thanks, love. That means a lot that you noticed."),
                ("S2", "You mowed Mum's lawn on Saturday without being asked. She rang me to say how chuffed she was."),
                ("S1", "Ah, thanks. No worries.")]),
    dict(name="ap_yes_but", template="appreciation_exchange", variety="British", names=("Helen", "Gary"),
         verdict="partly", evidence="thank you for doing the big shop",
         note="said well, but the receiver deflects with 'yeah, but'",
         lines=[("S1", "Thank you for doing the big shop on Saturday, it meant I could finish my marking."),
                ("S2", "Yeah, but I only did it because you went on about it all week."),
                ("S1", "Okay. Well, I still appreciated it."),
                ("S2", "Right. Are we done?")]),
    dict(name="ap_thanks_a_lot", template="appreciation_exchange", variety="American", names=("Megan", "Kyle"),
         verdict="not found", evidence="thanks a lot for leaving",
         note="sarcastic thanks: no appreciation said",
         lines=[("S1", "Oh, thanks a lot for leaving the dishes for me again. Really great. Love that."),
                ("S2", "Here we go."),
                ("S1", "No, seriously, thank you so much for all your help. You're a real hero."),
                ("S2", "Whatever. I'm not doing this tonight.")]),
    dict(name="ap_thanks_logistics", template="appreciation_exchange", variety="Irish", names=("Siobhan", "Declan"),
         verdict="not found", evidence="thanks. so are we going",
         note="'thanks' as a routine word in planning: no appreciation exchanged",
         lines=[("S1", "Did you get the tickets for the match?"),
                ("S2", "I did, they're on the fridge."),
                ("S1", "Thanks. So are we going to your mam's after or not?"),
                ("S2", "We'll see how the traffic is. I'm not sure yet."),
                ("S1", "Grand. I'll ring her tomorrow so.")]),
    dict(name="ap_story_ignored", template="appreciation_exchange", variety="South African", names=("Thandi", "Pieter"),
         verdict="partly", evidence="fetched the kids from netball",
         note="the appreciation is said (as a story), the other changes the subject",
         lines=[("S1", "On Wednesday you fetched the kids from netball in the rain so I could stay for the meeting. "
                       "It made my whole week easier."),
                ("S2", "Did you phone the plumber about the geyser?"),
                ("S1", "Not yet. I'll do it now now."),
                ("S2", "Okay, just don't forget again.")]),
    dict(name="ap_both_plain", template="appreciation_exchange", variety="Scottish", names=("Morag", "Ewan"),
         verdict="yes", evidence="made me a flask",
         note="story plus feeling on both sides, each answered with thanks",
         lines=[("S1", "On Monday you made me a flask and a piece for the early shift, and I felt really cared for."),
                ("S2", "Thank you. Aye, that's nice."),
                ("S2", "I loved it when you phoned my granny on Thursday just to see how she was doing."),
                ("S1", "Thanks, hen. She's a character.")]),

    # ---------------------------------------------------------------- soft_startup
    dict(name="ss_lonely_phones", template="soft_startup", variety="British", names=("Sophie", "Dan"),
         verdict="yes", evidence="i feel a bit lonely",
         note="I feel / about / I need, listener thanks and says back",
         lines=[("S1", "I feel a bit lonely in the evenings when we're both on our phones, and I need some time "
                       "with you before bed."),
                ("S2", "Thank you for telling me. What I heard is you'd like some time with me before bed, "
                       "without the phones."),
                ("S1", "Yes, that's it."),
                ("S2", "Okay. Shall we try leaving them in the kitchen?")]),
    dict(name="ss_school_runs_scot", template="soft_startup", variety="Scottish", names=("Fiona", "Callum"),
         verdict="yes", evidence="feeling a wee bit stretched",
         note="a soft start with a request as the need",
         lines=[("S1", "I've been feeling a wee bit stretched about the school runs. Could we maybe share the mornings?"),
                ("S2", "Thanks for telling me. What I heard is the mornings are too much on your own."),
                ("S1", "Aye, that's right."),
                ("S2", "I can do Tuesdays and Thursdays.")]),
    dict(name="ss_bins_harsh", template="soft_startup", variety="British", names=("Claire", "Steve"),
         verdict="not found", evidence="you never help with the bins",
         note="harsh start-up: criticism and contempt in the first turn",
         lines=[("S1", "You never help with the bins. What's wrong with you? Honestly."),
                ("S2", "That's not true, I did them last week."),
                ("S1", "Once. You did them once. You always leave everything to me."),
                ("S2", "Fine.")]),
    dict(name="ss_feel_selfish", template="soft_startup", variety="American", names=("Ashley", "Ryan"),
         verdict="not found", evidence="i feel like you're a selfish person",
         note="'I feel' wrapped round a global criticism: not a soft start",
         lines=[("S1", "I feel like you're a selfish person who never thinks about anyone else."),
                ("S2", "Wow. Okay."),
                ("S1", "I mean it. You never think about me."),
                ("S2", "I don't know what you want me to say.")]),
    dict(name="ss_soft_then_slip", template="soft_startup", variety="British", names=("Laura", "Nick"),
         verdict="partly", evidence="i feel worried about the money",
         note="a soft opening, then criticism in the third turn left standing",
         lines=[("S1", "I feel worried about the money this month, and I need us to look at the bank statement together."),
                ("S2", "Okay, but I've been really busy this week."),
                ("S1", "You're always busy. You never make time for anything that matters to me."),
                ("S2", "That's not fair."),
                ("S1", "Well, it's true.")]),
    dict(name="ss_lucky_sarcasm", template="soft_startup", variety="British", names=("Emma", "Rob"),
         verdict="not found", evidence="i feel so lucky",
         note="'I feel' as sarcasm: contempt in the opening",
         lines=[("S1", "Oh, I feel so lucky to have a husband who can't even load a dishwasher. Pathetic."),
                ("S2", "Can you not start like this?"),
                ("S1", "Start like what? It's the truth."),
                ("S2", "Forget it.")]),
    dict(name="ss_bills_us", template="soft_startup", variety="American", names=("Jenna", "Mike"),
         verdict="yes", evidence="i get anxious when the bills",
         note="a soft start with a wish as the need",
         lines=[("S1", "Hey, can I bring something small up? I get anxious when the bills pile up on the counter. "
                       "I'd love for us to sit down Sunday and go through them together."),
                ("S2", "Thank you for telling me. What I heard is the pile makes you anxious and you want us to do it together."),
                ("S1", "Yeah, exactly."),
                ("S2", "Sunday works. After breakfast?")]),
    dict(name="ss_interview_ng", template="soft_startup", variety="Nigerian", names=("Ngozi", "Emeka"),
         verdict="yes", evidence="i felt hurt when you didn't call",
         note="a soft start about a past hurt with a clear need",
         lines=[("S1", "I want to talk about something small. I felt hurt when you didn't call me after the interview. "
                       "I need you to check on me on big days."),
                ("S2", "Thank you for telling me. What I heard is that you felt alone on an important day."),
                ("S1", "Yes. That's it."),
                ("S2", "I'm sorry. I will set a reminder next time.")]),

    # ---------------------------------------------------------------- reflect_back
    dict(name="rb_manager_both", template="reflect_back", variety="British", names=("Amy", "Josh"),
         verdict="yes", evidence="what i heard is that the new manager",
         note="both partners say back before answering",
         lines=[("S1", "Work's been hard. The new manager keeps moving my deadlines and I can't plan anything, "
                       "I end up staying late every night."),
                ("S2", "What I heard is that the new manager keeps changing your deadlines and you can't plan, "
                       "so you're staying late. Did I get that right?"),
                ("S1", "Yes, exactly that."),
                ("S2", "For me it's the commute. The trains have been cancelled three days running and I'm shattered."),
                ("S1", "So you're saying the trains keep getting cancelled and it's wearing you out. Is that right?"),
                ("S2", "Yeah, that's it.")]),
    dict(name="rb_own_words", template="reflect_back", variety="American", names=("Sarah", "Jason"),
         verdict="yes", evidence="you're worried the holiday",
         note="says back in own words with no set phrase, and checks",
         lines=[("S1", "I'm nervous about booking Hawaii. It's a lot of money and we said we'd build the savings first."),
                ("S2", "You're worried the holiday will eat into the savings, and you'd rather wait till spring. "
                       "Did I get that?"),
                ("S1", "Yeah. That's right."),
                ("S2", "I'm tired, though. I really need a break from work, even a short one."),
                ("S1", "Okay, you're really running on empty and you need some kind of break soon. Right?"),
                ("S2", "Right. Exactly.")]),
    dict(name="rb_twist", template="reflect_back", variety="British", names=("Kate", "Liam"),
         verdict="not found", evidence="so what you're saying is you don't care",
         note="'so what you're saying is' followed by a twist the speaker never said",
         lines=[("S1", "I'd like to go to the gym after work on Tuesdays, just for an hour."),
                ("S2", "So what you're saying is you don't care about me doing bedtime on my own again."),
                ("S1", "That's not what I said at all."),
                ("S2", "So basically you'd rather be anywhere but here."),
                ("S1", "No. Forget it.")]),
    dict(name="rb_so_what", template="reflect_back", variety="American", names=("Brittany", "Tyler"),
         verdict="not found", evidence="so what, you want me to",
         note="'so what' as a challenge, 'you said' as an accusation",
         lines=[("S1", "I need you to tell me when you're going to be late."),
                ("S2", "So what, you want me to text you every five minutes?"),
                ("S1", "You said you'd be home by six. You said that last week too."),
                ("S2", "And you said you'd stop checking up on me.")]),
    dict(name="rb_one_side", template="reflect_back", variety="British", names=("Rachel", "Ben"),
         verdict="partly", evidence="what i'm hearing is the spare room",
         note="one partner says back; the other answers straight away with their own view",
         lines=[("S1", "I'd really like the spare room as an office. Working at the kitchen table is killing my back."),
                ("S2", "What I'm hearing is the spare room would help your back and you want a proper place to work. "
                       "Is that right?"),
                ("S1", "Yes."),
                ("S2", "For me, I'm worried about where my mum will sleep when she comes at Christmas."),
                ("S1", "She can have the sofa bed, it's only a week. It's fine."),
                ("S2", "Okay, I suppose.")]),
    dict(name="rb_irish_have_i", template="reflect_back", variety="Irish", names=("Aoife", "Cian"),
         verdict="yes", evidence="if i have you right",
         note="Irish wording of a saying-back with a check, both ways",
         lines=[("S1", "I'm wrecked after the commute and I can't talk about the dinner plans the second I walk in the door."),
                ("S2", "Right, so if I have you right, you're wrecked after the commute and you want a half hour "
                       "before we talk about dinner. Have I that right?"),
                ("S1", "You have, yeah."),
                ("S2", "And for me, I'm starving by seven and I get cranky if nothing's decided."),
                ("S1", "So you're saying by seven you're starving, and not knowing makes you cranky. Fair?"),
                ("S2", "Fair, yeah.")]),
    dict(name="rb_indian_understood", template="reflect_back", variety="Indian", names=("Meera", "Arjun"),
         verdict="yes", evidence="let me see if i understood",
         note="Indian English saying-back, both ways",
         lines=[("S1", "Your parents call every evening at eight and it is taking our only free time together."),
                ("S2", "Let me see if I understood. You are feeling that my parents calling every evening is taking "
                       "our only time together. Correct?"),
                ("S1", "Correct."),
                ("S2", "For me, if I don't take the call, my mother feels I am neglecting her."),
                ("S1", "So you feel guilty, like your mother will think you are neglecting her if you miss it. Right?"),
                ("S2", "Right, exactly.")]),
    dict(name="rb_you_said_accuse", template="reflect_back", variety="Australian", names=("Tash", "Jono"),
         verdict="not found", evidence="you said you'd fix the gate",
         note="'you said' and 'sounds like' as a comeback, no saying-back",
         lines=[("S1", "I'm stressed about the dog getting out again."),
                ("S2", "Sounds like a you problem, mate."),
                ("S1", "You said you'd fix the gate a month ago."),
                ("S2", "Yeah, and I'll get to it. Stop nagging.")]),

    # ---------------------------------------------------------------- time_out_plan
    dict(name="to_twenty_back", template="time_out_plan", variety="British", names=("Lucy", "James"),
         verdict="yes", evidence="can we take a break",
         note="a break asked for with a time, and a return",
         lines=[("S1", "You're not listening to me, you never listen when it's about money."),
                ("S2", "I'm getting too wound up. Can we take a break? I'll come back in twenty minutes."),
                ("S1", "Okay."),
                ("S2", "I'm back. I'm calmer now. Can we try again about the money?", 1200.0),
                ("S1", "Yes. Thanks for coming back.")]),
    dict(name="to_walkout", template="time_out_plan", variety="British", names=("Zoe", "Craig"),
         verdict="not found", evidence="i'm done. i'm not doing this",
         note="a walk-out with no break asked for and no return",
         lines=[("S1", "You always twist what I say."),
                ("S2", "I'm done. I'm not doing this. I'm out of here."),
                ("S1", "Fine, go then. Walk away like you always do.")]),
    dict(name="to_no_return", template="time_out_plan", variety="American", names=("Nicole", "Brandon"),
         verdict="partly", evidence="i need a break",
         note="a break asked for the agreed way, but no return in the recording",
         lines=[("S1", "Why would you tell your brother before me?"),
                ("S2", "I feel myself getting flooded. I need a break. I'll come back in half an hour."),
                ("S1", "Okay. Half an hour."),
                ("S1", "Hello? Are you coming back?", 1900.0)]),
    dict(name="to_flood_us", template="time_out_plan", variety="American", names=("Lauren", "Matt"),
         verdict="yes", evidence="time out",
         note="'time out' with a time, return with 'I'm back'",
         lines=[("S1", "You promised you'd talk to your mom about Thanksgiving and you didn't."),
                ("S2", "Time out. I'm flooding. Let's pause for fifteen minutes and pick this up after I walk the dog."),
                ("S1", "Okay. Fifteen."),
                ("S2", "Hey. I'm back. Where were we?", 950.0),
                ("S1", "Thanksgiving. I just want to know the plan.")]),
    dict(name="to_taken_up", template="time_out_plan", variety="Scottish", names=("Kirsty", "Jamie"),
         verdict="yes", evidence="can we stop for a bit",
         note="a break asked for; the talk taken up again after it with no 'I'm back'",
         lines=[("S1", "That's the third Saturday you've been at the football."),
                ("S2", "Can we stop for a bit? I need some air. Back in ten."),
                ("S1", "Aye, fine."),
                ("S2", "Okay. About the Saturdays. I think you had a point.", 700.0),
                ("S1", "Thanks. I just miss you at the weekend.")]),
    dict(name="to_break_from_what", template="time_out_plan", variety="British", names=("Gemma", "Lee"),
         verdict="not found", evidence="a break from what",
         note="'break' and 'walk' in contempt, no time-out taken",
         lines=[("S1", "I could do with a break."),
                ("S2", "A break from what? You've done nothing all day."),
                ("S1", "Wow. Okay."),
                ("S2", "Go on then, have your little walk.")]),
    dict(name="to_walk_dont_wait", template="time_out_plan", variety="Australian", names=("Mel", "Shane"),
         verdict="not found", evidence="don't wait up",
         note="storming off: no break asked for, no time, no return",
         lines=[("S1", "So it's my fault now, is it?"),
                ("S2", "I'm going to the pub. Don't wait up."),
                ("S1", "Yeah, go on. Typical.")]),
    dict(name="to_sa_breather", template="time_out_plan", variety="South African", names=("Lerato", "Sipho"),
         verdict="yes", evidence="i need a breather",
         note="a break asked for in other words and a return",
         lines=[("S1", "You didn't even ask me before you lent him the bakkie."),
                ("S2", "I need a breather, I'm getting heated. Give me fifteen minutes and I'll come back."),
                ("S1", "Okay, fifteen."),
                ("S2", "Right, I'm back and I'm calmer. You're right, I should have asked you first.", 900.0),
                ("S1", "Thank you. That's all I wanted.")]),

    # ---------------------------------------------------------------- repair_phrases
    dict(name="rp_came_out_wrong", template="repair_phrases", variety="British", names=("Hannah", "Olly"),
         verdict="yes", evidence="that came out wrong",
         note="both partners repair and it is taken up",
         lines=[("S1", "You never plan anything for the weekend, it's always me."),
                ("S1", "Sorry, that came out wrong. I'm tired. Can we start over?", 0.8),
                ("S2", "Yeah, okay. Thanks. I'm sorry too, I was getting defensive."),
                ("S1", "Shall we plan Saturday together?"),
                ("S2", "Yes, let's.")]),
    dict(name="rp_sorry_you_feel", template="repair_phrases", variety="American", names=("Kayla", "Josh"),
         verdict="not found", evidence="i'm sorry you feel that way",
         note="a non-apology and a negation: no repair",
         lines=[("S1", "It hurt when you laughed at me in front of your friends."),
                ("S2", "I'm sorry you feel that way."),
                ("S1", "That's not an apology."),
                ("S2", "Well, it's not my fault you're so sensitive.")]),
    dict(name="rp_start_over_aus", template="repair_phrases", variety="Australian", names=("Jess", "Dave"),
         verdict="yes", evidence="can we start over",
         note="a repair asked for and answered with one",
         lines=[("S1", "You left the ute on empty again. Every single time."),
                ("S2", "Hang on, can we start over? I came in hot about the ute."),
                ("S1", "Yeah, fair. Sorry, I came in hot too."),
                ("S2", "I'll fill it up tomorrow morning.")]),
    dict(name="rp_after_threat", template="repair_phrases", variety="British", names=("Sarah", "Kev"),
         verdict="not found", evidence="sorry, forget i said anything",
         note="after a threat, 'sorry, forget I said anything' is appeasement, not a repair",
         lines=[("S1", "I want to talk about the money in the therapy session."),
                ("S2", "If you bring that up in therapy, you'll regret it. I mean it."),
                ("S1", "Sorry, sorry. Forget I said anything."),
                ("S2", "Good.")]),
    dict(name="rp_one_side", template="repair_phrases", variety="Irish", names=("Niamh", "Conor"),
         verdict="partly", evidence="you're right about the bins",
         note="one partner repairs; the other does not take it up",
         lines=[("S1", "You just leave everything lying around for me."),
                ("S2", "Okay. You're right about the bins, I did forget them. I'm sorry."),
                ("S1", "And the washing, and the dishwasher."),
                ("S2", "Right.")]),
    dict(name="rp_nigerian", template="repair_phrases", variety="Nigerian", names=("Funmi", "Tunde"),
         verdict="yes", evidence="i'm sorry, i spoke harshly",
         note="repair and acceptance both ways",
         lines=[("S1", "You did not even greet my mother when she came."),
                ("S2", "I'm sorry, I spoke harshly to you yesterday and I was not fair to your mother."),
                ("S1", "Thank you. I'm sorry too, I should not have shouted."),
                ("S2", "Let us start again. I will call her tomorrow.")]),

    # ---------------------------------------------------------------- bids_noticing
    dict(name="bd_tomatoes", template="bids_noticing", variety="British", names=("Ellie", "Sam"),
         verdict="yes", evidence="look at this",
         note="bids turned towards each time",
         lines=[("S1", "Look at this, the tomatoes have finally come up!"),
                ("S2", "Oh wow, show me! They're huge."),
                ("S2", "Guess who I bumped into at the shop today."),
                ("S1", "Who? Tell me."),
                ("S2", "Your old teacher, Mrs Patel. She asked after you."),
                ("S1", "No way! How is she?")]),
    dict(name="bd_ignored", template="bids_noticing", variety="American", names=("Amanda", "Derek"),
         verdict="not found", evidence="look at this video",
         note="every bid turned away from",
         lines=[("S1", "Look at this video of the dog at the park, he's so funny."),
                ("S2", "Mm.", 3.0),
                ("S1", "Can you look? It's really short."),
                ("S2", "Not now.", 2.5),
                ("S1", "Okay.")]),
    dict(name="bd_needy", template="bids_noticing", variety="British", names=("Becky", "Paul"),
         verdict="not found", evidence="can you give me a hug",
         note="bids turned against",
         lines=[("S1", "Can you give me a hug? I've had an awful day."),
                ("S2", "Ugh, don't be so needy. I'm busy."),
                ("S1", "Do you want to hear what happened at work?"),
                ("S2", "Not really, no. It's always drama with you.")]),
    dict(name="bd_strange_day", template="bids_noticing", variety="Scottish", names=("Isla", "Ross"),
         verdict="yes", evidence="i had the strangest day",
         note="bids met with interest",
         lines=[("S1", "I had the strangest day, honestly."),
                ("S2", "Oh no, what happened? Tell me."),
                ("S1", "The fire alarm went off three times and we all stood in the car park in the rain."),
                ("S2", "Three times? That's mad. Were you freezing?")]),
    dict(name="bd_mixed", template="bids_noticing", variety="Irish", names=("Sinead", "Padraig"),
         verdict="partly", evidence="will you come for a walk",
         note="one bid met, one turned away from",
         lines=[("S1", "Will you come for a walk with me after the dinner?"),
                ("S2", "I will, yeah. That'd be nice."),
                ("S1", "Look at the sky, it's gone all pink."),
                ("S2", "Did you see where I left the remote?"),
                ("S1", "It's on the couch.")]),

    # ---------------------------------------------------------------- the two templates not checked automatically
    dict(name="wc_full", template="weekly_check_in", variety="British", names=("Kate", "Adam"),
         verdict="yes", evidence="two things that went well",
         note="two things that went well, a wish each, one plan",
         lines=[("S1", "Okay, two things that went well. Tuesday's dinner, and you fixing the shelf."),
                ("S2", "For me, the walk on Sunday and you helping with my CV."),
                ("S1", "My wish for next week: I would like one evening with no screens."),
                ("S2", "I would like us to go to bed a bit earlier."),
                ("S1", "So the plan is Thursday no screens and in bed by eleven."),
                ("S2", "Deal.")]),
    dict(name="wc_grievance", template="weekly_check_in", variety="American", names=("Lisa", "Greg"),
         verdict="not found", evidence="you never",
         note="turns into a list of complaints; nothing went well, no plan",
         lines=[("S1", "What went well? Honestly nothing. You never help with anything."),
                ("S2", "That's not true and you know it."),
                ("S1", "Name one thing."),
                ("S2", "Forget it. This check-in thing is pointless.")]),
    dict(name="sr_sounds_hard", template="stress_reducing_conversation", variety="British", names=("Jo", "Pete"),
         verdict="yes", evidence="that sounds hard",
         note="listener takes the speaker's side, no advice",
         lines=[("S1", "My boss took credit for my report in front of everyone today."),
                ("S2", "That sounds really hard. I'm on your side. What did he say?"),
                ("S1", "He just said 'my team's work' like it was his."),
                ("S2", "That's so unfair. No wonder you're fuming.")]),
    dict(name="sr_advice", template="stress_reducing_conversation", variety="Australian", names=("Bec", "Luke"),
         verdict="not found", evidence="you should just",
         note="listener fixes and takes the other side",
         lines=[("S1", "My boss took credit for my report in front of everyone today."),
                ("S2", "You should just email HR. Or maybe he has a point, it was a team thing."),
                ("S1", "I didn't ask for advice."),
                ("S2", "I'm only trying to help.")]),
]


def _say(speaker: str, start: float, text: str) -> list[dict]:
    """A line's words spread over its time by letter count (as tests/analysis/timeline.py does)."""
    tokens = text.split()
    duration = len(tokens) / WPS
    weights = [len(t.strip(".,?!'")) + 1 for t in tokens]
    total = float(sum(weights))
    words, t = [], start
    for tok, w in zip(tokens, weights):
        span = duration * w / total
        words.append({"start": round(t, 3), "end": round(t + span * 0.9, 3), "word": tok, "probability": 0.95,
                      "speaker": speaker})
        t += span
    return words


def words_of(lines) -> list[dict]:
    out, t = [], 0.5
    for line in lines:
        speaker, text = line[0], line[1]
        gap = line[2] if len(line) > 2 else GAP
        t += gap if out else 0.0
        said = _say(speaker, t, text)
        out.extend(said)
        t = said[-1]["end"]
    return out


def main() -> None:
    folder = Path(__file__).resolve().parent / "set"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.json"):
        old.unlink()
    for case in CASES:
        doc = {"name": case["name"], "template": case["template"], "variety": case["variety"],
               "names": {"S1": case["names"][0], "S2": case["names"][1]},
               "expected": {"verdict": case["verdict"], "evidence": case["evidence"], "note": case["note"]},
               "words": words_of(case["lines"])}
        (folder / f"{case['name']}.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")
    print(f"{len(CASES)} conversations written to {folder}")


if __name__ == "__main__":
    main()
