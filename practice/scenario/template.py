"""The commented starting point for a user's own scenario (`practice scenarios new NAME`).

The template is a valid scenario as written, with placeholder text, so the user can try it
at once and replace one part at a time, checking as they go. Comments say what each part is
for and what the real person might say, drawn from the informational-interview advice.
"""

from __future__ import annotations

from practice.scenario.model import CLASSIC_TOPICS

_CLASSIC_HELP = {
    "enjoy": ("What they enjoy most about the work.",
              "What do you enjoy most about your work?"),
    "day_to_day": ("Their daily duties: what a normal day or week looks like.",
                   "What does a typical day look like for you?"),
    "stereotypes": ("Stereotypes about the job or field: which hold true and which do not.",
                    "Which stereotypes about your field are true, and which are false?"),
    "culture": ("The workplace culture: what they like best and least about it.",
                "How would you describe the culture where you work?"),
    "perks_and_downsides": ("Perks and downsides they did not expect.",
                            "What perks and downsides of the job surprised you?"),
    "path": ("How they got the job, and the skills and training it takes.",
             "How did you get into this field?"),
    "wish_known_earlier": ("What they wish they had known when they started.",
                           "What do you wish you had known when you started?"),
    "future": ("Where the role or the field is heading.",
               "Where do you see your field heading?"),
}

_HEADER = '''# My scenario "{name}": a rehearsal for a real informational interview.
#
# Fill it in with what you know about the person (their profile, posts, talks, company
# pages) and what people in the role typically say. Everything here is spoken aloud by a
# text-to-speech voice, so write the way people talk: short sentences, concrete detail.
#
# It already works as written (with placeholder text):
#     practice scenarios check {name}
#     practice scenarios try {name} "What do you enjoy most about your work?"
# The full format is described in scenarios/README.md of the practice source.

title = "Informational interview with (their role) at (their organisation)"

[persona]
name = "Alex Example"                 # their name as they would say it
role = "Their job title"
employer_type = "the kind of organisation, e.g. regional hospital, startup, city council"
field = "their field"
years = 5                             # years in the field (a whole number)
background = "Two or three sentences on how they got here, from their profile."
voice = "{voice}"                          # one of: {voices}
minutes = 20                          # how long they have for you

[lines]
# Each line may be one string or a list of alternatives; one is picked each time.
greeting = "Hi, nice to meet you. Why don't you start by telling me a bit about yourself?"
pitch_response = "Thanks, that's helpful. What would you like to know?"
time_warning = "Just so you know, I have about five minutes left."
time_up = "I'm sorry, I have to go now."
closing = "It was nice talking with you. Good luck, and keep in touch."

[responses]
# When they cannot match your question to anything they know about.
unmatched = ["Sorry, could you ask that another way?", "I'm not sure I follow. Can you rephrase?"]
# When you ask for a job or a referral: a kind no, and an offer of advice instead.
job_ask = "I'm not involved in hiring, but I'm happy to tell you what they look for."
thanks = "You're welcome, I'm glad it helped."
# When you ask who else you could talk to.
referrals = "Sure, you could talk to a colleague of mine. I'll send you an introduction."
'''

_TOPIC = '''
# {help}
[[topics]]
id = "{id}"
# A few ways you might ask it; matching also knows many common wordings of the eight classic
# questions, so these only need the field's own words.
phrasings = ["{phrasing}"]
# The full answer, 40 to 90 words, with at least one concrete detail planted in it.
answer = """(Their answer in their own words.) For example, a project name, a number, a \\
person or a turning point that you could ask a follow-up question about."""
# The short, true answer a busy person gives to a yes-or-no question: one sentence.
short = "(A one-sentence answer.)"

# A detail planted in the answer: its keywords must appear in the answer above.
[[topics.details]]
id = "{id}_detail"
kind = "project"                       # project, number, person, turning_point, place or other
keywords = ["project name"]
answer = "(The deeper story they tell when you follow up on the detail.)"
'''

_OWN_TOPIC = '''
# One of the person's own topics (at least six): rename the id and write the phrasings.
[[topics]]
id = "own_topic_{n}"
phrasings = ["(How you might ask about it?)"]
keywords = ["own topic {n}"]          # words that, when you say them, mean this topic
answer = "(Their answer, with a concrete detail in it.)"
short = "(A one-sentence answer.)"
'''

_SMALL_TALK = '''
# Small talk: non-work common ground (a hobby, the city, sport), answered briefly.
[[small_talk]]
id = "hobbies"
phrasings = ["What do you do outside of work?"]
keywords = ["hobby", "hobbies", "weekend"]
answer = "(What they like doing outside work, in a sentence or two.)"
'''


def template_text(name: str, voice: str, voices: list[str]) -> str:
    parts = [_HEADER.format(name=name, voice=voice, voices=", ".join(voices))]
    for topic_id in CLASSIC_TOPICS:
        help_text, phrasing = _CLASSIC_HELP[topic_id]
        parts.append(_TOPIC.format(id=topic_id, help=help_text, phrasing=phrasing))
    for n in range(1, 7):
        parts.append(_OWN_TOPIC.format(n=n))
    parts.append(_SMALL_TALK)
    return "".join(parts)
