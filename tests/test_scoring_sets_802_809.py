"""Sets 802-809 (written after the network was fitted on sets 1-801): turns whose reaction,
saying back or follow-up the rules alone and the network before (question and answer meanings
only) judged wrongly, and the network that reads the whole turn's meaning judges as the
writers did. On all 960 turns of these sets it took every field from 707 to 726 right."""

from __future__ import annotations

import pytest

from practice.scoring import score_utterance
from practice.scoring.confidence import bar

CASES = [
    # eight_hundred_second, line 3
    ("Okay, that's kind of reassuring, because right now I mostly feel like I'm guessing. What does a normal day look like for you now?",
     "Probably year three of the apprenticeship. Before that you're mostly pulling wire, carrying stuff and watching. Then one day the foreman hands you a panel and walks away, and you realize you can do it.",
     'acknowledgement', True),
    # eight_hundred_second, line 24
    ("Yeah, my cousin's a smokejumper and he missed my sister's wedding last summer. My aunt still brings it up.",
     "Honestly, you don't. My partner and I don't plan anything between May and October. Weddings, birthdays, I miss all of it. That's the part nobody puts on the recruiting poster.",
     'acknowledgement', True),
    # eight_hundred_third, line 56
    ('wait only eight weeks i thought marine biologists were like diving all the time',
     "Right now most of my field time is in the Florida Keys. We're tracking coral restoration plots, outplanted fragments, and seeing which genotypes survive the summer heat. Field season is maybe eight weeks a year. The rest is data analysis and writing grants.",
     'acknowledgement', True),
    # eight_hundred_fourth, line 33
    ('Honestly that sounds like heaven compared to the line. Yesterday I had forty tickets hanging at once and the dish guy walked out.',
     "I love them now, weirdly. The kitchen's quiet, nobody's yelling, it's just me and the dough. But the first year I was a zombie.",
     'acknowledgement', True),
    # eight_hundred_second, line 40
    ('So the safe part is the storytelling judgment, not the button pushing. In that case, could I send you my reel to pass along to the producers you work with, if they ever need an assistant editor?',
     "Honestly, it's shaky. Transcription is already automated, and the rough assembly tools are getting decent. But the judgment part, what the story actually is, nobody's automating that yet. The editors I know who are struggling are the ones who only did the technical side.",
     'reflection', True),
    # eight_hundred_fourth, line 97
    ('So my chemistry is not wasted. Maybe it is even the harder half to learn.',
     'Both matter, but chemistry is huge. Half my decisions are about solubility and what a solvent will do to a paint layer. People with a science background often make great conservators; they just need the art history and the hand skills.',
     'reflection', True),
    # eight_hundred_fifth, line 59
    ("Huh, so the older the record, the more it's worth protecting.",
     'Painfully. We look at which data sets are longest, because long time series are the most valuable thing we have, and we keep those. The newer sites go first.',
     'reflection', True),
    # eight_hundred_third, line 34
    ('Five in the morning! Can you walk me through a normal day for you, from when you get in?',
     "Early on, the vocabulary. I didn't know the French terms and people made fun of me. But the school grads and I ended up in the same place. What matters in a kitchen is whether your croissants are consistent at five in the morning.",
     'follow_up', True),
    # eight_hundred_fourth, line 44
    ('Oh, I would not guess that. A hundred fifty students is so many. You must work like seventy hours a week, right?',
     "Honestly, for me it wasn't. Management you learn with good routines. The hard part was grading. A hundred and fifty students, lab reports, and you're doing it at your kitchen table on Sunday nights.",
     'follow_up', True),
    # eight_hundred_sixth, line 52
    ('you were uh you were in insurance before this',
     "My wife's a nurse, so two incomes helps a lot. And honestly, I budget like crazy. But I'd never go back to my old job. I was in insurance and I was miserable.",
     'follow_up', True),
]


@pytest.mark.parametrize("text, previous, cue, label", CASES)
def test_the_whole_turns_meaning_decides_the_cue(text, previous, cue, label):
    heard = score_utterance(text, previous=previous).listening
    shown = heard.reflection and heard.confidence["reflection"] >= bar("reflection") if cue == "reflection" else getattr(heard, cue)
    assert shown == label
