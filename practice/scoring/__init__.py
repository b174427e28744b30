"""Judge the user's turns as a question-asker and as a listener. Pure text in.

Stable entry points: `question_type(text)` (the simulated interviewee uses it to decide how
long to answer) and `score_utterance(text, previous=None, history=None, interrupting=False)`
returning an `UtteranceScore` (the interview loop, review and `practice score` use it);
`prepare_answer(text)` encodes an answer ahead of the turn that will be judged against it;
`warm_up()` compiles the phrase rules, reads the learned reading of unpunctuated questions and
loads the pair reader ahead of the first turn.
"""

from practice.scoring import pair_reading, spoken_questions
from practice.scoring.job_asks import compile_phrases
from practice.scoring.listening import Listening
from practice.scoring.meaning import prepare as prepare_answer
from practice.scoring.questions import question_type
from practice.scoring.score import UtteranceScore, score_utterance


def warm_up() -> None:
    """Compile the job-ask phrases, read `spoken_questions`' weights (0.1 s) and load the pair
    reader's graph (built once, a few seconds, then cached), while the greeting plays, so no
    turn pays for them."""
    compile_phrases()
    spoken_questions.reading()
    pair_reading.reader()


__all__ = ["Listening", "UtteranceScore", "prepare_answer", "question_type", "score_utterance", "warm_up"]
