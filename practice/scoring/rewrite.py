"""An open rewording of a closed or leading question that keeps its topic.

Templates keyed on how the question opens ("Do you like X?" -> "What do you enjoy most
about X?"); the topic is the rest of the question with pronouns kept as the user said them.
The last resort, "What can you tell me about X?", is always open and always on topic.
"""

from __future__ import annotations

import re

from practice.scoring.text import clean, find_words

_LEAD_IN = re.compile(
    r"^(?:(?:so|and|but|okay|ok|well|now|also|oh|yeah|great|cool|right|just|then)\b[,\s]*)+", re.I)
_TAG = re.compile(
    r",?\s*(?:right|correct|yeah|no|yes|true|isn't it|aren't they|aren't you|don't you|didn't you|doesn't it|don't they"
    r"|wasn't it|weren't they|haven't you|hasn't it|wouldn't you|won't you|can't you|isn't that|am i right|is that right"
    r"|wouldn't you say|don't you think|eh|huh)\s*\??\s*$", re.I)


def _tidy(s: str) -> str:
    s = re.sub(r"\s+", " ", s).strip(" ,.;?!-")
    return s


_DETERMINERS = {"the", "your", "their", "his", "her", "that", "this", "those", "these", "it", "they", "a", "an"}


def _sentence(s: str) -> str:
    s = _tidy(s)
    s = " ".join(w.lower() if i and w.lower() in _DETERMINERS else w for i, w in enumerate(s.split()))
    return (s[:1].upper() + s[1:] + "?") if s else s


def _ing(verb: str) -> str:
    irregular = {"be": "being", "have": "having", "do": "doing", "go": "going", "get": "getting",
                 "run": "running", "put": "putting", "make": "making", "take": "taking", "come": "coming",
                 "plan": "planning", "stop": "stopping", "set": "setting", "sit": "sitting", "hire": "hiring",
                 "manage": "managing", "use": "using", "write": "writing", "code": "coding", "move": "moving",
                 "lie": "lying", "travel": "traveling", "shop": "shopping", "begin": "beginning"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith("ie"):
        return verb[:-2] + "ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return verb[:-1] + "ing"
    return verb + "ing"


_PAST_IRREGULAR = {"went", "had", "did", "made", "took", "got", "came", "left", "began", "felt", "knew",
                   "found", "chose", "grew", "moved", "thought", "spent", "became", "ran", "wrote", "built"}

RULES: list[tuple[re.Pattern, str]] = [
    # Leading openers first: drop the push, keep the claim as the topic.
    (re.compile(r"^(?:don't|do) you (?:think|feel|agree) (?:that )?(.+)$", re.I), "What is your view on whether {0}"),
    (re.compile(r"^(?:wouldn't|would) you (?:say|agree) (?:that )?(.+)$", re.I), "What is your view on whether {0}"),
    (re.compile(r"^isn't it (?:true|the case) that (.+)$", re.I), "What is your view on whether {0}"),
    (re.compile(r"^(?:isn't|aren't|wasn't|weren't) (the|your|it|that|this|they|there) (.+)$", re.I), "How would you describe {0} {1}"),
    (re.compile(r"^(?:don't|doesn't|didn't) you (?:like|love|enjoy) (.+)$", re.I), "What do you enjoy most about {0}"),
    (re.compile(r"^(?:don't|doesn't|didn't) (you|they|it|he|she) (.+)$", re.I), "How do {0} feel about {1}"),
    # Likes and enjoyment.
    (re.compile(r"^(?:do|did) you (?:like|love|enjoy) (.+)$", re.I), "What do you enjoy most about {0}"),
    (re.compile(r"^are you (?:happy|satisfied|glad) (?:with|about|in) (.+)$", re.I), "How do you feel about {0}"),
    (re.compile(r"^(?:is|was) (?:it|that) (?:hard|difficult|tough|challenging|easy|stressful|fun|rewarding|exciting) to (.+)$", re.I),
     "What was it like to {0}"),
    # "Is it hard on your family?" -> "How does it affect your family?"
    (re.compile(r"^(?:is|was) (?:it|that) (?:\w+ )?(?:hard|difficult|tough|easy|stressful|rough|good|bad) (?:on|for) (.+)$", re.I),
     "How does it affect {0}"),
    (re.compile(r"^(?:is|was|are|were) (the|your|their|his|her|that|this) (.+?) (?:good|bad|great|hard|difficult|easy|stressful|fun|demanding|intense|supportive|competitive|flexible|long|busy|nice|okay|ok|fine)$", re.I),
     "How would you describe {0} {1}"),
    # Advice and recommendations.
    (re.compile(r"^(?:do|would|could|can) you (?:have|give|share|offer) (?:any|some)? ?(advice|tips|suggestions|recommendations)(?: for| to)?( .*)?$", re.I),
     "What {0} would you give {1}"),
    (re.compile(r"^would you recommend (.+)$", re.I), "What would you tell someone considering {0}"),
    (re.compile(r"^(?:should i|do i need to|would it help to|is it worth) (.+)$", re.I), "How would you think about whether to {0}"),
    # Experience and history.
    (re.compile(r"^(?:did|have) you (?:always|ever) (?:want|wanted) to (.+)$", re.I), "How did you come to {0}"),
    (re.compile(r"^have you (?:ever )?(.+)$", re.I), "What was it like when you {0}"),
    (re.compile(r"^did you (.+)$", re.I), "How did you come to {0}"),
    (re.compile(r"^(?:is|are) there (?:anyone|anybody|someone|somebody) (?:else )?(.+)$", re.I), "Who is someone {0}"),
    (re.compile(r"^(?:is|are) there (?:anything|something) (?:else )?(.+)$", re.I), "What is something {0}"),
    (re.compile(r"^(?:is|are) there (?:(?:any|a lot of|lots of|many|much|some|an|a)\b )?(.+)$", re.I), "What can you tell me about the {0}"),
    (re.compile(r"^do you (?:ever )?(?:find|feel) (?:that )?(.+)$", re.I), "How do you experience {0}"),
    (re.compile(r"^do you (\w+) (.*)$", re.I), "What is it like {ing} {1}"),
    (re.compile(r"^(?:are|were) you (.+)$", re.I), "What is it like being {0}"),
    (re.compile(r"^(?:is|was) (?:it|that|this) (.+)$", re.I), "How would you describe how it is {0}"),
    # Single facts: ask for the story behind the fact.
    (re.compile(r"^how long have you (?:been )?(.+)$", re.I), "What has kept you {0}, looking back"),
    (re.compile(r"^how (?:many|much) (\w+) do (you|they) (.+)$", re.I), "What can you tell me about the {0} {1} {2}"),
    (re.compile(r"^how (?:many|much) (\w+) did you (\w+)(.*)$", re.I), "What was it like to {1} {0} {2}"),
    (re.compile(r"^how (often|long|far|soon|much) do (you|they) (.+)$", re.I), "What can you tell me about how {0} {1} {2}"),
    (re.compile(r"^how long did you (\w+)(.*)$", re.I), "What led you to {0} {1} as long as you did"),
    (re.compile(r"^where (do|did) you (.+)$", re.I), "What led you to {1} where you {0}"),
    (re.compile(r"^when did you (.+)$", re.I), "What led you to {0}"),
    # Statements offered for agreement (tags, rising intonation).
    (re.compile(r"^you (?:must |probably |really |clearly |definitely )?(?:love|like|enjoy) (.+)$", re.I), "What do you enjoy most about {0}"),
    (re.compile(r"^you (\w+) (.+)$", re.I), "What {tense} it like when you {0} {1}"),
    (re.compile(r"^(the|your|their|that|this) (.+?) (?:is|are|was|were|gets|get) .+$", re.I), "How would you describe {0} {1}"),
]


_NEGATIVE_COMPARISON = re.compile(
    r"^(isn't|aren't|wasn't|weren't) (.+?) ((?:(?:way|much|so|really|too|far|a lot) )?"
    r"(?:more|less|better|worse|easier|harder|nicer|safer|cheaper|faster|slower|bigger|smaller)\b.*)$", re.I)


# A negative question that passes a judgement: the subject, then one adjective (with an intensifier).
_NEGATIVE_JUDGEMENT = re.compile(
    r"^(isn't|aren't|wasn't|weren't) (?!there\b)((?:\S+ ){0,3}?\S+) (?:(?:so|really|pretty|very|super|kind of|a bit|too|just) )*"
    r"(?!like\b)([a-z]+(?:ful|ing|ous|ive|ible|able|al|ic|ed|y|t|e|d|l|n|g|h|k|p|r|s))$", re.I)


# "Isn't that the kind of thing that makes you want to quit?": any other negative claim
_NEGATIVE_CLAIM = re.compile(r"^(isn't|aren't|wasn't|weren't) (?!(?:it|that) (?:true|the case)\b)(it|that|this|they|he|she|(?:the|your|their) \w+) (.{3,})$", re.I)


def deciding_part(sentence: str, clause: str) -> str:
    """The part of `sentence` from where its deciding clause starts, with the user's capitals
    ("What do you enjoy, and do you travel much?" -> "do you travel much?")."""
    head = clause.split()[:2]
    if not head:
        return sentence
    at = find_words(sentence, " ".join(head), last=True)
    return sentence[at[0]:] if at else sentence


def rewrite(question: str, kind: str, clause: str = "") -> str:
    """An open question on the same topic as `question` (whose form code is `kind`)."""
    if clause:
        question = deciding_part(question, clause)
    q = _LEAD_IN.sub("", _tidy(clean(question)))
    q = _TAG.sub("", q).strip()
    if kind == "choice":
        m = re.match(r"^(.+?),? or (?:is|are|was|were|do|does|did|would|will|can|could|have|has) (?:it|you|they|that|this|there)\b.*$", q, re.I)
        if m:  # "Do you travel a lot, or is it mostly remote?": open up the first alternative
            return rewrite(m.group(1) + "?", "yes_no")
        m = re.match(r"^(?:do|did|would|are|is|was|were) (?:you|it|they) (?:prefer |like |rather |more )?(.+?),? or (.+)$", q, re.I)
        if m:
            return _sentence(f"How do you think about {m.group(1)} versus {_tidy(m.group(2))}")
    m = re.match(r"^(?:aren't|weren't) you (?:\w+ ){1,2}(?:about|of|by|with) (.+)$", q, re.I)
    if m:  # "Aren't you worried about AI?" -> "How do you feel about AI?"
        return _sentence(f"How do you feel about {m.group(1)}")
    m = re.match(r"^(?:aren't|weren't) you (.+)$", q, re.I)
    if m:
        return _sentence(f"What is it like being {m.group(1)}")
    m = _NEGATIVE_JUDGEMENT.match(q)
    if m and not _NEGATIVE_COMPARISON.match(q):  # "Isn't night shift awful?" -> "What is night shift like for you?"
        verb = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were"}[m.group(1).lower()]
        return _sentence(f"What {verb} {m.group(2)} like for you")
    m = _NEGATIVE_COMPARISON.match(q) or _NEGATIVE_CLAIM.match(q)
    if m:  # "Isn't running a practice less stressful than a firm?" -> "... whether running a practice is less ..."
        verb = {"isn't": "is", "aren't": "are", "wasn't": "was", "weren't": "were"}[m.group(1).lower()]
        return _sentence(f"What is your view on whether {m.group(2)} {verb} {m.group(3)}")
    for pattern, template in RULES:
        m = pattern.match(q)
        if m:
            groups = [(g or "").strip(" ,.;?!") for g in m.groups()]
            first = groups[0].lower() if groups else ""
            tense = "was" if first.endswith("ed") or first in _PAST_IRREGULAR else "is"
            return _sentence(template.format(*groups, ing=_ing(first), tense=tense))
    m = re.match(r"^(what|how \w+|who|where|when|which \w+|whose \w+) (?:do|does|did) (you|they|we|your \w+|the \w+) (.+)$", q, re.I)
    if m:
        return _sentence(f"What can you tell me about {m.group(1).lower()} {m.group(2)} {m.group(3)}")
    m = re.match(r"^(?:which|what) (\w+) (is|are|was|were|do|does|did) (you|they|we) (.+)$", q, re.I)
    if m:
        aux = m.group(2).lower() if m.group(2).lower() in {"is", "are", "was", "were"} else ""
        return _sentence(f"What can you tell me about the {m.group(1)} {m.group(3)} {aux} {m.group(4)}")
    m = re.match(r"^(?:what|how \w+|who|where|when) (?:is|are|was|were) ((?:the|your|their|this|that|its|it)\b.*)$", q, re.I)
    if m:
        return _sentence(f"What can you tell me about {m.group(1)}")
    if kind == "tag" or kind == "declarative":
        return _sentence(f"What is your view on how {_lower_first(q)}")
    return _sentence(f"What can you tell me about {_lower_first(q)}")


def _lower_first(s: str) -> str:
    return s[:1].lower() + s[1:] if s and not s[:2].isupper() else s
