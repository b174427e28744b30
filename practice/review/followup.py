"""A draft thank-you note after a rehearsal, in the user's voice, for the user to edit.

Follow-up advice for informational interviews: thank them, name a specific moment of the
conversation, and say what you will do with their advice. The moment is a planted detail
the user engaged with (asked about or named), quoted in the interviewee's own words; the
action comes from advice the interviewee gave ("I wish someone had told me to find a mentor
early" -> "find a mentor early"), or from whom they suggested talking to. Anything the
session cannot supply is left as a [bracketed] blank, so the draft never invents a fact.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from practice.review.details import DetailNote
from practice.review.summary import Review
from practice.scenario.model import Scenario
from practice.session.model import Session

NAME = re.compile(r"\b(?:I'm|I am|my name is|this is|[Mm]y name's)\s+([A-Z][a-z]+)")
NAME_ANY_CASE = re.compile(r"\b(?:i'm|i am|my name is|this is|my name's)\s+([a-z]+)", re.IGNORECASE)
NOT_NAMES = {"a", "an", "the", "just", "currently", "exploring", "interested", "studying", "working",
             "looking", "really", "so", "very", "also", "now", "still", "trying", "hoping", "in", "at",
             "from", "doing", "finishing", "going", "here", "calling", "curious", "thinking", "new"}
ADVICE = (
    re.compile(r"\b(?:wish (?:someone|somebody|anyone) had told me|(?:somebody|someone) told me|"
               r"my advice (?:would be|is)|I'd (?:tell|advise) (?:you|anyone|people|everyone)|"
               r"I (?:always )?tell (?:people|new grads|students|everyone)) to ([^.;!?]+)", re.IGNORECASE),
    re.compile(r"\byou (?:should|need to|have to|must|ought to|might want to|'d want to) ([^.;!?]+)", re.IGNORECASE),
)
IMPERATIVE = re.compile(r"^(?:(?:also|so|and|but|honestly),? )?((?:find|get|try|start|ask|talk|learn|read|take|keep|"
                        r"make|volunteer|shadow|join|build|practise|practice|spend|go|be) [^.;!?]+)", re.IGNORECASE)
REFERRAL = re.compile(r"\btalk to (?:my (?:friend|colleague|old colleague|former colleague|manager|mentor) )?"
                      r"([A-Z][a-z]+)")
_SWAP = {"my": "your", "me": "you", "i": "you", "mine": "yours", "myself": "yourself", "i'm": "you're",
         "your": "my", "yours": "mine", "yourself": "myself", "you're": "I'm", "you've": "I've",
         "you'll": "I'll", "we": "you", "our": "your", "us": "you"}
# "you" right after these (or first) is a subject and becomes "I"; anywhere else it becomes "me"
_SUBJECT_AFTER = {"", "and", "but", "so", "if", "when", "that", "because", "until", "before", "after",
                  "unless", "while", "as", "once", "where", "how", "what", "why", "then", "or"}
NOTE_TOPICS = {
    "enjoy": "what you enjoy most", "day_to_day": "what a typical day looks like for you",
    "stereotypes": "the stereotypes about your field", "culture": "the culture where you work",
    "perks_and_downsides": "the perks and downsides", "path": "your path",
    "wish_known_earlier": "what you wish you had known", "future": "where your field is heading",
}


@dataclass
class FollowUp:
    text: str
    moment: str | None  # the detail or topic it references
    action: str | None  # what the user says they will do
    user_name: str | None


def swap_person(text: str) -> str:
    """Their words, said back by the user: "talk to my friend Luis" -> "talk to your friend Luis"."""
    out, previous = [], ""
    for token in re.findall(r"[\w']+|[^\w']+", text):
        low = token.lower()
        if low == "you":
            token = "I" if previous in _SUBJECT_AFTER else "me"
        elif low in _SWAP:
            token = _SWAP[low]
        if token[:1].isalnum():
            previous = low
        out.append(token)
    text = "".join(out)
    return re.sub(r"\bI (are|were|aren't|weren't)\b",
                  lambda m: "I " + {"are": "am", "were": "was", "aren't": "am not", "weren't": "wasn't"}[m.group(1)], text)


def user_name(session: Session) -> str | None:
    pitch = next((t for t in session.user_turns() if t.kind == "pitch"), None)
    texts = [pitch.text] if pitch else []
    texts += [t.text for t in session.user_turns() if t is not pitch]
    for text in texts:
        m = NAME.search(text)
        if m and m.group(1).lower() not in NOT_NAMES:
            return m.group(1)
    for text in texts:
        m = NAME_ANY_CASE.search(text)
        if m and m.group(1).lower() not in NOT_NAMES:
            return m.group(1).capitalize()
    return None


def _short(quote: str, limit: int = 28) -> str:
    words = quote.strip().split()
    text = " ".join(words[:limit]) + ("…" if len(words) > limit else "")
    return text.rstrip(",;:")


def engaged_detail(review: Review) -> DetailNote | None:
    """The detail the user showed most interest in: asked about first, else named."""
    picked = review.listening.picked
    asked = [d for d in picked if d.how == "asked about it"]
    return (asked or picked or [None])[0]


def find_advice(session: Session) -> tuple[str, str] | None:
    """(advice as the user's own plan, the topic it came from), best source first."""
    turns = [t for t in session.interviewee_turns() if t.kind in ("answer", "follow_up", "stacked", "example",
                                                                  "elaborate", "referral", "job_ask")]
    order = {"advice": 0, "wish_known_earlier": 1, "path": 2, "future": 3}
    turns.sort(key=lambda t: (order.get(t.topic or "", 4), t.kind == "referral"))
    for turn in turns:
        for sentence in re.split(r"(?<=[.!?])\s+", turn.text):
            for pattern in ADVICE:
                m = pattern.search(sentence)
                if m:
                    return swap_person(m.group(1).strip().rstrip(",")), turn.topic or turn.kind
            m = IMPERATIVE.match(sentence.strip())
            if m and turn.kind != "referral":
                action = m.group(1)
                return swap_person(action[0].lower() + action[1:]), turn.topic or turn.kind
    return None


def draft_followup(session: Session, review: Review, scenario: Scenario | None = None,
                   name: str | None = None) -> FollowUp:
    persona_name = scenario.persona.name if scenario else session.scenario_title.split(",")[0]
    first = persona_name.split()[0] if persona_name.strip() else "[their name]"
    field = f" in {scenario.persona.field}" if scenario and scenario.persona.field else ""
    me = name or user_name(session)
    paragraphs = [f"Hi {first},"]
    covered = review.topics_covered
    opener = f"Thank you so much for taking the time to talk with me today about your work{field}."
    if "path" in covered:
        opener += " Hearing how you got to where you are made the path feel much more real to me."
    paragraphs.append(opener)

    moment = None
    detail = engaged_detail(review)
    if detail is not None:
        moment = detail.label
        paragraphs.append(f"I keep thinking about what you told me about {detail.label}, when you said, "
                          f"“{_short(detail.quote)}” Thank you for sharing that story with me.")
    else:
        best = review.turn(review.phrasing.best)
        reply = next((t for t in review.turns[(best.index + 1 if best else 0):] if t.speaker == "interviewee"
                      and t.kind in ("answer", "follow_up", "example", "elaborate", "stacked")), None)
        if reply is not None:
            first_sentence = re.split(r"(?<=[.!?])\s+", reply.text.strip())[0]
            moment = NOTE_TOPICS.get(reply.topic or "", "your work")
            paragraphs.append(f"What you said about {moment} stayed with me, especially "
                              f"“{_short(first_sentence)}”")
        else:
            paragraphs.append("[The moment of our conversation that stayed with you, and why.]")

    action = None
    advice = find_advice(session)
    referral = next((m.group(1) for t in session.interviewee_turns() if t.kind == "referral"
                     for m in [REFERRAL.search(t.text)] if m), None)
    if advice is not None:
        action = advice[0]
        paragraphs.append(f"I'm going to take your advice and {action}, and I'll start this week.")
    elif referral:
        action = f"reach out to {referral}"
        paragraphs.append(f"As you suggested, I'm going to reach out to {referral} this week.")
    else:
        paragraphs.append("I'm going to [what you will do with their advice, and when].")
    if referral and (action is None or referral not in action):
        paragraphs.append(f"Thank you also for suggesting I talk to {referral}; I'll get in touch soon.")
    paragraphs.append("I'll let you know how it goes. Thanks again for your time and advice.")
    paragraphs.append(f"Best wishes,\n{me or '[your name]'}")
    text = "Subject: Thank you for your time\n\n" + "\n\n".join(paragraphs) + "\n"
    return FollowUp(text, moment, action, me)


def since(started_at: str, today: date | None = None) -> str:
    """How long ago a session was, as a person writes it: "three weeks", "about four months"."""
    try:
        then = datetime.fromisoformat(started_at).date()
    except ValueError:
        return "a while"
    days = ((today or date.today()) - then).days
    words = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight",
             9: "nine", 10: "ten", 11: "eleven"}
    if days < 14:
        return "a little while"
    if days < 60:
        weeks = round(days / 7)
        return f"{words.get(weeks, str(weeks))} weeks"
    months = round(days / 30.4)
    if months < 12:
        return f"about {words.get(months, str(months))} months"
    years = round(days / 365)
    return "about a year" if years == 1 else f"about {words.get(years, str(years))} years"


def draft_update(session: Session, review: Review, scenario: Scenario | None = None,
                 name: str | None = None, today: date | None = None) -> FollowUp:
    """A short note for weeks or months later: what you did with their advice, tied to the talk.

    Only the user knows what happened since, so that part is a [bracketed] blank; the advice,
    the person they suggested and the moment come from the session, in their words.
    """
    persona_name = scenario.persona.name if scenario else session.scenario_title.split(",")[0]
    first = persona_name.split()[0] if persona_name.strip() else "[their name]"
    me = name or user_name(session)
    try:
        when = datetime.fromisoformat(session.started_at).strftime("%-d %B")
    except ValueError:
        when = "[the day we talked]"
    field_words = f" about your work in {scenario.persona.field}" if scenario and scenario.persona.field else ""
    paragraphs = [f"Hi {first},",
                  f"It's been {since(session.started_at, today)} since we talked on {when}{field_words}, "
                  "and I wanted to let you know what came of it."]
    advice = find_advice(session)
    action = advice[0] if advice else None
    if action:
        paragraphs.append(f"You told me to {action}, and I did: [what you did, and how it went].")
    else:
        paragraphs.append("[What you did with their advice since, and how it went.]")
    referral = next((m.group(1) for t in session.interviewee_turns() if t.kind in ("referrals", "referral")
                     for m in [REFERRAL.search(t.text)] if m), None)
    if referral:
        paragraphs.append(f"I also got in touch with {referral}, as you suggested: [how that went].")
    detail = engaged_detail(review)
    moment = detail.label if detail is not None else None
    if moment:
        paragraphs.append(f"I still think about what you told me about {moment}.")
    paragraphs.append("[What you are doing next, or one short question you have now.]")
    paragraphs.append("Thank you again: your advice made a real difference.")
    paragraphs.append(f"Best wishes,\n{me or '[your name]'}")
    text = "Subject: An update since we talked\n\n" + "\n\n".join(paragraphs) + "\n"
    return FollowUp(text, moment, action, me)
