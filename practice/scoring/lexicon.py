"""Small word lists the scorers share: stopwords, stems, content words.

A detail the interviewee mentioned counts as "referenced" when the user repeats its content
word, in any inflection ("rotations" ~ "rotation", "managing" ~ "manage").
"""

from __future__ import annotations

from practice.scoring.text import words
from practice.stemming import stem as snowball

STOPWORDS = frozenset("""
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each few for from further had hadn't has hasn't have haven't
having he he'd he'll he's her here here's hers herself him himself his how how's i i'd i'll
i'm i've if in into is isn't it it's its itself let's me more most mustn't my myself no nor
not of off on once only or other ought our ours ourselves out over own same shan't she she'd
she'll she's should shouldn't so some such than that that's the their theirs them themselves
then there there's these they they'd they'll they're they've this those through to too under
until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where
where's which while who who's whom why why's with won't would wouldn't you you'd you'll
you're you've your yours yourself yourselves yeah yes okay ok oh well really just like know
think mean kind sort thing things lot get got go going gonna wanna want said say says
maybe something anything one much many way right now even still actually pretty little bit
mm hmm mhm uh um huh sure good great thank thanks kinda gotta stuff time tell feel
""".split())


def stem(word: str) -> str:
    """Inflections of a word compare equal ("rotations" ~ "rotation", "shaped" ~ "shape")."""
    w = word.lower().strip("'")
    if w.endswith("'s"):
        w = w[:-2]
    out = snowball(w)
    # a verb in -ic takes a k before -ing and -ed ("panic" ~ "panicking", "picnicked",
    # "trafficking"), which the stemmer keeps; dropped the same way from every word, so no two
    # words merge but an -ick/-ic pair, and short words ("kick", "trick") are left alone
    return out[:-1] if len(out) >= 6 and out.endswith("ick") else out


def content_words(text: str) -> list[str]:
    """Words that carry topic: not stopwords, at least three letters."""
    return [w for w in words(text) if w not in STOPWORDS and len(w) >= 3 and not w.isdigit()]


def content_stems(text: str) -> dict[str, str]:
    """stem -> first surface form seen, for the topic words of a text."""
    out: dict[str, str] = {}
    for w in content_words(text):
        out.setdefault(stem(w), w)
    return out


# Words that name the same thing in an informational interview, so a follow-up "in other
# words" is still recognised ("I'm on the road every week" -> "Do you travel a lot?").
RELATED_GROUPS = [
    "travel travelling travelled traveling traveled road trip trips fly flying flight flights commute commuting airport subway bus drive driving",
    "manager boss supervisor lead leader leadership director",
    "hire hiring hired recruit recruiting recruiter interview interviews interviewing applicant applicants",
    "money salary pay paid compensation income earn earning bonus",
    "hours overtime schedule shift shifts weekend weekends evenings nights late",
    "stress stressful pressure burnout intense demanding exhausting overwhelming",
    "learn learning training trained course courses class classes study studied degree certification bootcamp school",
    "client clients customer customers stakeholder stakeholders user users",
    "colleague colleagues coworker coworkers peers peer teammates",
    "remote hybrid office home",
    "switch switched pivot pivoted transition transitioned change changed move moved migrate migrating migration",
    "promotion promoted advance advancement senior seniority ladder",
    "mentor mentors mentoring mentorship coach coaching",
    "project projects launch launches launching deadline deadlines release releases",
    "meeting meetings call calls standup standups",
    "patient patients nurse nurses ward hospital",
    "code coding programming software developer developers engineering",
    "design designing designer prototype prototypes wireframe wireframes",
    "challenge challenges challenging hard hardest difficult struggle struggled tough toughest",
    "enjoy enjoyed love loved favorite favourite rewarding fun",
    "startup startups founder founders founded",
    "data analytics analysis numbers spreadsheet spreadsheets dashboards",
    "write writing wrote report reports documentation",
    "teach teaching taught teacher students classroom",
    "network networking connections contacts introductions",
]
_GROUP_OF = {stem(w): i for i, group in enumerate(RELATED_GROUPS) for w in group.split()}


def related_words(text: str, other: str) -> list[tuple[str, str]]:
    """(word in text, word in other) pairs that differ but name the same thing."""
    theirs: dict[int, str] = {}
    for w in content_words(other):
        g = _GROUP_OF.get(stem(w))
        if g is not None:
            theirs.setdefault(g, w)
    pairs = []
    for w in content_words(text):
        g = _GROUP_OF.get(stem(w))
        if g is not None and g in theirs and stem(theirs[g]) != stem(w):
            pairs.append((w, theirs[g]))
    return pairs


# Words too common to be a detail of an answer: repeating one shows no particular listening.
GENERIC = set("""
job jobs work working worked career careers company companies field fields role roles people
person day days time times year years lot lots things thing part parts way ways industry
really interesting great good experience experiences question questions today now first next
team teams also yes yeah okay sure guys definitely probably usually always never sometimes
talk talks talking talked speak speaking spoke chat meet meeting reach contact connect
""".split())  # the verbs of "Is there anyone else I should talk to?" are not a detail of the answer
# Verbs every answer and question uses: repeating one ("anyone else I should talk to?" after
# "I talk to clients") refers to no detail of what they said.
EVERYDAY_VERBS = set("""
talk talking talked say said saying tell telling told ask asked asking go going went get getting got make making made
know knew think thought want wanted need needed see saw come came take took give gave feel felt look looked find found
keep kept help helped try tried use used call called move moved learn learned love loved like liked spend spent pay paid
put run happen happened mean meant seem seemed leave left show showed hear heard become became stay stayed start started
end ended let lets hope hoped deal dealt handle handled mind recommend recommended reach reached send sent
""".split())
