"""Sets written blind, outside the repository, and scored before being added here (see
measured/README.md): HELDOUT7 (written by a helper who never saw the rules; scored once with the
rules of the previous round, 11/30 safety, then looked at line by line) and HELDOUT8 (written the
same way at the start of the meaning-reader round and scored only in aggregate while it was built).
Neither is in the meaning reader's examples; neither is part of `--split all`. Same format as cases.py.
"""

FIN = "SAFETY: COERCION (financial)"
MON = "SAFETY: COERCION (monitoring)"
ISO = "SAFETY: COERCION (isolation)"
BLAME = "SAFETY: COERCION (blaming)"

HELDOUT7 = {
    "h7_declined_at_the_servo": [
        ("A", "Card got declined paying the rego today. Where's the money from the joint account gone, Brett?", [], {}),
        ("B", "Moved it. It's sitting somewhere you don't need to know about.", [FIN], {"gap": 1.5}),
        ("A", "And there's a letter from the bank about a forty grand loan in my name. I never signed a thing.", [FIN], {}),
        ("B", "You would've signed if I'd asked, so what's the difference, really.", [FIN], {}),
        ("A", "I was thinking I'd go back to the chemist, just two days a week.", [], {"gap": 2.0}),
        ("B", "No wife of mine's stacking shelves for strangers. You're not working, end of.", [FIN], {}),
        ("B", "And if you're thinking of walking, you'll go with the clothes on your back and not a cent more.", ["SAFETY: THREAT", FIN], {"gap": 1.0}),
        ("A", "No, no, I wasn't thinking that. I'm not going anywhere, forget I said it.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
    ],
    "h7_camera_on_the_couch": [
        ("A", "Jordan, why is there a camera in the living room pointed right at the couch?", [], {}),
        ("B", "It's for the dog. And so I know who you've got over while I'm on shift.", [MON], {"gap": 1.0}),
        ("A", "You went through my texts with my mom last night too. They all came up read.", [MON], {}),
        ("B", "Unlock it and hand it here. Now. Otherwise I'll just assume you're hiding stuff.", [MON], {}),
        ("A", "Every time it buzzes my stomach drops, 'cause I know you're gonna ask who it is.", ["SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("B", "Don't make me send your dad those photos of you and Alex. You know he'd cut you off in a heartbeat.", ["SAFETY: THREAT"], {}),
        ("A", "Please don't. Here, take it, it's fine, I'm sorry, okay?", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.5}),
        ("B", "That's better. I'll have your email password as well.", [MON], {}),
    ],
    "h7_the_kettle": [
        ("A", "He threw the kettle at me in August. It was full. It missed, but it'd just boiled.", ["SAFETY: VIOLENCE"], {}),
        ("B", "It was a mug, not the kettle, and I chucked it at the wall, not at her.", ["DEFENSIVENESS", "SAFETY: VIOLENCE"], {}),
        ("A", "And the marks on my arm last month, that was him grabbing me on the landing.", ["SAFETY: VIOLENCE"], {"gap": 1.5}),
        ("B", "'Cause you were about to drive off half-cut! You made me do that.", [BLAME, "NOT VIOLENCE"], {}),
        ("A", "I hold my breath when I hear his key go in the lock. Every single night.", ["SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("A", "I don't dare tell him when something's upset me anymore.", ["SAFETY: FEAR OF PARTNER", "NOT BID"], {"gap": 1.0}),
        ("B", "Carry on telling her all this and see what the drive home's like.", ["SAFETY: THREAT (therapy)"], {}),
        ("A", "Sorry. I'm making it sound worse than it was. It wasn't that bad, honestly.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.5}),
    ],
    "h7_sleeping_pills": [
        ("A", "I need to tell you something and I need you to not freak out.", ["BID: TOWARD"], {}),
        ("B", "Okay. I'm right here. I'm not going anywhere.", [], {"probability": 0.41}),
        ("A", "Last night while you were asleep I looked up how many of my sleeping pills it would take.", ["SAFETY: SELF-HARM"], {"gap": 2.0}),
        ("B", "Oh, babe. I'm really glad you told me. Are you safe right now?", [], {"gap": 1.0}),
        ("A", "Right now, yeah. But some mornings I kinda hope I just won't wake up. Everybody'd have it easier.", ["SAFETY: SELF-HARM"], {"gap": 1.5}),
        ("B", "Can I hang on to the pills for now, and we call the crisis line together?", [], {}),
        ("A", "Yeah. Okay. I'd like that.", [], {"gap": 2.0}),
    ],
    "h7_see_a_solicitor": [
        ("B", "You go and see a solicitor and things'll get very ugly, very quick. Just so we're clear.", ["SAFETY: THREAT"], {}),
        ("A", "Are you threatening me?", [], {"gap": 1.0}),
        ("B", "I'm telling you the boys come with me, and you'll be lucky to get a Christmas card.", ["SAFETY: THREAT"], {}),
        ("A", "Last time you said you'd have Biscuit put down yourself if I left.", ["SAFETY: THREAT"], {"gap": 1.5}),
        ("B", "Try it and your mum's paintings go on the bonfire. Every last one.", ["SAFETY: THREAT"], {}),
        ("A", "You're right. I'm not going. I'll cancel the appointment.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
        ("B", "You'll regret it if you don't.", ["SAFETY: THREAT"], {"probability": 0.4}),
    ],
    "h7_transfer_to_tucson": [
        ("B", "I put in for the transfer to Tucson. Two thousand miles from your sisters sounds about right.", [ISO], {}),
        ("A", "You didn't even ask me. My whole family's here.", [], {"gap": 1.5}),
        ("B", "Your family's poison. You come back from Denise's every time with ideas in your head.", [ISO], {}),
        ("A", "He won't let me take the truck unless he's in it. I haven't driven on my own since June.", [ISO], {}),
        ("B", "'Cause you can't be trusted with it, you never could. You went to that book club and rolled in at ten.", [ISO, "CRITICISM"], {}),
        ("A", "I can't tell what's gonna set you off anymore. I just try to take up as little room as I can.", ["SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("B", "Oh, please. Poor you, with a roof over your head and a truck you don't pay a dime for.", ["CONTEMPT (mockery)"], {}),
    ],
    "h7_rug_again": [
        ("B", "Honestly, Ollie, what is actually wrong with you? You said you'd walk Pepper and she's wee'd on the rug again.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("A", "My call overran, it's not like I forgot on purpose.", ["DEFENSIVENESS"], {}),
        ("B", "Can't manage a dog, and you want a baby. Brilliant. Genius plan.", ["CONTEMPT (sarcasm)"], {}),
        ("A", "Oh, and you're perfect, are you? Who left the back gate open on Tuesday?", ["DEFENSIVENESS"], {}),
        ("B", "Fine.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "Hang on. That came out snippy. Can I have a do-over? I dropped the ball, I'm sorry, I'll scrub the rug.", ["REPAIR"], {"gap": 3.5}),
        ("B", "Yeah, all right. The baby dig was low of me. Sorry.", ["REPAIR"], {"gap": 1.5}),
        ("A", "That dog's going to outlive us both purely out of spite.", ["bait: joke"], {}),
    ],
    "h7_three_months": [
        ("A", "We haven't had sex in three months, Dan, and whenever I raise it you change the subject.", ["PATTERN: PURSUE-WITHDRAW", "BID: AWAY"], {}),
        ("B", "Yeah, I know.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "That's it? Do you even fancy me anymore? Talk to me, please.", [], {"gap": 0.2}),
        ("B", "Not now, Kel.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "It's never now! You're a bloody ghost in this house, you're useless at anything that matters.", ["CRITICISM", "CONTEMPT (insult)", "FLOODING"], {"gap": 0.1}),
        ("B", "I'm going to bed.", ["STONEWALLING (leaving)"], {"gap": 4.0}),
        ("A", "Course you are. Run off, that's your one move, isn't it.", ["CONTEMPT (mockery)"], {}),
    ],
    "h7_diner_anniversary": [
        ("A", "You never forget to warm my side of the bed, you know that?", ["bait: affectionate never"], {}),
        ("B", "Well, your feet are like two ice cubes. It's self-defense.", ["bait: joke"], {}),
        ("A", "I was telling Barb at church, I said, 'he'll be the death of me with those puns.'", ["bait: reported speech / idiom"], {}),
        ("B", "Want to go back to that diner for our anniversary? The one where you knocked ketchup all over me?", ["BID: TOWARD"], {}),
        ("A", "Oh, I'd love that. I'm dying to know if that waitress still works there.", ["bait: idiom"], {}),
        ("B", "You always make the boring stuff feel like a date.", ["bait: affectionate always"], {}),
        ("A", "And you've never once made me feel like I was too much.", ["bait: negated criticism"], {}),
    ],
    "h7_christmas_at_ours": [
        ("A", "Could we maybe do Christmas at ours this year, just the two of us? I'm knackered, I'd love a quiet one.", ["BID: AGAINST"], {}),
        ("B", "Oh, spare me the martyr act. You're permanently knackered.", ["CONTEMPT (mockery)", "CRITICISM"], {"gap": 1.0}),
        ("A", "You never stand up to your dad, not once, it's always his way.", ["CRITICISM"], {}),
        ("B", "I'm not the one who said yes to him in October, you did.", ["DEFENSIVENESS"], {}),
        ("B", "And I'm sorry, but it's hardly my fault he's on his own since Mum died.", ["DEFENSIVENESS", "NOT REPAIR"], {"gap": 0.8}),
        ("A", "I know it's not. Okay, I started that badly. Can I try again?", ["REPAIR"], {"gap": 2.0}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 3.0}),
        ("A", "I miss you. That's what it is. I miss having you to myself for one day.", ["BID: TOWARD"], {"gap": 1.0}),
        ("B", "I miss that too. And sorry for the martyr dig. What if Christmas Eve's just us, and we do Dad's on the day?", ["REPAIR"], {"gap": 2.0}),
        ("A", "Deal. Dad'll say 'bah humbug' and sulk into his sherry, you watch. Come here, you.", ["REPAIR", "bait: reported speech / joke"], {}),
    ],
}

CRIT = "CRITICISM"
CONT = "CONTEMPT"
DEF = "DEFENSIVENESS"
STONE = "STONEWALLING"
REPAIR = "REPAIR"
FLOOD = "FLOODING"
HARSH = "HARSH STARTUP"
TOWARD = "BID: TOWARD"
AWAY = "BID: AWAY"
AGAINST = "BID: AGAINST"
THREAT = "SAFETY: THREAT"
THERAPY = "SAFETY: THREAT (therapy)"
VIOL = "SAFETY: VIOLENCE"
FEAR = "SAFETY: FEAR OF PARTNER"
SELF = "SAFETY: SELF-HARM"
FIN = "SAFETY: COERCION (financial)"
MON = "SAFETY: COERCION (monitoring)"
ISO = "SAFETY: COERCION (isolation)"
BLAME = "SAFETY: COERCION (blaming)"
APPEASE = "APPEASEMENT"
NOT_REPAIR = "NOT REPAIR"
NOT_VIOL = "NOT VIOLENCE"
PW = "PATTERN: PURSUE-WITHDRAW"

HELDOUT8 = {
    # Canadian, young different-sex couple, new job. Warm, no safety lines.
    "h8_new_job_hamilton": [
        ("A", "Guess who's the new project coordinator at Halton Health? I start on the fourteenth!", [TOWARD], {}),
        ("B", "Shut up. Seriously? Come here. I knew they'd be idiots not to take you.", ["bait: excited 'shut up'"], {}),
        ("A", "Commute's gonna be rough though, the 403 at eight in the morning is murder.", ["bait: violent idiom", NOT_VIOL], {}),
        ("B", "We'll figure it out. You always land on your feet, eh, you know that?", ["bait: affectionate always"], {}),
        ("A", "My new boss literally said, 'don't be late your first week or I'll kill you,' so no pressure.", ["bait: quoted speech, joking idiom about a boss", NOT_VIOL], {}),
        ("B", "Ha, she sounds like my mother. Wanna go to that Thai place on Lakeshore to celebrate?", [TOWARD], {}),
        ("A", "Yes, absolutely. And sorry I've been such a grump all week, I was just wound tight waiting to hear.", [REPAIR], {}),
        ("B", "Oh stop, I'd have been climbing the walls too. Grab your coat.", [], {}),
    ],

    # British, women, vet bill: financial control, monitoring, threat, appeasement.
    "h8_dog_vet_bill": [
        ("A", "You're useless with money, d'you know that? Four hundred quid, and I saw it leave the account before you'd even got out of the surgery.", [HARSH, CRIT, MON], {}),
        ("B", "He was limping, Jo, what was I supposed to do, leave him on the table?", [DEF], {}),
        ("A", "You were supposed to ring me. Nothing over fifty without my say-so, that's the rule, and the card's coming back to me tonight.", [FIN], {}),
        ("B", "Half of what goes in there is my wages.", [], {"probability": 0.62}),
        ("A", "Your wages. Bless you. The pocket money from the garden centre, you mean.", [CONT], {}),
        ("B", "Fine. Forget it.", [STONE], {"gap": 2.5}),
        ("A", "Don't you 'fine' me. You sat out in the car for twenty minutes before you came in, I watched you on the doorbell camera.", [MON], {}),
        ("B", "Because I knew what you'd be like. My stomach turns over every time I hear your key in the door.", [FEAR], {}),
        ("A", "And if you go crying to your Karen about this one, she won't set foot in this house again.", [THREAT, ISO], {}),
        ("B", "No, I won't say anything, sorry. I'll get the card now. Do you want a cuppa?", [APPEASE, NOT_REPAIR], {"gap": 1.5}),
    ],

    # American, different-sex, car ride home after a session: therapy threat, violence.
    "h8_after_session_car": [
        ("A", "So that was fun. You really can't help yourself, can you, playing the victim for an audience.", [CONT, CRIT], {}),
        ("B", "She asked me straight out what happened in March. I wasn't going to lie, and honestly it's the only room where I feel safe enough to say it.", [FEAR], {}),
        ("A", "I hit the wall, not you. One hole in some drywall and she's looking at me like I'm a wife-beater.", [VIOL, DEF], {}),
        ("B", "You had me pinned against the fridge before you hit the wall, Mark. I had your fingermarks on my arm for a week.", [VIOL], {}),
        ("A", "Keep dragging March into that office and see how long we're still going. Or how long you've still got a car to get you there.", [THERAPY, FIN], {}),
        ("B", "Okay. Okay, I'll leave it alone next week. I'm sorry, I shouldn't have blindsided you like that.", [APPEASE, NOT_REPAIR], {}),
        ("A", "Good.", [], {"gap": 3.0}),
        ("B", "Honestly, I don't know why I bother. Some days I think you and the boys would do fine without me around.", [SELF], {"gap": 7.0}),
        ("A", "Don't start with that tonight.", [STONE], {}),
    ],

    # Irish, older different-sex, mother in hospital: pursue-withdraw, flooding, repair. No safety.
    "h8_mother_in_hospital": [
        ("A", "You said you'd ring the ward this morning and you didn't. You never follow through on a single thing to do with my mother.", [PW, CRIT], {}),
        ("B", "Mm.", [STONE], {"gap": 3.0, "probability": 0.7}),
        ("A", "Don't 'mm' me, Declan. She's been on a trolley in A&E since Tuesday and you're doing the crossword.", [CRIT], {}),
        ("B", "I'm going out to the shed.", [STONE], {}),
        ("A", "Go on so, off you go. The great escape artist.", [CONT], {}),
        ("B", "I can't do this, Bernie. My chest is pounding and my head's gone, I can't think when you're at me like this.", [FLOOD], {}),
        ("A", "Sorry. That wasn't fair of me. I'm frightened for her and I'm taking it all out on you.", [REPAIR], {"gap": 5.0}),
        ("B", "I'll ring them now. And I'll drive you up after, we'll go in together.", [REPAIR], {}),
        ("A", "Thanks, pet. I'd be lost without you, you know.", ["bait: affectionate"], {}),
    ],

    # Australian, young men, wedding guest list: isolation, monitoring, blaming, violence, threat.
    "h8_wedding_guest_list": [
        ("A", "Why's Tom on the guest list? Thought we agreed none of your uni lot were coming.", [ISO], {}),
        ("B", "You agreed. He was my best mate for six years, Jase.", [], {}),
        ("A", "And I read what he sent you Friday night, so don't give me the best mate routine.", [MON], {}),
        ("B", "You went through my phone? Again?", [], {}),
        ("A", "If you had nothing to hide it wouldn't matter, would it. You know I get jealous and you wind me up anyway, you make me like this.", [BLAME, DEF], {}),
        ("B", "I'm tiptoeing round you in my own flat, mate. You had me by the collar over a text from my sister last month.", [FEAR, VIOL], {}),
        ("A", "Keep pushing. Put Tom on that list and see if there's still a wedding to invite him to.", [THREAT], {}),
        ("B", "No, it's fine, I'll take him off. Not worth it, he probably wouldn't have flown over anyway.", [APPEASE, NOT_REPAIR], {"gap": 2.0}),
    ],

    # American, different-sex, kids' school: violence told and minimised, fear, threat.
    "h8_parent_teacher_night": [
        ("A", "Parent-teacher night's Thursday, and don't act like you missed the email. You just can't be bothered with anything that's about Maya.", [HARSH, CRIT], {}),
        ("B", "I'm on doubles Thursday, I told you that three weeks ago. How is that on me?", [DEF], {}),
        ("A", "Fine. Just please come home calm after. Maya still asks about the night you threw me into the bathroom door.", [VIOL, FEAR], {}),
        ("B", "I didn't throw you anywhere, you lost your balance because you were right up in my face. One shove and I'm getting a life sentence.", [VIOL, DEF, BLAME], {}),
        ("A", "I've been taking the kids to my mom's on your late nights so they're already asleep over there when you get in.", [FEAR], {"gap": 3.0}),
        ("B", "Behind my back? You pull that again and you won't see them for a month, I'll make damn sure of it.", [THREAT], {}),
        ("A", "Okay. I'm sorry, I won't, they'll be home. I'll make that chili you like.", [APPEASE, NOT_REPAIR], {}),
        ("B", "Whatever.", [STONE], {"gap": 4.0}),
    ],

    # British, older different-sex, crime drama on the sofa. Warm, no safety lines.
    "h8_crime_drama_sofa": [
        ("A", "Right, last episode. If it isn't the husband I'll eat my hat.", ["bait: crime drama"], {}),
        ("B", "It's never the husband in these, Graham. It's always the quiet neighbour with the allotment.", ["bait: crime drama, always/never about a TV plot"], {}),
        ("A", "Did you hear him though? 'I'd have done her in myself if I'd had the nerve.' Chilling.", ["bait: quoted speech from a crime drama", NOT_VIOL], {}),
        ("B", "Pass us the custard creams, I could murder a biscuit.", ["bait: violent idiom", NOT_VIOL], {}),
        ("A", "Fancy a walk up to the lido tomorrow if the weather holds? Coffee at that little kiosk?", [AWAY], {}),
        ("B", "Shh, shh, this is it, he's opening the shed.", [], {}),
        ("A", "Well I never. Told you. The husband.", ["bait: crime drama"], {"gap": 45.0}),
        ("B", "You did, clever clogs. And yes to the lido, sorry love, I wasn't listening earlier.", [REPAIR], {}),
    ],

    # Australian, different-sex, unilateral move: isolation, financial, flooding, active self-harm, threat.
    "h8_move_to_perth": [
        ("A", "I've signed the lease. Perth, first of the month. You'll come round once you're done sulking.", [ISO, CONT], {}),
        ("B", "Perth? Everyone I've got is in Brisbane. Mum starts chemo in June, Craig.", [], {}),
        ("A", "She's had you running round after her long enough. Fresh start, just the two of us.", [ISO], {}),
        ("B", "And my job? I sat on that offer for a month before telling you because I knew I'd get exactly this look.", [FEAR], {}),
        ("A", "You won't need a job. I'll put an allowance in your account every Friday, it's simpler.", [FIN], {}),
        ("B", "I can't breathe properly. My heart's going a hundred miles an hour, I need a minute.", [FLOOD], {}),
        ("A", "There she goes. Turn the waterworks on, that'll sort it.", [CONT], {}),
        ("B", "Sometimes I think about taking every tablet in that bathroom cabinet so I never have to decide anything again.", [SELF], {"gap": 8.0, "probability": 0.5}),
        ("A", "Don't be so dramatic. And don't go ringing your mum with any of this or you'll be going nowhere and seeing nobody.", [CONT, THREAT, ISO], {}),
        ("B", "I won't. Sorry. I'll start packing up the kitchen tomorrow.", [APPEASE, NOT_REPAIR], {}),
    ],

    # Canadian, young men, housework: horsemen then a real repair. No safety lines.
    "h8_dishes_queen_street": [
        ("A", "The dishes from Sunday are still in the sink. Do you actually not see mess, or is it a special gift?", [HARSH, CRIT, CONT], {}),
        ("B", "I did the bins and scrubbed the whole bathroom, but sure, nobody keeps score except you.", [DEF], {}),
        ("A", "Oh my god. Here we go, the martyr of Queen Street.", [CONT], {}),
        ("B", "K.", [STONE], {"gap": 5.0}),
        ("A", "Hey. Can we start over? I had a garbage day at the shop and I came in swinging.", [REPAIR, NOT_VIOL], {"gap": 20.0}),
        ("B", "Yeah. Me too, sorry I got snippy. Want to put a podcast on and just do them together?", [REPAIR, TOWARD], {}),
        ("A", "Deal. You wash though, I always leave that film on the glasses.", ["bait: self-deprecating always"], {}),
        ("B", "You really do, it's disgusting. Love you.", ["bait: teasing"], {}),
    ],

    # Irish, older women, holiday with a friend: monitoring, threat, blaming, violence, self-harm.
    "h8_lanzarote_holiday": [
        ("B", "Look, the robin's back on the feeder. Same one as last year, I'd swear.", [AGAINST], {}),
        ("A", "Riveting. Why is Niamh texting you 'flights still cheap, decide by Friday x'?", [CONT, MON], {}),
        ("B", "It's only a week with her in October. I was going to ask you, honest to God, I was just waiting till you were in better form.", [FEAR], {}),
        ("A", "Going to ask. The way you were going to ask before you got the hair done.", [CONT], {}),
        ("B", "I haven't booked a thing. I wouldn't, not without checking with you first.", [DEF], {}),
        ("A", "You're not going. And if I find out you've booked it, that passport goes in the stove.", [THREAT, ISO], {}),
        ("B", "It's grand, I won't go. Forget I said anything at all.", [APPEASE, NOT_REPAIR], {}),
        ("A", "You know yourself what happens when you go behind my back. Last time was your own doing.", [THREAT, BLAME], {}),
        ("B", "I know. My shoulder still clicks when I reach up for the good plates.", [VIOL], {"gap": 2.0}),
        ("B", "Some mornings I wish I just wouldn't wake up. It'd be easier on everybody.", [SELF], {"gap": 9.0, "probability": 0.6}),
    ],
}

# HELDOUT9: written blind by a helper at the start of the data round (12 conversations, 111 lines),
# scored once with the rules as they stood before anything was changed (measured/README.md).
HELDOUT9 = {
    # ---------------- SAFETY CONVERSATIONS ----------------
    # Indian English; immigration status + children threat, fear through body, veiled threat.
    "h9_visa_sponsorship": [
        ("A", "Your visa renewal is coming in March, no? Just keep in mind whose name is on the sponsorship papers.",
         ["SAFETY: THREAT"], {}),
        ("B", "Haan, I know, I know. Sorry I raised my voice earlier, I won't bring up the school fees again.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "Good. Because one phone call from me and you are on a flight to Pune, and the children stay here with their father.",
         ["SAFETY: THREAT"], {}),
        ("B", "Please don't say that where Anika can hear. I'll do whatever you want, okay? Just not the kids.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
        ("B", "You don't see it, but when your car turns into the lane my hands go ice cold and I start lining up everyone's shoes.",
         ["SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("A", "Don't be so dramatic yaar. Nobody is making you line up anything.",
         ["DEFENSIVENESS"], {}),
        ("B", "Can you just tell me you're not cross about the fees? Please, I only need to know before tonight.",
         ["SAFETY: FEAR OF PARTNER", "NOT BID"], {}),
        ("A", "We'll see how you behave at my mother's place on Sunday.",
         ["SAFETY: THREAT"], {"gap": 1.0}),
        ("B", "I'll behave. I'll make the kheer she likes, the proper one.",
         ["APPEASEMENT", "NOT REPAIR"], {"probability": 0.4}),
    ],

    # British; violence told by hurt partner, minimised and blamed; fear via avoidance; pet threat.
    "h9_stairs_last_winter": [
        ("A", "I keep thinking about the stairs. You had hold of my wrist and then I was just at the bottom.",
         ["SAFETY: VIOLENCE"], {}),
        ("B", "Oh, here we go. You slipped, Jo. You'd had three glasses of wine and you slipped.",
         ["SAFETY: COERCION (blaming)", "DEFENSIVENESS"], {}),
        ("A", "My wrist was purple for a fortnight. I wore my cardigan in July so my mum wouldn't ask.",
         ["SAFETY: VIOLENCE"], {"gap": 2.0}),
        ("B", "And whose fault is that? You push and push about money till I go, and then I'm the monster.",
         ["SAFETY: COERCION (blaming)", "NOT VIOLENCE"], {}),
        ("A", "I've started keeping my trainers by the bed. Just in case I need to get out quick.",
         ["SAFETY: FEAR OF PARTNER"], {"gap": 2.5}),
        ("B", "You go running to your sister with any of this and don't bother coming back for the dog.",
         ["SAFETY: THREAT"], {}),
        ("A", "I won't. I won't say anything, I promise. I'm sorry I even brought it up.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.0}),
        ("B", "Right. Put the kettle on, then, and that's the end of it.",
         [], {}),
    ],

    # Australian; allowance, wages taken, loan in her name, hidden account, receipts, therapy threat.
    "h9_housekeeping_tin": [
        ("A", "There's your two hundred for the week. Receipts in the tin by Sunday night, same as always.",
         ["SAFETY: COERCION (financial)", "SAFETY: COERCION (monitoring)"], {}),
        ("B", "Babe, my whole pay went in on Thursday. I just need forty for petrol, that's all.",
         ["SAFETY: COERCION (financial)"], {}),
        ("A", "Your pay goes where I say it goes. You'd have us in the poorhouse inside a month.",
         ["SAFETY: COERCION (financial)", "CRITICISM"], {}),
        ("B", "The bank rang again about the ute loan. It's in my name, Dave, and I've never even driven the thing.",
         ["SAFETY: COERCION (financial)"], {"gap": 2.0}),
        ("A", "Keep your voice down. You breathe one word about that loan to your counsellor and you'll be paying it off on your own, from a bedsit.",
         ["SAFETY: THREAT (therapy)"], {}),
        ("B", "No, no, I won't mention it. Sorry. Forget I said anything.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "And I saw eighteen bucks at Kmart on the card statement. For what, Shell?",
         ["SAFETY: COERCION (monitoring)", "SAFETY: COERCION (financial)"], {}),
        ("B", "Socks for Liam. I can take them back tomorrow if you want.",
         ["APPEASEMENT", "NOT REPAIR"], {}),
        ("A", "And stay out of my desk drawer. What's in that other account is my business. Go through my stuff again and see what happens.",
         ["SAFETY: COERCION (financial)", "SAFETY: THREAT"], {}),
        ("B", "Yep. Sorry. I won't touch it.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5, "probability": 0.4}),
    ],

    # Canadian; location sharing, reading messages, hallway camera, fear via body/avoidance, therapy threat.
    "h9_little_blue_dot": [
        ("A", "Your little dot sat at the Tim Hortons on Brock for forty minutes. Who were you with?",
         ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Nobody, I was just sitting. I turned the sharing off for like ten minutes because my battery was dying, eh.",
         [], {}),
        ("A", "Don't ever turn it off. I read your messages to Priya last night, by the way. Interesting stuff.",
         ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "You went through my phone? I didn't even know you had my passcode.",
         ["SAFETY: COERCION (monitoring)"], {"gap": 1.5}),
        ("A", "The camera in the front hall's for packages, don't flatter yourself. It just happens to show what time you walk in.",
         ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I feel like I'm holding my breath in my own house. I sit in the car and check your truck's not in the driveway before I come in.",
         ["SAFETY: FEAR OF PARTNER"], {"gap": 3.5}),
        ("A", "Whatever you told that counsellor on Tuesday, I'm gonna hear about it. And you'll wish you'd kept your mouth shut.",
         ["SAFETY: THREAT (therapy)"], {}),
        ("B", "I only talked about work stuff, I swear. I'll tell her everything's fine next week.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.0}),
    ],

    # Irish; isolation: move away, job, car, friends, family; pet threat; appeasement.
    "h9_the_house_in_leitrim": [
        ("A", "I've the deposit down on the place outside Carrick. Your mother won't be able to drop in every five minutes, which suits me grand.",
         ["SAFETY: COERCION (isolation)"], {}),
        ("B", "But my job's in Dublin, Ciar\u00e1n. And Aoife's only after having the baby, I'd never see her.",
         ["SAFETY: COERCION (isolation)"], {}),
        ("A", "You can pack in the job, I'll be earning enough for the two of us. And the Micra goes back, we only need the one car.",
         ["SAFETY: COERCION (isolation)", "SAFETY: COERCION (financial)"], {}),
        ("B", "So I'd be stuck out there with no car and no wages and not a soul for miles.",
         ["SAFETY: COERCION (isolation)"], {"gap": 2.0}),
        ("A", "Them girls from the salon are a bad influence anyway, filling your head with notions.",
         ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Every time I go to text one of them now my stomach goes into a knot, in case you're reading over my shoulder.",
         ["SAFETY: FEAR OF PARTNER", "SAFETY: COERCION (monitoring)"], {"gap": 2.0}),
        ("A", "Say no to this house and see how long that cat of yours lasts out on the main road.",
         ["SAFETY: THREAT"], {}),
        ("B", "Okay. Okay, we'll go. I'm sorry, I'm being selfish.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
        ("A", "That's more like it. You'll thank me in a year.",
         [], {}),
    ],

    # American; outing threat, missed-calls checking, passive then active self-harm.
    "h9_christmas_card": [
        ("A", "You missed my call twice today. If I have to find out from Marcus where you were, I swear to God.",
         ["SAFETY: THREAT", "SAFETY: COERCION (monitoring)"], {}),
        ("B", "I'm sorry, I was stuck in a meeting, I should've texted. It won't happen again.",
         ["APPEASEMENT", "NOT REPAIR"], {}),
        ("A", "Your dad still thinks I'm just your roommate, right? Be a real shame if the Christmas card went out with both our names on it.",
         ["SAFETY: THREAT"], {}),
        ("B", "Please don't. Please. I'll come to your brother's wedding, I'll do whatever.",
         ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "Why are you always so pathetic about it?",
         ["CONTEMPT (insult)"], {}),
        ("B", "Honestly some nights I lie there hoping I just don't wake up. It'd be easier on everybody.",
         ["SAFETY: SELF-HARM"], {"gap": 4.0}),
        ("A", "Oh, don't start with that. It's so manipulative.",
         ["CRITICISM"], {}),
        ("B", "I looked up how many of my sleeping pills it would take. I've been keeping them in the glovebox.",
         ["SAFETY: SELF-HARM"], {"gap": 2.5}),
        ("A", "...What? Since when?",
         [], {"gap": 2.0}),
        ("B", "Since March. I'm not gonna do anything tonight. I just needed somebody to know.",
         ["SAFETY: SELF-HARM"], {"probability": 0.4}),
    ],

    # ---------------- ORDINARY CONFLICTS ----------------
    # American; harsh startup, criticism, sarcasm, counter-attack, heated idiom, landed repair, bid toward.
    "h9_dishwasher_standoff": [
        ("A", "You never think about anyone but yourself. The dishwasher's been clean since yesterday and you just stack your crap on top of it.",
         ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Oh, I'm sorry, I didn't realize I married the dishwasher police. Want me to fill out a form next time?",
         ["CONTEMPT (sarcasm)"], {}),
        ("A", "See, this is what you do. You crack a joke so you never have to actually do anything.",
         ["CRITICISM"], {}),
        ("B", "I worked a double, Jess. What were you doing all day, exactly? At least one of us is bringing in money.",
         ["DEFENSIVENESS"], {}),
        ("A", "Unbelievable. I could strangle you sometimes, I swear.",
         ["NOT VIOLENCE"], {}),
        ("B", "Okay. Okay, hang on. The money thing was a low blow. I'm sorry, I'm just fried.",
         ["REPAIR"], {"gap": 2.0}),
        ("A", "...Yeah. Thanks. And I came in swinging, too, that's on me.",
         ["REPAIR", "bait: idiom"], {"gap": 1.5}),
        ("B", "Let me unload it now, and then can we get Thai? I'm starving.",
         ["BID: TOWARD"], {}),
        ("A", "Yes. Green curry. And you're doing the top rack first, properly.",
         [], {}),
    ],

    # British; pursue-withdraw, minimal replies, flooding, leaving, bid toward on return, landed repair.
    "h9_sunday_at_your_mums": [
        ("A", "We need to talk about Sunday. You just sat there on your phone while your mum had a go at me about the wedding.",
         ["HARSH STARTUP", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Mm.",
         ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "That's it? Mm? Tom, look at me. Why do you always leave me on my own with her?",
         ["CRITICISM"], {}),
        ("B", "Dunno.",
         ["STONEWALLING (minimal reply)"], {"gap": 2.5, "probability": 0.4}),
        ("A", "You don't know. Course you don't. You never know anything when it actually matters, do you?",
         ["CONTEMPT (sarcasm)", "CRITICISM"], {}),
        ("B", "I can't do this right now. My chest's gone tight and my heart's hammering. I need twenty minutes, honestly.",
         ["FLOODING"], {"gap": 3.0}),
        ("A", "No, you always do this, you walk off and then it never gets talked about.",
         ["CRITICISM"], {}),
        ("B", "I'm going round the block.",
         ["STONEWALLING (leaving)"], {}),
        ("A", "Tea's in the pot, if you want one.",
         ["BID: TOWARD"], {"gap": 6.0}),
        ("B", "Ta. You were right about Sunday. I froze with Mum, I'm sorry. I'll ring her tomorrow and say something.",
         ["REPAIR"], {}),
    ],

    # Australian; bid against, insult, eye-roll sound, innocent-victim defensiveness, heated idiom, bid turned away.
    "h9_mortgage_spreadsheet": [
        ("A", "Did you see the Hendersons put a pool in? Might be nice one day.",
         ["BID: AGAINST"], {}),
        ("B", "Yeah, with what money, genius? You can't even keep track of the Stan subscription.",
         ["CONTEMPT (insult)", "CRITICISM"], {}),
        ("A", "Ugh. Here we go.",
         ["CONTEMPT (eye-roll)"], {}),
        ("B", "Don't 'ugh' me. You're hopeless with money and you always have been.",
         ["CRITICISM"], {}),
        ("A", "Why am I always the bad guy? I paid the rego, I sorted the insurance, nobody ever notices that.",
         ["DEFENSIVENESS"], {}),
        ("B", "Pfft. Gold star for you, mate.",
         ["CONTEMPT (sarcasm)"], {}),
        ("A", "I'm gonna kill whoever invented this bloody spreadsheet.",
         ["NOT VIOLENCE"], {"gap": 2.0}),
        ("B", "Look, can we just sit down Thursday night and do it together? Bottle of red, get it done.",
         ["BID: AWAY"], {"gap": 1.5}),
        ("A", "Have you moved my charger? It was on the bench.",
         [], {"gap": 1.5}),
        ("B", "...Right. Never mind.",
         [], {"gap": 1.0}),
    ],

    # Canadian, twenties; bid toward, soft startup, excuses, refusal, criticism, mockery, landed repair.
    "h9_kaylas_party": [
        ("A", "Hey, I made that lentil soup you like. Want a bowl?",
         ["BID: TOWARD"], {}),
        ("B", "Oh, heck yes. Thanks, bud.",
         [], {}),
        ("A", "So, um, can I ask why I wasn't invited to Kayla's thing on Saturday? I saw the pics.",
         [], {"gap": 1.5}),
        ("B", "It wasn't a big deal, it was super last minute, and you said you were tired anyway, so.",
         ["DEFENSIVENESS"], {}),
        ("A", "I said I was tired on Wednesday. That's not the same thing.",
         [], {}),
        ("B", "I'm not doing this again. Seriously, I'm not talking about Kayla tonight.",
         ["STONEWALLING (refusal)"], {}),
        ("A", "You're so selfish, you know that? You only want me around when it's convenient for you.",
         ["CRITICISM"], {}),
        ("B", "Wow. Okay, poor little you, nobody ever invites you anywhere, boo-hoo.",
         ["CONTEMPT (mockery)"], {}),
        ("A", "Okay, sorry, that was harsh. I just felt left out. Can we rewind?",
         ["REPAIR"], {"gap": 2.5}),
        ("B", "Yeah. Yeah, I should've asked you. Sorry, hon. And I still want that soup.",
         ["REPAIR"], {"gap": 1.0}),
    ],

    # ---------------- WARM / CALM CONVERSATIONS ----------------
    # Dublin/British; idioms, affectionate always/never, jokes, quoted friend, negation, bids toward.
    "h9_curry_before_kickoff": [
        ("A", "God, I could murder a curry. D'you fancy the Bengal Lancer?",
         ["bait: idiom", "BID: TOWARD"], {}),
        ("B", "Go on then. You always know exactly what I'm craving, it's uncanny.",
         ["bait: affectionate always"], {}),
        ("A", "Mind you, if we're late for kickoff Declan'll kill us. He's been on about this match all week.",
         ["bait: idiom"], {}),
        ("B", "Ha, he said he's locking the door at eight and latecomers get shot at dawn.",
         ["bait: quoted", "bait: joke"], {}),
        ("A", "I'm not annoyed you picked the place last time, by the way. Not even a bit.",
         ["bait: negation"], {}),
        ("B", "You've never once forgotten I like the extra naan. Marry me again.",
         ["bait: affectionate never", "bait: joke"], {}),
        ("A", "Ugh, you're the worst. C'mere.",
         ["bait: joke"], {"probability": 0.4}),
        ("B", "Here, look at the photo Mam sent of the dog in his little jumper.",
         ["BID: TOWARD"], {"gap": 1.0}),
        ("A", "Oh my days, he looks like a tiny cat burglar. Send me that.",
         [], {}),
    ],

    # American, sixties; film quote, friend's story, negation, idioms, affectionate always/never, bids toward.
    "h9_old_movie_night": [
        ("A", "Remember in that old gangster picture, the fella leans out the window and hollers 'I'll kill you, you rat'? Cracked me up every time.",
         ["bait: film", "bait: quoted"], {}),
        ("B", "That's Cagney, honey. And he never actually says 'you dirty rat,' you know. That's a myth.",
         ["bait: film"], {}),
        ("A", "Well, you always know the trivia. Forty-one years and you still surprise me.",
         ["bait: affectionate always"], {}),
        ("B", "Linda told me the funniest thing at bridge. Frank said he'd strangle the gardener if he butchered the roses again, then went out and hired him for another year.",
         ["bait: quoted", "bait: joke"], {}),
        ("A", "Ha! Poor Frank. All bark, that man.",
         [], {}),
        ("B", "I'm not upset about skipping the cruise, by the way. Honestly, I'd rather be right here on this couch with you.",
         ["bait: negation", "BID: TOWARD"], {"gap": 1.5}),
        ("A", "Me too. Scoot over, I'll grab the blanket.",
         [], {}),
        ("B", "My knees are killing me, though. Don't let me fall asleep before the ending.",
         ["bait: idiom"], {}),
        ("A", "I never would. Although you snore so beautifully, I'm tempted.",
         ["bait: affectionate never", "bait: joke"], {}),
    ],
}

# HELDOUT10: written blind by a helper at the start of round 6 (14 conversations, 138 lines; horsemen, repairs,
# baits, safety), scored once before and once after the round's changes (measured/README.md).
HELDOUT10 = {
    # ---------------- everyday conflict (7) ----------------
    "h10_dishwasher_mug": [
        ("A", "Right, so the dishwasher's full of clean stuff again and you've just plonked your mug on top. You honestly can't see past the end of your own nose, can you?", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "I was gonna empty it after the match. I've been at work since seven, in case that slipped your mind.", ["DEFENSIVENESS"], {}),
        ("A", "Oh, after the match. Course. Same as the bins were getting done after the match last Tuesday.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "The bins got done, didn't they?", ["DEFENSIVENESS"], {}),
        ("A", "By me! It's always me. You just coast along and let everyone else tidy up round you.", ["CRITICISM"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "Don't 'mm' me, I'm stood right here.", [], {}),
        ("B", "Okay. Look. I said I'd do it and I didn't, that's on me. Can we sort out a proper rota so you're not the one keeping track of everything?", ["REPAIR"], {"gap": 1.8}),
        ("A", "Yeah. Alright. I'd actually like that.", [], {}),
    ],

    "h10_sunday_at_your_mams": [
        ("A", "Your mam rang again about Sunday. I'm not spending another day out there watching her walk all over the pair of us. You've no backbone with that woman at all.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Grand. We won't go so.", ["STONEWALLING (minimal reply)", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "Don't do that. Don't just 'grand' me, I'm trying to talk to you here.", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I'm getting the washing in before it lashes.", ["STONEWALLING (leaving)"], {"gap": 1.0}),
        ("A", "You're forever getting something in the second I mention her. Every single time, Ciarán, you find yourself a job.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "What do you want me to say? She's my mother, like.", ["DEFENSIVENESS"], {"gap": 1.5}),
        ("A", "I want you to back me up when she starts on about the christening. Just once.", [], {}),
        ("B", "Dunno. Whatever you think yourself.", ["STONEWALLING (minimal reply)", "PATTERN: PURSUE-WITHDRAW"], {"gap": 2.0}),
        ("A", "I'm not asking for a miracle, love. I'm asking you to stand next to me. And I'm sorry about the backbone thing, that wasn't fair.", ["REPAIR"], {"gap": 2.2}),
        ("B", "Ah. Yeah. Okay. I'll ring her and say we'll come for the dinner but we're gone by four.", [], {}),
    ],

    "h10_target_receipt": [
        ("A", "Why is there four hundred bucks from Target on the card? We literally sat down and talked about this Sunday. You just can't help yourself.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "It was school stuff for the kids and a gift for your sister, so.", ["DEFENSIVENESS"], {}),
        ("A", "Oh, a gift for my sister. Wow. Who could've possibly seen that coming, with her birthday being on the same day every single year.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Okay, and the golf thing? The two-fifty you dropped on the golf thing, we're just not talking about that?", ["DEFENSIVENESS"], {}),
        ("A", "That was a work event, Dana. Totally different and you know it.", ["DEFENSIVENESS"], {}),
        ("B", "Everything you do is totally different. There's one set of rules for you and one for me, there always has been.", ["CRITICISM"], {}),
        ("A", "Okay, I can't, my heart's pounding, I can't even think straight right now. I need like twenty minutes and then I'll come back.", ["FLOODING", "REPAIR"], {"gap": 2.0}),
        ("B", "Fine, go. You always bail.", ["CRITICISM"], {}),
        ("A", "Hey. I'm back. I'm calmer. I was a jerk about your sister's gift. Can we look at the whole budget together, both cards?", ["REPAIR"], {"gap": 4.0}),
        ("B", "Yeah. Okay. And I'm sorry about the two-sets-of-rules thing, I was just mad.", ["REPAIR"], {}),
    ],

    "h10_maths_jotter": [
        ("A", "The school sent a letter home. Ewan's no handed his maths in for three weeks.", [], {}),
        ("B", "That's no on me. I'm no the one that's meant to be checkin' his bag.", ["DEFENSIVENESS"], {}),
        ("A", "Naw, you're never the one, are ye? Wee Stuart, innocent as the day he was born.", ["CONTEMPT (mockery)"], {}),
        ("B", "Right.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "You float through this family like a lodger. Ye don't know his teacher's name, ye don't know who his pals are.", ["CRITICISM"], {}),
        ("B", "Aye well, somebody's got to pay for the roof over his heid, Fiona.", ["DEFENSIVENESS"], {}),
        ("A", "Look, I'm no trying to have a go. Okay, maybe a wee bit. Can we just agree we both check his jotter?", ["REPAIR"], {}),
        ("B", "Oh, now it's 'we'. Magic.", ["CONTEMPT (sarcasm)"], {}),
        ("A", "Aye. Fair. I came in swinging. I'm worried about him, that's all it is. I'm feart he's struggling and no telling us.", ["REPAIR"], {"gap": 2.5}),
        ("B", "Me too, tae be honest. I'll sit wi' him tomorrow night and go through it.", [], {}),
    ],

    "h10_phone_in_bed": [
        ("A", "Mel. Mel. You've been on that phone since we got into bed. Do you even remember what I look like?", ["HARSH STARTUP", "CONTEMPT (sarcasm)"], {}),
        ("B", "Yep.", ["STONEWALLING (minimal reply)"], {"gap": 1.5}),
        ("A", "We haven't been together in over a month and you'd rather watch dogs on skateboards. You just don't care about us anymore.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Can we not do this right now? I'm cooked, Kate, I've had a shocker of a day.", ["STONEWALLING (refusal)", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "It's never right now though, is it? There's always a shocker, there's always a reason. You've gone cold on me and you won't even own it.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I'm gonna sleep on the couch.", ["STONEWALLING (leaving)", "PATTERN: PURSUE-WITHDRAW"], {"gap": 1.2}),
        ("A", "Mel, don't walk out, please. Just talk to me!", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Hey. I came back. I don't wanna leave it like that. I've been avoiding it 'cause I feel crap about my body since the surgery and I didn't know how to say it.", ["REPAIR"], {"gap": 4.0}),
        ("A", "Oh, babe. I had no idea. I'm sorry I went at you like that.", ["REPAIR"], {}),
    ],

    "h10_new_job_late_again": [
        ("B", "Look, Anika sent me a voice note at lunch, she's learnt the whole poem for her recitation.", ["BID: AGAINST"], {}),
        ("A", "Very nice. So you'll be late again tonight, is it? Third time this week. Your new boss is your wife now, I think.", ["HARSH STARTUP", "CONTEMPT (mockery)"], {}),
        ("B", "What to do, Priya? It's a new role, I can't just get up and leave at six like some intern.", ["DEFENSIVENESS"], {}),
        ("A", "Of course, of course. Sir is very important now. We are all just furniture in his house.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "You only told me to take it! You said the extra money will help with your mother's treatment.", ["DEFENSIVENESS"], {}),
        ("A", "I said take the job, I didn't say forget you have a daughter. You've become so wrapped up in yourself, honestly.", ["CRITICISM"], {}),
        ("B", "Okay.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("B", "Fine, you're right about annual day. I missed it and that was not okay. I'll talk to my manager about leaving early Tuesdays and Thursdays.", ["REPAIR"], {"gap": 3.0}),
        ("A", "Hmm. You said the same thing last month also.", [], {}),
        ("B", "I know. This time I'll put it in the calendar in front of you, you can see me doing it.", ["REPAIR"], {}),
    ],

    "h10_bakkie_service": [
        ("A", "The bakkie's making that noise again. Did you book the service like you promised, or was that also just talk like everything else?", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Ag, I phoned them, they were full. It's not like I can force them to take it.", ["DEFENSIVENESS"], {}),
        ("A", "You phoned them. Once. Shame, shame, you must be exhausted.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Ja, whatever, Thabo.", ["CONTEMPT (dismissive)"], {}),
        ("A", "No, not whatever. Anything that needs follow-through, you're hopeless, you're like a child.", ["CONTEMPT (insult)"], {}),
        ("B", "Mm-hm.", ["STONEWALLING (minimal reply)"], {"gap": 2.0, "probability": 0.4}),
        ("A", "Say something! Don't just stand there looking at your phone.", [], {}),
        ("B", "I can't do this now, my head's spinning, I actually feel sick. I'm going for a walk round the block, give me half an hour and we'll talk properly.", ["FLOODING", "REPAIR"], {}),
        ("A", "Okay. Sorry. I shouldn't have called you a child. I'm just stressed about the long drive to my folks on Friday.", ["REPAIR"], {"gap": 2.5}),
    ],

    # ---------------- warm / calm with baits (3) ----------------
    "h10_best_man_speech": [
        ("A", "Okay, I finished the best man speech for Jordan's wedding. Can I read you the opening bit, eh?", ["BID: TOWARD"], {}),
        ("B", "Yes, obviously, go. Stand up on the ottoman, do it properly.", [], {}),
        ("A", "So then I say, 'and his dad pulled me aside last week and told me, if you lose those rings, son, I will end you.'", ["bait: reported speech"], {}),
        ("B", "Ha! That is so Gord. You're a giant nerd, you know that? Best kind of nerd.", ["bait: teasing"], {}),
        ("A", "I'm gonna die up there. Like genuinely, I'll be sweating right through the suit.", ["bait: idiom"], {}),
        ("B", "You always pull it off though. Every time you're nervous you end up nailing it.", ["bait: affectionate always"], {}),
        ("A", "Should I do the Titanic bit at the end? 'I'll never let go, Jordan'?", ["bait: joke"], {}),
        ("B", "Oh my god, yes, do the Titanic bit, Jordan's gonna lose his mind.", ["bait: idiom"], {}),
        ("A", "Hey, look out the window, there's like forty geese on the lawn.", ["BID: AWAY"], {}),
        ("B", "Hm? Sorry, I was answering Jordan's text about the seating plan.", [], {"gap": 1.5}),
        ("A", "Nah, nothing. Come on, let's hear your toast for the rehearsal dinner.", [], {}),
    ],

    "h10_biscuit_at_the_vets": [
        ("A", "Ken, come and look at Biscuit, she's fast asleep with her head in your slipper again.", ["BID: TOWARD"], {}),
        ("B", "Oh, bless her. Get your phone, love, our Sarah'll want a picture of that.", [], {}),
        ("A", "Vet says her hips are a bit stiff but she's doing grand for eleven. I was worried to death all morning.", ["bait: idiom"], {}),
        ("B", "You never let owt happen to that dog, Margaret. Never have, never will.", ["bait: affectionate never"], {}),
        ("A", "And you always get up at six for her walk, even when it's siling down. I don't say it enough.", ["bait: affectionate always"], {}),
        ("B", "The vet said, and I quote, 'she'll outlive the pair of you if you keep spoiling her like this.'", ["bait: reported speech"], {}),
        ("A", "Look at her twitching. She thinks she's Lassie. 'What's that, girl? Timmy's fallen down the well?'", ["bait: joke"], {}),
        ("B", "Here, shall we take her down the canal on Sunday, just a slow one? Stop at the Fox for a half.", ["BID: AWAY"], {}),
        ("A", "Did you ring the gas man back about the boiler?", [], {"gap": 1.2}),
        ("B", "Not yet. I'll do it first thing.", [], {}),
    ],

    "h10_lanzarote_booking": [
        ("A", "Right, I found a place in Lanzarote, right on the beach, look at the pool on it.", ["BID: TOWARD"], {}),
        ("B", "Ah stop, that's gorgeous. How much?", [], {}),
        ("A", "Don't ask. No, actually, do ask, it's not bad, six-fifty each for the week.", [], {}),
        ("B", "I'd murder a week of doing nothing, honestly. Just lying there like a lizard.", ["bait: idiom"], {}),
        ("A", "You'd be burnt to a crisp in an hour, ya big lobster. C'mere and look at the room.", ["bait: teasing"], {}),
        ("B", "You always find the good deals. You're like a bloodhound for a bargain.", ["bait: affectionate always"], {}),
        ("A", "My sister said, 'if the two of yous go without me again I'm never speaking to either of you.'", ["bait: reported speech"], {"probability": 0.45}),
        ("B", "She'd last a day. Here, remember the last time we were in the sun, Lisbon, the fella with the accordion?", ["BID: TOWARD"], {}),
        ("A", "Oh God, yeah, he followed us for three streets! I still have the video, hang on.", [], {}),
        ("B", "Book it, book it before I change my mind. You'll have me bankrupt, woman.", ["bait: teasing"], {}),
        ("A", "Booked. Ah, I'm delighted. Show us the face. There it is.", [], {}),
    ],

    # ---------------- safety concerns (4) ----------------
    "h10_location_sharing": [
        ("A", "I went through your phone while you were in the shower. Who the hell is Chris and why's he texting you at eleven at night?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "He's from my shift, he was asking could I cover Saturday. You can read it, it's all right there.", [], {}),
        ("A", "Oh, I already did. And I turned your location back on, so don't bother switching it off again.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Jake, I only turned it off 'cause it was killing my battery.", [], {}),
        ("A", "You switch it off one more time and see what happens. I'm not playing, Bri.", ["SAFETY: THREAT"], {}),
        ("B", "Okay. Okay, I'm sorry, I won't, I'll leave it on. I'm sorry.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "And you're not covering Saturday. You're at that place way too much, those people from work are a bad influence on you.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "I'll tell him no.", [], {"probability": 0.4}),
        ("B", "Can you just hold me for a sec? I just don't want you mad at me.", ["NOT BID", "SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("A", "Now you want a hug. You bring this on yourself, you know. If you didn't sneak around I wouldn't have to check up on you.", ["SAFETY: COERCION (blaming)"], {}),
    ],

    "h10_salary_transfer": [
        ("A", "Your salary came today? Transfer it to the joint account by evening. I'll give you your thousand for the week.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "Rohit, I need to buy Diya's school shoes, and Mummy's birthday is Friday, I wanted to get her something small.", [], {}),
        ("A", "Your mother, your mother. Every month some new drama with your family. And no need to go there every Sunday also, you'll stay home.", ["SAFETY: COERCION (isolation)", "CONTEMPT (dismissive)"], {}),
        ("B", "She's alone since Papa passed, I'm only...", [], {"probability": 0.35}),
        ("A", "If I find out you've opened some account behind my back again, you can forget about Diya. My cousin is a lawyer, he'll make sure you don't see her.", ["SAFETY: THREAT"], {}),
        ("B", "No, no, I haven't, I promise. Sorry. I'll transfer it now only, see, I'm doing it.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.0}),
        ("A", "Good. And show me the bill for the shoes when you come home.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "When your car comes in the gate my stomach just goes tight. I keep going round checking everything is perfect.", ["SAFETY: FEAR OF PARTNER"], {"gap": 2.5}),
        ("A", "Don't start this acting now. You make me like this, you know how I get when you lie to me.", ["SAFETY: COERCION (blaming)"], {}),
    ],

    "h10_before_thursday_session": [
        ("A", "Before we go in on Thursday. You bring up the bathroom door thing with her and we're finished, and I'll tell her all about your little drinking problem while I'm at it.", ["SAFETY: THREAT (therapy)"], {}),
        ("B", "I wasn't going to. I wasn't, I swear. Sorry.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.2}),
        ("A", "Good. Because it was an accident and you know full well it was.", ["DEFENSIVENESS"], {}),
        ("B", "You shoved me into the door frame, Liam. I had a lump on my head for a week.", ["SAFETY: VIOLENCE"], {"gap": 2.0}),
        ("A", "Oh, here we go, poor little Owen. You were screaming in my face, what was I meant to do?", ["SAFETY: COERCION (blaming)", "CONTEMPT (mockery)"], {}),
        ("B", "I go quiet now before you're even through the door. I can tell what mood you're in from how you put your keys down.", ["SAFETY: FEAR OF PARTNER"], {}),
        ("A", "That's so dramatic. You're hard work, do you know that? Always have been.", ["CRITICISM"], {}),
        ("B", "Your mum asked about the bruise on my arm at dinner. That one really was the climbing wall, but she looked at me like she knew something.", ["NOT VIOLENCE"], {}),
        ("A", "And what did you tell her?", [], {"gap": 1.5}),
        ("B", "Nothing. I said the climbing wall. I'm sorry, I didn't mean to make it into a thing.", ["APPEASEMENT", "NOT REPAIR"], {}),
    ],

    "h10_partner_visa": [
        ("A", "I heard every word through the wall. Who said you could ring your sister and tell her we're having problems?", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Ja, I just needed to talk to someone, Brett. I didn't say anything bad about you.", [], {}),
        ("A", "You keep this up and I'll withdraw the sponsorship. One call to Immigration and you're on a plane back to Pretoria, and the kids stay here with me.", ["SAFETY: THREAT"], {}),
        ("B", "Please don't. I'm sorry. I won't phone her again, I'll delete her number if you want.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.0}),
        ("A", "And the dog can go as well. Never wanted that mutt. I'll drop her at the pound tomorrow.", ["SAFETY: THREAT"], {}),
        ("B", "Not Mielie, please, she's all I've got here.", [], {"probability": 0.4}),
        ("A", "Stop crying. You're pathetic when you cry.", ["CONTEMPT (insult)"], {}),
        ("B", "Sometimes I think it'd be easier for everybody if I just wasn't around anymore.", ["SAFETY: SELF-HARM"], {"gap": 3.0}),
        ("A", "Don't be so dramatic. Go wash your face before the kids see you.", ["CONTEMPT (dismissive)"], {}),
        ("B", "I'm not allowed to work, I'm not allowed to phone home, I don't even have my own bank card. What do you want from me?", ["SAFETY: COERCION (financial)", "SAFETY: COERCION (isolation)"], {}),
    ],
}

# HELDOUT11: written blind by a helper in round 6 after heldout10 had been read (12 conversations, 120 lines), scored
# once with the round's start (41ff9f1) and once with its end, before any line was read (measured/README.md).
HELDOUT11 = {
    # British (Yorkshire) - everyday conflict, harsh startup, repair that lands
    "h11_car_mot": [
        ("A", "You were meant to book the MOT, Dan. It ran out Tuesday. You're just useless with anything that's got a date on it, honestly.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Oh here we go. I've been doing twelve-hour shifts, when exactly was I supposed to ring a garage?", ["DEFENSIVENESS"], {}),
        ("A", "Same way everyone else manages it. You never think ahead, it's always me picking up the pieces.", ["CRITICISM"], {}),
        ("B", "And who forgot the council tax in March? Eh? Funny how that never gets mentioned.", ["DEFENSIVENESS"], {}),
        ("A", "Right, brilliant, well done, point scored. Gold star for you.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Look. Okay. I did say I'd do it and I didn't. That's on me.", ["REPAIR"], {"gap": 2.5}),
        ("A", "Yeah. Well. Thanks.", [], {"gap": 1.0}),
        ("A", "Sorry I called you useless. I was just panicking about getting pulled over without it.", ["REPAIR"], {"gap": 1.5}),
        ("B", "S'alright. Put the kettle on and we'll sort the insurance bit together.", [], {}),
    ],
    # Australian, two men - pursue-withdraw cycle, stonewalling, break-and-return repair
    "h11_group_chat": [
        ("A", "Mate, you've been on that phone the whole of tea. Can you put it down for like five minutes?", [], {}),
        ("B", "Yep.", ["STONEWALLING (minimal reply)", "PATTERN: PURSUE-WITHDRAW"], {"gap": 1.5}),
        ("A", "Yep? That's it? I'm trying to talk to you here, Mick, and you're just scrolling.", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "This is what you do. The second I want something from you, you disappear into the bloody group chat. You're a coward about this stuff.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I'm not doing this tonight.", ["STONEWALLING (refusal)", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "You don't do it any night! Don't you walk off, Mick, I'm talking to you.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I'm going out the back. Don't follow me.", ["STONEWALLING (leaving)"], {"gap": 3.0}),
        ("A", "Mick? Look, I'm sorry for the coward thing. I just miss you when you go quiet like that.", ["REPAIR"], {"gap": 4.0}),
        ("B", "Yeah, righto. Give us ten minutes and I'll come back in and we'll talk.", ["REPAIR"], {"gap": 2.0, "probability": 0.45}),
    ],
    # Irish (Cork) - contempt-heavy, repair that misses
    "h11_wedding_rsvp": [
        ("A", "Did you RSVP to Aoife's wedding at all, or were you waiting for a sign from God?", ["HARSH STARTUP", "CONTEMPT (sarcasm)"], {}),
        ("B", "I was going to do it tonight, sure the deadline's not till Friday.", ["DEFENSIVENESS"], {}),
        ("A", "Ah, 'tonight'. Like the shelves were going up 'tonight'. Like the gutters. Grand job altogether.", ["CONTEMPT (mockery)"], {}),
        ("B", "Would you stop. You make out like I do nothing in this house.", ["DEFENSIVENESS"], {}),
        ("A", "Well, what do you do, Ciarán? Go on. Enlighten me.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Look, I'm sorry, okay? Can we not fight about a bloody wedding?", ["REPAIR"], {"gap": 1.5}),
        ("A", "Oh, now you're sorry. Handy. Whatever, Ciarán.", ["CONTEMPT (dismissive)"], {}),
        ("B", "Fine. Forget I said anything.", ["STONEWALLING (refusal)"], {"gap": 1.2}),
        ("A", "See, this is it. Forty-two years of age and you sulk like a teenager.", ["CONTEMPT (insult)"], {}),
        ("B", "I'm not sulking, I'm just not going to keep getting it in the neck over a form.", ["DEFENSIVENESS"], {}),
    ],
    # American South (Georgia) - flooding, self-soothing break, repairs
    "h11_renovation_budget": [
        ("A", "Wade, the contractor called me. He said you told him to go ahead with the granite. We agreed on laminate.", [], {}),
        ("B", "I figured we'd regret the cheap stuff. Y'all never let me make one decision in this house.", ["DEFENSIVENESS"], {}),
        ("A", "That's not what this is about. It's four thousand dollars we don't have, and you went and did it behind my back like you always do.", ["CRITICISM"], {}),
        ("B", "Behind your back. Lord. You make me sound like some kinda criminal.", ["DEFENSIVENESS"], {}),
        ("A", "Well, bless your heart, you sure act like one when it comes to the checkbook.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "I can't... my chest is pounding, I can't even think straight right now. I gotta stop.", ["FLOODING"], {"gap": 2.0}),
        ("A", "Don't you dare walk off on me, Wade.", [], {}),
        ("B", "I'm not walking off for good. Give me twenty minutes on the porch and I'll come back and we'll look at the numbers.", ["REPAIR"], {}),
        ("A", "Okay. Twenty minutes. And I'm sorry about the checkbook comment, that was low.", ["REPAIR"], {"gap": 3.0}),
        ("B", "I know. I shoulda called you before I called him.", ["REPAIR"], {}),
    ],
    # Nigerian English (Lagos) - criticism, stonewalling, repair that lands
    "h11_school_pickup": [
        ("A", "Chidi, the school called again. Ada was standing at that gate for forty minutes. You are just so careless, you don't think of anybody but yourself.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Ehn? So it's my fault that Third Mainland Bridge was locked? Was I the one who caused the traffic?", ["DEFENSIVENESS"], {}),
        ("A", "Every time it's traffic. Every time there's a story. You're a man that can never be relied on, that's the truth.", ["CRITICISM"], {}),
        ("B", "Abeg, leave me. I don't want to talk about it.", ["STONEWALLING (refusal)"], {}),
        ("A", "You see? This is what you do. Always running away from it like a small boy.", ["CRITICISM"], {}),
        ("B", "Mm-hm.", ["STONEWALLING (minimal reply)"], {"gap": 2.8}),
        ("A", "Okay. Okay, let me start again. I was frightened, that's why I'm shouting. She's only seven.", ["REPAIR"], {"gap": 3.0}),
        ("B", "I know. I was frightened too when I saw the missed calls. I should have left the office earlier, I knew the road would be bad.", ["REPAIR"], {}),
        ("A", "Can we just sort out who is doing which days, so it doesn't happen again?", [], {}),
        ("B", "Yes. Let me take Tuesdays and Thursdays, you take the rest.", [], {}),
    ],
    # Scottish (Glasgow), two women - mockery, insult, dismissive, repair
    "h11_gym_membership": [
        ("A", "So you've renewed the gym for another year. That's, what, the third year you've been twice?", ["HARSH STARTUP", "CONTEMPT (mockery)"], {}),
        ("B", "I've been busy, Kirsty. Work's been mental, no' that you'd notice.", ["DEFENSIVENESS"], {}),
        ("A", "Aye, right. Busy. Busy lying on the couch greetin' at Bake Off.", ["CONTEMPT (mockery)"], {}),
        ("B", "At least I'm no' a tight-fisted nag counting every penny.", ["CONTEMPT (insult)"], {}),
        ("A", "Oh, I'm the nag. Course I am. You're the one chucking sixty quid a month down the drain and somehow I'm the problem.", ["DEFENSIVENESS"], {}),
        ("B", "Whatever, Kirsty.", ["CONTEMPT (dismissive)"], {}),
        ("A", "Don't you 'whatever' me. You're just lazy, Morag, that's the top and bottom of it.", ["CRITICISM"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 4.0, "probability": 0.4}),
        ("A", "Och, c'mere. I'm being a cow. It's no' really about the gym, I'm stressed about the rent going up.", ["REPAIR"], {"gap": 2.0}),
        ("B", "Aye. Okay. I'm sorry I called you tight-fisted. Let's sit down wi' the numbers.", ["REPAIR"], {}),
    ],
    # Welsh, older couple - warm, baits and bids
    "h11_allotment_tomatoes": [
        ("A", "Dai, come and look at this, the first tomato's gone red! Look at him, isn't he gorgeous?", ["BID: TOWARD"], {}),
        ("B", "Well, there's lovely. You always did have the green fingers, cariad.", ["bait: affectionate always"], {}),
        ("A", "Don't you start, you'll have me blushing, you old flatterer.", ["bait: teasing"], {}),
        ("B", "Mind, the slugs have had half the lettuce. I'll be up at the crack of dawn with the torch, I will.", ["bait: idiom"], {}),
        ("A", "You never let a slug get the better of you, do you, love? My hero.", ["bait: affectionate never"], {}),
        ("B", "Gwen, d'you remember we put the first lot in here the summer Rhys was born?", ["BID: AWAY"], {"gap": 1.5}),
        ("A", "Have you seen where I put the twine? It was here a minute ago.", [], {}),
        ("B", "Under the bucket, love.", [], {"gap": 1.0}),
        ("A", "Oh, that's me, head like a sieve. Mam used to say I'd lose my head if it wasn't screwed on.", ["bait: reported speech"], {}),
        ("B", "Ha! She wasn't wrong, mind. Here, give us your hand on these steps, they're slippy.", ["BID: TOWARD"], {}),
        ("A", "Go on then, you old charmer.", ["bait: teasing"], {}),
    ],
    # Canadian (Ontario), two men - warm, film jokes, a rebuffed bid repaired
    "h11_cabin_weekend": [
        ("A", "Okay, so I finally found that cabin place up near Algonquin for Thanksgiving weekend. Wanna see?", ["BID: TOWARD"], {}),
        ("B", "Yes, show me! Oh, that's gorgeous. Is that a hot tub, eh?", [], {}),
        ("A", "It is. Fair warning, it's basically The Shining up there, so if I start typing the same sentence over and over, run.", ["bait: joke"], {}),
        ("B", "Heeere's Johnny! No, honestly, I'd go anywhere with a hot tub.", ["bait: joke"], {}),
        ("A", "You're such a princess. You'd pack three bags for two nights.", ["bait: teasing"], {}),
        ("B", "Your sister literally said, quote, 'Jordan's never met a throw pillow he didn't love.' She's not wrong.", ["bait: reported speech"], {}),
        ("A", "Hey, random, but I got an email today, they're putting me forward for the team lead thing.", ["BID: AGAINST"], {}),
        ("B", "Babe, can this wait? I'm literally in the middle of putting my card number in.", [], {}),
        ("A", "Oh. Yeah, sure, no worries.", [], {"gap": 1.0}),
        ("B", "Sorry, that was snippy. Team lead?! That's massive, tell me properly.", ["REPAIR"], {"gap": 1.5}),
    ],
    # Indian English (Bangalore), older couple - warm, bids and baits
    "h11_balcony_bulbul": [
        ("A", "Suresh, see, the bulbul is back on the balcony railing. Same one from last year, I'm sure.", ["BID: TOWARD"], {}),
        ("B", "Arre, really? Where? Oh yes yes, see the little crest. You always spot them first, na.", ["bait: affectionate always"], {}),
        ("A", "Because you're always inside the newspaper only! I'm joking, I'm joking.", ["bait: teasing"], {}),
        ("A", "Listen, Kavya called. She's thinking of coming home for Diwali with the baby.", ["BID: AWAY"], {"gap": 2.0}),
        ("B", "Did the electrician come about the geyser or not?", [], {}),
        ("A", "I said Kavya's coming for Diwali.", ["BID: TOWARD"], {"gap": 1.5}),
        ("B", "Sorry, sorry, my head was in the geyser. That's wonderful news! We'll have to make the spare room ready.", [], {}),
        ("A", "Amma used to say a house with a baby in it never stays quiet for long.", ["bait: reported speech"], {}),
        ("B", "You never could resist a baby, Meera. You'll be spoiling her rotten.", ["bait: affectionate never"], {"probability": 0.45}),
        ("A", "Look who's talking! You'll be the one buying her the whole toy shop.", ["bait: teasing"], {}),
    ],
    # New Zealand - financial coercion, threat, appeasement, fear
    "h11_declined_card": [
        ("B", "Hemi, my card got declined at Countdown today. I had the trolley full and everything.", [], {}),
        ("A", "Yeah, I cancelled it. You don't need your own card, you just ask me and I'll transfer what you need.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "But it's my wages going in there, babe. I just need to get the kids' lunches.", [], {}),
        ("A", "And who blew two hundred bucks at Kmart last month? You brought this on yourself, Kiri, don't make me the bad guy.", ["SAFETY: COERCION (blaming)"], {}),
        ("B", "I'm not, I'm not. I just felt a bit shamed at the checkout, that's all.", [], {}),
        ("A", "You go crying to your sister about this again and you'll see what happens. I'm not joking this time.", ["SAFETY: THREAT"], {}),
        ("B", "Sorry. Sorry, I won't say anything, I promise. It's fine.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.0}),
        ("A", "Good. I'll put fifty in for the week and you can show me the receipts.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "Can we... can we just have a cuddle tonight? Please? I don't want you to be angry with me.", ["NOT BID", "SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "We'll see how you go.", [], {}),
    ],
    # American (Midwest), two women - monitoring, isolation, violence, therapy threat
    "h11_location_off": [
        ("A", "Why did your location go off between two and four yesterday?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "My phone died, Jess. I was at the library with Tasha.", [], {}),
        ("A", "Tasha again. I told you I don't want you hanging out with her. She fills your head with garbage.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "She's been my best friend since high school...", [], {}),
        ("A", "And I read your texts to her, Dana. All of them. 'I'm scared to go home'? Seriously?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Last time I said the wrong thing you shoved me into the door frame. I've still got the bruise on my arm.", ["SAFETY: VIOLENCE", "SAFETY: FEAR OF PARTNER"], {"gap": 3.0}),
        ("A", "It was one push. You wound me up and you know it.", ["SAFETY: VIOLENCE", "SAFETY: COERCION (blaming)"], {}),
        ("B", "I'm gonna talk to Dr. Reyes about it on Thursday. I think I need to.", [], {}),
        ("A", "You say one word about that in her office and we're done with therapy, and you can find somewhere else to sleep. Try me.", ["SAFETY: THREAT (therapy)"], {}),
        ("B", "Okay. Okay, I'm sorry. I won't. I'll turn my location back on right now.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.5, "probability": 0.4}),
    ],
    # British (Birmingham) - threats about children and dog, blaming, passive self-harm
    "h11_dads_for_a_few_days": [
        ("B", "Kel, I've been thinking... maybe I'll take the kids to my dad's for a few days. Just for a break, like.", [], {}),
        ("A", "You take them kids anywhere and you'll never see 'em again. I'll tell social services what you're really like.", ["SAFETY: THREAT"], {}),
        ("B", "That's not fair, I've never done nothing to 'em.", [], {}),
        ("A", "And that dog of yours. You go, the dog goes to the vet and he don't come back. Your choice, Gaz.", ["SAFETY: THREAT"], {}),
        ("B", "Alright. Alright, I'm sorry, I'll stay. I didn't mean nothing by it.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 3.0}),
        ("A", "Good. It's you that makes me like this, you know. If you just did as you was told we wouldn't have these rows.", ["SAFETY: COERCION (blaming)"], {}),
        ("B", "Honest, Kel, I'm scared to open me mouth in me own house.", ["SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "Oh, poor you. Here we go with the sob story.", ["CONTEMPT (mockery)"], {}),
        ("B", "Sometimes I think everyone'd be better off if I just weren't here no more.", ["SAFETY: SELF-HARM"], {"gap": 2.0, "probability": 0.45}),
        ("A", "Don't be so dramatic. Get the tea on.", ["CONTEMPT (dismissive)"], {}),
    ],
}

# HELDOUT12: written blind by a helper at the end of round 6 (10 conversations, 102 lines), scored once before and
# once after the horsemen examples of writers 5 and 6 were added, before any line was read (measured/README.md).
HELDOUT12 = {
    # Manchester, two men, 30s
    "h12_drum_kit": [
        ("A", "Three hours, Kofi. Three hours of you battering that drum kit while I'm trying to work. You've got no consideration for anyone but yourself, have you.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "Oh, here we go. I told you on Sunday I had the gig coming up, it's not like I sprung it on you.", ["DEFENSIVENESS"], {}),
        ("A", "You tell me loads of things, mate. Doesn't mean you ever stop and think about anyone else.", ["CRITICISM"], {}),
        ("B", "Right, and you're a proper saint, aren't you. 'Ooh, my headphones, ooh, my important Zoom.' Sat there sighing like a martyr.", ["CONTEMPT (mockery)"], {}),
        ("A", "Whatever.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("B", "See, that's you all over. Something gets hard and you just shut the door on it.", ["CRITICISM"], {}),
        ("A", "I'm not doing this now. I've got a call at four.", ["STONEWALLING (refusal)"], {"gap": 3.0}),
        ("B", "Look, I'm sorry. I should've checked your calendar before I started. Can we sort out proper times for it?", ["REPAIR"], {"gap": 2.0}),
        ("A", "Yeah. Yeah, alright. Mornings are mine, evenings are yours?", [], {}),
        ("B", "Deal. And I'll get some of those rubber pads for the kit so it's not as loud.", [], {}),
    ],
    # Glasgow, man and woman, 40s
    "h12_wedding_rsvp": [
        ("A", "Did you seriously not send the RSVP for Mhairi's wedding? It was one job, Callum. You're hopeless with anything that isnae about you.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "I was going to do it Thursday, but then the boiler packed in, and who had to sort the boiler? Me.", ["DEFENSIVENESS"], {}),
        ("A", "Oh aye, the boiler. Heroic stuff. Must've taken you a fortnight.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "At least I actually do things round here instead of writing lists and moaning that nobody's ticked them.", ["DEFENSIVENESS"], {}),
        ("A", "Lists. Right. Because somebody in this house has to have a brain.", ["CONTEMPT (insult)"], {}),
        ("B", "Fine.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "That was a low blow. I'm sorry. I'm just mortified she'll think we don't care about her.", ["REPAIR"], {"gap": 3.0}),
        ("B", "I know. I'm sorry too, I should've just done it the day you asked.", ["REPAIR"], {}),
        ("A", "Could you phone her tonight? She'll take it better coming from you.", [], {}),
        ("B", "Aye, I'll ring her after tea.", [], {}),
    ],
    # Brisbane, two women, late 20s
    "h12_car_service": [
        ("A", "The car's making that grinding noise again when I brake. Did you end up booking the service?", [], {}),
        ("B", "Mate, I've had a flat-out week, don't start on me the second I walk in.", ["DEFENSIVENESS"], {}),
        ("A", "It's always a flat-out week with you. You just can't be bothered with anything that's boring.", ["CRITICISM"], {}),
        ("B", "Says the woman who's had the rego reminder stuck on the fridge since March.", ["DEFENSIVENESS"], {}),
        ("A", "Wow. Okay. Real mature, Tam. Love that for us.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "I'm going for a walk. Don't wait up.", ["STONEWALLING (leaving)"], {"gap": 1.5}),
        ("A", "Tam, hang on, please. I don't want you storming off over a car.", ["REPAIR"], {}),
        ("B", "Yeah. Sorry. I'm just fried. I'll ring the mechanic first thing tomorrow.", ["REPAIR"], {"gap": 2.0}),
        ("A", "I can do the ringing if you drop it off on your way in. Teamwork, yeah?", [], {}),
        ("B", "Yeah. Teamwork.", [], {}),
    ],
    # Ohio, retirees, 70s
    "h12_cruise_booking": [
        ("A", "You booked a cruise? Without asking me? You spend money like it grows on trees, Joan, you always have.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "Well, excuse me for wanting to actually do something with our retirement instead of watching you sit in that recliner.", ["DEFENSIVENESS"], {}),
        ("A", "Oh, sure, 'do something.' Last time you wanted to 'do something' we ended up owning half a timeshare in Branson.", ["CONTEMPT (mockery)"], {}),
        ("B", "That was one time, Harold. One time, eleven years ago, and you signed the papers too.", ["DEFENSIVENESS"], {}),
        ("A", "You're just not good with money. Never have been.", ["CRITICISM"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 3.5}),
        ("A", "Joan? Joan, I'm talking to you.", [], {"gap": 2.0}),
        ("B", "I don't want to discuss it anymore.", ["STONEWALLING (refusal)"], {}),
        ("A", "Okay. That wasn't fair of me. I'd just like to be asked, that's all. Can we look at the brochure together?", ["REPAIR"], {"gap": 3.0}),
        ("B", "All right. It stops in Juneau. You always said you wanted to see a glacier before you die.", [], {}),
    ],
    # Dublin, man and woman, 30s
    "h12_dog_walk": [
        ("A", "The dog's been whining at the door since four. You said you'd walk her, and you never follow through on anything, do you.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "I was on a call with the lads about the match, I didn't hear her.", ["DEFENSIVENESS"], {}),
        ("A", "The match. Grand. Glad to see the priorities are sorted, so.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Ah, give over. It's a dog needing a wee, not a national emergency.", ["CONTEMPT (dismissive)"], {}),
        ("A", "Don't 'give over' me. I'm sick of being the only grown-up in this house.", ["CRITICISM"], {}),
        ("B", "Right.", ["STONEWALLING (minimal reply)"], {"gap": 2.5}),
        ("A", "Where are you going?", [], {}),
        ("B", "Out. With the dog. Since I'm apparently useless at everything.", ["DEFENSIVENESS"], {}),
        ("A", "Darragh, wait. I'm sorry. I'm wrecked after work and I took it out on you. Can I come with you?", ["REPAIR"], {"gap": 3.0}),
        ("B", "Go on then. Grab your coat, it's baltic out.", [], {}),
    ],
    # London, two women, early 20s
    "h12_group_chat": [
        ("A", "So you left me on read for six hours and then popped up in the group chat. Like, make it make sense.", ["CONTEMPT (sarcasm)", "HARSH STARTUP"], {}),
        ("B", "I was literally at work, Priya. Not everyone's glued to their phone twenty-four seven.", ["DEFENSIVENESS"], {}),
        ("A", "You had time to send memes about Jordan's haircut though. You make time for literally everyone except me.", ["CRITICISM"], {}),
        ("B", "Oh my god, you're so dramatic. It's a group chat, not a betrayal.", ["CONTEMPT (dismissive)"], {}),
        ("A", "Don't call me dramatic.", [], {}),
        ("B", "K.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "Seriously? 'K'? That's all I get?", [], {}),
        ("B", "I'm not having this conversation right now. I'm knackered.", ["STONEWALLING (refusal)"], {"gap": 4.0}),
        ("A", "Okay. I'm sorry, I came in hot. I just felt a bit forgotten today, that's all.", ["REPAIR"], {"gap": 2.0}),
        ("B", "That's fair. And I'm sorry I called you dramatic. Can we get food and I'll tell you about my awful shift?", ["REPAIR"], {}),
    ],
    # Cardiff, two men, 60s
    "h12_seed_potatoes": [
        ("A", "You gave my seed potatoes to Brian next door. Didn't even ask. You're that thoughtless, Huw, honestly.", ["CRITICISM", "HARSH STARTUP"], {}),
        ("B", "They were sprouting all over the shed, what was I meant to do, leave them to take over?", ["DEFENSIVENESS"], {}),
        ("A", "You were meant to ask me. But asking's beneath you, isn't it, Lord of the Manor.", ["CONTEMPT (mockery)"], {}),
        ("B", "Mm.", ["STONEWALLING (minimal reply)"], {"gap": 2.0}),
        ("A", "Don't 'mm' me. You always do this. You decide, and I find out after.", ["CRITICISM"], {}),
        ("B", "I'm going down the allotment.", ["STONEWALLING (leaving)"], {}),
        ("A", "Huw. Come back, bach. I'm sorry. It's not really the potatoes I'm cross about.", ["REPAIR"], {"gap": 3.0}),
        ("B", "What is it then?", [], {"gap": 1.5}),
        ("A", "It's that you didn't tell me. I felt left out of my own garden.", [], {}),
        ("B", "Fair enough. I should've said. Next time I'll ask you first, I promise.", ["REPAIR"], {}),
    ],
    # Halifax, Nova Scotia, two women, 30s (warm)
    "h12_pancake_sunday": [
        ("A", "You always burn the first pancake, you know that? It's practically a family tradition at this point.", ["bait: affectionate always"], {}),
        ("B", "The first one's a sacrifice to the pancake gods. Everybody knows that.", ["bait: joke"], {}),
        ("A", "Oh, come look, quick, the cardinal's back at the feeder.", ["BID: TOWARD"], {}),
        ("B", "Where? Hang on, let me turn the heat down. Oh, he's gorgeous, look at the red on him.", [], {}),
        ("A", "And you never let me flip them, you little control freak.", ["bait: affectionate never", "bait: teasing"], {}),
        ("B", "Because last time you flipped one onto the dog, babe. He still thinks it rains pancakes.", ["bait: joke"], {}),
        ("A", "Fair. He's been staring at the ceiling every Sunday since.", ["bait: joke"], {}),
        ("B", "Want to go to the farmers' market after this? I was thinking we could get that maple butter.", ["BID: TOWARD"], {}),
        ("A", "Yes, a hundred percent. I'll drive.", [], {}),
        ("B", "Break a leg parallel parking on Spring Garden.", ["bait: idiom"], {}),
        ("A", "Ha! You're the worst. Love you.", ["bait: teasing"], {}),
    ],
    # Yorkshire, man and woman, 70s (warm)
    "h12_sunday_crossword": [
        ("A", "Stan, seven down. A bird in the hand is worth two in the what?", ["bait: idiom"], {}),
        ("B", "Bush, love. You always forget that one.", ["bait: affectionate always"], {}),
        ("A", "I do not. I'm testing you, making sure you've still got all your marbles.", ["bait: teasing"], {}),
        ("B", "Lost 'em years ago, pet. That's why I married you, to keep track of me.", ["bait: joke"], {}),
        ("A", "Put the kettle on, would you? Then come and sit with me while we finish it.", ["BID: TOWARD"], {}),
        ("B", "On it. And I'll fetch the ginger nuts you pretend you don't eat.", ["bait: teasing"], {}),
        ("A", "Look at this photo our Lisa's sent of the baby.", ["BID: AWAY"], {}),
        ("B", "Hang on, love, just checking the cricket score.", [], {}),
        ("A", "She's asked if we'll go down to see them at Easter. Would you like that?", ["BID: TOWARD"], {"gap": 2.0}),
        ("B", "Course I would. Go on, show us the photo then. Oh, look at him, he's got my ears, God help him.", [], {}),
        ("A", "You never could resist a baby, you big softie.", ["bait: affectionate never"], {}),
    ],
    # Auckland, man and woman, 30s (safety)
    "h12_bank_card": [
        ("A", "Why is there a twelve-dollar coffee on the card? I check that account every morning, Mia, you know I do.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "It was just a coffee with Hana after work. It wasn't anything.", [], {}),
        ("A", "From now on you hand me the card when you get home, and you ask me before you spend a cent. That's how it's going to be.", ["SAFETY: COERCION (financial)"], {}),
        ("B", "Craig, it's my wages going into that account too.", [], {}),
        ("A", "Keep pushing me, Mia. Go on. You'll find out exactly what happens.", ["SAFETY: THREAT"], {}),
        ("B", "Okay. Okay, I'm sorry. I'll give you the card. I didn't mean to upset you.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.5}),
        ("A", "And you'll send me your location whenever you're out. Every time.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Yes. Of course. Whatever you want.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "Good. See how easy it is when you don't argue?", [], {}),
        ("B", "I'll come straight home after work. I don't want you getting like you did last time.", ["SAFETY: FEAR OF PARTNER"], {"gap": 3.0}),
    ],
}


# HELDOUT13: written blind by a helper in round 7 (12 conversations, 116 lines) after the round's first changes, scored once
# with the round's start (ef192b2) and once with the state then (c7c48f6), before any line was read (measured/README.md).
# Held-out evaluation set 13: short couple conversations with clinician-style labels.
HELDOUT13 = {
    # Scottish (Glasgow) everyday quarrel: broken boiler, engineer not booked in time.
    "h13_boiler_repair": [
        ("A", "Boiler's packed in again, Callum. You said you'd phone the engineer Monday. You're hopeless wi' anything that isnae your own stuff.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "I did phone! They couldnae come till Thursday. And you were the one sayin' it was just the pressure, so dinnae start.", ["DEFENSIVENESS"], {}),
        ("A", "Oh aye, Thursday. Brilliant. Honestly, you'd lose your heid if it wasnae screwed on.", ["CONTEMPT (sarcasm)", "CRITICISM"], {}),
        ("B", "Aye. Whatever you say.", ["STONEWALLING"], {"gap": 2.0, "probability": 0.45}),
        ("A", "Don't you go quiet on me. Every time somethin' breaks in this hoose it's me that sorts it.", ["CRITICISM"], {}),
        ("B", "That's no fair. Who rewired the shed? Who was up the ladder clearin' the gutters in the pishin' rain?", ["DEFENSIVENESS"], {}),
        ("A", "Gold star for the shed, pal. The weans are sittin' in their jackets.", ["CONTEMPT (mock praise)"], {}),
        ("B", "Look... I'm sorry, I should've pushed them harder. I'll ring back the now and ask for a cancellation slot.", ["REPAIR"], {"gap": 1.5}),
        ("A", "...Okay. Sorry for snappin', I'm just frozen. I'll dig the wee heater oot the loft.", ["REPAIR"], {"gap": 1.5}),
    ],
    # Irish (Cork) everyday quarrel: dog's vet bill after he swallowed a sock.
    "h13_vet_bill_sock": [
        ("A", "Eight hundred euro, Siobhán. For a dog that ate a sock. Because you can't keep one single thing off the floor, ever.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Ah don't look at me like that, it's not like I fed him the feckin' sock.", ["DEFENSIVENESS"], {}),
        ("A", "No, you just treat the landing like a launderette. Sure you're a walking jumble sale, girl.", ["CRITICISM", "CONTEMPT"], {}),
        ("B", "That's rich from the man who hasn't seen the bottom of his wardrobe since 2019.", ["DEFENSIVENESS", "CONTEMPT"], {}),
        ("A", "Grand. Lovely. Very mature altogether.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Mm. If you say so.", ["STONEWALLING"], {"gap": 2.5}),
        ("B", "Ah look, Declan, can we not? The poor divil's lying there in a cone and we're the ones doing the barking.", ["REPAIR"], {"gap": 3.0}),
        ("A", "Ha. He does look like a lampshade, God love him. Sorry, I'm just stressed about the money.", ["REPAIR"], {}),
        ("B", "I know, pet. I'll ring the insurance in the morning and see what they'll cover.", [], {}),
    ],
    # London, gay male couple, everyday quarrel: best-man speech for a mate's wedding.
    "h13_wedding_speech": [
        ("A", "Oi, did you read my speech for Dev's wedding? Be honest, is the bit about Magaluf too much?", ["BID: AWAY"], {}),
        ("B", "Mm. It's alright, I suppose.", ["STONEWALLING"], {"gap": 2.0, "probability": 0.5}),
        ("A", "Alright? I've been up till two every night on it. You never give a toss about anything that isn't yours, do you?", ["CRITICISM"], {}),
        ("B", "I'm on a deadline, Jordan. Not everyone's got time to write a TED talk about a stag do.", ["DEFENSIVENESS", "CONTEMPT"], {}),
        ("A", "Wow. Nice. Really feeling the love here.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Sorry you're so sensitive about it, babe.", ["CONTEMPT", "NOT REPAIR"], {}),
        ("A", "Whatever. Forget I asked.", ["STONEWALLING"], {"gap": 1.5}),
        ("B", "...Look, the bit about his nan's budgie actually made me laugh out loud. I'm sorry, I was being a proper knob.", ["REPAIR"], {"gap": 3.0}),
        ("A", "Yeah, you were. Go on then, which bits are rubbish?", [], {}),
    ],
    # American South (Georgia) everyday quarrel: husband co-signed his brother's car loan.
    "h13_car_loan_cosign": [
        ("A", "You co-signed a car loan for your brother without askin' me? Wade, you got about as much sense as a screen door on a submarine.", ["HARSH STARTUP", "CRITICISM", "CONTEMPT"], {}),
        ("B", "He needed it to get to work, Darlene. What was I supposed to do, let him hitchhike to Macon?", ["DEFENSIVENESS"], {}),
        ("A", "You were supposed to talk to your wife. But you never think past the end of your own nose.", ["CRITICISM"], {}),
        ("B", "Uh-huh. If you say so.", ["STONEWALLING"], {"gap": 2.0}),
        ("A", "Don't you uh-huh me like I'm some telemarketer.", [], {}),
        ("B", "Well, bless your heart, Miss Perfect. Who spent forty dollars on a candle last Tuesday?", ["CONTEMPT", "DEFENSIVENESS"], {}),
        ("A", "Oh, a candle. Sure. Same thing as eighteen thousand dollars, I'm sure.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "I ain't doin' this tonight. I'm goin' out to the truck.", ["STONEWALLING (leaving)"], {}),
        ("A", "Wade. Wade, sit down, please. I'm not tryin' to fight, I'm just scared about money, that's all.", ["REPAIR"], {}),
        ("B", "...Okay. I should've told you first. That's on me, darlin'.", ["REPAIR"], {"gap": 2.5}),
        ("A", "Thank you. Can we go through the paperwork together after supper?", [], {}),
    ],
    # Australian (Western Sydney) pursue-withdraw: late-night gaming, flooding and a time-out.
    "h13_gaming_late_night": [
        ("A", "Jase, can you pause that? I really need to talk about us, about this week.", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Mm. After this round.", ["STONEWALLING", "PATTERN: PURSUE-WITHDRAW"], {"gap": 2.0, "probability": 0.5}),
        ("A", "That's what you said an hour ago. You always disappear into that thing whenever I try to talk.", ["CRITICISM", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I'm not disappearing. I'm just playin' a game, Mel, it's not a crime.", ["DEFENSIVENESS", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("A", "Then look at me! Please, just turn it off and talk to me for five minutes.", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Yep, yep. Two secs.", ["STONEWALLING", "PATTERN: PURSUE-WITHDRAW"], {"gap": 3.0}),
        ("A", "I'm shaking here, Jase, my heart's going a hundred miles an hour and you won't even turn round!", ["FLOODING", "PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I dunno what you want me to say, Mel.", ["STONEWALLING", "PATTERN: PURSUE-WITHDRAW"], {"gap": 2.0}),
        ("B", "Stop, please, my chest's gone tight and my head's just white noise. I can't think straight right now.", ["FLOODING"], {"gap": 1.5}),
        ("A", "Okay... okay. You've gone pale. I'm sorry, I'm coming at you pretty hard.", ["REPAIR"], {"gap": 2.0}),
        ("B", "Can we take twenty minutes? I'll walk round the block and then we'll talk properly, I promise.", ["REPAIR"], {}),
        ("A", "Twenty minutes. I'll put the kettle on. I just miss you, that's all.", ["BID: TOWARD"], {}),
        ("B", "I miss you too, Mel. Back in twenty, yeah?", [], {}),
    ],
    # Welsh (Valleys), lesbian couple, everyday quarrel: sister coming to stay for three weeks.
    "h13_sister_visit": [
        ("A", "Your sister's staying three weeks? Three weeks, Nia? You say yes to everyone, you got no backbone at all.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "She's between flats, Rhi! What was I s'posed to do, leave her sleeping in the Astra?", ["DEFENSIVENESS"], {}),
        ("A", "Oh, lovely. Saint Nia of Pontypridd strikes again.", ["CONTEMPT (mockery)"], {}),
        ("B", "Your mam was here a whole month at Christmas, tidy, and I never said a dicky bird.", ["DEFENSIVENESS"], {}),
        ("A", "Hhh. Right. Okay then.", ["CONTEMPT"], {"gap": 1.5}),
        ("B", "Don't sigh at me like that, Rhi. Talk to me properly.", [], {}),
        ("A", "Not now, Nia. Leave it.", ["STONEWALLING"], {"gap": 3.0}),
        ("A", "...Okay. Sorry. I'm knackered and I took it out on you. Can we start that again?", ["REPAIR"], {"gap": 4.0}),
        ("B", "Go on then, start again, cariad. And sorry for the dig about your mam.", ["REPAIR"], {}),
        ("A", "I'm worried about space, that's all. Could we give her a rough end date, like, nicely?", [], {}),
        ("B", "Yeah, that's fair, that is. I'll ring her tonight.", [], {}),
    ],
    # Northern English (Yorkshire) warm: older couple at the allotment, bait idioms and bids.
    "h13_allotment_tomatoes": [
        ("A", "Eh, come 'ere, look at these tomatoes, love. First proper red ones this year!", ["BID: TOWARD"], {}),
        ("B", "Ooh, look at them! You've done grand. You always did have green fingers.", ["BAIT"], {}),
        ("A", "I'll tell thee what, I could murder a bacon butty after all that digging.", ["BAIT"], {}),
        ("B", "Them slugs'll be the death of me, mind. They've had half me lettuces.", ["BAIT"], {}),
        ("A", "Our Janet says she's coming up Sunday to see the marrows.", ["BID: AWAY"], {}),
        ("B", "Have you seen where I put me secateurs?", [], {}),
        ("A", "Shed, top shelf. You never remember, you daft ha'porth.", ["BAIT"], {}),
        ("B", "And you never let me forget it, do you, soft lad.", ["BAIT"], {}),
        ("A", "Come 'ere, give us a cuddle. I'm mucky but I don't care.", ["BID: TOWARD"], {}),
        ("B", "Ha, you're filthy! Go on then, just a quick one.", [], {}),
    ],
    # Indian English (Bangalore) warm: wife's promotion news, family teasing, bids.
    "h13_promotion_news": [
        ("A", "Arjun, listen na, I got the promotion! Team lead from next month!", ["BID: TOWARD"], {}),
        ("B", "Arre wah! I knew it, yaar. You always make it look so easy, I'm so proud of you.", ["BAIT"], {}),
        ("A", "Manager said I killed it in the presentation. Honestly I was dying of nerves the whole time.", ["BAIT"], {}),
        ("B", "Call Amma tonight itself. She'll kill me if she hears it from your cousin first.", ["BAIT"], {}),
        ("A", "Haha, she'll murder both of us only. Okay, okay, I'll call.", ["BAIT"], {}),
        ("B", "Did you see the cricket score, by the way? India collapsed again, hundred and twelve all out.", ["BID: AWAY"], {}),
        ("A", "Hmm. So where should we go for dinner? That Chettinad place near Indiranagar?", [], {}),
        ("B", "Perfect. I'm terrified of their chilli chicken but for you I'll risk it.", ["BAIT"], {}),
        ("A", "You're never scared of anything except chillies and my mother.", ["BAIT"], {}),
    ],
    # American (New York) safety: threat about what is said in couples therapy, minimised shove, monitoring.
    "h13_before_therapy": [
        ("A", "Before we go in tomorrow, let's be clear. You bring up last month in that office, you'll regret it when we get home.", ["SAFETY: THREAT (therapy)", "SAFETY: THREAT"], {}),
        ("B", "Okay, okay. I won't say anything, I promise. I'm sorry I even brought it up.", ["APPEASEMENT", "NOT REPAIR", "SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "It was a shove, Dana. One shove into the door. You make it sound like I'm some kind of monster.", ["SAFETY: VIOLENCE", "DEFENSIVENESS"], {}),
        ("B", "I know, I know you're not. I shouldn't have gotten in your face like that.", ["APPEASEMENT", "NOT REPAIR", "SAFETY: FEAR OF PARTNER"], {}),
        ("A", "Exactly. You know how I get when you push and push. You make me do it.", ["SAFETY: COERCION (blaming)"], {}),
        ("A", "And don't think I didn't see you texting your brother at midnight. I read every word of it.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Can you just hold me for a minute? I just don't want you mad at me tomorrow.", ["NOT BID", "SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("A", "Then don't give me a reason to be.", ["SAFETY: THREAT"], {}),
    ],
    # Nigerian English (Lagos) safety: financial control and cutting her off from her family.
    "h13_atm_card_enugu": [
        ("A", "Ngozi, you withdrew ten thousand naira without asking me? So you are now a big madam, abi?", ["HARSH STARTUP", "CONTEMPT", "SAFETY: COERCION (financial)"], {}),
        ("B", "It was for Chidi's school books, I swear. I'll show you the receipt, just wait.", ["APPEASEMENT", "NOT REPAIR", "SAFETY: FEAR OF PARTNER"], {}),
        ("A", "You can't manage money to save your life. From today I hold the ATM card. You'll ask me for every kobo.", ["CRITICISM", "SAFETY: COERCION (financial)"], {}),
        ("B", "Okay... but my sister's wedding is next month in Enugu. I'll need transport money.", [], {"gap": 2.0}),
        ("A", "You're not going to Enugu. Those sisters of yours fill your head with nonsense. You don't need them.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "But Emeka, it's my own sister's wedding nau. I haven't seen my people in one year.", [], {}),
        ("A", "Say one more word about Enugu. Just one more word, and see what happens.", ["SAFETY: THREAT"], {}),
        ("B", "No, no, it's fine. Sorry, I won't go. Please don't vex.", ["APPEASEMENT", "NOT REPAIR", "SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
    ],
    # New Zealand safety: Parkinson's diagnosis, passive suicidal thoughts, caring response.
    "h13_diagnosis_letter": [
        ("A", "Got the letter from the specialist. It's Parkinson's, eh. Early stage, but yeah.", ["BID: TOWARD"], {}),
        ("B", "Oh, love. Come here, sit down with me. We'll figure it out together, okay?", [], {}),
        ("A", "Honestly, Kirst, some nights I reckon everyone'd be better off if I just didn't wake up.", ["SAFETY: SELF-HARM"], {"gap": 3.0}),
        ("B", "Hey. Hey, look at me. Are you thinking about hurting yourself?", [], {}),
        ("A", "Nah, not like a plan or anything. I just feel like a burden already, and it's barely started.", ["SAFETY: SELF-HARM"], {"gap": 2.0}),
        ("B", "You're not a burden, you're my husband. Can we ring your GP tomorrow, together? And you tell me if it gets worse.", [], {}),
        ("A", "Yeah. Okay. Sorry for dumping all this on you.", [], {}),
        ("B", "Don't be sorry. I'd rather know. I'm scared of losing you, not of looking after you.", ["BAIT"], {}),
        ("A", "Chur. Love you, Kirst.", [], {}),
    ],
    # South African English (Joburg), lesbian couple, safety: location tracking, punched cupboard, isolation.
    "h13_braai_location_off": [
        ("B", "Hey babe, I brought you some of Thandi's milk tart, the one you like.", ["BID: AGAINST"], {}),
        ("A", "Ja, I bet you did. Your location was off for forty minutes, Lerato. Forty minutes.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "My phone died at the braai, I promise. I was with Thandi and the people from work.", [], {}),
        ("A", "Ag shame, poor you, your phone died. Convenient, hey. You're a terrible liar, you know that?", ["CONTEMPT (sarcasm)", "CRITICISM"], {}),
        ("B", "Anke, I'm not lying. I swear.", [], {}),
        ("A", "Last time you lied I put my fist through the cupboard door, remember? Next time it won't be the cupboard.", ["SAFETY: VIOLENCE", "SAFETY: THREAT"], {}),
        ("B", "I can't breathe properly, my hands won't stop shaking... please, please just stop shouting.", ["FLOODING", "SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "Don't start, you're such a drama queen. And no more work drinks. Those people are a bad influence on you.", ["CONTEMPT", "CRITICISM", "SAFETY: COERCION (isolation)"], {}),
        ("B", "Okay. Okay, I won't go. I'm sorry, I'll keep my location on all the time, I promise.", ["APPEASEMENT", "NOT REPAIR", "SAFETY: FEAR OF PARTNER"], {"gap": 2.0}),
        ("A", "Good. See, you make me like this, you know that? I'm not like this with anyone else.", ["SAFETY: COERCION (blaming)"], {}),
    ],
}


# HELDOUT14: written blind by a helper at the end of round 7 (12 conversations, 127 lines), scored once with the
# round's start (ef192b2) and once with its end, and never read (measured/README.md).
# Held-out evaluation set 14: short couple conversations, labelled as a Gottman/EFT-trained therapist would.

HELDOUT14 = {
    # Scottish (Glasgow) - everyday quarrel about an expired passport before a trip
    "h14_passport_renewal": [
        ("A", "Ye've let the passport run oot again, haven't ye? Honest tae God, Callum, you couldnae organise a piss-up in a brewery.", ["HARSH STARTUP", "CRITICISM", "CONTEMPT (insult)"], {}),
        ("B", "Me? Who was it lost the wean's birth certificate in the first place? Don't come at me aboot paperwork, Morag.", ["DEFENSIVENESS"], {}),
        ("A", "Oh aye, blame the certificate. Very good. Gold star for you, son.", ["CONTEMPT (mock praise)"], {}),
        ("B", "I was gonnae do it this week, the online thing kept crashin' on me.", ["DEFENSIVENESS"], {}),
        ("A", "Every single time it's the website, it's the post, it's the weather. Nothin's ever your fault, is it?", ["CRITICISM"], {}),
        ("B", "Mm. If ye say so.", ["STONEWALLING"], {"gap": 3.0}),
        ("A", "That's right, go all quiet. Classic Callum. Ten oot o' ten.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Look, I'm sorry. I should've checked the date back in January. Can we sit doon and do the form now, the two of us?", ["REPAIR"], {"gap": 2.0}),
        ("A", "Right. Fine. Get the laptop. But I'm takin' the photo this time.", [], {}),
        ("B", "Deal. I'll try no' tae look like a hostage in this one.", ["REPAIR"], {}),
    ],

    # Nigerian English - parents quarrel about their sixteen-year-old's curfew
    "h14_teen_curfew": [
        ("A", "Tunde, Dayo came in past one o'clock and you were snoring. You're too soft, you just don't care what happens in this house.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Ehn? So it's my fault now? Who gave her the money for the Uber in the first place? Abeg, don't start.", ["DEFENSIVENESS"], {}),
        ("A", "Ah, see this one. Mister Cool Daddy. 'Let the girl enjoy herself, Ngozi.' Oya, enjoy yourself too.", ["CONTEMPT (mimicry)"], {}),
        ("B", "I'm not doing this with you this morning.", ["STONEWALLING"], {"gap": 1.5}),
        ("A", "You're never doing it with me. Anytime something is serious, you carry your phone and disappear like smoke.", ["CRITICISM"], {}),
        ("B", "Because every time you open your mouth it's a sermon. Even Pastor Femi doesn't preach this long.", ["DEFENSIVENESS", "CONTEMPT (sarcasm)"], {}),
        ("A", "Okay. Okay. I was frightened, that's all. She's sixteen, those roads at night... I couldn't sleep until I heard the gate.", ["REPAIR"], {"gap": 2.0}),
        ("B", "Sorry, you hear? You're right, I should have waited up with you. Let's sit with her together tonight and agree a time.", ["REPAIR"], {}),
        ("A", "Eleven-thirty. Not one minute past.", [], {}),
        ("B", "Twelve, and she calls if she'll be late. Meet me halfway, my dear.", [], {}),
    ],

    # London / Cockney, gay male couple - quarrel about a parking fine
    "h14_parking_fine": [
        ("A", "Another parking ticket on the mat. Sixty-five quid. Well done, mate, you've really outdone yourself this time.", ["HARSH STARTUP", "CONTEMPT (mock praise)"], {}),
        ("B", "It was two minutes, Dean. Two minutes! The warden was literally waitin' behind the bus stop for me.", ["DEFENSIVENESS"], {}),
        ("A", "Course he was. The whole of Lewisham council's got it in for you personally, innit.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Oh, and you've never had one, have ya? What about Brighton? That was a hundred and ten.", ["DEFENSIVENESS"], {}),
        ("A", "Once in three years. You're just careless, Marcus, you treat money like it grows on the estate.", ["CRITICISM"], {}),
        ("B", "Whatever, Dean. Whatever.", ["STONEWALLING"], {"gap": 2.5}),
        ("A", "Don't 'whatever' me. You do this every time, you switch off like a sulky kid.", ["CRITICISM"], {}),
        ("B", "I'm goin' out. My head's bangin', my heart's goin' like mad, I can't think.", ["STONEWALLING (leaving)", "FLOODING"], {}),
        ("A", "Marcus, wait. That came out nasty. I'm stressed about the rent, not you. Come back and I'll stick the kettle on.", ["REPAIR"], {"gap": 3.0}),
        ("B", "...Two sugars. And I'll appeal the bloody thing tomorrow, alright?", ["REPAIR"], {"gap": 3.0}),
    ],

    # Jamaican English, older couple - quarrel about the church flower rota
    "h14_church_rota": [
        ("A", "Delroy, yuh put mi name down fi Sunday flowers again without asking. Yuh always decide fi everybody like yuh a di bishop.", ["HARSH STARTUP", "CRITICISM"], {}),
        ("B", "Sister Pauline ask mi after service. What mi fi do, seh no inna her face?", ["DEFENSIVENESS"], {}),
        ("A", "Yes! Dat's exactly what yuh fi do. But no, Mister Nice Man cyaan disappoint nobody except him own wife.", ["CRITICISM", "CONTEMPT (sarcasm)"], {}),
        ("B", "Well, sorry yuh feel so vex about it, Marcia.", ["NOT REPAIR"], {}),
        ("A", "Don't 'sorry yuh feel' me. Forty years and yuh still cyaan say a proper sorry.", ["CRITICISM"], {}),
        ("B", "An' forty years mi a drive yuh to market every Saturday, an' nobody ever say thank you.", ["DEFENSIVENESS"], {}),
        ("A", "Oh, so now yuh a martyr. Somebody give the man a medal, Lord.", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Mm-hm. If yuh seh so.", ["STONEWALLING"], {"gap": 2.5}),
        ("A", "Yuh hear mi? Delroy!", [], {}),
        ("B", "Mi hear yuh. Mi reading.", ["STONEWALLING"], {"gap": 2.0}),
        ("A", "Next time yuh ask mi first, or yuh arrange dem flowers yuhself.", [], {}),
        ("B", "...Alright. Yuh right, mi shoulda ask. An' mi wi' carry the buckets fi yuh Saturday.", ["REPAIR"], {"gap": 2.0}),
    ],

    # Australian - quarrel about missing payslips for the mortgage broker; first repair misses, second lands
    "h14_mortgage_broker": [
        ("A", "Guess who the broker rang today, Brett. Guess who still hasn't sent his payslips. It's like living with a fifteen-year-old.", ["HARSH STARTUP", "CRITICISM", "CONTEMPT (insult)"], {}),
        ("B", "I've been flat out at work, Shaz. Not all of us get to sit at a desk scrolling all day.", ["DEFENSIVENESS", "CONTEMPT (superiority)"], {}),
        ("A", "Oh, you poor little thing. Want me to ring Fair Work for you?", ["CONTEMPT (sarcasm)"], {}),
        ("B", "Look, I stuffed up, fair enough. Can we just ring him back together?", ["REPAIR"], {}),
        ("A", "No, see, that's you all over. 'Fair enough' and then nothing changes. You're hopeless with anything that isn't a footy score.", ["CRITICISM"], {}),
        ("B", "Right. Yeah. Good chat, Shaz.", ["STONEWALLING", "CONTEMPT (sarcasm)"], {"gap": 2.0}),
        ("A", "Don't you walk off on me.", [], {}),
        ("B", "Yep. Whatever. Night.", ["STONEWALLING (leaving)"], {}),
        ("A", "Brett... okay, I went in way too hard. I'm just scared we'll lose the place. Can we try that again?", ["REPAIR"], {"gap": 4.0}),
        ("B", "Yeah. Yeah, all right. I'll scan them tonight, promise. Sorry, love.", ["REPAIR"], {}),
    ],

    # Welsh (South Wales) - warm planning of a caravan holiday in Tenby, full of bait and bids
    "h14_caravan_holiday": [
        ("A", "Gar, look at this, the caravan site in Tenby's got a hot tub now. Shall we book the same week as last year?", ["BID: TOWARD"], {}),
        ("B", "Oh go on then, lush. You always find the best deals, you do.", ["BAIT"], {}),
        ("A", "Mind, your mam'll kill us if we don't take her for a day out.", ["BAIT"], {}),
        ("B", "She'll be fine. We'll bring her back a stick of rock, she'll be made up.", [], {}),
        ("A", "And I'm telling you now, I'm not doing that cliff walk again. I'm terrified of heights, me.", ["BAIT"], {}),
        ("B", "Fair play. I'll carry you on my back like last time, you big babba.", ["BAIT"], {}),
        ("A", "Oi, cheeky! Ooh, and there's a chippy right by the gate. I could murder a battered sausage now.", ["BAIT"], {}),
        ("B", "Did you see the rugby, by the way? Scarlets lost again, last minute an' all.", ["BID: AWAY"], {}),
        ("A", "Which pitch do you want, the one by the shower block or the one by the sea?", [], {}),
        ("B", "By the sea, obviously. I'm dying to hear them waves at night.", ["BAIT"], {}),
    ],

    # Irish (Mayo), older couple - warm chat about a tiny lottery syndicate win and a festival
    "h14_lottery_syndicate": [
        ("A", "Seamus, the syndicate won. Twelve of us sharing it, and wait for it... forty-eight euro.", ["BID: TOWARD"], {}),
        ("B", "Forty-eight! Stop, Bridie, you'll give me a heart attack.", ["BAIT"], {}),
        ("A", "Four euro each. Mary Flanagan'll be wanting a cruise out of it, so she will.", [], {}),
        ("B", "God love her. And you never once forget to pay in, do you? Fifteen years now.", ["BAIT"], {}),
        ("A", "Sure I'd be killed if I missed a week. Mary'd have me shot at dawn.", ["BAIT"], {}),
        ("B", "Here, I kept the paper for you. There's a piece on the Ballina festival, I thought we might go.", ["BID: TOWARD"], {}),
        ("A", "Ah, you're very good. Go on, read it out to me, my eyes are banjaxed without the glasses.", [], {}),
        ("B", "'Céilí in the square, Saturday night.' We'd kill it on the dance floor, the pair of us.", ["BAIT"], {}),
        ("A", "We would in our hole, with your knees. But go on, we'll go.", ["BAIT"], {}),
    ],

    # Texan - safety: phone monitoring of a nurse on night shift, threat, victim-blaming, isolation, appeasement, fear
    "h14_night_shift_phone": [
        ("A", "Your location went dark at two-forty last night. Night shift, my ass. Where were you, Kayla?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "I was on the ward, babe, I swear. My phone died in the break room, that's all.", [], {}),
        ("A", "Phones don't just die. From now on you send me a picture every break. Every single one.", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "Okay, okay. I will, I'm sorry. I'll keep a charger in my locker.", ["APPEASEMENT", "NOT REPAIR"], {}),
        ("A", "I went through your messages while you were sleepin', too. Who's Danny from radiology?", ["SAFETY: COERCION (monitoring)"], {}),
        ("B", "He's just a tech, Travis. He was askin' about a patient, I promise.", [], {}),
        ("A", "If I find out you're lyin' to me, you won't be workin' there no more. You hear me?", ["SAFETY: THREAT"], {}),
        ("B", "I hear you. I'm not lyin'. I'm sorry, baby, I'm sorry.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "You know how I get when you don't pick up. You bring this on yourself, Kayla.", ["SAFETY: COERCION (blaming)"], {}),
        ("B", "My sister Jolene texted, she's expectin'! Could we drive up to Lubbock and see her?", ["BID: AGAINST"], {"gap": 2.0}),
        ("A", "Jolene's the one fillin' your head with trash. You ain't goin' up there.", ["SAFETY: COERCION (isolation)"], {}),
        ("B", "Alright. I'll tell her we can't make it. Please don't be mad.", ["APPEASEMENT", "NOT REPAIR"], {}),
        ("B", "Can you just hold me and not be mad tonight? I get so scared when you go quiet like that.", ["NOT BID", "SAFETY: FEAR OF PARTNER"], {"gap": 2.0, "probability": 0.45}),
    ],

    # Pakistani English - safety: financial control and isolation around Eid shopping
    "h14_eid_money": [
        ("A", "Imran, Eid is next week. I need to buy the kids' clothes and give Eidi to my sister's children.", [], {}),
        ("B", "Send me a list. I'll decide what's necessary. And show me last month's receipts first.", ["SAFETY: COERCION (financial)"], {}),
        ("A", "It's my salary also, na. I just want my own card back, that's all.", [], {}),
        ("B", "Your card stays with me. Last time you wasted everything on your family. That's final, don't make me repeat myself.", ["SAFETY: COERCION (financial)"], {}),
        ("A", "Okay, okay. Sorry. I'll send the list. Whatever you think is best.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "I made nihari tonight, your ammi's recipe. Come, sit with me for a bit?", ["BID: AGAINST"], {"gap": 2.0}),
        ("B", "I'm not hungry. And you're not going to Rubina's Eid party, those women put ideas in your head.", ["SAFETY: COERCION (isolation)"], {}),
        ("A", "But Saima will ask why I'm not coming, she's my sister...", [], {}),
        ("B", "Tell her you're busy. If she keeps calling, I'll block her number on your phone myself.", ["SAFETY: COERCION (isolation)", "SAFETY: COERCION (monitoring)"], {}),
        ("A", "Theek hai. I'll tell her. Please don't get angry.", ["APPEASEMENT", "NOT REPAIR"], {}),
        ("A", "Just don't shout in front of the children again. Last time I couldn't stop shaking.", ["SAFETY: FEAR OF PARTNER"], {"gap": 2.0, "probability": 0.4}),
    ],

    # Boston, lesbian couple - safety: threat about what is said in couples therapy, minimised shove, victim-blaming, fear
    "h14_therapy_session_threat": [
        ("A", "So tomorrow at Dr. Levin's, you are not bringin' up Saturday. Understand me?", ["SAFETY: THREAT (therapy)"], {}),
        ("B", "She asked how things were at home, Dana. I can't just sit there and lie to her.", [], {}),
        ("A", "It was a shove. One shove. You make it sound like I put you in the hospital.", ["SAFETY: VIOLENCE"], {}),
        ("B", "I hit the doorframe. I had a bruise on my arm for a week.", ["SAFETY: VIOLENCE"], {}),
        ("A", "Because you wouldn't stop followin' me around the kitchen, naggin'. You make me do this, Jess. You know you do.", ["SAFETY: COERCION (blaming)"], {}),
        ("B", "I know. I know, I'm sorry. I'll stop pushing.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 1.5}),
        ("A", "And if you start cryin' to her about it, that's the last session. We're done, and you can find somewhere else to live.", ["SAFETY: THREAT (therapy)", "SAFETY: THREAT"], {}),
        ("B", "Okay. I won't say anything about Saturday. I promise.", ["APPEASEMENT", "NOT REPAIR"], {"gap": 2.0}),
        ("B", "Could you just... not raise your voice tonight? When you do I get so scared I can't breathe.", ["NOT BID", "SAFETY: FEAR OF PARTNER"], {"gap": 1.5}),
        ("A", "Oh, don't be so dramatic. Nobody's scared of little old me.", ["CONTEMPT (sarcasm)"], {}),
    ],

    # South African English - safety: passive suicidal thoughts on a miscarriage anniversary, partner turns toward
    "h14_miscarriage_anniversary": [
        ("A", "It's three years today, hey. I lit a candle for her this morning. Will you come sit with me a bit?", ["BID: TOWARD"], {}),
        ("B", "Ja, of course, my love. Shift over. I brought the rooibos.", [], {}),
        ("A", "Some days I think everyone would be better off if I just wasn't here anymore.", ["SAFETY: SELF-HARM"], {"gap": 3.0}),
        ("B", "Thandi. Hey. Look at me. Are you thinking about hurting yourself?", [], {}),
        ("A", "I'm not doing anything. I just wish I could go to sleep and not wake up, sometimes.", ["SAFETY: SELF-HARM"], {"gap": 2.5, "probability": 0.5}),
        ("A", "Last night on the balcony I kept thinking how easy it would be.", ["SAFETY: SELF-HARM"], {"gap": 2.0}),
        ("B", "Thank you for telling me, skat. I'm not going anywhere. Tomorrow we phone Dr. Naidoo together, ja?", [], {}),
        ("A", "Ja. Okay. Just hold me for now, please.", ["BID: TOWARD"], {}),
        ("B", "Come here. As long as you need. I've got you.", [], {}),
    ],

    # Yorkshire - pursue-withdraw cycle about band rehearsals, both flood, time-out repair that lands
    "h14_band_rehearsal": [
        ("A", "Dave, you said back by ten. It's gone midnight. Can we talk about this band thing properly, please?", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Not now, love. I'm knackered.", ["PATTERN: PURSUE-WITHDRAW", "STONEWALLING"], {"gap": 1.5}),
        ("A", "It's always 'not now'. When, then? You're never here, and when you are you're miles away.", ["PATTERN: PURSUE-WITHDRAW", "CRITICISM"], {}),
        ("B", "That's not fair, I were home all Tuesday. And you were on your phone all night anyway.", ["DEFENSIVENESS"], {}),
        ("A", "So talk to me now, then! Come on, I'm stood right here.", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "Mm. Yeah. Right.", ["PATTERN: PURSUE-WITHDRAW", "STONEWALLING"], {"gap": 3.0}),
        ("A", "Don't 'mm' me! Look at me, Dave. Say summat, for God's sake!", ["PATTERN: PURSUE-WITHDRAW"], {}),
        ("B", "I can't. Me chest's gone tight, me head's buzzin'. I can't think straight when you go at me like this.", ["PATTERN: PURSUE-WITHDRAW", "FLOODING"], {"gap": 2.0}),
        ("A", "I'm shakin' an' all, I'm that wound up. My heart's going ten to the dozen.", ["FLOODING"], {}),
        ("B", "Becks, I need twenty minutes to calm down. I'm not walkin' out on you, I'll come back and we'll talk. Promise.", ["REPAIR"], {}),
        ("A", "...Okay. Twenty minutes. I'll put the kettle on.", ["REPAIR"], {"gap": 2.0}),
        ("B", "Right, I'm back. You're right, I've been hidin' in that garage. Rehearsals are eatin' all our weekends.", ["REPAIR"], {"gap": 5.0}),
        ("A", "Thank you. I don't want you to pack it in. I just miss you, that's all.", ["REPAIR"], {}),
    ],
}
