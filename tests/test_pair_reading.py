"""The pair reader: the answer and the turn read in one input, blended with the network."""

from __future__ import annotations

import numpy as np
import pytest

from practice.embedding import model_dir
from practice.scoring import pair_reading, score_utterance, weighing
from practice.scoring.pair_reading import ANSWER_TOKENS, OUTPUTS, TURN_TOKENS, pair_ids, tokenizer_of


@pytest.fixture(scope="module")
def tokenizer():
    return tokenizer_of(model_dir())


def test_the_input_is_the_answers_end_then_the_turns_start(tokenizer):
    answer = " ".join(f"word{n}" for n in range(60)) + " the last words"
    turn = "How did you " + " ".join(["really"] * 80) + " start?"
    ids, types = pair_ids(tokenizer, answer, turn)
    cls, sep = tokenizer.token_to_id("[CLS]"), tokenizer.token_to_id("[SEP]")
    assert ids[0] == cls and ids[ANSWER_TOKENS + 1] == sep and ids[-1] == sep
    assert len(ids) == ANSWER_TOKENS + TURN_TOKENS + 3 == len(types)
    assert types == [0] * (ANSWER_TOKENS + 2) + [1] * (TURN_TOKENS + 1)
    said = tokenizer.decode(ids[1:ANSWER_TOKENS + 1])
    assert said.endswith("the last words") and "word0 " not in said
    assert tokenizer.decode(ids[ANSWER_TOKENS + 2:]).startswith("how did you")


def test_no_answer_leaves_the_answers_part_empty(tokenizer):
    ids, types = pair_ids(tokenizer, "", "What do you enjoy?")
    assert ids[1] == tokenizer.token_to_id("[SEP]") and types[:2] == [0, 0] and set(types[2:]) == {1}


def test_the_shipped_differences_rebuild_the_weights():
    base = {"embeddings.word_embeddings.weight": np.ones((5, 2), np.float32),
            "embeddings.position_embeddings.weight": np.zeros((3, 2), np.float32)}

    class Shipped(dict):
        files = property(lambda self: list(self))
    shipped = Shipped({
        "layers": np.array(1), "word_rows": np.array([3], np.int32),
        "word_delta": np.array([[127, -127]], np.int8), "word_delta_scale": np.array([0.5], np.float32),
        "embeddings.position_embeddings.weight": np.full((3, 2), 2.0, np.float16),
        "embeddings.token_type_embeddings.weight": np.zeros((2, 2), np.float32),
        "embeddings.LayerNorm.weight": np.ones(2, np.float32), "embeddings.LayerNorm.bias": np.zeros(2, np.float32),
        "encoder.layer.0.output.dense.weight_int8": np.array([[127, 0], [-127, 127]], np.int8),
        "encoder.layer.0.output.dense.weight_scale": np.array([0.1, 0.2], np.float32),
        "encoder.layer.0.output.dense.bias": np.array([1.0, 2.0], np.float32),
        "head.weight": np.ones((4, 2), np.float32), "head.bias": np.zeros(4, np.float32)})
    tensors, layers, head = pair_reading.weights(base, shipped)
    assert layers == 1 and head[0].shape == (4, 2)
    word = tensors["embeddings.word_embeddings.weight"]
    assert word[3] == pytest.approx([1 + 63.5, 1 - 63.5]) and word[0] == pytest.approx([1, 1])
    assert base["embeddings.word_embeddings.weight"][3] == pytest.approx([1, 1])  # the installed copy is left alone
    assert tensors["encoder.layer.0.output.dense.weight"] == pytest.approx(np.array([[12.7, 0], [-25.4, 25.4]]))
    assert tensors["embeddings.position_embeddings.weight"].dtype == np.float32


def test_the_blend_weighs_log_odds():
    assert weighing.blend(0.9, 0.1, 0.5) == pytest.approx(0.5)
    assert weighing.blend(0.8, 0.2, 0.0) == pytest.approx(0.8)
    assert weighing.blend(0.8, 0.2, 1.0) == pytest.approx(0.2)
    assert weighing.blend(0.9, 0.9, 0.25) == pytest.approx(0.9)
    assert set(weighing.TOGETHER) == set(OUTPUTS)


def test_it_reads_probabilities_and_keeps_what_it_read():
    answer = "I do mostly structural steel now. Pipe pays better, but I got tired of crawl spaces."
    turn = "Can you tell me what the difference is day to day between shop work and field work?"
    pair_reading.read_soon(answer, turn)
    found = pair_reading.read(answer, turn)
    assert set(found) == set(OUTPUTS) and all(0.0 <= p <= 1.0 for p in found.values())
    assert pair_reading.read(answer, turn) is found  # read once, on the background thread
    assert pair_reading.read(None, turn) is None and pair_reading.read("  ", turn) is None


def test_it_is_off_with_the_learned_weighing(monkeypatch):
    assert pair_reading.available()
    monkeypatch.setenv("PRACTICE_NO_WEIGHING", "1")
    assert not pair_reading.available()


def test_it_can_be_turned_off_alone(monkeypatch):
    answer, turn, cue, label = READ_TOGETHER[0]
    monkeypatch.setenv("PRACTICE_NO_PAIR_READING", "1")
    assert pair_reading.read(answer, turn) is None
    assert _cue(score_utterance(turn, previous=answer), cue) != label
    monkeypatch.setenv("PRACTICE_NO_PAIR_READING", "0")
    assert _cue(score_utterance(turn + " ", previous=answer), cue) == label


# Turns of sets 1002-1025, written after the pair reader was fitted (on sets 1-899), that the
# network alone judged wrongly and the blend judges as labelled: (answer, turn, cue, label)
READ_TOGETHER = [
    ("I do mostly structural steel now, beams and columns on commercial buildings. Before that I spent six "
     "years in a fab shop doing pipe. Pipe pays better, but I got tired of being folded into crawl spaces.",
     "Can you tell me what the difference is day to day between shop work and field work?", "follow_up", True),
    ("Sometimes, sure. But I got to live in Alaska one summer and Big Bend one winter, so I don't regret it. "
     "The frustrating part was the federal hiring system, not the moving.",
     "Oh, the hiring system. Can you walk me through how that works? Because USAJobs makes zero sense to me.",
     "acknowledgement", True),
    ("Vets do really well in this work, actually. You follow protocol, you don't panic, and you know how to "
     "compartmentalize.",
     "Compartmentalize how? Like, do you just not let yourself think about who lived there?", "acknowledgement", False),
    ("It did, and that's the part a lot of people don't know. You start at around half a journeyman's rate and "
     "get a raise every thousand hours or so. Four or five years later you test for your license, and you're "
     "making real money without a dime of student debt.",
     "So basically they pay you to go to school instead of the other way around. That's a big deal for me, my "
     "mom has been stressing about loans since I was in ninth grade.", "reflection", True),
    # sets 1021-1025, written after the reader's further epochs were trained: the one-epoch blend
    # missed these too
    ("People assume it's all about death, but it's really about the living. My job is to get a family through "
     "the worst week of their lives without them having to think about logistics. I've done over two thousand "
     "funerals.",
     "Is it true that you can never take vacation, because people die always? And do you sleep okay, with this job?",
     "topic_switch", True),
    ("Not calculus-good. You need algebra and a bit of trig for bending conduit, and Ohm's law becomes second "
     "nature. Most of it is reading the code book carefully and not cutting corners.",
     "So it's less about being a math whiz and more about being careful and patient with the rules. That's a "
     "relief, honestly \u2014 I'm more of a details person anyway.", "acknowledgement", True),
    ("It's up there! Though a lot of us are part-time, and some people work at two or three offices to fill "
     "their week, which can be a real juggling act.",
     "What's the hardest part of the actual work itself?", "topic_switch", True),
]


def _cue(score, cue: str) -> bool:
    return score.shown(cue) if cue in ("reflection", "topic_switch") else getattr(score.listening, cue)


@pytest.mark.parametrize("answer, turn, cue, label", READ_TOGETHER)
def test_reading_both_together_judges_what_the_network_missed(answer, turn, cue, label, monkeypatch):
    assert _cue(score_utterance(turn, previous=answer), cue) == label
    monkeypatch.setattr(pair_reading, "read", lambda answer, turn: None)
    assert _cue(score_utterance(turn, previous=answer), cue) != label


# Cases earlier rounds added to the suite (sets 32-585, mostly with a stand-in answer, and the
# utterance table) that the network judges as labelled and the blend overrules. Most are
# reactions: the pair reader misses rare openings ("What a story.", "are you kidding me") that the
# rules name. Keeping the rules' reaction wherever they find one cost 0.4 point of every labelled
# field on sets 900-1009, and guarding the network's switch where the rules see a detail of the
# answer (the initials below) cost 0.2 point on sets 900-1025 (bench/README.md, "The pair reader"
# and "Its second and third epochs"), so the blend stands, and these stay here as what the
# network alone still finds: (turn, answer, cue, the network's verdict).
OVERRULED = [
    ("a church organ are you kidding me how'd you even get them out of that", "We once moved a church organ.",
     "acknowledgement", True),
    ("Wait, so it's mostly coding? Nobody told me that.", "Most of it is coding now.", "acknowledgement", True),
    ("Thank you. I want to ask, with my degree from Vietnam, can I work as a para first?",
     "Parents like you are the ones who catch it.", "acknowledgement", True),
    ("They really do. Can I ask what the behind-the-scenes part is like?", "People remember the small things.",
     "acknowledgement", True),
    ("I've never even heard of it, I'll have to try one. Would it be okay if I came in for a day?",
     "It took me eight years, and I failed two of the exams.", "acknowledgement", True),
    ("I did not know this position exists. What does an assistant project manager do?",
     "Honestly, the overnight calls take more out of me than they used to, I'll admit.", "acknowledgement", True),
    ("i will um is there anyone else you think i should talk to",
     "Six summers as a seasonal before I got a permanent spot. It's normal here, sadly.", "acknowledgement", True),
    ("What a story. Don't you think more accountants ought to work with small businesses?",
     "I had a bakery owner cry in my office last year because she realized she could afford to hire help.",
     "acknowledgement", True),
    ("no kidding so would you do it all again",
     "On a busy week we get about four hundred orders, and I'm home maybe four nights a month.",
     "acknowledgement", True),
    ("Four years is a long apprenticeship. Did you get paid during it?", "I did a four-year apprenticeship.",
     "acknowledgement", True),
    ("Right, so the time off is more recovery than reward.",
     "It's not a vacation if you spend it exhausted. I'm happy to tell you more.", "acknowledgement", True),
    # the initials in the question, the name in the answer: the rules tie them (`initials`), the
    # pair reader reads a switch
    ("Is PSLF actually working for people now?",
     "About one-forty. Public Service Loan Forgiveness is the only reason this job is financially possible.",
     "follow_up", True),
    # "start" is in both turns, but the question picks up nothing of the answer
    ("Which company did you start out with?",
     "Every single day. Good drivers start looking for parking around three in the afternoon.", "topic_switch", True),
    ("What is the company culture like?",
     "I spent two years in the rotation program before I moved into product strategy, and honestly the hardest "
     "part was learning to say no to stakeholders.", "topic_switch", True),
    ("Guilty. What do you think engineers who switch into teaching usually get wrong?",
     "It took me eight years, and I failed two of the exams.", "acknowledgement", True),
    ("that's what i tell my algebra kids every year um so what does a typical trip look like",
     "Six summers as a seasonal before I got a permanent spot. It's normal here, sadly.", "acknowledgement", True),
]


@pytest.mark.parametrize("turn, answer, cue, label", OVERRULED)
def test_what_the_network_alone_finds(turn, answer, cue, label, monkeypatch):
    monkeypatch.setattr(pair_reading, "read", lambda answer, turn: None)
    assert _cue(score_utterance(turn, previous=answer), cue) == label


def test_a_forked_child_reads_on_its_own_thread():
    import os

    answer, turn = READ_TOGETHER[1][0], READ_TOGETHER[1][1] + " (fork)"
    pair_reading.read_soon(answer, "warm " + turn)  # the parent's thread exists
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its first read starts a thread of its own
        try:
            pair_reading.read_soon(answer, turn)
            os.write(write, b"%.6f" % pair_reading.read(answer, turn)["acknowledgement"])
        finally:
            os._exit(0)
    import signal
    import time

    deadline = time.monotonic() + 30  # a child waiting on its parent's thread would never finish
    while os.waitpid(pid, os.WNOHANG) == (0, 0):
        if time.monotonic() > deadline:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            pytest.fail("the forked child never got its reading")
        time.sleep(0.05)
    child = float(os.read(read, 64))
    assert child == pytest.approx(pair_reading.read(answer, turn)["acknowledgement"], abs=1e-5)


def test_a_failed_background_run_is_read_again_in_the_caller(monkeypatch):
    answer, turn = READ_TOGETHER[0][0], READ_TOGETHER[0][1] + " (failed run)"
    found = pair_reading.reader()
    real, calls = found._run, []

    def flaky(answer, turn):
        calls.append(turn)
        if len(calls) == 1:
            raise RuntimeError("the background run broke")
        return real(answer, turn)

    monkeypatch.setattr(found, "_run", flaky)
    found.read_soon(answer, turn)
    assert set(found.read(answer, turn)) == set(OUTPUTS)
    assert len(calls) == 2 and not found._ahead.running
