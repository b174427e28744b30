"""How people ask the sixteen format-2 topics (pay, remote work, a bad day...), shared by every
scenario that has them. Same shapes as `practice.scenario.lexicon` (merged into its tables
there): weighted cue patterns on the normal form, leaning words, and typical wordings for the
similarity and meaning matchers. Written from the question list of scenario format 2, not from
any evaluation set.
"""

from __future__ import annotations

CUES: dict[str, list[tuple[str, float]]] = {
    "pay": [
        (r"\b(?:salary|salaries|wage|wages|earn|earning|earnings|income|compensation|pay scale|pay band)\b", 1.0),
        # "pay" alone can be paying someone ("do you pay influencers?"): the pay of the job
        (r"\b(?:the|your|starting|good|decent|take home|base) pay\b|\bpay (?:is|like|good|well|ok|okay)\b"
         r"|\b(?:well|badly|poorly|better|fairly) paid\b|\b(?:is|are) (?:it|you|they|we) paid\b|\bget paid\b", 1.0),
        (r"\b(?:pay|paid)\b", 0.5),
        (r"\bhow much (?:do|does|can|could|would|will) (?:you|i|a|an|they|people|someone|one|nurses?|teachers?|engineers?)\b.{0,30}\b(?:make|get|bring)\b", 1.0),
        (r"\b(?:money|benefits|pension|bonus|raise|overtime pay|financially|well paid|afford)\b", 0.7),
        (r"\bmake a (?:good |decent )?living\b", 1.0),
    ],
    "remote_work": [
        (r"\b(?:remote|remotely|from home|wfh|hybrid|home office|telework\w*|work from anywhere)\b", 1.0),
        (r"\b(?:in the office|office days|in person|on site|onsite|commute|commuting)\b", 0.6),
    ],
    "hours_and_balance": [
        (r"\b(?:work ?life balance|life balance|balance)\b", 1.0),
        (r"\b(?:hours|overtime|weekends?|evenings|schedule|family time|time off|vacation|holidays|long days|nine to five)\b", 0.7),
        (r"\bhow (?:many|long) (?:hours|days)\b", 1.0),
        (r"\b(?:social life|have a life|kids|family)\b", 0.4),
    ],
    "bad_day": [
        (r"\b(?:bad|hard|worst|rough|tough|terrible|awful|difficult|horrible) (?:day|days|shift|shifts|week)\b", 1.2),
        (r"\b(?:day|shift) (?:goes|went|going) (?:wrong|badly|sideways)\b", 1.2),
    ],
    "ethics": [
        (r"\b(?:ethic\w*|moral\w*|dilemma\w*|integrity|cut corners|cutting corners|right thing|conscience|whistle\w*)\b", 1.0),
        (r"\b(?:disagree\w*|push back|pushed back|pushback|conflict with|say no to) .{0,25}\b(?:boss|manager|supervisor|client|doctor|principal|leadership|someone above)\b", 1.0),
        (r"\b(?:hard|tough|difficult) (?:call|calls|decision|decisions|choice|choices)\b", 0.9),
        (r"\bpressure(?:d)? to\b", 0.8),
    ],
    "ai_and_technology": [
        (r"\b(?:ai|artificial intelligence|chatgpt|gpt|machine learning|automation|automated|automate|robots?|generative)\b", 1.0),
        (r"\b(?:new )?technolog\w*\b.{0,30}\b(?:chang\w*|affect\w*|replac\w*|impact\w*)\b", 0.9),
        (r"\breplace(?:d)? by\b", 0.8),
    ],
    "do_differently": [
        (r"\b(?:do|done|have done) (?:anything |things |it )?differently\b", 1.2),
        (r"\b(?:start(?:ing)? (?:over|again|from scratch)|do it (?:all )?(?:again|over)|go back in time|change anything|redo)\b", 1.0),
    ],
    "proudest_work": [
        (r"\bproud\w*\b", 1.0),
        (r"\b(?:biggest|greatest|best) (?:achievement|accomplishment|win|success|moment|project)\b", 1.0),
        (r"\b(?:achievement|accomplishment)s?\b", 0.8),
    ],
    "mistakes": [
        (r"\b(?:mistake|mistakes|screw\w* up|messed up|mess up|failure|failed|fail|error|errors|regret\w*|went wrong|blunder)\b", 1.0),
    ],
    "team": [
        (r"\b(?:team|teams|teammates|manager|boss|supervisor|report to|work alongside)\b", 0.7),
        (r"\b(?:colleagues|coworkers|work with)\b", 0.3),  # getting along with them is culture
        (r"\b(?:who|how many people) (?:do )?(?:you )?(?:work|are) (?:with|on)\b", 1.0),
        (r"\bhow (?:big|large|many people)\b.{0,20}\b(?:team|group|department|unit|staff)\b", 1.2),
    ],
    "tools": [
        (r"\b(?:tools?|software|programs?|apps?|equipment|gear|kit|systems?|platforms?|tech stack|stack|languages?|instruments?|devices?)\b", 0.8),
        (r"\bwhat (?:do|does) you (?:use|work with|rely on)\b", 0.9),
    ],
    "hiring": [
        (r"\b(?:hiring|hire|hires|recruit\w*|interview\w*|applicants?|candidates?|resume|resumes|cv|portfolio|stand out|application)\b", 0.9),
        (r"\bwhat (?:do|does) (?:employers|they|hiring managers|companies|schools|hospitals|firms|managers|you) look for\b", 1.2),
        (r"\b(?:get|getting|land|landing) (?:a |the |my first |your first |that first )?(?:job|position|role|foot in the door)\b", 0.7),
    ],
    "education": [
        (r"\b(?:degree|degrees|licen[cs]e\w*|certif\w*|qualif\w*|diploma|masters?|phd|bachelor\w*|credential\w*|exam|exams|accredit\w*|courses?|coursework|schooling|study|studied|major)\b", 0.9),
        (r"\bwhat (?:education|training|schooling)\b", 1.0),
        (r"\b(?:go back to school|grad school|graduate school|bootcamp)\b", 1.0),
    ],
    "advice": [
        (r"\badvi[cs]e\b", 1.0),
        (r"\b(?:tips?|recommend\w*|suggest\w*)\b(?! a (?:good |nice |great )?(?:\w+ )?(?:place|restaurant|book|film|movie|show|bar|cafe))", 0.35),
        # "If you are in my place, what is the first thing you do?" (a second-language tense)
        (r"\bif you (?:were|are|was|would be) (?:me|in my (?:shoes|position|place|situation))\b", 1.2),
        (r"\b(?:what should i|where should i|how should i|what would you tell)\b", 0.8),
    ],
    "career_ladder": [
        (r"\b(?:promot\w*|progress\w*|advance\w*|career ladder|ladder|move up|moving up|senior|seniority|next step|next level|levels|grow into|career growth)\b", 1.0),
        (r"\bwhere (?:does|can|could) (?:the|this|that|a|your) (?:role|job|position|career)\b.{0,15}\b(?:lead|go|take)\b", 1.2),
    ],
    "stress": [
        (r"\b(?:stress\w*|burn ?out|burnt out|burned out|overwhelm\w*|pressure|anxiety|anxious|mental health|exhaust\w*|decompress|unwind)\b", 1.0),
        (r"\b(?:cope|coping)\b", 0.5),  # "cope with the marking" is about the marking
    ],
}

TOPIC_WORDS: dict[str, dict[str, float]] = {
    "pay": dict.fromkeys("salary money wage earn income compensation benefits bonus raise "
                         "afford pension".split(), 0.5),
    "remote_work": dict.fromkeys("remote home hybrid office commute onsite".split(), 0.5),
    "hours_and_balance": dict.fromkeys("hours overtime weekend weekends balance schedule family "
                                       "evenings vacation".split(), 0.4),
    "bad_day": dict.fromkeys("bad worst rough tough awful terrible".split(), 0.35),
    "ethics": dict.fromkeys("ethics ethical moral dilemma corners disagree pressure integrity "
                            "conscience".split(), 0.45),
    "ai_and_technology": dict.fromkeys("ai automation technology robots software chatgpt "
                                       "automate replace".split(), 0.45),
    "do_differently": dict.fromkeys("differently redo hindsight".split(), 0.35),
    "proudest_work": dict.fromkeys("proud proudest achievement accomplishment".split(), 0.5),
    "mistakes": dict.fromkeys("mistake mistakes error failure failed wrong regret".split(), 0.5),
    "team": dict.fromkeys("team manager boss group".split(), 0.35),
    "tools": dict.fromkeys("tools software equipment program programs apps systems use".split(), 0.4),
    "hiring": dict.fromkeys("hiring hire recruit interview resume candidates stand look".split(), 0.4),
    "education": dict.fromkeys("degree license licence certification qualifications school study "
                               "course courses training".split(), 0.4),
    "advice": dict.fromkeys("advice tips".split(), 0.4),
    "career_ladder": dict.fromkeys("promotion promoted ladder senior advance progress level "
                                   "levels growth".split(), 0.45),
    "stress": dict.fromkeys("stress stressful burnout pressure overwhelmed anxiety".split(), 0.45),
}

EXAMPLES: dict[str, list[str]] = {
    "pay": [
        "How much does the job pay?", "What's the starting salary like?",
        "Is it well paid?", "Can you make a good living doing this?",
        "What are the benefits like?", "How much do people earn when they start out?",
    ],
    "remote_work": [
        "Can you work from home?", "Is the job remote or in the office?",
        "Do you have a hybrid schedule?", "How many days a week are you on site?",
        "Could someone do this job remotely?",
    ],
    "hours_and_balance": [
        "What are the hours like?", "How is the work-life balance?",
        "Do you work weekends or overtime?", "Do you have time for your family?",
        "How many hours a week do you work?", "What's your schedule like?",
    ],
    "bad_day": [
        "What does a bad day look like?", "What's the worst day you've had?",
        "Tell me about a really rough day.", "What happens on a day when everything goes wrong?",
    ],
    "ethics": [
        "Have you ever faced an ethical dilemma at work?", "Were you ever pressured to cut corners?",
        "What do you do when you disagree with your boss?", "What's the hardest call you've had to make?",
        "How do you handle a decision where there's no right answer?",
    ],
    "ai_and_technology": [
        "How is AI changing your job?", "Will automation replace people in your field?",
        "What new technology has changed the way you work?", "Do you use AI tools at work?",
        "Are you worried about being replaced by AI?",
    ],
    "do_differently": [
        "What would you do differently if you started over?",
        "If you could go back, would you change anything?",
        "Looking back, what would you have done differently?",
        "If you had to start again, what would you change?",
    ],
    "proudest_work": [
        "What are you most proud of in your career?", "What's your proudest moment at work?",
        "What's your biggest accomplishment?", "Which piece of work are you proudest of?",
    ],
    "mistakes": [
        "Tell me about a mistake you made.", "What's a mistake you learned from?",
        "Have you ever messed up badly at work?", "What went wrong and what did you learn from it?",
    ],
    "team": [
        "Who do you work with?", "How big is your team?", "Who do you report to?",
        "What roles are on your team?", "What's your manager like?",
    ],
    "tools": [
        "What tools do you use every day?", "What software do you use?",
        "What equipment do you work with?", "What's in your toolkit?",
        "Which programs should I learn?",
    ],
    "hiring": [
        "What do employers look for when they hire?", "How can I stand out as a candidate?",
        "What do hiring managers want to see?", "What are interviews like in your field?",
        "What makes a resume stand out?",
    ],
    "education": [
        "What degree do you need?", "Do you need a license or certification?",
        "What qualifications does the job require?", "Did you need a master's degree?",
        "What courses should I take?",
    ],
    "advice": [
        "What advice would you give someone starting out?", "What advice do you have for me?",
        "If you were in my shoes, what would you do?", "Any tips for someone like me?",
        "What should I be doing now to prepare?",
    ],
    "career_ladder": [
        "What does the career ladder look like?", "How do people get promoted?",
        "Where does this role lead?", "What's the next step up from your job?",
        "How do you move up in this field?",
    ],
    "stress": [
        "How do you deal with the stress?", "Is the job stressful?",
        "Have you ever felt burned out?", "How do you cope with the pressure?",
        "What do you do to unwind after a hard week?",
    ],
}
