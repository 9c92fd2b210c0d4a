"""Two sets written blind, outside the repository, and scored before being added here (see
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
