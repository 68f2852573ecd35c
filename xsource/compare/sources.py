"""Which institution a named person speaks for, so "the ISPR said" against "Sarfraz Bugti
said" is read as two sources while "the Foreign Office said" against "Mumtaz Zahra Baloch
said" is one (she is its spokesperson).

A government is every official's side at once ("Pakistan's caretaker government announced"
against "Bugti announced" credits one side), so a government never differs from a person.
"""

from __future__ import annotations

from xsource.compare.text import GOVERNMENTS

_TALIBAN = ("org.islamic_emirate", "org.afghan_interim_government", "org.taliban")

SPEAKS_FOR: dict[str, tuple[str, ...]] = {
    "person.zabihullah_mujahid": _TALIBAN,
    "person.bilal_karimi": _TALIBAN,
    "person.hamdullah_fitrat": _TALIBAN,
    "person.enayatullah_khwarazmi": (*_TALIBAN, "org.af_defence_ministry"),
    "person.abdul_mateen_qani": (*_TALIBAN, "org.af_interior_ministry"),
    "person.abdul_nafi_takor": (*_TALIBAN, "org.af_interior_ministry"),
    "person.khalid_hanafi": (*_TALIBAN, "org.af_virtue_ministry"),
    "person.akif_mohajir": (*_TALIBAN, "org.af_virtue_ministry"),
    "person.abdul_qahar_balkhi": (*_TALIBAN, "org.af_foreign_ministry"),
    "person.amir_khan_muttaqi": (*_TALIBAN, "org.af_foreign_ministry"),
    "person.sirajuddin_haqqani": (*_TALIBAN, "org.af_interior_ministry"),
    "person.mullah_yaqoob": (*_TALIBAN, "org.af_defence_ministry"),
    "person.abdul_mutalib_haqqani": (*_TALIBAN, "org.af_refugee_ministry"),
    "person.khalil_haqqani": (*_TALIBAN, "org.af_refugee_ministry"),
    "person.abdul_kabir": (*_TALIBAN, "org.af_refugee_ministry"),
    "person.abdul_rahman_rashid": (*_TALIBAN, "org.af_refugee_ministry"),
    "person.din_mohammad_hanif": (*_TALIBAN, "org.af_economy_ministry"),
    "person.abdul_rahman_habib": (*_TALIBAN, "org.af_economy_ministry"),
    "person.mumtaz_zahra_baloch": ("org.pk_foreign_office",),
    "person.jalil_abbas_jilani": ("org.pk_foreign_office",),
    "person.shafqat_ali_khan": ("org.pk_foreign_office",),
    "person.ishaq_dar": ("org.pk_foreign_office",),
    "person.mohsin_naqvi": ("org.pk_interior_ministry",),
    "person.zia_ahmad_takal": (*_TALIBAN, "org.af_foreign_ministry"),
    "person.sarfraz_bugti": ("org.pk_interior_ministry",),
    "person.ahmed_sharif_chaudhry": ("org.ispr", "org.pakistan_army"),
    "person.asim_munir": ("org.pakistan_army", "org.ispr"),
    "person.filippo_grandi": ("org.unhcr", "org.un"),
    "person.antonio_guterres": ("org.un",),
    "person.amina_mohammed": ("org.un",),
    "person.roza_otunbayeva": ("org.unama", "org.un"),
    "person.markus_potzel": ("org.unama", "org.un"),
    "person.indrika_ratwatte": ("org.unama", "org.un", "org.ocha"),
    "person.martin_griffiths": ("org.ocha", "org.un"),
    "person.volker_turk": ("org.un",),
    "person.richard_bennett": ("org.un",),
    "person.ramiz_alakbarov": ("org.unama", "org.un", "org.ocha"),
    "person.ghada_waly": ("org.unodc", "org.un"),
    "person.oliver_stolpe": ("org.unodc", "org.un"),
    "person.noor_wali_mehsud": ("org.ttp",),
    "person.mohammad_al_issa": ("org.muslim_world_league",),
    # Ahmad Massoud leads the anti-Taliban front, and Amrullah Saleh is of it
    "person.ahmad_massoud": ("org.national_resistance_front",),
    "person.amrullah_saleh": ("org.national_resistance_front",),
    # the PTI's founder and its leaders speak for the party
    "person.imran_khan": ("org.pti",),
    "person.gohar_ali_khan": ("org.pti",),
    "person.shah_mahmood_qureshi": ("org.pti",),
    "person.zulfikar_bukhari": ("org.pti",),
}
# an institution's media wing or provincial office speaks for it
_PARTS = {"org.ispr": ("org.pakistan_army",), "org.unhcr": ("org.un",),
          "org.unama": ("org.un",), "org.ocha": ("org.un",), "org.unicef": ("org.un",),
          "org.wfp": ("org.un",), "org.iom": ("org.un",), "org.unodc": ("org.un",),
          "org.refugee_department": ("org.af_refugee_ministry",)}


def _sides(source: str) -> set[str]:
    found = {source, *SPEAKS_FOR.get(source, ())}
    for org in tuple(found):  # a copy: the loop adds to the set
        found.update(_PARTS.get(org, ()))
    return found


def institutional(source: str) -> bool:
    """An institution that is no government: the ISPR, UNHCR, a ministry."""
    return source.startswith("org.") and source not in GOVERNMENTS


def different_sources(a: str, b: str) -> bool:
    """Two glossary sources of which one is an institution (not a government), neither
    speaking for the other and not both parts of one body. A name the glossary does not
    know ("Pakistan's", "Army") could be either side: it differs from nobody here."""
    if "." not in a or "." not in b or a in GOVERNMENTS or b in GOVERNMENTS:
        return False
    if not (institutional(a) or institutional(b)):
        return False
    return not (_sides(a) & _sides(b))
