"""What turn sets 290 to 297 showed (first looks in bench/README.md): a guess asked as a statement
after an open question, a "when" clause that opens a story, a gerund that starts a statement,
lead-ins before a second language's wh-order, runs that trail off in "or" or "no", restarts, and
more job asks. Rows written here."""

from __future__ import annotations

import pytest

from practice.scoring import question_type, score_utterance
from practice.scoring.job_ask_phrases import JOB_ASK
from practice.scoring.job_asks import job_ask
from practice.scoring.text import clean


@pytest.mark.parametrize("text", [
    "So it's really more about attitude than the piece of paper. If I did a few trial shifts at your bakery, would"
    " that be something you'd consider?",
    "the agency pay for it oh that's good does your agency do that and do they have the the openings for new aide now",
    "so if i wanted to get hired as a baker's assistant like do you know anyone or would your hotel take someone with"
    " no experience",
    "How many preparators are there at your museum, and do you think there's room for one more, maybe as an"
    " apprentice?",
    "A swamp, ha. Okay. Is your team open to returnships or anything like that? I saw some companies have programs"
    " for people coming back after a gap.",
    "maybe you need somebody in your shop do you have work for a helper while i'm studying for the exam",
    "Ha, the only place that called you back. Does your office still take 1L summer interns? And I'd love to know"
    " what makes an application stand out.",
    "I have one more question. After graduation I need to find work for my visa. Do you know any production company"
    " that sponsors? Or could you introduce me to some people who hire assistant editors?",
])
def test_job_asks_found_in_sets_290_297(text):
    assert JOB_ASK.search(clean(text).lower())  # by the phrase rules, not only the learned reading
    assert job_ask(text)


def test_fearing_nobody_will_hire_me_is_no_job_ask():
    assert not job_ask("I've been home with my kids for eight years and honestly I'm scared nobody's going to hire me"
                       " with that big gap. How do trucking companies look at something like that?")


@pytest.mark.parametrize("text, kind", [
    # a statement asked with "?" after an open question guesses its answer
    ("A chef! How did he make the change? He went to a school for this?", "open"),
    ("Three hundred hours. How do you even start with so much? You watch everything?", "open"),
    ("Can I ask about vet school admission here in the US? It is different for international students?", "closed"),
    # lead-ins before a second language's word order
    ("Yes, please, what they look for?", "open"),
    ("First, what you like the most in this job?", "open"),
    ("three times wow why it is so difficult the exam", "open"),
    # statements that only looked like questions
    ("So the waking up is okay for you, what bother you is when the problem come back because nobody fix it"
     " properly.", "not_a_question"),
    ("That gives me chills. When my mom was recovering from her stroke, her speech therapist was the only person who"
     " could make her laugh.", "not_a_question"),
    ("So explaining the machines is also a way of comforting them.", "not_a_question"),
    ("That's good to know. I've been practicing exactly that in my TA sessions, explaining stats to freshmen.",
     "not_a_question"),
    # runs that trail off in "or", or end on a rising "no"
    ("three weeks in the truck wow and um this is hard for your family or", "closed"),
    ("mm hmm and the recommendations do the product people actually listen to them or", "closed"),
    ("four days is a long time away from the family it is difficult no", "closed"),
    ("that must be very very hard for you no", "closed"),
    ("ten hours seasick oh no", "not_a_question"),
    ("Coaching? Like what?", "open"),
])
def test_questions_found_in_sets_290_297(text, kind):
    assert question_type(text) == kind


@pytest.mark.parametrize("text, previous", [
    ("nine years wow do you still like um do you still enjoy it as much as when you started",
     "Nine years now. I started right out of school."),
    ("can i ask what um what helped you get through that first year",
     "The first year was brutal. I almost quit twice."),
    ("Is your department taking interns for the summer? I would love to apply if yes.",
     "We do a lot of outreach in the summer."),
    ("Hey, thanks for hopping on. Quick background: I managed restaurants for eight years, did a coding bootcamp last"
     " year, and I keep seeing 'SRE' in job posts. What does an SRE actually do all day?", ""),
])
def test_restarts_lead_ins_and_lists_are_not_stacked(text, previous):
    assert not score_utterance(text, previous=previous or None).stacked


def test_like_what_asks_about_their_words():
    s = score_utterance("like what", previous="Honestly, there's no real path. Most of us came from weird places.")
    assert s.listening.follow_up and not s.listening.topic_switch
