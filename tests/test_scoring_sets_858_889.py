"""Turns of sets 858-889 (first looks on 958cd76, fab1ce1, 295b5af and 94b4598) that the scorer read wrongly:
questions run on in a second language's order after a topic ("... how i can practice that", "...
how people pay for this", "what from that would carry over"), a wh-clause embedded in the
question ("how do you tell which ones are real"), a second wh-question run on after the first,
"getting the butter right" read as a tag, "how much more" asked at the end, "first like is the
..."; job asks by taking on "a guy like me", needing "one yourself", posting "one of those jobs",
"if I tell her you sent me", a small project to help with, "consider taking someone on", "prefer
me" misheard for "refer me", "could I come crew for you", a recommendation letter; a word of theirs
asked about ("chemistry why", "what's yours"), "i'd be the odd one out wouldn't i"; job asks by a
partner needed, "tell me if one opens", "get in with your lab", the hiring person; and the turns
beside them that must not change."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance


@pytest.mark.parametrize(("text", "kind"), [
    # a question run on in a second language's order, or with a clause embedded in it
    ("sense of rhythm how i can practice that", "open"),
    ("wow okay a hundred thousand that's uh that's a lot for me with family how people pay for this usually", "open"),
    ("fourteen patients is a lot how you remember everybody's like plan and what they did last time", "open"),
    ("ninety percent false positives that's that's kind of crazy so how do you how do you tell which ones are real",
     "open"),
    ("that is the coolest job i've ever heard of okay um so how do you like come up with a puzzle where does it even"
     " start", "open"),
    ("that actually sounds kind of peaceful um what's what's the hardest part about getting the butter right", "open"),
    # what of theirs would serve
    ("that's hilarious you growling into a mug um i i make beats on my laptop in fl studio like what what from that"
     " would actually carry over to this", "open"),
    ("okay in poland i was doing um forklift maintenance for six years and the the electric motors what what from"
     " this can help me for the apprenticeship", "open"),
    # a word of theirs asked about, or the question asked back
    ("chemistry why", "open"),
    ("ha what's yours", "open"),
    ("the dead would why's that", "open"),
    ("four in the morning uh every day that is that is very early how you how you sleep and what your family say",
     "open"),
    # how much more, and a question after "first like"
    ("seventeen fifty okay and um you said nights and weekends pay more how much more", "closed"),
    ("um so i'm trying to figure out if i should do the full dpt or become a pta first like is the pta kind of a"
     " dead end", "closed"),
    # what the user would be, checked with a tag
    ("got it um as a guy i'd be kind of the odd one out wouldn't i", "closed"),
])
def test_questions_the_run_on_reading_missed(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize(("text", "kind"), [
    # the how-clause is what is figured out, not asked
    ("oh wow so like the pretty part is the small part and most of it is figuring out how people actually use"
     " the thing", "not_a_question"),
    ("i love how people pay for this", "not_a_question"),
    ("we never really talked about how much more", "not_a_question"),
    ("i don't know what from that will matter", "not_a_question"),
    ("that's the reason why", "not_a_question"),
    ("i know what's yours", "not_a_question"),
    ("i wouldn't i think", "not_a_question"),
    # a thing done right, then a tag that asks for agreement
    ("it must be hard to get the pastry right", "closed"),
])
def test_the_clauses_beside_them_keep_their_reading(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text", [
    "huh fuel hauling never would've thought of that um do you think the company you drive for would would take on"
    " a guy like me once i got my cdl",
    "Paraplanner, good to know. I don't suppose you'd ever need one yourself?",
    "oh that's good um does your agency do that one because i would like to work for them if they pay the class",
    "Since you say you are two positions down, is your department maybe going to post one of those jobs soon?",
    "I'll do that. You don't mind if I tell Teresa you sent me, do you?",
    "Would you maybe have a small project where I could help you, even only testing puzzles?",
    "wait seriously um would you would you be able to prefer me for one of those",
    "Would you ever consider taking someone on to ride along with you a few days a month, as a sort of apprentice?",
    "Oh, that's encouraging. So at sixty I wouldn't be the odd one out on a crew. Could I come crew for you this season?",
    "wow from washing dishes to sous chef um do you need someone to wash the dishes now i'm i'm serious",
    "okay that's good to know do they do they need people right now your agency",
    "Could you maybe write a recommendation letter for my application? I know we just met today.",
    "do you think i could like shadow you sometime this summer or or maybe like help out at the clinic as a kennel"
    " assistant",
    "You wouldn't need a weekend partner by any chance, would you? I'd get my cert first, obviously.",
    "Do you think a teller job here would be a good door for me? And can you tell me if one opens?",
    "um and like i know this is awkward but does noah do internships because i'd love to like get in with your lab",
    "wow ok and um could you like put me in touch with your agency's hiring person i'd really like to get started",
])
def test_asks_to_be_taken_on_or_put_forward_are_job_asks(text):
    assert score_utterance(text).job_ask


@pytest.mark.parametrize("text", [
    "Thank you so much, Dr. Nguyen, this was very helpful. I will tell her you sent me.",
    "Do the agencies post those jobs online?",
    "Would I need one of those certificates myself?",
    "Would you let me do my observation hours with you? I need twenty-five before I apply.",
    "What would you look for in a reel if someone applied to be your assistant editor?",
    "What would you want to see on a reel from someone applying to be your assistant editor?",
    "Do you write reference letters for your students often?",
    "You wouldn't need a license for that, would you?",
    "How did you get in with your lab's funders?",
])
def test_saying_who_sent_them_or_asking_about_postings_is_no_job_ask(text):
    assert not score_utterance(text).job_ask
