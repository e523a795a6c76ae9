"""Whether one word typed alone is a common given name in Latin or Cyrillic letters
("Олена", "Ahmad", "Ayşe", "Lan"): alone, no capital tells a name from a word ("Weiter",
"Datenschutz" are capitalised too), so the name must be one people here commonly have.
Words that are also everyday words ("Надія": hope, "Umut": hope, "Deniz": sea, "Anh":
you) are left out. Pure."""

from __future__ import annotations

from bot.dialogue.typed_words import phrase

#: Common given names of the people the bot speaks to, as phrase() writes them (lower
#: case, without accents): Ukrainian, Arabic and Afghan in Latin letters, Turkish,
#: Vietnamese, German.
_GIVEN = frozenset(
    phrase(name)
    for name in (
        # Ukrainian (and their Latin spelling).
        *("Олена", "Оксана", "Ірина", "Наталія", "Наталя", "Тетяна", "Марія", "Анна"),
        *("Юлія", "Катерина", "Софія", "Вікторія", "Ольга", "Світлана", "Анастасія"),
        *("Дарина", "Христина", "Людмила", "Галина", "Валентина", "Яна", "Аліна", "Поліна"),
        *("Олександр", "Андрій", "Сергій", "Дмитро", "Максим", "Іван", "Михайло", "Богдан"),
        *("Тарас", "Назар", "Артем", "Владислав", "Денис", "Олег", "Віктор", "Василь"),
        *("Петро", "Микола", "Юрій", "Роман", "Ярослав", "Євген", "Олексій", "Вадим"),
        *("Olena", "Oksana", "Iryna", "Tetiana", "Yuliia", "Kateryna", "Sofiia", "Olha"),
        *("Oleksandr", "Andrii", "Serhii", "Dmytro", "Mykola", "Mykhailo", "Bohdan", "Taras"),
        # Arabic, Afghan, Kurdish.
        *("Ahmad", "Ahmed", "Mohammad", "Mohammed", "Muhammad", "Mohamed", "Mahmoud", "Ali"),
        *("Omar", "Khaled", "Khalid", "Yusuf", "Youssef", "Ibrahim", "Hassan", "Hussein"),
        *("Mustafa", "Hamza", "Tarek", "Rami", "Sami", "Walid", "Yasin", "Yassin", "Ziad"),
        *("Bashar", "Anas", "Ayman", "Jamal", "Nabil", "Firas", "Karim", "Samir", "Bilal"),
        *("Fatima", "Fatma", "Aisha", "Aischa", "Maryam", "Mariam", "Zainab", "Khadija"),
        *("Sara", "Sarah", "Layla", "Leila", "Rana", "Reem", "Lina", "Dana", "Rania"),
        *("Yasmin", "Jasmin", "Hiba", "Salma", "Nadia", "Samira", "Amina", "Zahra"),
        *("Mohammadi", "Hamid", "Javad", "Reza", "Farid", "Wahid", "Najib", "Shabnam"),
        # Turkish.
        *("Ayşe", "Emine", "Elif", "Zeynep", "Hatice", "Merve", "Büşra", "Esra", "Özlem"),
        *("Mehmet", "Ahmet", "Murat", "Emre", "Hüseyin", "Hasan", "Yusuf", "Burak", "Serkan"),
        # Vietnamese (alone, the given name, said last).
        *("Lan", "Linh", "Hương", "Trang", "Thảo", "Thao", "Ngọc", "Mai", "Hoa", "Vy"),
        # Not "Đức" (Germany), "Dũng" ("dùng": use), "Hằng" ("hàng": goods) without accents.
        *("Minh", "Tuấn", "Tuan", "Hùng", "Quang", "Phương", "Nam", "Long", "Hải"),
        # German.
        *("Anna", "Maria", "Lena", "Laura", "Julia", "Lisa", "Sophie", "Lea", "Hannah"),
        *("Lukas", "Leon", "Jonas", "Paul", "Felix", "Maximilian", "Tim", "Jan", "Niklas"),
    )
)


def given_name(text: str) -> bool:
    """Whether ``text`` is one common given name typed alone ("Олена", "Ahmad")."""
    return phrase(text) in _GIVEN
