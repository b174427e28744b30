"""Judge the user's turns as a question-asker and as a listener. Pure text in, no models.

Stable entry points: `question_type(text)` (used by the simulated interviewee to decide how
long to answer) and, once built, `score_utterance(text, previous=None, history=None)`.
"""

from practice.scoring.questions import question_type

def score_utterance(*a, **k):  # placeholder until score.py lands
    raise NotImplementedError

__all__ = ["question_type"]
