"""The commented starting point for a user's own scenario (`practice scenarios new NAME`).

The template has the whole format-2 shape, with placeholder text in brackets ("(Their
answer in their own words.)") that `practice scenarios check` refuses until it is replaced,
so nothing from the template is ever spoken or quoted in a thank-you note. Comments say
what each part is for, drawn from the informational-interview advice.
"""

from __future__ import annotations

from practice.scenario.model import CLASSIC_TOPICS, V2_TOPICS

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
# Every text in brackets, like "(Their answer in their own words.)", is a placeholder:
# the check refuses the file until each one is replaced. Check as you go:
#     practice scenarios check {name}
#     practice scenarios try {name} "What do you enjoy most about your work?"
# The full format is described in scenarios/README.md of the practice source.

title = "(Their role) at (their organisation)"

[persona]
name = "(Their name as they would say it)"
role = "(Their job title)"
employer_type = "(The kind of organisation, e.g. regional hospital or city council)"
employer = "(The name of their employer)"
place = "(The city where they live and work)"
field = "(Their field)"
years = 5                             # years in the field (a whole number)
background = "(Two or three sentences on how they got here, from their profile.)"
# Their life outside work, for small talk: one or two sentences.
life = "(What they do outside work: a hobby, family, the city.)"
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
# A sensible question they cannot answer: an honest "I can't really speak to that". A bridge
# to something they can speak to is added after it, so end with a full sentence.
unknown = ["Honestly, that's outside what I can speak to.", "I don't really know enough about that to say."]
# A rude or wildly off-topic remark, handled calmly.
redirect = ["Let's keep it about the work, shall we?", "I'd rather stick to the job, if that's okay."]
# "Would it be okay if I followed up with you by email?"
follow_up_permission = ["Of course, email me anytime.", "Sure, please do. I'm happy to stay in touch."]
# Said after a short small-talk answer, to hand the conversation back.
small_talk_return = ["Anyway, what else would you like to know?", "But enough about me. What else can I tell you?"]
# Asked to explain a word they did not say.
clarify_fallback = ["Sorry, which part do you mean?", "Which bit should I explain?"]

# Their own terms and jargon, explained the way they would (8 to 20 of them):
# every term of art used in an answer should be here.
[glossary]
"(a term they use)" = "(What it means, in one to three spoken sentences.)"
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
# The short, true answer a busy person gives to a yes-or-no question: one sentence that
# states the fact asked for ("Starting pay is about fifty thousand a year.", not "It's fine.").
short = "(A one-sentence answer that states the fact.)"
# A concrete story, 40 to 90 words, for "can you give me an example?".
example = "(A short story from their work that shows this.)"
# Two or more other wordings of the gist, used when the topic comes up again.
again = ["(The gist again, in other words.)", "(The gist once more, in yet other words.)"]

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
short = "(A one-sentence answer that states the fact.)"
example = "(A short story from their work that shows this.)"
again = ["(The gist again, in other words.)", "(The gist once more, in yet other words.)"]
'''

_V2_TOPIC = '''
# {help}
[[topics]]
id = "{id}"
phrasings = ["{phrasing}"]
answer = "(Their answer in their own words, 40 to 90 words, with a concrete detail.)"
short = "(A one-sentence answer that states the fact.)"
example = "(A short story from their work that shows this.)"
again = ["(The gist again, in other words.)", "(The gist once more, in yet other words.)"]
'''

_V2_HELP = {
    "pay": ("Pay and benefits: what the job pays, starting out and later.",
            "What does the job pay, starting out?"),
    "remote_work": ("Working from home, hybrid or in the office.", "Can you work from home?"),
    "hours_and_balance": ("Hours, overtime, weekends and work-life balance.",
                          "What are the hours like?"),
    "bad_day": ("What a bad day looks like.", "What does a bad day look like?"),
    "ethics": ("Hard calls, pressure to cut corners, disagreeing with a boss.",
               "Have you ever faced an ethical dilemma at work?"),
    "ai_and_technology": ("How AI and new technology are changing the job.",
                          "How is AI changing your work?"),
    "do_differently": ("What they would do differently if starting over.",
                       "What would you do differently if you started over?"),
    "proudest_work": ("Their proudest moment or piece of work.", "What are you proudest of?"),
    "mistakes": ("A mistake they made and what they learned.",
                 "What's a mistake you learned from?"),
    "team": ("Who they work with: team size, roles, manager.", "Who do you work with?"),
    "tools": ("Software, equipment, tools of the trade.", "What tools do you use every day?"),
    "hiring": ("What employers look for and how to stand out.",
               "What do employers look for when hiring?"),
    "education": ("Degrees, licences, certifications, courses.", "What qualifications do you need?"),
    "advice": ("Advice for someone starting out.", "What advice would you give me?"),
    "career_ladder": ("Promotion and progression: where the role leads.",
                      "What does the career ladder look like?"),
    "stress": ("Stress, pressure, burnout and how they cope.", "How do you handle the stress?"),
}

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
    parts.append("\n# ---- the questions people often ask besides the classic eight (format 2)\n")
    for topic_id in V2_TOPICS:
        help_text, phrasing = _V2_HELP[topic_id]
        parts.append(_V2_TOPIC.format(id=topic_id, help=help_text, phrasing=phrasing))
    for n in range(1, 7):
        parts.append(_OWN_TOPIC.format(n=n))
    parts.append(_SMALL_TALK)
    return "".join(parts)
