"""The Upper Sorbian names of Saxon towns in Lusatia, as their signs write them beside
the German ones ("Budyšin" is Bautzen): a Sorbian speaker types where they live so.

Data only, the towns of the official Sorbian settlement area in Landkreis Bautzen and
Landkreis Görlitz and a few of their neighbours whose Sorbian name is in common use;
bot.places finds each under its German name in the towns file.
"""

from __future__ import annotations

#: Upper Sorbian name -> the town's German name in bot/data/towns.tsv.gz.
UPPER_SORBIAN_NAMES: dict[str, str] = {
    "Budyšin": "Bautzen",
    "Kamjenc": "Kamenz",
    "Wojerecy": "Hoyerswerda",
    "Běła Woda": "Weißwasser",
    "Łaz": "Lohsa",
    "Slepo": "Schleife",
    "Kulow": "Wittichenau",
    "Radwor": "Radibor",
    "Pančicy-Kukow": "Panschwitz-Kuckau",
    "Njebjelčicy": "Nebelschütz",
    "Chrósćicy": "Crostwitz",
    "Worklecy": "Räckelwitz",
    "Ralbicy-Róžant": "Ralbitz-Rosenthal",
    "Rakecy": "Königswartha",
    "Wulka Dubrawa": "Großdubrau",
    "Njeswačidło": "Neschwitz",
    "Łuty": "Lauta",
    "Njedźichow": "Bernsdorf",
    "Hamor": "Boxberg/O.L.",
    "Rěčicy": "Rietschen",
    "Sprjewiny Doł": "Spreetal",
    "Halštrowska Hola": "Elsterheide",
    "Kumwałd": "Cunewalde",
    "Wóspork": "Weißenberg",
    "Kubšicy": "Kubschütz",
    "Malešecy": "Malschwitz",
    "Bóšicy": "Puschwitz",
    "Hodźij": "Göda",
    "Dobruša-Huska": "Doberschau-Gaußig",
    "Hornja Hórka": "Obergurig",
    "Bukecy": "Hochkirch",
    "Chrjebja-Nowa Wjes": "Kreba-Neudorf",
    "Trjebin": "Trebendorf",
    "Dźěwin": "Groß Düben",
    "Wuskidź": "Weißkeißel",
    "Wysoka Dubrawa": "Hohendubrau",
    "Mikow": "Mücka",
    "Mužakow": "Bad Muskau",
    "Niska": "Niesky",
    "Biskopicy": "Bischofswerda",
    "Lubij": "Löbau",
    "Žitawa": "Zittau",
    "Zhorjelc": "Görlitz",
}
