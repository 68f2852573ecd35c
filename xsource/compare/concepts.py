"""Words outlets choose between for one thing, read as one when claims are compared (see
`text.content_words`). Each entry: the one word, then the words it stands for."""

# One word for the words outlets choose between for one thing: "the move", "this measure"
# (word-by-word Pashto), "the campaign" are one; so are "sit-in" and "dharna". Measured and
# left out: deport / expel / repatriate as one word (every removal sentence of a story then
# looks alike: wrong agree pairs and conflicts rose), killed / died / martyred (two attacks'
# tolls drew together), and condemned / criticised (the word turns common in a story, so it
# no longer anchors: an Afghan government condemnation fell out of its cluster). Also
# measured, no gain: talks/negotiations, crossing/gate/port, strike/bombing (one false
# conflict more), aid/assistance, deadline/ultimatum, taken/seized, belongings/property,
# attackers/terrorists/militants/gunmen (one agreement more, one single lost, one wrong
# agree pair more; the Gwadar attribution it was for stayed apart).
CONCEPTS = {
    "measure": "move measure step action campaign drive decision plan policy crackdown",
    "injure": "injure injured injury injuries wounded hurt",
    "detain": "detain detained detaining detention arrest arrested arresting custody",
    "urge": """urge urged urging appeal appealed demand demanded demanding request requested
        asked wanted""",
    "harass": "harass harassed harassing harassment",
    "protest": "protest protester protesters sit dharna demonstration demonstrator rally",
    "close": "close closed closing closure shut shutdown sealed",
    "reopen": "reopen reopened reopening",
    "condition": "condition requirement rule precondition",
    # "return gradually and with dignity" / "a phased, dignified return": the refrain of
    # every appeal against the expulsions, in any outlet's words
    "dignity": "dignity dignified honourable honorable",
    "gradual": "gradual gradually phased staged",
    # the flood story's words: word-by-word Pashto says "animals" for livestock, Urdu's
    # Met Office is the meteorology department
    "livestock": "livestock animal cattle",
    "road": "road route highway",
    "meteorology": "meteorology meteorological met",
    # American and British spellings (Afghan English outlets write "Ministry of Defense")
    "defence": "defence defense",
    "centre": "centre center",
    "organisation": "organisation organization",
    "programme": "programme program",
    # a court's public punishment: Dari "blow flogging hit", Urdu "lashes", AP "were lashed"
    "flog": "flog flogged flogging lash lashes lashed lashing whip whipped whipping",
    "withdraw": """withdraw withdrawn withdrawing withdrawal cancel cancelled canceled cancelling
        cancellation revoke revoked scrap scrapped rescind rescinded reverse reversed""",
    # Pashto ژمنې "pledges", Dari تعهدات "commitments": "Pakistan has not kept its word"
    "commitment": """commitment commitments pledge pledges pledged promise promises promised""",
}
