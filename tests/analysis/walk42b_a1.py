"""Walk-through 42b's a1 practice (a soft start-up with one slip its speaker repairs), as lines for the fidelity tests."""

SOFT = {"template": "soft_startup", "title": "Gentle start rehearsal"}
NAMES = {"S1": "Lena", "S2": "Ben"}
LINES = [
    ("S1", "Okay. Soft start-up, like Dr Hale said. I go first, and you just listen, yeah?"),
    ("S2", "Yep. I'm listening. Go on."),
    ("S1", "So. I've been feeling a bit on my own on Sunday afternoons. When the football's on, I end up doing the washing "
           "and the lunch boxes by myself, and I miss you."),
    ("S1", "What I'd like is for us to do the boxes together before the match starts. Even twenty minutes would help."),
    ("S2", "Okay. That's fair. I didn't really know it bothered you that much."),
    ("S1", "It does a bit. It's not the football. I don't mind the football."),
    ("S2", "So if we did the lunch boxes at two, before kick off, would that work?"),
    ("S1", "Yeah, that would be nice. And then last week, when my sister came round, you always just disappear into the "
           "garage the minute anyone comes over."),
    ("S2", "Hang on, that's not"),
    ("S1", "No, sorry. That came out wrong. Let me try that again."),
    ("S1", "When my sister came on Saturday, I felt a bit awkward on my own with her. I'd love it if you came and sat with "
           "us for a bit, even just for a cup of tea."),
    ("S2", "Okay. I can do that. I go in the garage because I never know what to say to her, to be honest."),
    ("S1", "I know. She's a lot. Thank you for saying that."),
    ("S2", "So, lunch boxes at two, and tea with your sister. Deal."),
    ("S1", "Deal. That was better than last time, wasn't it?"),
    ("S2", "Much better. Shall I put the kettle on?"),
]
