"""The districts of the three office cities, as people there name where they live
("Grünau", "Prohlis", "Kaßberg"): the towns list knows few of them, and some names only
as a town elsewhere (Berlin's Grünau, Hessen's Sonnenberg).

Data only, the well-known Stadtteile of Leipzig, Dresden and Chemnitz; names that are
also everyday words ("Wahren"), first names ("Siegmar") or many towns' names ("Schönau")
are left out.
"""

from __future__ import annotations

#: City (its name in the towns list) -> its districts.
CITY_DISTRICTS: dict[str, tuple[str, ...]] = {
    "Leipzig": (
        "Grünau",
        "Connewitz",
        "Plagwitz",
        "Lindenau",
        "Paunsdorf",
        "Reudnitz",
        "Schönefeld",
        "Stötteritz",
        "Probstheida",
        "Lößnig",
        "Mockau",
        "Eutritzsch",
        "Möckern",
        "Leutzsch",
        "Volkmarsdorf",
        "Anger-Crottendorf",
        "Sellerhausen",
        "Schleußig",
        "Südvorstadt",
        "Engelsdorf",
        "Mölkau",
    ),
    "Dresden": (
        "Prohlis",
        "Johannstadt",
        "Striesen",
        "Pieschen",
        "Trachau",
        "Cotta",
        "Laubegast",
        "Reick",
        "Seidnitz",
        "Gruna",
        "Bühlau",
    ),
    "Chemnitz": (
        "Kaßberg",
        "Sonnenberg",
        "Schloßchemnitz",
        "Gablenz",
        "Yorckgebiet",
        "Markersdorf",
        "Helbersdorf",
        "Lutherviertel",
        "Hutholz",
        "Morgenleite",
        "Rabenstein",
        "Glösa",
        "Reichenbrand",
        "Altchemnitz",
        "Rottluff",
    ),
}
