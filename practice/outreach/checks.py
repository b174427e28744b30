"""Checks for a request for an informational interview: personal, upfront, small, no job ask,
to the point (`original` checks it is not pasted).

The advice this follows: reach people through real connections; a good request is thoughtful,
clear and personal, upfront about why you are writing, and to the point; messages that feel
copied and pasted are a burden, especially to senior people. Each check is a pure function of
the text that returns a `Check` with the
words it rests on, so the user sees why, and a tip saying what to change.

The rules are phrase patterns, not a model: a request is short and formulaic enough that the
signals are in its wording ("Maya Chen suggested I reach out", "20 minutes next week",
"I've attached my résumé"). Accuracy against messages written by people who had not read
these rules is in bench/README.md.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass

from practice.outreach import learned

# ------------------------------------------------------------------------------ norms

#: the longest message each channel takes well, and where the figure comes from
LENGTH_NORMS: dict[str, tuple[int, str, str]] = {
    "linkedin": (300, "characters", "LinkedIn caps a connection-request note at about 300 characters"),
    "email": (200, "words", "this tool's rule of thumb for a first email to someone you have not met: "
                            "it should read in under a minute"),
    "text": (320, "characters", "two SMS segments of 160 characters each; past that a text arrives "
                                "in pieces or as a multimedia message"),
}
CHANNELS = tuple(LENGTH_NORMS)


@dataclass(frozen=True)
class Check:
    ok: bool
    evidence: str
    tip: str

    def to_dict(self) -> dict:
        return asdict(self)


# ------------------------------------------------------------------------------ text helpers

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)")


def sentences(text: str) -> list[str]:
    """Sentences (and lines, such as a greeting or a signature), stripped, none empty."""
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]


def _find(patterns: tuple[re.Pattern, ...], text: str) -> re.Match | None:
    for pattern in patterns:
        m = pattern.search(text)
        if m:
            return m
    return None


def _sentence_of(text: str, match: re.Match) -> str:
    """The sentence a match stands in: what the evidence and the rewrite are about."""
    pos = 0
    for sentence in sentences(text):
        start = text.find(sentence, pos)
        if start <= match.start() < start + len(sentence) + 1:
            return sentence
        pos = max(pos, start)
    return match.group(0)


def _quote(text: str, limit: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 3].rstrip() + "..."


def _rx(*parts: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p, re.IGNORECASE) for p in parts)


# ------------------------------------------------------------------------------ personal

_NAME = r"[A-Z][a-z]+(?:\s[A-Z][a-z'\-]+)?"
PERSONAL = _rx(
    r"\b(?:suggested|recommended|thought|said|mentioned)\s+(?:that\s+)?(?:I|we)\s+(?:should\s+)?"
    r"(?:reach out|contact|talk|speak|connect|get in touch|write|email|message)",
    r"\b(?:introduced|pointed|referred|connected)\s+(?:me\s+)?(?:to|with)\s+you\b",
    r"\b(?:gave|passed|shared|forwarded|sent)\s+(?:me\s+)?(?:along\s+)?your\s+(?:name|email|contact|details|"
    r"number|info)",
    r"\b(?:said|told me|thought)\s+(?:that\s+)?(?:it'?d be (?:ok|okay|fine)|you'?d be|you might|you would|"
    r"I (?:could|should|might))\b",
    r"\b" + "[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?" + r"'s\s+(?:old\s+|former\s+)?(?:roommate|niece|nephew|friend|sister|"
    r"brother|cousin|colleague|classmate|daughter|son|dad|mom|mother|father|wife|husband|partner|neighbou?r|"
    r"teammate|student|coworker|co-worker|labmate|lab mate|aunt|uncle)\b",
    r"\b(?:served|worked|studied|taught|trained|interned|volunteered|played)\s+(?:together\s+)?with\s+"
    r"(?:you|your)\b",
    r"\b(?:[A-Z][a-z]+)\s+(?:mentioned|said|told me)\s+(?:that\s+)?(?:you|your)\b",
    r"\b(?:saw|noticed|read|heard|see|learned)\s+(?:that\s+)?you(?:'ve| were| now| used|"
    r" led| moved| went| made| started| switched| spoke| wrote| gave| ran| built| left| joined)\b",
    r"\bI\s+(?:also\s+)?(?:worked|studied|interned|served|taught|trained)\b[^.!?]{0,80}\b(?:you|your)\b",
    r"\b(?:meeting|met)\s+you\b",
    r"\b(?:remember me|you (?:may|might|probably) remember)\b",
    r"\b(?:you two|you both|the two of you)\b",
    r"\byour\s+(?:name|email|e-mail|number|contact|details)\s+(?:was|were)\s+(?:given|passed|shared|sent|"
    r"forwarded)\s+to\s+me\b",
    r"\b(?:like|as) you did\b",
    r"\bwe(?:'ve| have)?\s+(?:\w+\s+){0,5}(?:together|overlapped)\b",
    r"\b(?:we|I)\s+overlapped\b",
    r"\bwe(?:'ve| have)?\s+(?:actually\s+|already\s+|briefly\s+)?(?:met|talked|spoken|worked together)\b",
    r"\byou\s+(?:\w+\s+)?(?:mixed|recorded|produced|taught|interviewed|hired|trained|mentored|coached|helped|"
    r"supervised|managed|treated|edited|reviewed|gave|showed|told|talked|spoke to)\s+(?:me|us|our|my)\b",
    r"\b(?:with|from|than)\s+you\s+(?:back\s+)?in\s+(?:\w+\s+)?(?:19|20)\d\d\b",
    r"\bhope\s+(?:[\w']+\s+){1,4}(?:is|isn'?t|isnt|are|has been|'s)\s+(?:treating|eating|going|good|great|well)",
    r"\b(?:it'?s|its|this is|I'?m)\s+\w+(?:\s+\w+)?,?\s+(?:from|of)\s+(?:the\s+|your\s+|our\s+)?(?:\w+\s+){0,3}"
    r"(?:base|team|squad|office|store|unit|crew|band|class|program|lab|group|club|church|gym|league|station|"
    r"floor|ward|department|cohort)\b",
    r"\bin the audience\b",
    r"\bthank(?:s| you)\s+for\s+your\s+(?:\w+\s+)?(?:talk|lecture|presentation|session|workshop|keynote|"
    r"panel|answer|post|article|episode|webinar)",
    r"\b(?:mutual|shared)\s+(?:friend|connection|contact|colleague|acquaintance)s?\b",
    r"\b(?:we|I)\s+(?:briefly\s+)?(?:met|talked|spoke|chatted)\s+(?:you\s+)?(?:at|during|in|through|last|"
    r"briefly|on|after)\b",
    r"\b(?:met|spoke|talked|chatted)\s+(?:briefly\s+)?(?:with\s+)?you\b",
    r"\b(?:we|I)\s+(?:both|also)\s+(?:studied|went|attended|graduated|worked|grew up|live|trained|did|played|volunteer)",
    r"\bfellow\s+(?:alum(?:na|nus|ni)?|graduate|grad|member|volunteer|runner|veteran|[A-Z][\w'\-]+|"
    r"\w+\s+(?:alum|grad|graduate|member))\b",
    r"\b(?:alum(?:na|nus|ni)?|same\s+(?:university|school|college|program|bootcamp|hometown|team))\b",
    r"\b(?:your|the)\s+(?:[\w'&\-]+\s+){0,4}?(?:talk|article|post|presentation|podcast|paper|book|panel|interview|"
    r"thread|newsletter|keynote|webinar|essay|blog|column|session|workshop|lecture|episode|op-ed|piece|"
    r"case study|project|work on|study|report|video|comment|answer|tweet|story|point|explanation|advice)s?\s+"
    r"(?:on|about|at|in|for|with|from|last|where|that|titled|called|of|\")",
    r"\b(?:I\s+)?(?:read|saw|watched|heard|listened to|attended|loved|enjoyed)\s+(?:your|you)\s+"
    r"(?:talk|article|post|presentation|podcast|paper|book|panel|interview|thread|newsletter|keynote|"
    r"webinar|essay|blog|speak|present|on|piece|session|workshop|lecture|episode|op-ed|comment|project|work on)",
    r"\bmy\s+(?:professor|friend|colleague|manager|cousin|aunt|uncle|mentor|advis[eo]r|sister|brother|"
    r"classmate|teacher|coach|former\s+\w+|old\s+\w+|boss|supervisor|neighbou?r|roommate|mom|dad|mother|"
    r"father)\s+" + _NAME.replace("[A-Z]", "[A-Z]") + r"\b",
    r"\b" + _NAME + r"\s+(?:from|at|in)\s+[A-Z][\w&'\-]+(?:\s[A-Z][\w&'\-]+)*\s+"
    r"(?:suggested|recommended|mentioned|said|told|thought|pointed)",
    r"\b(?:through|via)\s+(?:the\s+)?[A-Z][\w'\-]+(?:\s[A-Z][\w'\-]+)*\s+(?:alumni|network|group|meetup|"
    r"association|community|program|mentorship)",
    r"\bboth\s+(?:from|in|at|went|studied|grew|worked)\b",
)
GENERIC_COMPLIMENT = _rx(
    r"\b(?:I\s+)?(?:came across|found|stumbled (?:up)?on|saw|viewed|was looking at)\s+your\s+(?:profile|page)",
    r"\b(?:admire|impressed by|inspired by|amazed by)\s+(?:your\s+)?(?:impressive\s+|amazing\s+|great\s+|"
    r"incredible\s+)?(?:career|profile|background|experience|work|journey|accomplishments|path|success)",
    r"\byour\s+(?:impressive|amazing|incredible|great|inspiring)\s+(?:career|profile|background|experience|"
    r"work|journey)",
    r"\bsomeone (?:with|of) your (?:experience|background|expertise)\b",
)


def check_personal(text: str) -> Check:
    m = _find(PERSONAL, text)
    if m:
        return Check(True, _quote(_sentence_of(text, m)), "")
    reading = learned.read(text, "personal")
    if reading is not None and reading.ok:
        return Check(True, _quote(reading.sentence), "")
    generic = _find(GENERIC_COMPLIMENT, text)
    evidence = f"only a general compliment: \"{_quote(_sentence_of(text, generic))}\"" if generic else \
        "nothing says how you are connected or what of theirs you know"
    return Check(False, evidence,
                 "Say how you are connected: who suggested you write, a place or group you share, or "
                 "something specific of theirs you read, heard or used.")


# ------------------------------------------------------------------------------ upfront

PURPOSE = _rx(
    r"\b(?:I'?m|I am)\s+(?:\w+\s+){0,2}\w+ing\b",
    r"\b(?:am|'m)\s+(?:\w+\s+){0,2}(?:exploring|weighing|considering|thinking|looking|deciding|trying|moving|"
    r"switching|planning|hoping|interested|curious)\b",
    r"\b(?:want|wants|hope|plan|trying|looking|aiming|ready)\s+to\s+(?:move|get|switch|break|become|go|make|"
    r"transition|pivot|change|learn|start|try)\b",
    r"\bI\s+(?:have\s+|had\s+|just\s+|recently\s+|also\s+|since\s+)*(?:retired|run|manage|lead|trained|worked|"
    r"work|studied|study|teach|taught|coach|graduated|finished|left|moved|started|joined|spent|served)\b",
    r"\b(?:the same|a similar)\s+(?:path|route|move|switch|road)\b",
    r"\b(?:months|years|weeks)\s+into\b",
    r"\b(?:I'?m|I am)\s+(?:a|an|currently|now|finishing|studying|working|exploring|considering|thinking|"
    r"looking|deciding|weighing|trying|moving|switching|transitioning|changing|pivoting|starting|planning|"
    r"interested|applying|in\s+my)\b",
    r"\b(?:I'?m|I am|I've been)\s+(?:\w+\s+){0,3}(?:exploring|considering|thinking about|looking into|"
    r"deciding|weighing|curious about|interested in|researching)\b",
    r"\b(?:writing|reaching out|getting in touch|contacting you|messaging you|emailing you)\s+"
    r"(?:\w+\s+){0,3}(?:because|since|as|to)\b",
    r"\b(?:the reason I'?m|why I'?m)\s+(?:writing|reaching out)",
    r"\bmy (?:goal|plan|hope) is\b",
    r"\bI\s+(?:work|study|teach|volunteer)\s+(?:as|at|in)\b",
    r"\bI\s+(?:recently\s+)?(?:graduated|finished|completed|left|moved)\b",
)
LEARN = _rx(
    r"\b(?:learn(?:ing)?|hear(?:ing)?|understand(?:ing)?|find(?:ing)? out|get a sense|pick (?:your|ur|you'?re) brain|"
    r"know more|ask(?:ing)?(?:\s+you)?|talk(?:ing)? about)\b[^.?!]{0,60}\b(?:about|how|what|why|whether|which|"
    r"your)\b",
    r"\b(?:ask|asking)\s+(?:you\s+)?(?:a few|some|a couple of|two or three|\d+(?:\s*-\s*\d+)?)\s+(?:quick\s+)?questions\b",
    r"\bgreat person to ask\b",
    r"\b(?:your|any|the|some)\s+(?:perspective|advice|insights?|take|thoughts|experience|view|story|path)s?\b",
    r"\b(?:tell|walk|talk)\s+me\s+(?:\w+\s+)?(?:about|how|what|why|through|whether|if)\b",
    r"\b(?:figure out|figuring out|decide|deciding|work out|working out|sort out)\s+(?:\w+\s+){0,2}"
    r"(?:if|whether|which|how|what)\b",
    r"\b(?:have|got)\s+(?:so many|a few|some|a couple of|lots of|a lot of|many)\s+questions\b",
    r"\b(?:questions?)\s+(?:about|on)\b",
    r"\bhow you\s+(?:got|went|moved|made|chose|decided|ended|found|started|became|transitioned|switched)",
)


def check_upfront(text: str) -> Check:
    purpose = _find(PURPOSE, text)
    learn = _find(LEARN, text)
    if purpose and learn:
        said = _sentence_of(text, purpose)
        hope = _sentence_of(text, learn)
        evidence = _quote(said) if said == hope else f"{_quote(said, 60)} / {_quote(hope, 60)}"
        return Check(True, evidence, "")
    reading = learned.read(text, "upfront")
    if reading is not None and reading.ok:
        return Check(True, _quote(reading.sentence), "")
    if learn:
        return Check(False, f"what you hope to learn is there (\"{_quote(_sentence_of(text, learn), 60)}\"), "
                            "but not who you are or why you are writing now",
                     "Say in one sentence who you are and why you are writing now (what you are deciding "
                     "or exploring).")
    if purpose:
        return Check(False, f"says who you are (\"{_quote(_sentence_of(text, purpose), 60)}\"), "
                            "not what you hope to learn from them",
                     "Say what you hope to learn from them: a question or two you would ask.")
    return Check(False, "neither why you are writing nor what you hope to learn",
                 "Say who you are, why you are writing now, and what you hope to learn from them.")


# ------------------------------------------------------------------------------ small ask

_NUM = r"(?:\d{1,2}|five|ten|fifteen|twenty|twenty-five|thirty)"
SMALL_FORMAT = _rx(
    r"\b" + _NUM + r"[\s-]*(?:min(?:ute)?s?)\b",
    r"\b(?:quick|short|brief|small|informal|casual|15|20|30)\s+(?:\w+\s+)?(?:call|chat|conversation|"
    r"coffee|zoom|phone call|video call|meeting|talk)\b",
    r"\b(?:grab|get|buy you|have)\s+(?:a\s+)?(?:quick\s+)?(?:coffee|tea)\b",
    r"\b(?:a\s+)?(?:coffee|tea)\s+(?:chat|sometime|next|this|if|or|whenever|on|one)\b",
    r"\bhalf an hour\b",
    r"\b(?:a few|two or three|a couple of|a handful of)\s+(?:quick\s+)?questions\s+(?:by|over)\s+email",
)
BIG_ASK = _rx(
    r"\b(?:be my mentor|mentor me|mentoring me|take me under your wing)\b",
    r"\b(?:an|one|a full|two|2|a couple of)\s+hours?\b",
    r"\b(?:45|60|sixty|forty-five|90|ninety)\s*-?\s*min",
    r"\bshadow\s+you\s+(?:for|during|at|on)\s+(?:a|an|the|one|two|several)\s+(?:whole\s+)?"
    r"(?:day|week|shift|month)s?",
    r"\b(?:review|look over|go through|edit)\s+(?:my|the)\s+(?:portfolio|resume|résumé|cv|application|"
    r"cover letter|website)",
    r"\bregular(?:ly)?\s+(?:calls|meetings|check-ins)\b",
)
TIME_FRAME = _rx(
    r"\b(?:next|this|coming)\s+(?:week|month|few weeks|couple of weeks|monday|tuesday|wednesday|thursday|"
    r"friday|weekend)\b",
    r"\bin the (?:next|coming) (?:few|couple of|two|2|three|3) weeks\b",
    r"\b(?:any time|anytime|sometime|whenever)\b",
    r"\bbefore (?:the end of|mid|early|late)\b",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|mornings?|afternoons?|evenings?|lunch)\b",
)
EASY_NO = _rx(
    r"\b(?:no worries|no pressure|no problem|totally understand|completely understand|understand if|"
    r"understand completely|if you'?re (?:too )?busy|if now isn'?t|if it'?s not a good time|"
    r"if that'?s not possible|either way|if you can'?t|if you'?re swamped|no obligation|"
    r"if you (?:have|can spare|can find)|if you'?re open to|would you be open|happy to work around|"
    r"whatever works|at your convenience)\b",
)


def check_small_ask(text: str) -> Check:
    big = _find(BIG_ASK, text)
    if big:
        return Check(False, f"a big ask: \"{_quote(_sentence_of(text, big), 80)}\"",
                     "Ask for something small to say yes to: 20 minutes on a call or a coffee, and "
                     "keep anything bigger for later.")
    small = _find(SMALL_FORMAT, text)
    if not small:
        return Check(False, "no concrete ask (how long, and a call or a coffee)",
                     "End with one small, concrete ask: \"Would you have 20 minutes for a call in the "
                     "next couple of weeks?\"")
    extras = [name for name, patterns in (("a time frame", TIME_FRAME), ("an easy way to say no", EASY_NO))
              if not _find(patterns, text)]
    tip = f"It would be easier to say yes with {' and '.join(extras)}." if extras else ""
    return Check(True, _quote(_sentence_of(text, small)), tip)


# ------------------------------------------------------------------------------ job ask

JOB_ASK = _rx(
    r"\b(?:attach(?:ed|ing)?|enclos(?:ed|ing)|includ(?:ed|ing)|sending|sent|here'?s|forward(?:ed|ing)?|"
    r"pass(?:ed|ing)?\s+(?:along|on))\s+(?:\w+\s+){0,3}(?:resume|résumé|cv|curriculum vitae|portfolio)\b",
    r"\b(?:resume|résumé|cv)\s+(?:is\s+)?(?:attached|enclosed|below|just in case|in case|for reference|"
    r"for your reference|if helpful)",
    r"\b(?:refer|referral|recommend)\s+(?:me\s+)?(?:for|to)\s+(?:a|an|the|any|your|their|that|this|"
    r"open|one)\b[^.?!]{0,40}\b(?:role|position|job|opening|internship|opportunit)",
    r"\b(?:considered|consider me|be considered|put my name forward|put in a (?:good )?word|"
    r"keep me in mind)\b",
    r"\b(?:any|open|current|upcoming|available)\s+(?:\w+\s+)?(?:openings?|positions?|roles?|vacanc(?:y|ies)|"
    r"opportunit(?:y|ies)|internships?|jobs?)\b",
    r"\b(?:are|is|if)\s+(?:you|y'?all|your\s+\w+|they|the\s+\w+)\s+(?:are\s+|is\s+)?(?:hiring|recruiting)\b",
    r"\b(?:hiring|recruiting)\s+(?:for|a|an|now|right now|at the moment)\b",
    r"\b(?:pass|send|forward|share|give)\s+(?:it|this|that|them|my\s+\w+)\s+(?:along\s+|on\s+)?to\s+"
    r"(?:the\s+|your\s+)?(?:hiring|recruit\w*|hr\b|talent)",
    r"\bapply(?:ing)?\s+(?:for|to)\s+(?:a|an|the|your|one|this|that|open)\b[^.?!]{0,30}"
    r"\b(?:role|position|job|opening|internship)",
    r"\b(?:get|land|find)\s+(?:me\s+)?(?:a|an)\s+(?:job|internship|position|role)\s+(?:at|with|on|in)\s+"
    r"(?:your|you)",
    r"\bjob\s+(?:at|with|on)\s+your\b",
    r"\b(?:get|hook)\s+me\s+(?:hooked\s+up\s+with|up\s+with|into|in\s+(?:for|at)|in)\s+(?:a|an|the)\s+"
    r"(?:\w+\s+){0,2}(?:job|position|role|internship|opening)",
    r"\bif you (?:ever |are |'re |do )?(?:need|looking for|want|have room for)\s+(?:an?\s+|some\s+)?(?:\w+\s+){0,2}"
    r"(?:assistant|intern|apprentice|helper|extra hands?|deckhand|junior|trainee)\b",
    r"\b(?:pass|send|forward|share)\s+(?:it|this|my \w+)\s+(?:along|on)\s+to\s+(?:the\s+)?(?:hiring|"
    r"recruit|hr|manager)",
)
NOT_JOB_ASK = _rx(
    r"\bnot\s+(?:asking|looking)\s+(?:you\s+)?(?:for|about)\s+(?:a\s+)?(?:job|jobs|openings?|positions?|"
    r"referrals?|roles?)",
    r"\bnot\s+(?:job[- ]hunting|applying)\b",
)


def check_no_job_ask(text: str) -> Check:
    clean_text = text
    for pattern in NOT_JOB_ASK:  # "I'm not asking about openings" is the opposite of a job ask
        clean_text = pattern.sub(" ", clean_text)
    m = _find(JOB_ASK, clean_text)
    if m is None:
        from practice.scoring.job_asks import job_ask

        found = [s for s in sentences(clean_text) if job_ask(s)]
        if found:
            return Check(False, f"asks for a job: \"{_quote(found[0], 80)}\"", _JOB_TIP)
        return Check(True, "no request for a job, referral or CV", "")
    sentence = _sentence_of(clean_text, m)
    attach = re.search(r"resume|résumé|\bcv\b|portfolio", m.group(0), re.IGNORECASE)
    if attach:
        return Check(False, f"sends a CV: \"{_quote(sentence, 80)}\"",
                     "Leave the CV out: it turns a request to learn into a job application. Offer it later "
                     "if they ask.")
    return Check(False, f"asks for a job: \"{_quote(sentence, 80)}\"", _JOB_TIP)


_JOB_TIP = ("Leave out any ask for a job, referral or opening: an informational interview is to learn. "
            "If they can help later, they will offer.")


# ------------------------------------------------------------------------------ length

_SIGN_OFF = re.compile(r"^(?:best|best wishes|thanks|thank you|many thanks|cheers|regards|kind regards|warmly|"
                       r"sincerely|with thanks|all the best|take care)\b[^\n]{0,40}$", re.IGNORECASE)


def without_signature(text: str) -> str:
    """The message as the reader reads it: a signature block ("--" and what follows, or the
    lines after the sign-off and your name: titles, awards, a confidentiality notice) is not
    part of what they have to get through."""
    lines = text.strip().splitlines()
    for i, line in enumerate(lines):
        if line.strip() in ("--", "-- ", "—", "__"):
            return "\n".join(lines[:i])
    for i in range(len(lines) - 1, -1, -1):
        if _SIGN_OFF.match(lines[i].strip()) and i >= len(lines) // 3:
            return "\n".join(lines[:i + 2])  # the sign-off and the name under it
    return text


def measure(text: str, unit: str) -> int:
    text = without_signature(text)
    return len(text.split()) if unit == "words" else len(" ".join(text.split()))


def check_length(text: str, channel: str) -> Check:
    limit, unit, source = LENGTH_NORMS[channel]
    size = measure(text, unit)
    if size <= limit:
        return Check(True, f"{size} {unit} (up to {limit} for {channel})", "")
    longest = max(sentences(text), key=len, default="")
    return Check(False, f"{size} {unit}; {channel} takes about {limit} ({source})",
                 f"Cut it to {limit} {unit}: keep who you are, why them, and the ask; the longest "
                 f"sentence is the first to shorten (\"{_quote(longest, 60)}\").")
