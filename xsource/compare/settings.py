"""Every threshold the comparator uses, in one place, each with the reason for its value.

Calibrated on `samples/*/expected.json` (the bundled two-story sample set) and on the
synthetic labelled sets in `xsource.bench.compare`. Change them here, never inline.

The number rule (agree / conflict between two figures for the same quantity)
---------------------------------------------------------------------------
1. Both unhedged ("1.7 million", "1,730,000"): they agree *within rounding* when the less
   precise one (fewer significant digits) equals the other rounded to that many significant
   digits, AND they differ by at most `rounding_max_rel` of the larger. So 1.73M vs 1.7M
   agree (labelled `rounding`); 2M vs 1.7M do not (rounding 1.7M to one digit gives 2M,
   but 15% apart is a different figure, not a rounded one) -> number conflict. Two whole
   numbers below 100 agree only when equal: nobody rounds eleven dead to ten (49.5 overs
   is still 50 rounded).
2. A hedge turns a value into a band, and two figures agree when their bands overlap
   (an unhedged value is the band of its own rounding, capped at `rounding_max_rel`):
     nearly / almost / approximately-below ("nearly 2 million")  -> [X*(1-hedge_band), X]
     about / around / approximately / some                        -> [X*(1-about_band), X*(1+about_band)]
     more_than / over / at_least                                  -> [X, X*over_factor]
     less_than / up_to                                            -> [X/over_factor, X]
     past (a mark passed: "crossed 1,000", "ایک ہزار کی حد عبور")   -> [X, inf)
   With hedge_band = 0.1, "nearly 2 million" means 1.8M..2M: compatible with 1.85M or
   "about 1.9 million", a conflict with 1.7M (the issue's example), with 1.73M and with
   "about 1.7 million" (1.615M..1.785M).
3. Figures are compared only when they count the same thing: same unit (a missing unit
   matches a head-count unit, never money, percent or years), no clash of quantity
   qualifiers within `quantity_window` words ("undocumented" vs "total" / "registered" /
   "returned" / "PoR card" / "Citizen Card"...), at most `max_conflict_ratio` apart, and not
   both unitless below `min_unitless_figure`. 1.7M undocumented vs 4.4M total is therefore
   never a conflict.
4. Within a pair of claims, compatible figures are paired first (each used once); only the
   figures left without a counterpart conflict, each with its nearest same-quantity figure.
   So "1.73M undocumented of a total 4.4M" agrees with "4.4M in total" and with "1.7M".
"""

from __future__ import annotations

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class CompareSettings:
    # --- story grouping -------------------------------------------------------------------
    story_threshold: float = 0.1
    """Cosine similarity (IDF-weighted keys: glossary entities, figures, dates, weeks, English
    words of title + leading claims) at or above which two articles may be linked; stories
    are the connected components of strong links plus the weak links the two guards below
    let through (mutual nearest neighbours, average link between groups). 0.135 sat between
    the samples' weakest needed link (0.175) and strongest cross-story link (0.129), but it
    split the blind held-out story (eight outlets on one week's returns, every key they
    all share dropped as near-universal) in two: its cross-half links were 0.128-0.131.
    Anything from 0.05 to 0.12 keeps the samples' two stories, Chaman and the blind story
    apart and each whole (the guards do the separating); 0.1 is in the middle. A story cut
    in two hides every cross-outlet comparison between its halves; two related stories
    joined still align their facts apart."""

    story_min_shared: int = 3
    """...and share at least this many keys: one common figure or one place name is a
    coincidence, not a story (connected components would chain whole corpora on it)."""

    story_neighbours: int = 5
    """An article link counts only if each article is among the other's this-many strongest
    links (mutual nearest neighbours): stops single coincidental links chaining stories."""

    story_entity_weight: float = 1.0
    """Multiplier on entity features (glossary ids survive poor translation)."""

    story_number_weight: float = 1.5
    """Multiplier on exact figures and dates ("1.7 million", "2023-10-31"): the same figure
    in two articles is strong evidence of the same story."""

    story_week_weight: float = 1.0
    """Multiplier on week bins of the article date and of the dates it mentions: a story
    happens at a time, so a September border closure and a November expulsion stay apart
    even though both mention Torkham."""

    story_word_weight: float = 0.3
    """Multiplier on English words (title + `story_lead_claims` leading claims; words of
    glossary-only English are not used). Kept low: words are plentiful, entities precise."""

    story_lead_claims: int = 6
    """How many leading claims of each article feed the story features (the lede carries
    the story; later paragraphs wander into background shared by unrelated stories)."""

    conflict_examples_per_value_pair: int = 25
    """Conflict rows kept per cluster, kind and pair of values (most important first); the
    rest are counted in the last row's note. 25 keeps every pair of a desk-sized story (the
    samples' largest has 16) while 1,000 outlets in one story stay a readable report
    instead of 100,000+ rows of the same disagreement. 0 keeps all."""

    story_max_df: float = 0.5
    """Features carried by more than this share of articles do not propose candidate pairs
    (they say "Pakistan", not which story), though they still score. Only applied when
    there are >= 8 articles."""

    story_max_df_score: float = 0.95
    """Features carried by more than this share of articles are ignored altogether. Not
    lower: when one story dominates the input (a desk's pile on one event), its own
    entities and figures are carried by most articles and must still hold it together."""

    story_average_link: float = 0.1
    """Two groups of articles joined by weak links merge only if the average similarity
    over all their article pairs reaches this (pairs sharing no key count as 0). On 200
    re-published sample articles the weakest true merge averages just over 0.1; on the
    labelled synthetic set 0.1 keeps purity at 0.995 (4,000 articles, 200 stories) and 0.06
    falls to 0.905. For two single articles it is the link itself, already >= the
    `story_threshold`."""

    story_strong_link: float = 0.35
    """A link at least this strong joins two articles without the mutual-neighbours test:
    syndicated near-copies fill each other's neighbour lists, and the test would cut them
    off from the rest of their story."""

    story_max_days_apart: int = 30
    """A weak link (below `story_strong_link`) joins two articles only when they were
    published at most this many days apart (when both dates are known). Coverage of one
    event comes in a burst; two months apart, shared keys are a coincidence of reference:
    the September Torkham closure reopened on 15 September, and November articles count
    returnees "since 15 September", which chained the two stories into one. At 45 days a
    month apart still joined: the Ghazni executions (22 February 2024) with the stoning
    decree (27 March), Islamabad's embassy upgrade (30 May 2025) with Russia's recognition
    of the Taliban (3 July). A running story (the 2023 expulsions, October to December)
    still groups: its weeks link one to the next."""

    story_point_event_days: int = 5
    """Two articles both about an attack (`kinds.POINT_KINDS`) published more than this many
    days apart tell two attacks and never link. Every held-out attack story's coverage
    spans at most three days. At 7 the Kandahar mosque bombing (15 October 2021) joined the
    Kunduz one of the week before, which its reports recall by name."""

    story_kind_mentions: int = 2
    """Two articles are told apart as different events when each names one kind of event
    (attack, earthquake, heatwave, cricket...; `kinds.EVENT_KINDS`) at least this often in
    its lede and neither names the other's at all. One mention is too little: a
    transit-fee story names "talks" once and an opium survey "trade": among every held-out
    story and the samples in one pile, 1 told a story's own outlets apart 96 times, 2 five
    times (no story split), 3 never but kept fewer events apart (49k pairs of articles of
    different folders against 82k). With 2 that pile keeps apart a Karachi heatwave and a
    T20 semi-final, the gurdwara attack and the Paktika quake, and four more such pairs."""

    # --- claim alignment ------------------------------------------------------------------
    link_threshold: float = 0.48
    """Combined score at or above which two claims from different articles are linked.
    With the weights below, calibrated on the samples (glossary backend): 6 of the 7
    expected conflicts found, no conflict outside expected.json, ~70% of the claim pairs
    expected.json puts together aligned. Re-checked after the glossary-only lexicon grew
    (grid over threshold 0.30-0.52, text/key weights 0.2-0.6/0.5-1.1, average link 0.2-0.4):
    no setting finds more expected items without losing a conflict; lower thresholds trade
    conflicts for singles, higher ones lose the "women and children detained" pair (0.48)."""

    text_weight: float = 0.5
    """Weight of English text similarity (rapidfuzz token_set/token_sort mean, 0..1)."""

    key_weight: float = 0.5
    """Weight of the IDF-weighted overlap of entities, number values, dates and rare words
    (cosine over the claims' key sets, 0..1). Carries cross-language pairs whose English
    is a rough glossary-only rendering."""

    lexicon_key_weight: float = 0.25
    """Multiplier on the key of a word glossary-only English holds that the lexicon wrote,
    that two source languages share and that the run's English originals never use
    (`anchors.lexicon_keys`: "grapes and pomegranates" rotting at the border in Pashto and
    Urdu). Such keys propose pairs (before, those sentences were never compared) and count
    in the key overlap at this weight. Measured on the 82 held-out stories (C / A / S /
    unplanned conflicts / wrong agree pairs): blocking only (0) 236 / 254 / 586 / 109 / 161,
    0.15 235 / 254 / 590 / 108 / 154, 0.25 235 / 256 / 592 / 107 / 149, 0.35 236 / 254 /
    595 / 116 / 146, 0.5 235 / 256 / 600 / 118 / 139, against 234 / 253 / 586 / 109 / 163
    without; the samples unchanged throughout."""

    name_key_weight: float = 1.0
    """Multiplier on the key of a name the glossary does not know, held by an English
    original and, by its consonants, by a translated claim (`anchors.name_keys`). Such a
    name anchors a pair as a glossary name does. On every held-out story and the samples
    (C / A / S / unplanned conflicts / wrong agree pairs): 261 / 289 / 647 / 113 / 161
    without; with skeletons of three consonants and more 262 / 293 / 647 / 114 / 162
    ("Khan", "Muhammad" and "Turkey" joined sentences); of four and more, leaving out parts
    of many names, 261 / 292 / 648 / 114 / 159 (kept). Its one new unplanned conflict, two
    English tellings of the Toshakhana verdict, one misread as an anonymous official's, went
    with "found that" made a verb of saying: 113."""

    weak_text_weight: float = 0.6
    """Text weight when either claim's English is glossary-only. Its matching form keeps only
    the words also found in the run's English-original claims (leftover transliterations are
    dropped), so what remains is mostly glossary terms; calibrated on the samples."""

    weak_key_weight: float = 0.5
    """Key-overlap weight when either claim's English is glossary-only."""

    speaker_bonus: float = 0.08
    """Added when both claims name the same speaker."""

    figure_bonus: float = 0.2
    """Added when both claims carry a figure of the same quantity within a factor
    `figure_near_ratio` of each other: two outlets giving "1.7 million" and "nearly 2
    million" for the same thing are the pairs a desk must see side by side, even when their
    wording differs. Such a pair also passes the `min_key_overlap` gate (the two figures
    share no number key, yet are the strongest evidence there is). (Nearby dates only count
    through the week keys: "announced on October 3" and "returned since October 1" are
    different events.)"""

    date_bonus: float = 0.1
    """Added when both claims name the same calendar day, written out (not "on Wednesday"):
    "had set October 31 as the last day" and "until 9 Aqrab 1402" (the same day in the solar
    calendar) state one deadline in words that share little else. Half the figure bonus: two
    events of a story can fall on one day, while a same-quantity figure rarely repeats."""

    event_day_bonus: float = 0.25
    """Added instead of `date_bonus`, from further below the threshold, when both claims name
    the weekday beside a written day at most one day apart, in one role: the day an event fell
    on, told by two outlets ("launched on Sunday, Nov 26" / word-by-word Dari "this raid from
    day Monday, 6 Qaws ... began"), shares little else and is the date conflict a desk must
    see; the dates also stand in for shared keys (as near figures do). Not a sentence opening
    on its own article's day ("On Tuesday, 11 Sunbula, families still ..."): the day it reports
    from. Measured on the 41 held-out stories: 4 more planned date conflicts (Quetta, Kunar,
    Paktika, Islamabad), no unplanned one; 0.2 found 2, 0.3 the same 4."""

    toll_bonus: float = 0.3
    """Added in place of `figure_bonus` when the near figures both say what befell the people
    counted (a fate: killed, injured, detained, returned ...): a disaster's toll told in a
    lead sentence and in a spokesman's word-by-word Pashto share little else."""

    toll_near_ratio: float = 2.6
    """How far apart two tolls (near figures that share a fate, see `toll_bonus`) may be to
    earn the toll bonus: "some 1,200 trucks stranded" and "more than 3,000" are one count
    told apart, as tolls often are (2.5 times here)."""

    figure_near_ratio: float = 2.0
    """How far apart two same-quantity figures may be to earn `figure_bonus` (and to stand
    in for key overlap and anchors): up to double. Outlets' counts of one crowd differ that
    much ("about 20,000 waiting" / "more than 40,000"); 1.8 missed that pair in the blind
    held-out story and changed nothing on the samples or the Chaman story; 2.5 brings a
    false conflict into the samples."""

    min_key_overlap: float = 0.16
    """A pair whose key overlap is below this must clear `text_only_threshold` on text alone:
    two claims about different things can share many function-like words. Glossary-only
    English is word-by-word, and rapidfuzz's token_set_ratio rates two such renderings
    0.6-0.7 alike on common words alone ("forced", "Afghan", "Pakistan"), so the key overlap
    (rare words, entities, figures) is the better evidence: on the samples' labelled claim
    pairs it separates same-fact from different-fact pairs with AUC 0.92 against 0.83 for
    the text score. 0.16 (stable from 0.14 to 0.18) drops links such as "UNHCR appealed to
    stop forced returns" ~ "police detained women and children" (key overlap 0.135)."""

    text_only_threshold: float = 0.8
    """Text similarity at which a pair links even without shared entities/figures."""

    generic_entity_weight: float = 0.5
    """Key multiplier of a generic entity (a country, a demonym, a term such as "refugees",
    "return" or "border", a title, a month, an outlet of the run) against 1.5 for a
    specific one (a person, organisation, place below country or document: glossary ids
    `person.`, `org.`, `place.`, `doc.`). Every claim of the expulsion story says "Afghan
    refugees"; only "Torkham", "UNHCR" or "Zabihullah Mujahid" say which fact it is."""

    min_bare_figure_key: float = 100.0
    """A figure below this is a key (blocking, key overlap, near-figure bonus, anchor) only
    with a counting unit: "three days", "40-year-old" or a bare "two" match by chance
    (three unrelated refugee anecdotes all spent "three days" somewhere)."""

    anchor_text_bar: float = 0.9
    """A pair whose text similarity is below this links only with an anchor: a shared
    specific entity (see `generic_entity_weight`, `anchor_entity_max_share`), a shared key
    figure (`min_bare_figure_key`) or same-quantity figures within `figure_near_ratio`, the
    same or a nearby written date (up to 3 days apart: a date conflict needs its pair aligned
    first; a weekday or "yesterday" anchors nothing: on the border-clashes story it put the
    Senate's Friday resolution with Friday's air strikes, 14 -> 9 of 30 wrong agree pairs), the same named speaker (not an outlet of the run, not "officials"), or two
    distinctive words (`anchor_word_max_df`). Topic words and generic entities alone
    ("refugees", "Afghan", "return") made same-topic anecdotes "agree". Not lower than 0.9:
    glossary-only English scores 0.8-0.87 on topic words alone ("Government of Pakistan
    Afghan refugees country cash" vs "... deadline forced expulsion ...").
    Calibrated with the two settings below on the samples (glossary backend): false
    agreement (pairs of one `agree` cluster that expected.json separates) 15 of 77 judged
    pairs -> 2 of 54, conflicts 6/7 kept, agreements 10/18 kept (one lost, one gained),
    singles 10/16 -> 14/16. The optimum is narrow: 0.7 for either share below brings back
    same-topic links (13 false pairs), 0.3 loses an expected conflict."""

    strong_text: float = 0.7
    """...nor one at least this alike in text AND `strong_keys` alike in key overlap: alike
    on both axes at once is the anchor (the anchor rule targets pairs alike on topic words
    alone). In a one-place, one-rule story (the Chaman sit-in against passports) every claim
    holds the subject's names, so "traders and labourers ... sit-in against the passport and
    visa condition" in Pashto and Dari (text 0.83, keys 0.82) found no anchor. Stable from
    0.65 to 0.7 text and 0.45 to 0.5 keys: samples 13 -> 14/18 agreements ("fruit rotting"),
    false agreement 1/86; held-out aligned pair recall 0.51 -> 0.54, no new false pair."""

    strong_keys: float = 0.5
    """Key overlap that goes with `strong_text`. 0.4 was measured on every held-out story
    (2026-11-27): agreements 304 -> 315, but singles 677 -> 648, wrong agree pairs 161 ->
    232 and unplanned conflicts 117 -> 131."""

    anchor_entity_max_share: float = 0.5
    """A specific entity anchors only if at most this many claims per article of the story
    (and at least 2) hold it; more, and it is the story's subject, not one fact's: in the
    samples' 13-article expulsion story (113 claims, limit 6.5) "Torkham" (16 claims) and
    "Peshawar" (7) anchor nothing, "Landi Kotal" (2) does. They still count in the key overlap. A fact retold by
    every outlet sits in about one claim per article."""

    anchor_word_max_df: float = 0.5
    """A word is distinctive (two shared ones anchor a pair) when at most this many claims
    per article of the story (and at least 2) hold it: in the expulsion story "queues"
    (5 claims), "women" (2) and "children" (3) are, "refugees" (34) and "day" (9) are
    not. Vague words (`text.VAGUE_WORDS`: "several", "thousands", "years") and the run's
    outlet names never are."""

    anchor_lone_word_df: int = 2
    """A distinctive word that at most this many claims of the story hold counts as two
    distinctive words (it anchors a pair alone): the two reopening sentences, Pashto "after
    talks at a jirga with Pakistani officials" and Urdu "the matter was settled in a jirga
    between both sides' officials" (text 0.72), share no other anchor, and only they say
    "jirga". Found: samples agreements 15 -> 16/18, winter 6 -> 7/7 (pair recall 0.87 ->
    0.95), Khost conflicts 2 -> 3/5; no new conflict anyone did not plan; the 57-article desk
    folder 11/167 -> 13/172 wrong agree pairs. 3 (a word three claims hold) found more but
    added a false conflict in the samples and one in the Herat quake story, and Khost's
    wrong agree pairs went 3 -> 8."""

    min_average_link: float = 0.25
    """Two clusters merge only if the mean score over all their cross pairs (pairs never
    scored count 0) reaches this: the best pair alone would chain a deadline claim, a
    "deportations began" claim and a "criticism rejected" claim into one cluster."""

    max_extra_clusters: int = 2
    """How many clusters besides its own a claim may join on a second fact (`facets`): "the
    October 31 deadline applied to nearly 2 million" belongs with the deadline and with the
    figure. 0 turns second memberships off. Two covers the samples' longest sentences (a
    figure, a date and a name); more lets one long sentence sit in every cluster of its story."""

    rare_word_max_df: float = 0.2
    """An English word counts at all (as a key) only if at most this share of the story's
    claims use it (and it is not a stop word); common words say nothing about which fact."""

    block_max_share: float = 0.25
    """A key (entity, figure, date, word) generates candidate pairs only if at most this share
    of the story's claims carry it: "pakistan" in every claim blocks nothing (it still counts,
    IDF-weighted, in the score of pairs found through rarer keys)."""

    block_min: int = 4
    """...but any key held by at most this many claims may block and count (small stories)."""

    align_batch_units: int = 5000
    """Alignment runs on batches of whole stories of at most this many alignment units (one
    story bigger than that is one batch): claims pair only within a story, and a small working
    set is faster. 50,000 synthetic claims (57,000 units): 5.4 s aligned at once, 4.2 s in
    batches of 10,000, 3.9 s of 5,000. Results are the same (each story's alignment reads only
    that story, the run's English vocabulary and its outlets)."""

    max_block: int = 400
    """Blocks (claims sharing one key) larger than this generate no candidate pairs; their
    key still counts in scoring. Bounds the cost at O(keys * max_block^2) worst case."""

    workers: int = -1
    """rapidfuzz worker threads (-1 = all cores)."""

    align_processes: int = 0
    """Worker processes that align batches side by side (0 = one per core). Each batch's
    result is what one process gets: the output is the same either way."""

    parallel_min_units: int = 8_000
    """Runs of fewer alignment units align in this process: forking workers costs ~0.1 s.
    Measured on 2 cores with another process busy: 50,000 synthetic claims aligned in 6.1 s
    in one process, 4.1 s in two; 10,000 grouped and aligned in 1.73 s and 1.15 s."""

    # --- number / date rules (see the module docstring) ---------------------------------------
    rounding_max_rel: float = 0.1
    """Two unhedged figures agree within rounding only if at most 10% apart."""

    hedge_band: float = 0.1
    """Width of a one-sided hedge's band: "nearly X" = [X*(1-band), X]."""

    about_band: float = 0.05
    """Half-width of "about / around / some X" = [X*(1-band), X*(1+band)]: narrower than
    "nearly", since "about 1.7 million" still names 1.7 million (it must not stretch to
    meet "nearly 2 million")."""

    over_factor: float = 1.15
    """"more than X" = [X, X*over_factor]; "less than X" = [X/over_factor, X]. An outlet
    writing "more than 550,000" rounds down a figure near it, not one 45% above it: IOM's
    "more than 550,000" returns this year against the Taliban ministry's 800,000 is a
    conflict (2.0 called it an agreement), and so are "more than 350 thousand" and "more
    than 600 thousand" expelled from Iran this year. 1.25 -> 1.15 (2026-11-27): "at least
    26 killed" against "32 killed", "at least 42" against "at least 50" are two tolls a desk
    must see, not one told loosely ("more than 300" still meets 320). Held-out: two
    planned conflicts more (Kurram's "at least 42" against "at least 50" dead, Quetta
    station's "at least 26" against 32); the conflicts nobody planned that came with them
    (eight, on three stories) are decoys the writers varied on their own (650 against 800
    attacks in 2024, 42,000 against 58,000 returns last week): real divergences, counted
    against the floors all the same."""

    quantity_window: int = 6
    """Words on each side of a number (in the English text) searched for quantity
    qualifiers (undocumented, registered, total, returned, ...)."""

    min_unitless_figure: float = 10.0
    """Figures below this with no unit on either side are never compared: they are words
    ("two neighbours", "one source") or parts of names far more often than counts."""

    max_conflict_ratio: float = 10.0
    """Figures more than this factor apart are taken as different quantities, not a
    disagreement (no outlet misreports 20,000 as 1.7 million; they count different things)."""

    date_conflict_max_days: int = 14
    """Two different dates in aligned claims conflict only if at most this many days apart
    (Oct 31 vs Nov 1); further apart (announced Oct 3, deadline Oct 31) they are different
    events of one story, not a disagreement. Relative dates ("on Wednesday") never conflict."""

    # --- importance of conflicts -------------------------------------------------------------
    key_figure_min: float = 1000.0
    """Number conflicts on figures at least this large (head counts, money) rank higher."""

    def as_dict(self) -> dict:
        return asdict(self)
