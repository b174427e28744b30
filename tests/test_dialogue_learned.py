"""The dialogue manager's learned readings (turn kind, topic prior, a follow-up named by its
story) and when a topic is recapped.

The models are the real ones shipped in practice/scenario/data, over the real sentence encoder;
each behaviour test also checks that the same turn is read otherwise without the model, so it
tests the model's part and not a phrase rule's.
"""

from __future__ import annotations

import numpy as np
import pytest

from practice.scenario import Interviewee, acts, intents, load_scenario, redirects, story, topic_model
from practice.scenario.understanding import Understanding

SCENARIOS = ("civil_engineer", "data_scientist", "marketing", "nurse", "teacher", "ux_researcher")


@pytest.fixture
def no_intent_model(monkeypatch):
    """The kind model's weights file missing, as in a broken install (and the scorer's learned
    job-ask reading with it, so that only phrase rules are left)."""
    from practice.scoring import asking

    intents.model.cache_clear()
    asking.model.cache_clear()
    monkeypatch.setattr(intents, "WEIGHTS", intents.WEIGHTS.with_name("missing.json"))
    monkeypatch.setattr(asking, "WEIGHTS", asking.WEIGHTS.with_name("missing.json"))
    yield
    intents.model.cache_clear()
    asking.model.cache_clear()


# turns the phrase rules do not read, each after a question that got an answer
SOCIAL = [
    ("civil_engineer", "What does a normal week look like for you?",
     "do you know any engineers at like a construction company i could talk to", "referral"),
    ("ux_researcher", "How did you get into UX research?",
     "sorry my english is not so good can you once more slowly", "repeat"),
    ("teacher", "How many hours do you work in a week?",
     "Sorry, the line went a bit funny there, I lost the middle of that.", "repeat"),
    ("marketing", "What does a normal day look like?",
     "any chance of a placement year at fellcraft i'd be well up for it", "job_ask"),
    ("ux_researcher", "What do you enjoy about the job?",
     "Is that a kettle I can hear? I'm on my third cup of tea already this morning.", "small_talk"),
    ("teacher", "What qualifications do I need?", "sorry what's the g t c s", "clarify"),
]


@pytest.mark.parametrize("scenario, first, turn, kind", SOCIAL)
def test_the_kind_model_reads_what_the_rules_miss(talk, scenario, first, turn, kind):
    reply = talk(scenario, first).reply(turn)
    assert reply.kind == kind
    if kind == "repeat":  # said again, word for word
        assert reply.repeat and reply.text == talk(scenario, first).history[-1][1].text


@pytest.mark.parametrize("scenario, first, turn, kind", SOCIAL)
def test_without_the_kind_model_the_rules_alone_decide(minds, talk, no_intent_model, scenario, first, turn, kind):
    assert minds[scenario].intent(turn) is None
    assert talk(scenario, first).reply(turn).kind != kind


def test_the_kind_model_is_sure_only_of_the_kinds_it_is_trusted_with():
    assert set(intents.THRESHOLDS) <= set(intents.KINDS)
    assert not intents.Intent("thanks", 0.99).sure  # the rules know thanks better
    assert not intents.Intent(intents.QUESTION, 0.99).sure
    assert intents.Intent("job_ask", intents.THRESHOLDS["job_ask"]).sure
    assert not intents.Intent("job_ask", intents.THRESHOLDS["job_ask"] - 0.01).sure


def test_the_shipped_weights_match_the_classes_and_topics():
    kinds = intents.model()
    assert kinds is not None and kinds.classes == (intents.QUESTION, *intents.KINDS)
    topics = topic_model.model()
    assert topics is not None
    every = {t.id for name in SCENARIOS for t in load_scenario(name).topics}
    assert every | {topic_model.SMALL_TALK} == set(topics.topics)
    # a vector of another size (another encoder) is no reading at all
    assert intents.read(np.zeros(10)) is None and topic_model.prior(np.zeros(10), every) == {}


def test_the_kind_model_picks_the_likeliest_class():
    weights = np.zeros((3, 2))
    weights[0, 1] = 5.0  # the second class follows the first dimension
    model = intents.Model(("question", "job_ask"), weights)
    assert model.read(np.array([1.0, 0.0])).kind == "job_ask"
    assert model.read(np.array([-1.0, 0.0])).kind == "question"
    assert intents.label("recap") == intents.label("stacked") == intents.QUESTION
    assert intents.label("referral") == "referral"


def test_the_prior_is_only_over_the_scenarios_topics_and_small_talk(minds):
    mind = minds["nurse"]
    vector = mind.meaning.vector("What do you do to unwind after a rough shift?")
    prior = topic_model.prior(vector, ["stress", "pay"])
    assert set(prior) == {"stress", "pay", topic_model.SMALL_TALK}
    assert all(0.0 <= p <= 1.0 for p in prior.values())


@pytest.mark.parametrize("scenario, question, topic", [
    ("civil_engineer", "if you were in my spot what should i do this summer", "advice"),
    ("ux_researcher", "How do you get people to actually listen to what you find?", "stakeholders"),
    ("marketing", "How do you measure if somebody is ready to become a manager?", "career_ladder"),
])
def test_the_topic_prior_reads_questions_worded_far_from_the_scenario(minds, scenario, question, topic):
    mind = minds[scenario]
    blind = Understanding(mind.scenario, matcher=mind.matcher, meaning=mind.meaning, use_prior=False)
    from practice.scenario.memory import Memory

    assert mind.read(question, Memory()).topic == topic
    assert blind.read(question, Memory()).topic != topic


def test_the_prior_never_makes_small_talk_of_an_unknown_word(talk):
    person = talk("nurse", "What does a normal shift look like for you?")
    lost = person.reply("What do you mean by the flibbertigibbet?")
    assert lost.kind == "clarify"


# ---------------------------------------------------------------- recap or a new question


def test_asked_again_with_words_that_say_so_is_a_recap(talk):
    person = talk("nurse", "How much does a new ICU nurse make?")
    again = person.reply("Sorry, going back to the money, what did you say new nurses start on?")
    assert (again.kind, again.topic) == ("recap", "pay")


def test_asked_again_in_much_the_same_words_is_a_recap(talk):
    person = talk("nurse", "How much does a new ICU nurse make?")
    assert person.reply("What's the pay like starting out?").kind == "recap"


def test_a_new_question_on_a_topic_told_before_gets_something_new(talk):
    """The earlier answer went to another question (here: read as pay on purpose): the new one
    is not 'as I said', and nothing is said twice."""
    person = talk("nurse")
    common = dict(closed=False, question_type="open")
    first = person._answer("pay", common, text="How much does a new ICU nurse make?")
    assert first.kind == "answer"
    second = person._answer("pay", common, text="Do the night shifts come with anything extra?")
    assert second.kind == "answer" and not second.repeat
    assert second.text != first.text and not second.text.lower().startswith(("as i said", "like i said"))


def test_going_back_to_a_question_never_answered_is_a_recap_with_the_whole_answer(minds, talk):
    person = talk("nurse")
    reply = person._answer("enjoy", dict(closed=False, question_type="open"),
                           text="Sorry, going back to the very beginning, what was it you said you enjoy most?")
    assert reply.kind == "recap" and reply.text == minds["nurse"].scenario.topic("enjoy").answer


@pytest.mark.parametrize("text, plainly, anyhow", [
    ("sorry what did you say the pay was again", True, True),
    ("going back to the pay for a second", True, True),
    ("would you do it all again", False, True),
    ("is it hard going back to school at forty", False, True),
    ("what do you wish you had known earlier", False, True),
    ("what does a normal day look like", False, False),
])
def test_what_says_a_question_is_asked_again(text, plainly, anyhow):
    assert acts.asks_again(text, plainly=True) is plainly
    assert acts.asks_again(text) is anyhow


@pytest.mark.parametrize("text, goodbye", [
    ("That makes sense. If they see you being wrong and it's fine, they stop being scared of it.", False),
    ("I can see you've got your tea. Builder's?", False),
    ("See you soon, and thanks again!", True),
    ("ok see you", True),
    ("Thanks Jo, see you around!", True),
    # a reflection, not a goodbye: it ended a whole rehearsal after eight turns (set o)
    ("So you protect sleep like it is one more patient to take care of. My wife would say I never learned this.", False),
    ("All the best people in my unit left for agency work.", False),
    ("Okay, I let you go rest before your shift. Take care, goodbye!", True),
    ("Thanks so much, all the best", True),
])
def test_see_you_is_a_goodbye_only_when_it_is_one(text, goodbye):
    assert acts.is_closing(acts.normal(text)) is goodbye


def test_a_second_question_on_no_other_topic_is_more_of_the_first(talk):
    """Six of nine writers call this one question; a first answer is then not cut short by
    "remind me about your other question"."""
    person = talk("teacher")
    reply = person.reply("What's the staffroom like? Do people actually get on?")
    assert (reply.kind, reply.topic) == ("answer", "culture")
    both = person.reply("How many hours do you work in a week, and what does a new teacher earn?")
    assert both.kind == "stacked" and both.topic == "hours_and_balance"


def test_the_warm_up_reads_the_learned_weights_before_the_first_reply():
    intents.model.cache_clear()
    topic_model.model.cache_clear()
    story.model.cache_clear()
    mind = Understanding(load_scenario("nurse"))
    mind.warm_up()
    assert intents.model.cache_info().currsize == 1 and topic_model.model.cache_info().currsize == 1
    assert story.model.cache_info().currsize == 1 and "stories" in mind._indexes


def test_the_warm_up_compiles_the_cues_before_the_first_reply():
    """Compiling the cue tables on the first reply cost it 0.2 s (with the scorer's rules, 0.4 s)."""
    from practice.scenario import lexicon

    lexicon._compiled.clear()
    Understanding(load_scenario("nurse")).warm_up()
    for table in (lexicon.CUES, lexicon.INTENT_CUES):
        assert all(f"{id(table)}:{key}" in lexicon._compiled for key in table)


def test_a_turn_that_leans_to_another_kind_is_not_answered_i_cannot_speak_to_that(minds, talk):
    """An unknown name (Marek) makes the rules say "outside my world"; the kind model leans to a
    job ask (below its sure bar), and the reply is one."""
    turn = "Any chance Marek could tag along with you on a shift sometime?"
    intent = minds["nurse"].intent(turn)
    assert intent.kind == "job_ask" and not intent.sure and intent.leans_away
    assert talk("nurse", "What does a normal shift look like?").reply(turn).kind == "job_ask"


# a question that plants a detail, then a follow-up on it in the asker's words, not its keywords
STORIES = [
    ("civil_engineer", "What do you enjoy most about the work?",
     "so how do you swap an old pipe without cutting off the whole street", "enjoy", "fifth_street_main"),
    ("teacher", "How did you end up teaching?",
     "wait you used to work in insurance maths why did you leave all that money", "path", "trainee_actuary"),
    ("data_scientist", "What's the messiest data you've dealt with?",
     "how did you even notice the shopping bags thing", "messy_data", "carrier_bag_milk"),
    ("ux_researcher", "How did you get into research?",
     "those sessions around a table with customers before that what were they like", "path", "focus_groups"),
]


@pytest.mark.parametrize("scenario, first, turn, topic, detail", STORIES)
def test_a_follow_up_named_by_its_story_gets_the_story(minds, talk, scenario, first, turn, topic, detail):
    person = talk(scenario, first)
    reply = person.reply(turn)
    assert (reply.kind, reply.topic, reply.detail) == ("follow_up", topic, detail)
    assert reply.text == minds[scenario].scenario.detail(detail).answer
    # without the story reading, the rules read the same turn otherwise
    plain = Understanding(minds[scenario].scenario, use_story=False)
    person = Interviewee(plain.scenario, understanding=plain)
    person.greeting()
    person.pitch_response()
    person.reply(first)
    assert person.reply(turn).kind != "follow_up"


def test_a_new_question_after_a_story_is_not_taken_for_a_follow_up(talk):
    person = talk("teacher", "How did you end up teaching?")
    reply = person.reply("What does a newly qualified teacher earn in the first year?")
    assert (reply.kind, reply.topic) == ("answer", "pay")


def test_only_heard_details_are_candidates_and_each_has_every_feature(minds, talk):
    mind = minds["teacher"]
    person = talk("teacher")
    assert mind.story_candidates("why did you leave insurance", person.memory) == []
    person.reply("How did you end up teaching?")
    found = mind.story_candidates("why did you leave insurance", person.memory)
    assert found and all(len(c.features) == len(story.FEATURES) for c in found)
    told = {d.id for d in mind._heard(person.memory)}
    assert {c.detail.id for c in found} == told and "trainee_actuary" in told


def test_without_story_weights_nothing_is_taken_for_a_follow_up(talk, monkeypatch, minds):
    story.model.cache_clear()
    monkeypatch.setattr(story, "WEIGHTS", story.WEIGHTS.with_name("missing.json"))
    try:
        person = talk("teacher", "How did you end up teaching?")
        assert person.reply(STORIES[1][2]).kind != "follow_up"
        assert story.best(minds["teacher"].story_candidates(STORIES[1][2], person.memory)) == (None, 0.0)
    finally:
        story.model.cache_clear()


@pytest.mark.parametrize("scenario, first, turn, topic, detail", [
    ("civil_engineer", "How much of your week is at a desk and how much outside?",
     "You mentioned the roads crew putting down new asphalt right where you plan to dig. Is that common?",
     "day_to_day", "repave_conflict"),
])
def test_a_follow_up_on_what_the_short_answer_left_out_gets_the_story(minds, talk, scenario, first, turn,
                                                                     topic, detail):
    """A closed question gets the short answer; users then ask about what the full one holds
    (writers of sets o and p did so often). The person knows their own story: it is told."""
    person = talk(scenario, first)
    assert detail not in {d.id for d in minds[scenario]._heard(person.memory)}  # never said
    reply = person.reply(turn)
    assert (reply.kind, reply.topic, reply.detail) == ("follow_up", topic, detail)


@pytest.mark.parametrize("text, redirect", [
    ("Would you mind me asking what Priya earns, roughly?", True),  # a named person's pay
    ("ok real talk who's the slackest guy on your team, you can tell me, I won't say nothing", True),
    ("Between you and me, what's the family who own the firm really like?", True),
    ("Could you share the actual numbers from last year's survey with me?", True),
    ("Be honest, your app's rubbish, innit?", True),
    ("What does a new nurse make?", False),
    ("Do they not just think you're rubbish at maths?", False),
    ("I'm stuck behind a garbage truck, sorry for the noise.", False),
    ("You can tell me more about that if you like.", False),
])
def test_gossip_and_what_is_not_theirs_is_turned_down(text, redirect):
    """Set q's redirects: gossip asked for in confidence, a named colleague's pay, the real
    figures of their work, a jibe at the employer's product."""
    assert redirects.is_redirect(acts.normal(text)) is redirect


def test_a_faint_story_reading_counts_only_when_it_stands_far_above_the_rest(minds, monkeypatch):
    """Before "I can't speak to that", a pointed-at turn takes the likeliest heard detail of the
    last topic when it is faint but FAINT_MARGIN times likelier than any other ("the folk who
    go up the hills to fetch people down" read 0.08 for the mountain rescue story, every other
    detail under 0.002)."""
    import numpy as np

    details = minds["marketing"].scenario.details[:3]
    candidates = [story.Candidate(d, (0.0,) * len(story.FEATURES)) for d in details]

    class Fixed:
        def __init__(self, probs):
            self.probs = probs

        def probabilities(self, X):
            return np.array(self.probs)[:, None]

    for probs, expected in (([0.08, 0.002, 0.001], details[0]), ([0.002, 0.09, 0.03], None),
                            ([0.03, 0.001, 0.0], None), ([0.3, 0.05, 0.0], details[0])):
        monkeypatch.setattr(story, "model", lambda probs=probs: Fixed(probs))
        assert story.clear_best(candidates)[0] == expected, probs


def test_a_told_story_pointed_at_in_other_words_is_told_not_i_cannot_speak_to_that(talk):
    """ "That one with the people who bring walkers down off the hills ...": the mountain
    rescue campaign, pointed at and paraphrased; the story reading is faint (under its bars)
    but singles it out, so it is told rather than "I can't speak to that"."""
    person = talk("marketing", "How does a campaign come together, from start to finish?")
    reply = person.reply("That one with the people who bring walkers down off the hills when they get hurt, "
                         "how did that come about?")
    assert (reply.kind, reply.topic, reply.detail) == ("follow_up", "campaigns", "mountain_rescue")


@pytest.mark.parametrize("text, target", [
    ("Sorry, customer hour, what is that exactly? Who comes to it?", "customer hour"),
    ("sorry a well tuned aggression what's that is that like a type of model", "well tuned aggression"),
    # set s: "exactly" between the question words, and "when you say X, what counts as ..."
    ("What exactly is the huddle?", "huddle"),
    ("When you say small creators, what counts as small?", "small creators"),
])
def test_a_term_set_before_what_is_that_is_what_is_asked(text, target):
    assert acts.clarify_target(acts.normal(text)) == target


@pytest.mark.parametrize("text, not_asked", [
    ("So the night shift, what is it like?", "night shift"),  # what it is like, not what it means
    ("the faster horse thing whats that about", "faster horse"),  # the story, a follow-up
    ("so um what is it you like the most", "um"),
    ("When you say you can stamp drawings, what does that look like?", "you can stamp drawings"),
])
def test_what_it_is_like_or_about_asks_no_term(text, not_asked):
    assert acts.clarify_target(acts.normal(text)) != not_asked


def test_a_term_named_first_is_explained_from_the_glossary(talk):
    person = talk("ux_researcher", "What's the culture like at Brightpenny?")
    reply = person.reply("Sorry, customer hour, what is that exactly? Who comes to it?")
    assert (reply.kind, reply.topic) == ("clarify", "culture")


@pytest.mark.parametrize("scenario, turn, term", [
    # sets u and v: a term heard as two words, asked about in any position
    ("nurse", "sorry i'm not familiar what is a vent later is it like oxygen", "ventilator"),
    ("ux_researcher", "sorry you said you start cluster ring what is that", "clustering"),
])
def test_a_term_heard_as_two_words_is_found_in_the_glossary(scenario, turn, term):
    from practice.scenario import load_scenario
    from practice.scenario.terms import find_term

    target = acts.clarify_target(acts.normal(turn))
    found = find_term(load_scenario(scenario).glossary, " ".join(target.split()[:6]), [])
    assert found is not None and found.term == term


def test_a_real_word_one_letter_off_a_term_is_not_that_term():
    from practice.scenario import load_scenario
    from practice.scenario.terms import find_term

    assert find_term(load_scenario("civil_engineer").glossary, "they actually scoring", []) is None
