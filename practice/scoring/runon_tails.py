"""Short questions said at the end of a run, in a transcript without punctuation: "oh no what
happened", "wrong side how so", "red card what's that", "heated in what way": a word or two of
theirs picked up and asked about. `runon.run_on_question` reads them when no question clause
came before."""

from __future__ import annotations

import re

from practice.scoring.kinds import Form
from practice.scoring.runon_words import BEFORE_BARE_WH, REACTIONS, WH_SUBJECT_VERBS
from practice.scoring.wordclasses import AUX, KNOWING, PREPOSITIONS, REQUEST_VERBS, SUBJECTS, WH

# before a bare "why" that ends a statement ("i don't know why", "that's why", "the reason why")
_NOT_BEFORE_BARE_WHY = KNOWING | PREPOSITIONS | {"that's", "thats", "is", "was", "it's", "and", "so", "exactly", "reason"}
# "what you think about this" at the end of a run: "what do you think", in a second language
_NOT_AFTER_WHAT = {"care", "depends", "depend", "matter", "matters", "is", "was", "that's", "hear", "ask", "asked", "wonder"}
_WHAT_YOU_THINK = re.compile(r"\bwhat you think(?: about| of)?(?: (?:this|that|it|them))?$")


def tail_question(ws: list[str]) -> Form | None:
    """The question a run ends on, in a word or two, or None."""
    if (m := _WHAT_YOU_THINK.search(" ".join(ws))) and m.start() > 0 \
            and " ".join(ws)[:m.start()].split()[-1] not in KNOWING | PREPOSITIONS | REQUEST_VERBS | _NOT_AFTER_WHAT:
        # "... these company contract is not so good what you think about this" (set 266)
        return Form("wh_open", "open", 'asks their view ("what you think ...")', m.group(0))
    if len(ws) >= 3 and ws[-2] in {"what", "who"} and ws[-1] in WH_SUBJECT_VERBS \
            and ws[-3] in REACTIONS | {"no", "and", "so", "then", "um", "uh", "but"}:
        # "oh no what happened": the wh-word as the subject, the last two words (set 375)
        return Form("wh_open", "open", f'invites an account ("{ws[-2]} {ws[-1]}")', " ".join(ws[-2:]))
    if len(ws) >= 4 and ws[-3:-1] == ["why", "so"] and ws[-4] not in _NOT_BEFORE_BARE_WHY:
        # "every thirty minutes why so short": why that is, of what they said (set 375)
        return Form("wh_open", "open", f'asks why ("why so {ws[-1]}")', " ".join(ws[-3:]))
    if len(ws) >= 3 and ws[-2:] == ["how", "so"]:  # "wrong side how so": their words, then asked about
        return Form("wh_open", "open", 'asks them to say more ("how so")', "how so")
    # "heated in what way like the people are angry", "you said prove yourself more like in what
    # way", "... in the classroom what they do exactly": asked about what they said, in a run
    # (sets 1-849: all 14 turns holding "in what way" and all 4 ending "what they/you do exactly"
    # are labelled open; 5 were missed)
    way = next((k for k in range(len(ws) - 2) if ws[k:k + 3] == ["in", "what", "way"]), None)
    if way is not None and (way == 0 or ws[way - 1] not in KNOWING | {"is", "was", "matter", "matters"}):
        return Form("wh_open", "open", 'asks them to say more ("in what way")', " ".join(ws[way:]))
    if len(ws) >= 5 and ws[-4:] in (["what", "they", "do", "exactly"], ["what", "you", "do", "exactly"]) \
            and ws[-5] not in KNOWING | PREPOSITIONS | REQUEST_VERBS | {"is", "was", "that's"}:
        return Form("wh_open", "open", f'invites an account ("{" ".join(ws[-4:])}")', " ".join(ws[-4:]))
    if len(ws) >= 3 and ws[-2:] in (["what's", "that"], ["whats", "that"]) and ws[-3] not in KNOWING | PREPOSITIONS | {"is", "was"}:
        # "red card what's that": what a word they used means (set 334)
        return Form("wh_open", "open", "asks what it means (\"what's that\")", "what's that")
    if len(ws) >= 4 and ws[-3:-1] in (["how", "much"], ["how", "many"]) and ws[-1] in {"more", "less", "longer", "fewer"} \
            and ws[-4] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "exactly", "matter"}:
        # "you said nights and weekends pay more how much more": how much of what they said (set 869)
        return Form("wh_fact", "closed", f'asks for a single fact ("how {ws[-2]} {ws[-1]}")', " ".join(ws[-3:]))
    if len(ws) >= 3 and ws[-2:] == ["how", "come"] and ws[-3] not in KNOWING | {"that's", "is", "was"}:
        # "oh the schedule how come" (set 328)
        return Form("wh_open", "open", 'asks them to say more ("how come")', "how come")
    if len(ws) >= 4 and ws[-3] == "why" and ws[-2] in {"the", "that", "those", "these", "all"} \
            and ws[-4] not in _NOT_BEFORE_BARE_WHY:
        # "huh i never thought about that why the grandmas": why that one, of what they said (set 322)
        return Form("wh_open", "open", f'asks why ("why {ws[-2]} {ws[-1]}")', " ".join(ws[-3:]))
    if len(ws) >= 3 and ws[-2] == "why" and ws[-1] not in AUX | SUBJECTS | {"not", "so", "that", "this", "it", "me", "them", "him", "her"} \
            and ws[-3] not in _NOT_BEFORE_BARE_WHY | {"see"}:
        # "grapefruit that's so random um why grapefruit": why that thing of theirs (set 338)
        return Form("wh_open", "open", f'asks why ("why {ws[-1]}")', " ".join(ws[-2:]))
    if len(ws) >= 3 and ws[-1] in {"how", "why", "what"} and ws[-2] in BEFORE_BARE_WH:
        # "okay thank you no joke like how", "stats huh why", "therapy ha like what": asked at
        # the end about what they just said (sets 314-321)
        return Form("wh_open", "open", f'asks them to say more ("{ws[-2]} {ws[-1]}")', " ".join(ws[-2:]))
    if len(ws) >= 3 and ws[-2] == "which" and ws[-1] not in AUX | SUBJECTS and ws[-3] in REACTIONS | {"totally", "um", "uh", "but"}:
        # "no totally um which boards": which of the things they named (set 318)
        return Form("wh_fact", "closed", f'asks which one ("which {ws[-1]}")', " ".join(ws[-2:]))
    if 2 <= len(ws) <= 4 and ws[-1] in {"how", "why"} \
            and ws[-2] not in WH | AUX | SUBJECTS | KNOWING | {"and", "or", "but", "that's", "it's", "exactly", "just", "see",
                                                              "not", "reason", "that", "is", "was"}:
        # "weird how", "okay rough how", "not as free how", "chemistry why": their word asked about
        # (sets 285, 334, 880)
        return Form("wh_open", "open", f'asks them to say more ("{ws[-2]} {ws[-1]}")', " ".join(ws[-2:]))
    if len(ws) >= 3 and ws[-2:] in (["what's", "yours"], ["why's", "that"], ["whys", "that"], ["how's", "that"]) \
            and ws[-3] not in KNOWING | PREPOSITIONS | {"is", "was", "that's", "exactly"}:
        # "ha what's yours", "the dead would why's that": asked back, or why, at the end (set 877, 881)
        return Form("wh_open", "open", f'asks them to say more ("{ws[-2]} {ws[-1]}")', " ".join(ws[-2:]))
    return None
