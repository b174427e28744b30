"""The conversation's opening: the professional greets or invites questions, the user thanks
them and says who they are. Nothing there answers or hears an answer, so the listening cues
leave it alone (`listening.listen`), and thanks for the meeting is no acknowledgement. Split
from `practice.scoring.acknowledge`, which reads reactions to an answer.
"""

from __future__ import annotations

import re

from practice.scoring.text import clean, sentences


# The professional's greeting and self-introduction, which opens a conversation but is no answer
# ("Hi Priya! So I'm a vet tech...", "Happy to talk. I've been on fire crews nineteen years",
# "Bernard, good to meet you.").
_GREETED = re.compile(r"^(?:(?:hi|hey|hello|hiya)\b|\w+,? (?:good|nice|great|lovely) to meet you|\w+,? welcome\b"
                      r"|thanks? (?:you )?for (?:reaching out|calling|getting in touch|writing|your service)"
                      r"|(?:good|nice|great|lovely) to meet you|happy to (?:talk|help|chat)|(?:sure|of course),? happy"
                      # an invitation to ask: "Sure, go ahead, ask me whatever you want."
                      r"|(?:(?:sure|of course|absolutely|yes|yeah|please)\W+)?(?:go ahead|fire away|ask away|ask me (?:anything|whatever)))")
# An invitation to start asking, anywhere in their turn: "I have about half an hour before my
# next client. What did you want to know?", "Hello Chinedu. Where would you like to start?"
_INVITES = re.compile(r"\b(?:what (?:would|did|do) you (?:like|want|wanna) to (?:know|ask|talk about)"
                      r"|where (?:would|do) you (?:like|want) to start|what can i (?:help you with|help with|do for you|tell you)"
                      r"|how can i help|fire away|ask away|ask me (?:anything|whatever)|you (?:had|have) (?:some|a few) questions"
                      # or to come in and sit: "Welcome to Station 9. Grab a chair", "Sure, come on
                      # back", "Come on, walk with me", "It's nice to meet you, Fatima."
                      r"|welcome (?:to|in|aboard)|grab a (?:seat|chair|stool)|come on (?:back|in|over)|walk with me"
                      r"|thanks for coming (?:by|in|over|out)|(?:it's|it is) (?:good|nice|great|lovely) to meet you)\b")
# Thanks for the meeting itself, not for an answer: "Thank you for your time.", "Thanks for
# letting me crash your prep time.", "oh thank you i know you're busy"
_THANKS_FOR_TIME = re.compile(
    r"^(?:(?:hi|hey|hello|oh|um|uh|ok|okay|yeah|so|great|good (?:morning|afternoon|evening))\W+(?:[a-z.]+\W+)?)*"
    r"(?:thanks|thank you)(?: so much| very much)?(?: for (?:your time|the time|this|having me|seeing me|meeting|making|taking|doing|agreeing"
    r"|giving|letting|fitting|squeezing|hopping|getting|picking|calling|accept\w*|receiv\w*|talking|coming)\b.*)?"
    r"(?:,? (?:mr\.? |ms\.? |mrs\.? |dr\.? )?[a-z]+)?(?:,? i (?:really )?appreciate (?:it|this))?(?: i know you're busy)?(?: um| uh| so)*\W*$")
_GREETING_BACK = re.compile(r"^(?:(?:well|oh|um|uh|ok|okay|yeah|yes|yep|so|great|sure|perfect|absolutely|no problem|no worries"
                            r"|good (?:morning|afternoon|evening)(?:,? (?:sir|ma'am|and))?)\W+)*"
                            r"(?:hi|hey|hello|hiya|thanks|thank you|appreciate (?:it|you)|no problem|no worries"
                            r"|(?:good|nice|great|lovely) to meet you)\b")
# The user's own introduction: "I'm Renee", "I came from Seoul", "in Ukraine I studied forestry".
_INTRODUCES = re.compile(
    r"\b(?:my name|i'?m (?!(?:so |really |very )?(?:sorry|glad|happy|thrilled|excited|grateful|curious|sure)\b)\w+"
    r"|i am (?!(?:so |really |very )?(?:sorry|glad|happy|thrilled|excited|grateful|curious|sure)\b)\w+"
    # ("can I work as a paraprofessional first?" asks, set 243)
    r"|i(?:'ve| have) (?:been|managed|worked|spent|done|run)|(?<!can )(?<!could )(?<!would )(?<!should )(?<!will )(?<!do )(?<!did )(?<!may )i (?:work|came|come|studied|study|live|moved|grew up"
    r"|carried|run|ran|manage|managed|worked|spent|interpret|was at|was a|retired|drove|teach|taught|finished|graduated|served))\b")


def greets(previous: str | None) -> bool:
    """The professional's turn opens with a greeting ("Hey Tyler, ... Fire away.")."""
    return bool(previous) and bool(_GREETED.search(clean(previous).lower().strip()))


def introduces_self(text: str, previous: str | None) -> bool:
    """A greeting or thanks answered to the professional's greeting, then the user's own
    introduction: the opening of the conversation, where "thanks" and "nice to meet you" hear
    no answer and naming their job picks up nothing they said (set sixteen's writer, 7 turns)."""
    return _greets_or_invites(previous) and _greets_then_introduces(text)


def _greets_or_invites(previous: str | None) -> bool:
    """Their turn greets the user or invites the first question."""
    return greets(previous) or bool(previous and _INVITES.search(clean(previous).lower()))


def thanks_for_the_meeting(text: str, previous: str | None = None) -> bool:
    """The turn thanks them for their time, then introduces the user: "Thank you for your time.
    I was a building architect in Aleppo ...", "oh thank you i know you're busy um i'm sofia".
    After their greeting or who they are, that thanks hears no answer, so it is no
    acknowledgement (sets 1-65: 13 such turns were taken for one, 1 of them labelled so); a
    question after it can still follow up what they said. A bare "Thank you." after an answer
    (`previous`) in mid-conversation thanks them for it, and acknowledges."""
    said = [clean(x).lower().strip() for x in sentences(text)] or [clean(text).lower().strip()]
    # (unpunctuated, the thanks is what comes before the introduction: "thank you so much um
    # so i am kasia ...")
    intro = _INTRODUCES.search(said[0])
    first = said[0][:intro.start()] if intro and intro.start() else said[0]
    if not (_THANKS_FOR_TIME.match(first) and _greets_then_introduces(text)):
        return False
    # A bare "Thank you." after an answer in mid-conversation thanks them for that answer:
    # "thank you um i'm doing the alternative certification program now and ...", "Thank you.
    # I'm sixty-four - is it crazy ...?" (sets 1-577: of the 41 such turns after no greeting, 26
    # are labelled acknowledgements; of those after no greeting and no self-introduction of
    # theirs, 20 of 25). The meeting is thanked for after their greeting or their own introduction.
    bare = not re.search(r"\b(?:thanks|thank you)(?: so much| very much)? for\b", first)
    return not (bare and previous is not None and not _opens(previous))


# The professional's side of the opening: a greeting, an invitation to ask, or who they are
# ("I'm the sous chef at a 90-seat bistro", "I've taught chemistry at Lincoln High for twelve years")
_THEIR_OPENING = re.compile(r"^(?:good (?:morning|afternoon|evening)|welcome|no problem|happy to|\w+,? (?:hi|hello|hey))\b"
                            r"|\btell me (?:a (?:bit|little) )?about (?:yourself|you\b|where you)"
                            r"|(?:^|[.!?]\s+|,\s+)(?:so,? |well,? )?(?:i'm|i am|i've (?:been|taught|worked|done|run|spent)|i have been"
                            r"|i was|i run|i work|i teach|i lead|i manage|i started)\b"
                            r"(?! (?:so |really |very )?(?:sorry|glad|happy|not|afraid|sure)\b)")  # "I'm so sorry about your wife."


def _opens(previous: str) -> bool:
    """Their turn belongs to the conversation's opening: a greeting, an invitation, who they are."""
    return _greets_or_invites(previous) or bool(_THEIR_OPENING.search(clean(previous).lower().strip()))


def _greets_then_introduces(text: str) -> bool:
    said = [clean(x).lower().strip() for x in sentences(text)] or [clean(text).lower().strip()]
    if not _GREETING_BACK.search(said[0]):
        return False
    # "Thanks, Captain. Sixteen years is quite a career. I'm Dale...": a sentence on what they
    # said before the introduction hears them
    for sentence in said:
        if _INTRODUCES.search(sentence):
            return True
        if not _GREETING_BACK.search(sentence):
            return False
    return False
