"""The spoken rehearsal: a conversation loop between the user and a simulated interviewee."""
