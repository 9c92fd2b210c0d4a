"""rep42: a partner's name that is also an ordinary word is rewritten (to initials, or to the name as corrected)
only where it is used as a name: "Will you call her?", "Mark the date.", "a rose bush" keep their words."""

import pytest

from talktogether_desktop.reports.evidence import renamer
from talktogether_desktop.reports.model import build_model
from talktogether_desktop.reports.text import display_names

# name -> sentences where the word is NOT the partner's name (capitalised at a sentence start, or a month)
ORDINARY = {
    "Will": ["Will you call her tomorrow?", "I will call her.", "Okay. Will that be enough?"],
    "Mark": ["Mark the date on the calendar.", "Mark my words.", "I'll mark the date."],
    "Rose": ["Rose early and left.", "We planted a rose bush.", "Rose bushes need sun."],
    "Sue": ["Sue me, then.", "They could sue us."],
    "Bill": ["Bill them for it.", "The bill came today."],
    "Grace": ["Grace under pressure is hard.", "Say grace first."],
    "Hope": ["Hope you slept well.", "I hope so.", "Hope so."],
    "Joy": ["Joy to the world, honestly.", "It was a joy."],
    "Frank": ["Frank talk helps us.", "Can I be frank?"],
    "Drew": ["Drew the curtains and left.", "He drew a line."],
    "Pat": ["Pat it dry.", "Give him a pat."],
    "May": ["May I finish?", "We married in May.", "It was May 3rd.", "You may go."],
    "April": ["We met in April.", "Since April it has been hard.", "By April 12 we knew."],
}
NAME_USES = ["{n} said I was late.", "I asked {n} to stay.", "{n}, please listen.", "That is {n}'s car."]


def _initials_renamer(name: str):
    speakers = [{"id": "S1", "name": name}, {"id": "S2", "name": "Alex"}]
    partners = {"S1": name, "S2": "Alex"}
    return renamer(speakers, partners, display_names(["S1", "S2"], speakers, partners, True))


@pytest.mark.parametrize("name", sorted(ORDINARY))
def test_an_ordinary_word_that_is_a_partners_name_keeps_its_word(name):
    rename = _initials_renamer(name)
    for sentence in ORDINARY[name]:
        assert rename(sentence) == sentence, (name, sentence)


@pytest.mark.parametrize("name", sorted(ORDINARY))
def test_the_name_used_as_a_name_is_still_rewritten(name):
    rename = _initials_renamer(name)
    for sentence in NAME_USES:
        said = sentence.format(n=name)
        out = rename(said)
        assert name not in out and name[0] + "." in out, (said, out)


def test_a_corrected_name_is_written_only_where_it_is_the_name():
    # the analysis was made with "Mark"; the therapist has since corrected the spelling to "Marc"
    rename = renamer([{"id": "S1", "name": "Mark"}], {"S1": "Marc"}, {"S1": "Marc"})
    assert rename("Mark the date. Mark said he would.") == "Mark the date. Marc said he would."


def test_an_initial_at_a_sentence_end_has_one_full_stop():
    assert _initials_renamer("Grace")("I asked Grace.") == "I asked G."


def test_a_quote_on_the_report_keeps_will_you():
    analysis = {
        "duration_s": 60.0,
        "speakers": [{"id": "S1", "name": "Will"}, {"id": "S2", "name": "Ana"}],
        "turns": [{"speaker": "S2", "start": 1.0, "end": 4.0, "text": "Will you call her? Will, please."},
                  {"speaker": "S1", "start": 5.0, "end": 8.0, "text": "Mark the date, Ana."}],
        "observations": ["Will you call her? was said at 00:01 by Ana; Will answered at 00:05."],
    }
    model = build_model(analysis, {"partners": {"S1": "Will", "S2": "Ana"}, "initials_only": True})
    text = " ".join(t for t, *_ in model.observations)
    assert "Will you call her?" in text and "W. answered" in text, text
