"""Word classes the job-ask phrases share: the people a workplace takes on ("your shop needs a
helper", "do you need workers for the almond season") and the doubts said before "hire me" that
ask nothing ("I'm scared nobody's going to hire me")."""

from __future__ import annotations

# people a workplace takes on, for "your shop needs a helper" and its kin
ROLES = (r"(?:helpers?|hands?|assistants?|apprentices?|techs?|technicians?|aides?|interns?|trainees?|teachers?|cooks?|nurses?"
          r"|drivers?|welders?|paras?|paraprofessionals?|servers?|dishwashers?|bakers?|volunteers?|interpreters?|translators?"
          r"|speakers?|workers?|labou?rers?|deckhands?|groundies|groundie|grunts?|climbers?|editors?|analysts?|cnas?|divers?|runners?"
          r"|tellers?|cashiers?|clerks?|receptionists?)")

# where the user would work: "Do you need anyone in your kitchen right now?"
WORKPLACE = (r"(?:kitchen|crew|team|shop|office|department|lab|clinic|practice|studio|firm|company|restaurant|bakery|unit"
             r"|ward|station|stage|agency|branch|school|site|garage|salon|hospital|newsroom|court|yard)")

# "would anybody even hire me", "I'm scared nobody's going to hire me": a doubt, not an ask
NOT_ASKED_TO = "".join(f"(?<!{words} )" for words in (
    "anybody even", "anyone even", "would anybody", "would anyone", "will anybody", "will anyone",
    "nobody's going to", "nobody is going to", "no one's going to", "no one is going to", "nobody will",
    "no one will", "nobody would", "no one would", "nobody wants to", "no one wants to", "won't",
    "nobody", "no one"))  # ("how I get experience if nobody hire me without the CFP?", set 405)

# students taken to watch, not to work: "Does your clinic take students for observation hours?"
# (set 322); clinical rotations stay a way in (two writers of three: "Does your clinic take
# students for clinical rotations? Could I do one of mine with you?")
# (set 445: "does your facility ever take students for tours or shadowing?", to see the room)
OBSERVATION = r"for (?:(?:their|the|our|my|some) )?(?:observation(?: hours)?|(?:a )?tours?\b)"
FOR_SCHOOL = r"(?! " + OBSERVATION + ")"
