"""Keywords per language and information page, as people type their questions.

Not shown to anyone: only bot.faq.matcher reads them. Each page's keywords are one
string, separated by commas. Words are compared one by one with the words of a
question (typos and longer forms tolerated), so a stem such as
"vergütung" also finds "Ausbildungsvergütung"; entries with a space are phrases,
looked for in the whole question. Words every question contains ("Ausbildung",
"training") are left out: they would pull every question to one page.
Page codes are those of bot.flows.info (MENU).
"""

from __future__ import annotations

KEYWORDS: dict[str, dict[str, str]] = {
    "de": {
        "dual": (
            "dual, duale, berufsschule, lehre, dauert, dauer, wie lange, abschlussprüfung, "
            "prüfung, ausbildungsjahr, ausbildungsbeginn, funktioniert, ablauf, "
            # When it starts ("Wann fängt die Ausbildung an, August oder September?").
            "fängt, beginnt, august, september, "
            # The other final exams the page names.
            "ärztekammer, mfa, medizinische fachangestellte, pflegeausbildung, pflegefachfrau, "
            "pflegefachmann, staatsexamen, "
            # The page's own question, with the word every question holds.
            "was ist eine ausbildung, was ist ausbildung, was ist die ausbildung"
        ),
        "steps": (
            "ausbildungsbetrieb, ausbilden, ausbilder, aevo, ausbildereignung, "
            "ausbildereignungsprüfung, meisterbrief, ausbildungsvertrag, vertrag, "
            "probezeit, ihk, hwk, handwerkskammer, kammer, einstellen, "
            "ausbildungsberechtigung, berechtigt, voraussetzungen, lehrling nehmen, "
            # "um auszubilden", "Azubi nehmen" ("Was muss ich tun, um auszubilden?": "I have
            # no information page on this").
            "auszubilden, azubi nehmen, einen azubi nehmen, azubis nehmen, "
            "meister, meistertitel, meisterprüfung, ausbilderschein, "
            # How many the chamber allows (not "wie viel": the pay).
            "wie viele azubis, wie viele lehrlinge, wie viele auszubildende, "
            # Minors: a medical examination.
            "ärztliche, untersuchung, ärztliche untersuchung"
        ),
        "pay": (
            "vergütung, ausbildungsvergütung, gehalt, lohn, verdienen, verdient, kostet, "
            "kosten, bezahlen, bezahlt, bezahlung, zahlen, mindestlohn, geld, euro, wie viel, "
            "wieviel"
        ),
        "support": (
            "förderung, förderungen, fördern, gefördert, zuschuss, zuschüsse, fördergeld, "
            "förderprogramm, unterstützung, asa, "
            "einstiegsqualifizierung, eq, praktikum, bab, berufsausbildungsbeihilfe, "
            "nachhilfe, berufsberatung, arbeitsagentur, agentur für arbeit, "
            "jugendberufsagentur, verbundausbildung, beihilfe, miete, sab"
        ),
        "certs": (
            "zeugnis, zeugnisse, anerkennung, anerkennen, anerkannt, schulabschluss, "
            "abschluss, deutschkenntnisse, sprachkurs, deutschkurs, b1, b2, a2, "
            "sprachniveau, lasub, diplom, deutsch lernen, deutsch sprechen"
        ),
        "residence": (
            "aufenthalt, aufenthaltserlaubnis, aufenthaltstitel, visum, visa, "
            "arbeitserlaubnis, duldung, ausländerbehörde, abschiebung, asyl, "
            "beschäftigungserlaubnis, aufenthaltsgenehmigung, ausbildungsduldung, "
            "migrationsberatung, jugendmigrationsdienst, niederlassungserlaubnis, "
            "aufenthaltsrecht"
        ),
        "offices": (
            "büro, adresse, standort, telefonnummer, telefon, öffnungszeiten, sprechzeiten, "
            "erreichen, kontakt, email, e-mail, dresden, leipzig, chemnitz, vorbeikommen, "
            "wo seid, wo finde, wo sind, in welcher stadt, welche stadt, "
            # Not "besuchen" alone: "die Berufsschule besuchen" is dual training's.
            "euch besuchen, sie besuchen, besuchen kommen, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "zu mir kommen, zu mir in den laden, zu mir in den betrieb, zu uns kommen, "
            "in meinen laden, in meinen betrieb, kommen sie zu mir, kommen sie auch zu mir"
        ),
        "about": (
            "kausa, wer seid, wer sind, arbeit und leben, jobstarter, kostenlos, "
            # The advice is KAUSA's: "Was kostet die Beratung?" is not about pay.
            "kostenfrei, gratis, umsonst, beratung, kostet die beratung, beratung kostet"
        ),
    },
    "en": {
        "dual": (
            "dual, vocational, school, apprenticeship work, how long, last, duration, exam, "
            "final, start, works, medical assistant, medical assistants, nurse, nurses, "
            "nursing, state exam, what is ausbildung, what is an ausbildung, what is an "
            "apprenticeship, what is apprenticeship, what does ausbildung mean"
        ),
        "steps": (
            "training company, become a training, become an ausbildungsbetrieb, trainer, aevo, "
            "contract, probation, chamber, ihk, "
            "hwk, hire, requirements, allowed, qualified, register, "
            # The owner's own verb ("What do I need to train apprentices in my restaurant").
            "train apprentices, train an apprentice, train apprentice, "
            # The trainer's qualification: "Do I need a Meister certificate?" is not about
            # a school certificate.
            "meister, meisterbrief, ausbildereignung, ausbilderschein, master craftsman, "
            "meister certificate, trainer qualification, trainer exam, aevo exam, aevo test, "
            # How many the chamber allows (not "how much": the pay).
            "how many apprentices, how many trainees, "
            # Minors: a medical examination.
            "medical check, medical exam, medical examination, health check"
        ),
        "pay": (
            "pay, paid, salary, wage, wages, earn, cost, costs, money, euro, euros, how much, "
            "minimum"
        ),
        "support": (
            "support, funding, subsidy, grant, asa, eq, internship, bab, allowance, "
            "tutoring, career guidance, employment agency, jobcentre, rent, financial help, "
            "sab, partner company"
        ),
        "certs": (
            "certificate, certificates, recognition, recognised, recognized, diploma, "
            "school leaving, german level, german course, language course, b1, b2, a2, "
            "speak german, learn german, "
            # Not "german" alone: a typo away from "germany" (the page on residence).
            "my german, without german, no german, little german, enough german, much german, "
            "need german, german skills, german language, level of german, deutsch, "
            # Plural: a phrase that ends inside a word is not found.
            "german courses, language courses"
        ),
        "residence": (
            "residence, visa, permit, immigration, deportation, asylum, duldung, stay in, "
            "germany, allowed to work, work permit, residence permit, residency, visas"
        ),
        "offices": (
            "office, offices, address, phone, number, opening, hours, contact, email, "
            "e-mail, dresden, leipzig, chemnitz, visit, where are you, find you, reach you, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "come to my, come to us, come to our, come to the shop, come to the business"
        ),
        "about": (
            "kausa, who are you, who r u, who are u, what do you do, arbeit und leben, "
            "jobstarter, free of, "
            "charge, for free, advice, consultation, counselling, counseling, advice cost, "
            "cost of the advice, pay for the advice, consultation cost, cost of the "
            "consultation, pay for the consultation"
        ),
    },
    "tr": {
        "dual": (
            # "çıraklık" (an apprenticeship) is its own word: read as "çırak" + more, it
            # sent "çıraklık yeri arıyorum" to the page for businesses.
            "dual, ikili, meslek okulu, berufsschule, ne kadar sürer, süresi, sürüyor, "
            # With its suffixes: a phrase that ends inside a word is not found.
            "meslek okuluna, meslek okulunda, meslek okula, "
            "hemşire, hemşirelik, devlet sınavı, "
            "sınav, sınavı, nasıl işliyor, başlıyor, çıraklık, sürer, kaç yıl, "
            "ausbildung nedir, meslek eğitimi nedir, çıraklık nedir, ausbildung ne demek"
        ),
        "steps": (
            "eğitim işletmesi, ausbildungsbetrieb, eğitmen, usta öğretici, aevo, sözleşme, "
            "sözleşmesi, deneme süresi, oda, odası, ihk, hwk, işe almak, çırak almak, "
            "şartlar, şartları, koşulları, nasıl olur, çırak, "
            "meister, meisterbrief, ausbildereignung, ustalık, ustalık belgesi, "
            "meister belgesi, meister diploması, "
            # "Usta olmam gerekiyor mu?": the owner's own title ("ustalık" is longer).
            "usta olmam, usta olmak, usta olmalı, usta olmalıyım, "
            # Minors: a guardian's signature and a medical examination.
            "velisi, veli imzası, doktor raporu, sağlık raporu, sağlık muayenesi"
        ),
        "pay": (
            "maaş, maaşı, ücret, ücreti, kazanır, kazanç, para, euro, ne kadar, kaç para, "
            "maliyet, asgari, ödemek, öder"
        ),
        "support": (
            # Not "meslek" alone: it is in "meslek okulu", "meslek eğitimi" (dual training).
            "destek, desteği, teşvik, hibe, asa, eq, staj, bab, yardım, meslek danışmanlığı, "
            "meslek seçimi, iş ajansı, arbeitsagentur, kira, burs, sab, ortak eğitim"
        ),
        "certs": (
            "diploma, diplomam, denklik, tanınma, tanınıyor, karne, mezuniyet, almanca, dil, "
            "diplomamı, diplomamın, diplomanın, denkliği, denkliğini, tanıtabilirim, tanınır, "
            "deutsch, almancam, almancası, "
            "kursu, kurs, kursa, kursları, b1, b2, a2, seviye, seviyesi"
        ),
        "residence": (
            "oturum, oturma izni, vize, çalışma izni, yabancılar dairesi, ausländerbehörde, "
            "sınır dışı, iltica, duldung, kalabilir, vizem, vizemi, vizeyi, vizesi, "
            "oturumum, oturumumu, oturma iznim, oturma iznimi, oturma izni, ikamet, "
            "ikamet izni, duldungum"
        ),
        "offices": (
            "ofis, ofisiniz, büro, adres, adresi, telefon, numara, numarası, çalışma, "
            "saatleri, iletişim, e-posta, email, dresden, leipzig, chemnitz, nerede, "
            "ziyaret, gelebilir miyim, gelebilirmiyim, size gelebilir, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "dükkanıma gelir, işyerime gelir, işletmeme gelir, bize gelir, dükkana gelir, "
            "dükkanıma gelebilir, işyerime gelebilir, bize gelebilir"
        ),
        "about": (
            "kausa, kimsiniz, ne yapıyorsunuz, arbeit und leben, jobstarter, ücretsiz, bedava, "
            "kurumunuz, "
            # Never "ücretli" alone: "Ausbildung ücretli mi?" asks about the apprentice's pay.
            "danışmanlık, danışmanlık ücreti, danışmanlık ücretli, danışmanlığınız, "
            "ücret alıyor musunuz, danışmanlık paralı"
        ),
    },
    "vi": {
        "dual": (
            "học nghề kép, kép, trường nghề, berufsschule, bao lâu, mấy năm, thời gian học, "
            "kỳ thi, thi cuối, bắt đầu, như thế nào, ausbildung là gì, học nghề là gì, "
            "điều dưỡng, y tá, thi quốc gia, "
            "đào tạo nghề là gì"
        ),
        "steps": (
            "doanh nghiệp đào tạo, cơ sở đào tạo, người hướng dẫn, aevo, hợp đồng, thử việc, "
            "thời gian thử, phòng thương mại, ihk, hwk, nhận học viên, tuyển, điều kiện, đăng ký, "
            # Taking apprentices on ("làm sao để nhận học nghề": "I have no information page").
            "nhận học nghề, nhận người học nghề, "
            "meister, meisterbrief, ausbildereignung, thợ cả, bằng thợ cả, bằng meister, "
            "chứng chỉ meister, "
            # How many the chamber allows ("bao nhiêu" alone is the pay's "how much").
            "bao nhiêu người học nghề, bao nhiêu học viên, bao nhiêu người học, mấy người "
            "học nghề, mấy học viên, số lượng học viên, "
            # Minors: a medical examination.
            "khám sức khỏe"
        ),
        "pay": ("lương, tiền, trả, chi phí, bao nhiêu, euro, thu nhập, tối thiểu, tốn"),
        "support": (
            "hỗ trợ, trợ cấp, tài trợ, asa, eq, thực tập, bab, phụ đạo, tư vấn nghề, sở lao, "
            "động, arbeitsagentur, tiền nhà, giúp đỡ, sab, đào tạo liên kết"
        ),
        "certs": (
            "bằng, bằng cấp, chứng chỉ, công nhận, văn bằng, tốt nghiệp, tiếng đức, khóa, "
            "học tiếng, b1, b2, a2, trình độ"
        ),
        "residence": (
            "cư trú, visa, thị thực, giấy phép lao động, giấy phép làm việc, sở ngoại kiều, "
            "ausländerbehörde, trục xuất, tị nạn, duldung, ở lại, giấy phép cư trú, "
            "thẻ cư trú, gia hạn visa"
        ),
        "offices": (
            "văn phòng, địa chỉ, số điện thoại, điện thoại, giờ làm việc, liên hệ, email, "
            "dresden, leipzig, chemnitz, ở đâu, đến gặp, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "đến tiệm, tới tiệm, đến cửa hàng, đến chỗ tôi, đến nhà hàng, đến quán"
        ),
        "about": (
            # Not "tư vấn" alone: almost every question asks for "tư vấn" (advice).
            "kausa, các bạn là ai, là ai, arbeit und leben, jobstarter, miễn phí, phí tư vấn, "
            "tư vấn có tốn, tư vấn có mất, tư vấn có tính phí, tính phí tư vấn, trả tiền tư vấn, "
            "tư vấn bao nhiêu, tư vấn bao nhiêu tiền, tư vấn mất bao nhiêu"
        ),
    },
    "uk": {
        "dual": (
            "дуальн, дуальна, професійна школа, професійної школи, профшкола, berufsschule, "
            "професійну школу, професійній школі, днів на тиждень, "
            "медсестра, медсестрою, медбрат, медбратом, державний іспит, "
            "скільки триває, триває, тривалість, скільки років, іспит, екзамен, "
            "починається, як працює, що таке ausbildung, що таке аусбільдунг, що таке "
            "професійне навчання, "
            # Russian, which many Ukrainians type.
            "сколько длится, длится, сколько лет, экзамен, что такое ausbildung"
        ),
        "steps": (
            "навчальне підприємство, навчальним підприємством, ausbildungsbetrieb, навчати, "
            "учнів, інструктор, aevo, договір, випробувальний, палата, палати, ihk, hwk, "
            "найняти, взяти учня, вимоги, умови, meister, meisterbrief, ausbildereignung, "
            "диплом майстра, диплом meister, сертифікат meister, скільки учнів, "
            # "Чи потрібно мені бути майстром?" (the word's other forms drop its "е").
            "майстер, майстром, майстра, "
            # Minors: a medical examination.
            "медогляд, медичний огляд"
        ),
        "pay": (
            "зарплата, зарплату, оплата, винагорода, заробляє, заробити, гроші, коштує, "
            "скільки платити, скільки коштує, євро, мінімальна, платять, оплачується, "
            "оплачуване, отримує, отримую, отримують, скільки отримує, "
            "сколько платят, платят, сколько получает, получает, деньги, зарплату"
        ),
        "support": (
            "підтримка, підтримку, допомога, допомогу, субсидія, дотація, asa, eq, "
            "стажування, практика, практику, практики, bab, профорієнтація, агентство "
            "зайнятості, "
            "arbeitsagentur, оренда, репетитор, квартир, житло, житла, оренду, "
            "гроші на квартиру, гроші на житло, sab, партнерській фірмі, партнерська фірма, "
            "профорієнтацію, профорієнтації"
        ),
        "certs": (
            "атестат, диплом, визнання, визнають, визнати, свідоцтво, німецька, німецької, "
            "німецьку, deutsch, аттестат, признают, признание, немецкий, немецкого, "
            "мовні курси, курси мови, курс, курси, курсу, b1, b2, a2, рівень"
        ),
        "residence": (
            "посвідка, дозвіл на проживання, віза, візу, дозвіл на роботу, відомство у, "
            "справах іноземців, ausländerbehörde, депортація, притулок, тимчасовий захист, "
            "тимчасовим захистом, тимчасового захисту, "
            "duldung, залишитися, посвідку, посвідки, посвідкою, посвідка на проживання, "
            "посвідку на проживання, дозволу на проживання, візи, візою, внж, дульдунг, "
            "вид на жительство, разрешение на работу, временная защита, виза, "
            # A paragraph of the residence law ("параграф 24": temporary protection).
            "параграф, параграфом, параграфу, візі"
        ),
        "offices": (
            "офіс, офісу, бюро, адреса, адресу, телефон, номер, години роботи, контакт, "
            "контакти, email, пошта, дрезден, лейпциг, хемніц, dresden, leipzig, chemnitz, "
            "де ви, знайти вас, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "приїхати до мене, прийти до мене, приїхати до нас, прийти до нас, "
            "приїжджаєте до, приходите до"
        ),
        "about": (
            "kausa, хто ви, чим ви займаєтеся, arbeit und leben, jobstarter, безкоштовно, "
            # Its cost only: "Потрібна консультація щодо візи" is about residence.
            "безкоштовна, коштує консультація, консультація коштує, скільки коштує "
            "консультація, платна консультація, консультація платна, платити за "
            "консультацію, консультації платні, кто вы, бесплатно, бесплатная, "
            "консультация бесплатная, стоит консультация, консультация стоит, сколько "
            "стоит консультация"
        ),
    },
    "ar": {
        "dual": (
            "المزدوج, مزدوج, المدرسه المهنيه, berufsschule, كم مده, مده, المده, كم المده, "
            "كم سنه, امتحان, ما هو التدريب المهني, "
            "الامتحان, يبدا, كيف يعمل, ما هو الاوسبيلدونغ, ما هو اوسبيلدونغ, ما هو "
            "ausbildung, شو يعني اوسبيلدونغ, "
            "التمريض, تمريض, ممرض, ممرضه, امتحان دوله"
        ),
        "steps": (
            "منشاه تدريب, ausbildungsbetrieb, مدرب, المدرب, aevo, عقد, العقد, فتره التجربه, "
            "الغرفه, غرفه, ihk, hwk, توظيف, اوظف, شروط, الشروط, كيف تصبح, كيف اصبح, "
            "كيف اصير, شركه تدريب, متدرب في شركتي, ماذا احتاج, "
            # The owner's own verb, Levantine too ("شو لازمني لحتى درّب شباب بمطعمي").
            "ادرب, ندرب, حتى درب, "
            # The trainer's qualification, not a school certificate ("شهادة").
            "meister, meisterbrief, ausbildereignung, مايستر, شهاده meister, شهاده مايستر, "
            "الاستاذيه, شهاده الاستاذيه, "
            # "هل يجب أن أكون معلم حرفة؟": the master craftsman as owners say it. (Not
            # "ماستر": the university's master's degree, whose recognition is asked.)
            "معلم حرفه, "
            # How many the chamber allows ("كم" alone asks the pay's "how much").
            "كم متدرب, كم متدربا, عدد المتدربين, كم واحد اخذ, كم متدرب ممكن, "
            # Minors: a medical examination.
            "فحص طبي, الفحص الطبي"
        ),
        "pay": (
            "راتب, الراتب, اجر, الاجر, مكافاه, يكلف, تكلفه, كم يكلف, يتقاضى, فلوس, مال, "
            "يورو, كم يدفع, الحد الادنى, كم يحصل, كم ادفع, براتب, ادفع للمتدرب, لازم ادفع, "
            # Levantine "how much" ("قديش").
            "قديش ادفع, قديش بدي ادفع, قديش الراتب, قديش بياخد, "
            # Levantine "salary" ("معاش").
            "معاش, المعاش, معاشي, قديش معاش"
        ),
        "support": (
            "دعم, الدعم, مساعده, المساعده, منحه, asa, eq, تدريب عملي, bab, اعانه, الارشاد, "
            # Career guidance as a phrase: "المهني" alone is the "vocational" of every
            # question on vocational training ("كم راتب التدريب المهني؟" is about pay).
            "الارشاد المهني, وكاله العمل, arbeitsagentur, ايجار, تمويل, ارشاد, ارشاد مهني, sab, "
            "شركه شريكه"
        ),
        "certs": (
            "شهاده, الشهاده, شهادتي, الشهادات, شهادات, معادله, الاعتراف, اعتراف, معترف, "
            "اللغه الالمانيه, الالمانيه, دوره لغه, دوره اللغه, دورات اللغه, b1, b2, a2, مستوى, "
            "الماني, بالالماني, deutsch"
        ),
        "residence": (
            "اقامه, الاقامه, تاشيره, فيزا, تصريح عمل, اذن عمل, دائره الاجانب, "
            "ausländerbehörde, ترحيل, لجوء, duldung, البقاء, اقامتي, اقامتك, اقامتنا, "
            "تاشيرتي, فيزتي, دولدونغ, الدولدونغ, دولدونج, تصريح اقامه, تصريح الاقامه, "
            "بطاقه الاقامه"
        ),
        "offices": (
            "مكتب, مكاتب, المكتب, عنوان, العنوان, هاتف, رقم, الرقم, ساعات العمل, تواصل, "
            "ايميل, بريد, دريسدن, لايبزيغ, كيمنتس, dresden, leipzig, chemnitz, اين انتم, "
            "زياره, ازوركم, نزوركم, زيارتكم, "
            # Whether an advisor comes to the business: the page says so (REACH).
            "تاتون الي, تاتون الى, تجون الي, تجوا لعندي, تجوا عالمحل, تزوروني, تزورونا, "
            "الي محلي, الي مطعمي"
        ),
        "about": (
            "kausa, كاوزا, من انتم, ماذا تفعلون, arbeit und leben, jobstarter, مجانا, مجاني, "
            # Gulf and Iraqi "who" ("منو").
            "منو انتم, "
            # Levantine "who are you" ("مين انتو").
            "مين انتو, مين انتم, "
            # Never "مدفوعه" or "رسوم" alone: the apprentice's pay, recognition fees.
            "مجانيه, الاستشاره, استشاره, تكلفه الاستشاره, تكلف الاستشاره, الاستشارات, "
            "الاستشاره مدفوعه, مقابل الاستشاره, رسوم الاستشاره, سعر الاستشاره"
        ),
    },
}

#: The keywords of the pages "pay" and "about" that ask for a cost or say "free" of
#: whatever is named ("wie viel", "kostet", "kostenlos"): beside another page's keyword
#: ("Wie viel kostet ein Deutschkurs?", "Скільки коштує віза?", "هل دورة اللغة مجانية؟")
#: they count less than it (bot.faq.matcher.COST_WEIGHT), so that the page of the thing
#: named comes first: two of them outscored it, and the course's cost got the pay page or
#: "our advice is free".
COST_WORDS: dict[str, str] = {
    "de": "wie viel, wieviel, kostet, kosten, kostenlos, kostenfrei, gratis, umsonst",
    "en": "how much, cost, costs, free of, charge, for free",
    "tr": "ne kadar, kaç para, maliyet, ücretsiz, bedava",
    "vi": "bao nhiêu, tiền, chi phí, tốn, miễn phí",
    "uk": "коштує, скільки коштує, скільки платити, безкоштовно, безкоштовна",
    "ar": "يكلف, تكلفه, كم يكلف, مجانا, مجاني, مجانيه",
}

#: The keywords of the page "about" that name the advice itself ("Beratung", "استشارة"):
#: beside another page's thing ("Wo bekomme ich kostenlose Beratung zum Aufenthalt?") they
#: count less than it, as COST_WORDS do: advice on residence is the residence page's (it
#: names the free advice there), and "our advice is free" came first or alone. As written
#: in KEYWORDS; Vietnamese and Ukrainian list the advice only with its cost.
ADVICE_WORDS: dict[str, str] = {
    "de": "beratung",
    "en": "advice, consultation, counselling, counseling",
    "tr": "danışmanlık, danışmanlığınız",
    "vi": "",
    "uk": "",
    "ar": "الاستشاره, استشاره, الاستشارات",
}

#: The keywords of the page "dual" that ask how long something takes or name an exam
#: ("wie lange", "dauert", "Prüfung"): beside another page's thing ("Wie lange dauert die
#: AEVO-Prüfung?", "Wie lange ist die Probezeit?") they count less than it, as COST_WORDS
#: do (bot.faq.matcher.COST_WEIGHT): three of them sent the AEVO exam's length to the page
#: on the apprenticeship's. So do the words of when it starts ("Wann beginnt die
#: Probezeit?" is the steps page's). As written in KEYWORDS.
DURATION_WORDS: dict[str, str] = {
    "de": "dauert, dauer, wie lange, prüfung, abschlussprüfung, fängt, beginnt, august, september",
    "en": "how long, last, duration, exam, final",
    "tr": "ne kadar sürer, süresi, sürüyor, sınav, sınavı, sürer, kaç yıl",
    "vi": "bao lâu, mấy năm, thời gian học, kỳ thi, thi cuối",
    "uk": "скільки триває, триває, тривалість, скільки років, іспит, екзамен",
    "ar": "كم مده, مده, المده, كم المده, كم سنه, امتحان, الامتحان",
}

#: What people type to ask what "it" costs, naming nothing else ("Was kostet das?",
#: "How much does it cost?"): the cost of KAUSA's help, which the page "about" says is free,
#: not the apprentices' pay, which the cost words alone led to (QA). Phrases of whole words
#: (as in WISHES); with a page's keyword beside them ("Was kostet das Azubi-Gehalt?") or
#: several more words, the question is matched as any other; with the apprenticeship named
#: beside them (APPRENTICESHIP: "Ausbildung ücretli mi?") it is about the apprentice's pay.
ITS_COST: dict[str, str] = {
    "de": (
        "was kostet das, was kostet es, was kostets, wie viel kostet das, wieviel kostet das, "
        "wie viel kostet es, wieviel kostet es, kostet das etwas, kostet es etwas, kostet das "
        "was, kostet es was, kostet das geld, kostet es geld, kostet das nichts, ist das "
        "kostenlos, ist es kostenlos, ist das kostenpflichtig, ist das umsonst, ist das "
        "gratis, muss ich etwas bezahlen, muss ich was bezahlen, muss ich etwas zahlen, muss "
        "ich was zahlen, muss ich dafür bezahlen, muss ich dafür zahlen, muss man etwas "
        "bezahlen, muss man was zahlen, wie teuer ist das, gibt es kosten, fallen kosten an, "
        "entstehen kosten, entstehen mir kosten, kostet das, kostet es, muss ich bezahlen, muss "
        "ich zahlen, muss man bezahlen, "
        # "Free" said of something: "Ist die Ausbildung kostenlos?" is the apprentice's pay
        # (APPRENTICESHIP), "Kostenlos?" what the advice costs.
        "kostenlos, kostenfrei, umsonst, gratis"
    ),
    "en": (
        "how much does it cost, how much does this cost, how much does that cost, what does "
        "it cost, what does this cost, does it cost anything, does this cost anything, does "
        "it cost money, is it free, is this free, is it for free, is this for free, how much "
        "is it, do i have to pay anything, do i need to pay anything, do i have to pay for "
        "it, is there a fee, are there any costs, what is the cost, what s the cost, whats "
        "the cost, do i have to pay, do i need to pay, is there a charge, are there any fees, "
        "is it free of charge, does it cost, "
        # "Is the apprenticeship free?" is the apprentice's pay (APPRENTICESHIP).
        "free, free of charge"
    ),
    "tr": (
        # "ücretli mi" alone is "is it paid / does it cost": with nothing named it asks about
        # what is at hand, this service, as "bu ücretli mi" does; a Turkish speaker asking
        # about the apprentice's pay names it ("Ausbildung ücretli mi?", "maaş var mı?").
        # "ne kadar" alone is not here: "ne kadar sürer" asks how long.
        "bu ücretli mi, bunun ücreti var mı, bunun ücreti ne kadar, bu ücretsiz mi, bu "
        "paralı mı, para ödemem gerekiyor mu, para ödemem gerekir mi, ücret ödemem "
        "gerekiyor mu, bu kaç para, bu ne kadar tutar, ne kadar tutar, bunun fiyatı ne, "
        "bu ne kadar, ücretli mi, ücretsiz mi, paralı mı, parasız mı, kaç para, ücreti ne "
        "kadar, ücret var mı, ücret alıyor musunuz, para ödemem lazım mı, ödeme yapmam "
        "gerekiyor mu, "
        # Written as one word, as people type it.
        "ücretlimi, ücretsizmi, paralımı, parasızmı"
    ),
    "vi": (
        "có mất phí không, có mất tiền không, có tốn tiền không, có tốn phí không, có phải "
        "trả tiền không, có phải trả phí không, có tính phí không, cái này bao nhiêu tiền, "
        "có miễn phí không, bao nhiêu tiền, hết bao nhiêu tiền, mất bao nhiêu tiền, tốn bao "
        "nhiêu tiền, giá bao nhiêu, chi phí bao nhiêu, có mất phí gì không, có phí không"
    ),
    "uk": (
        "скільки це коштує, це щось коштує, це коштує, чи це платно, це платно, чи це "
        "безкоштовно, чи треба за це платити, чи потрібно за це платити, скільки коштує, "
        "це безкоштовно, чи це безкоштовно, чи треба платити, чи потрібно платити, треба "
        "платити, це платна, це безкоштовна, чи платно, чи безкоштовно, "
        # "Paid" or "free" said of something: "Навчання платне?" is the apprentice's pay
        # (APPRENTICESHIP), "Платно?" what the advice costs.
        "платно, платне, платна, платні, безкоштовне"
    ),
    "ar": (
        "كم يكلف هذا, كم يكلف ذلك, كم تكلفة ذلك, كم تكلفة هذا, هل هذا مجاني, هل هو مجاني, "
        "هل هذا مدفوع, هل هو مدفوع, هل يجب أن أدفع شيئا, هل علي أن أدفع شيئا, "
        "هل أدفع شيئا, بكم هذا, كم التكلفة, ما التكلفة, ما هي التكلفة, كم السعر, ما السعر, "
        "كم الثمن, هل هناك رسوم, هل توجد رسوم, هل يوجد رسوم, هل هي مجانية, هل يجب أن أدفع, "
        "هل علي الدفع, هل أدفع, "
        # "Paid" said of something: "هل التدريب المهني مدفوع؟" is the apprentice's pay
        # (APPRENTICESHIP), "هل هو مدفوع؟" what the advice costs.
        "مدفوع, مدفوعة, "
        # "هل التدريب المهني مجاني؟" is the apprentice's pay (APPRENTICESHIP).
        "مجاني, مجانية, مجانا"
    ),
}

#: What names the apprenticeship, an apprentice, or being paid for it (a month's wage, a
#: verb of getting paid): beside an ITS_COST phrase it says whose cost or pay is asked, and
#: that is the apprentice's ("Ausbildung ücretli mi?", "học nghề có mất tiền không?",
#: "скільки коштує учень?", "هل التدريب المهني مدفوع؟"), not the advice's. A word counts
#: whole, a typo away, or (from five letters) at the start or end of a longer word
#: ("Ausbildungsplatz", "çıraklara", "للمتدرب"). Phrases of whole words otherwise.
APPRENTICESHIP: dict[str, str] = {
    "de": (
        "ausbildung, azubi, azubis, auszubildende, auszubildender, auszubildenden, lehre, "
        "lehrling, lehrlinge, im monat, pro monat, monatlich, verdiene, bekomme, bekommt, "
        # Working for free is unpaid work: "Arbeite ich umsonst?" asks about pay.
        "kriege, kriegt, arbeite, arbeiten, arbeitet"
    ),
    "en": (
        "apprenticeship, apprentice, apprentices, trainee, trainees, ausbildung, azubi, "
        "training, a month, per month, monthly, earn, get paid, i get, work, working"
    ),
    "tr": (
        "ausbildung, azubi, çırak, çırağa, çırağın, çıraklık, çıraklar, meslek eğitimi, "
        "mesleki eğitim, eğitim, eğitimi, eğitimde, ayda, aylık, alırım, alır, "
        "alıyor, alıyorum, kazanırım, çalışacağım, çalışacak, çalışırım, çalışıyorum, "
        "çalışmak"
    ),
    "vi": (
        "học nghề, ausbildung, azubi, người học nghề, học viên, đào tạo nghề, đi học nghề, "
        "một tháng, mỗi tháng, hàng tháng, được, nhận, được trả, làm việc"
    ),
    "uk": (
        "ausbildung, аусбільдунг, навчання, навчанні, навчанням, навчанню, учень, учня, "
        "учні, учнів, учнем, учениця, професійне навчання, на місяць, щомісяця, отримую, "
        "отримує, заробляю, працюватиму, працювати, працюю, працює"
    ),
    "ar": (
        "ausbildung, التدريب, تدريب, التدريب المهني, المتدرب, متدرب, المتدربين, متدربين, "
        "اوسبيلدونغ, في الشهر, شهريا, احصل, يحصل, اتقاضى, أعمل, اعمل, يعمل, نعمل"
    ),
}

#: What people type when they want one of the bot's dialogues rather than a page: a young
#: person or a parent looking for an apprenticeship ("Ich suche einen Ausbildungsplatz")
#: is taken to the dialogue for young people, a business that wants to train ("Wir suchen
#: einen Azubi", "I want to train apprentices") to the one for businesses, not told "no
#: information page". Phrases only, each with its verb, so that the two never meet: a
#: business writes "Ausbildungsplatz" too ("Wir haben einen Ausbildungsplatz frei"), and a
#: question ("Wie kann ich ausbilden?") gets its page. Keys are flow keys (bot.flows).
WISHES: dict[str, dict[str, str]] = {
    "de": {
        "young": (
            # Dropped out and looking again ("Ich habe meine Ausbildung abgebrochen und suche
            # eine neue"): "I have no information page on this" before.
            "ausbildung abgebrochen, lehre abgebrochen, ausbildung geschmissen, "
            "suche ausbildung, suche eine ausbildung, suche einen ausbildungsplatz, "
            # A teenager's "keen on" ("hab bock auf ausbildung als koch": no page).
            "bock auf ausbildung, bock auf eine ausbildung, bock auf ne ausbildung, "
            "lust auf ausbildung, lust auf eine ausbildung, lust auf ne ausbildung, "
            "suche ne ausbildung, suche nach einer ausbildung, suche nach ausbildung, "
            "suche ausbildungsplatz, suche eine lehrstelle, suche lehrstelle, "
            # As a small ad says it ("Ausbildungsplatz gesucht": no information page).
            "ausbildungsplatz gesucht, lehrstelle gesucht, ausbildungsstelle gesucht, "
            "suche eine ausbildungsstelle, sucht eine ausbildung, sucht einen "
            "ausbildungsplatz, sucht ausbildung, ausbildungsplatz suchen, "
            "ausbildungsplatz finden, eine ausbildung finden, ausbildung machen, "
            "eine ausbildung anfangen, brauche eine ausbildung, brauche einen ausbildungsplatz, "
            # Checked before the business's "suche einen azubi": a young person's place.
            "azubi platz, azubiplatz, azubi stelle, azubistelle, azubi job, lehrling platz, "
            "lehrlingsplatz, azubi ausbildung, azubi werden, mich ausbilden lassen, "
            "möchte eine ausbildung, will eine ausbildung, hätte gern eine ausbildung, "
            "suche eine lehre, suche lehre, möchte eine lehre machen, lehre machen, "
            "braucht eine ausbildung, braucht einen ausbildungsplatz, "
            # Without the article, as people with a little German write it ("ich brauche
            # ausbildung": "I have no information page on this").
            # With "ich": "wir möchten Ausbildung anbieten" is a business's.
            "ich brauche ausbildung, ich brauche ausbildungsplatz, ich will ausbildung, "
            "ich möchte ausbildung, ausbildung suchen, ausbildung finden, "
            # "Brauche" is the person's own (a business says "brauchen").
            "brauche ausbildung, brauche ausbildungsplatz, brauche lehrstelle, "
            # Asked how: "Wie finde ich einen Ausbildungsplatz?" (no page answers it).
            "finde ich einen ausbildungsplatz, finde ich eine ausbildung, finde ich eine "
            "lehrstelle, finde ich eine ausbildungsstelle, "
            # He or she looks for it (a parent's "Mein Sohn sucht eine Lehrstelle").
            "sucht eine lehrstelle, sucht lehrstelle, sucht eine ausbildungsstelle, sucht "
            "eine lehre, sucht nach einer ausbildung, sucht nach ausbildung, "
            # "ne", "nen" for "eine", "einen", as it is said ("meine Tochter sucht ne
            # Ausbildung": only the parent was taken, the child's situation asked again).
            "sucht ne ausbildung, sucht nen ausbildungsplatz, sucht ne lehrstelle, "
            "sucht ne lehre, suche nen ausbildungsplatz, suche ne lehrstelle, suche ne lehre"
        ),
        "business": (
            "möchte ausbilden, möchten ausbilden, will ausbilden, wollen ausbilden, "
            "suche einen azubi, suchen einen azubi, suche azubis, suchen azubis, "
            "suche einen auszubildenden, suchen einen auszubildenden, suchen auszubildende, "
            "suche einen lehrling, suchen einen lehrling, möchte ausbildungsbetrieb werden, "
            "möchten ausbildungsbetrieb werden, wollen ausbildungsbetrieb werden, "
            "azubi einstellen, lehrling einstellen, ausbildungsplatz frei, "
            "ausbildungsplatz anbieten, ausbildungsplätze anbieten, brauche einen azubi, "
            "brauchen einen azubi, brauchen azubis, brauche azubis, brauchen einen "
            "auszubildenden, brauchen auszubildende, brauchen einen lehrling, "
            "brauche einen lehrling, suchen lehrlinge, suche lehrlinge, "
            # As a job advert says it ("Azubi gesucht für Restaurant": "I have no
            # information page on this").
            "azubi gesucht, azubis gesucht, lehrling gesucht, lehrlinge gesucht, "
            "auszubildende gesucht, auszubildender gesucht, auszubildenden gesucht, "
            # An offer ("Wir bieten Ausbildung als Koch an in Leipzig": the offices page,
            # by the town; "als Koch" is read away, bot.faq.matcher._TRADE_INSIDE).
            "bieten ausbildung an, bieten eine ausbildung an, biete ausbildung an, biete eine "
            "ausbildung an, bieten ausbildungsplätze an, bieten einen ausbildungsplatz an, "
            "bieten lehrstellen an, bieten eine lehrstelle an"
        ),
        # "Please call me": the menu's "📞 Request a callback", typed.
        "callback": (
            "können sie mich anrufen, könnt ihr mich anrufen, rufen sie mich an, ruft mich "
            "an, bitte um rückruf, rückruf bitte, mich zurückrufen, rufen sie mich zurück, "
            # An appointment or advice asked for ("Termin" alone: "der Termin der Prüfung").
            "beraten lassen, einen termin, ein termin, termin vereinbaren, termin machen, "
            "beratungstermin"
        ),
    },
    "en": {
        "young": (
            # Dropped out and looking again ("Ich habe meine Ausbildung abgebrochen und suche
            # eine neue"): "I have no information page on this" before.
            "dropped out of my apprenticeship, dropped out of my ausbildung, "
            "dropped my apprenticeship, "
            "looking for an apprenticeship, looking for apprenticeship, "
            "looking for a apprenticeship, looking for a training place, "
            "looking for ausbildung, looking for an ausbildung, searching for an "
            "apprenticeship, find an apprenticeship, find a training place, want an "
            "apprenticeship, want to do an apprenticeship, need an apprenticeship, "
            "get an apprenticeship, do an ausbildung, apprentice position, apprentice job, "
            "apprentice place, apprentice role, apprentice work, apprentice ship, apprentice "
            "placement, be an apprentice, become an apprentice, find apprenticeships, find "
            "an ausbildung, find ausbildung, "
            # As typed with little English, with the German word.
            "want do ausbildung, want to do ausbildung, want make ausbildung, want to make "
            "ausbildung, want ausbildung, want an ausbildung, want do an ausbildung, "
            # He or she wants it (a parent's "My daughter wants to learn a trade").
            "wants an apprenticeship, wants to do an apprenticeship, wants to learn a trade, "
            "want to learn a trade, wants to do an ausbildung, wants to do ausbildung, "
            "needs an apprenticeship, "
            # In the fewest words ("need apprenticeship": "I have no information page").
            "need apprenticeship, want apprenticeship, need ausbildung, "
            # Levantine Arabic in Latin letters, with German's word ("bdi ausbildung": I
            # want; "bdi 23ml ausbildung": I want to do), as typed whichever language the
            # bot speaks ("I have no information page on this" before).
            "bdi ausbildung, badi ausbildung, bade ausbildung, biddi ausbildung, "
            "baddi ausbildung, bidi ausbildung, bde ausbildung, bddi ausbildung, "
            "bdi 23ml ausbildung, bdi a3ml ausbildung, bdi 2a3ml ausbildung, "
            "bdi e3ml ausbildung, bdi a3mel ausbildung, bdi 23mel ausbildung, "
            "badi 23ml ausbildung, badi a3ml ausbildung, bade 23ml ausbildung, "
            "bade a3ml ausbildung, bade a3mel ausbildung, biddi a3ml ausbildung"
        ),
        "business": (
            "want to train apprentices, want to train an apprentice, like to train "
            "apprentices, like to train an apprentice, looking for an apprentice, looking "
            "for apprentices, searching for an apprentice, need an apprentice, hire an "
            "apprentice, take on an apprentice, want to become a training company, offer an "
            "apprenticeship, offer apprenticeships, need apprentices, we need an apprentice, "
            # As a job advert says it ("apprentice wanted").
            "apprentice wanted, apprentices wanted, apprentice needed, apprentices needed, "
            "hiring an apprentice, hiring apprentices, "
            # With the article slipped ("I need a apprentice": "I have no information page").
            "need a apprentice, looking for a apprentice, searching for a apprentice, "
            "hire a apprentice, take on a apprentice"
        ),
        "callback": (
            "call me back, call me, please call me, can you call me, request a callback, "
            "need a callback, make an appointment, an appointment, book an appointment"
        ),
    },
    "tr": {
        "young": (
            # Dropped out and looking again ("Ich habe meine Ausbildung abgebrochen und suche
            # eine neue"): "I have no information page on this" before.
            "ausbildungumu bıraktım, meslek eğitimimi bıraktım, meslek eğitimimi yarıda bıraktım, "
            "ausbildung arıyorum, ausbildung yeri arıyorum, çıraklık arıyorum, "
            "çıraklık yeri arıyorum, meslek eğitimi arıyorum, mesleki eğitim arıyorum, "
            "meslek eğitimi yeri arıyorum, ausbildung yapmak istiyorum, "
            "meslek eğitimi almak istiyorum, ausbildung bulmak, ausbildung arıyor, çırak olmak "
            "istiyorum, çırak yeri arıyorum, çırak olarak iş arıyorum, ausbildung yeri bulurum, "
            "ausbildung bulurum, ausbildung yeri bulabilirim, ausbildung nasıl bulabilirim, "
            "ausbildung nasıl bulurum, ausbildung bulabilirim, "
            # "I want to do an apprenticeship", "to learn a trade" (the page on dual
            # training, a question about it, was shown).
            "çıraklık yapmak istiyorum, meslek öğrenmek istiyorum, bir meslek öğrenmek "
            "istiyorum, meslek edinmek istiyorum, zanaat öğrenmek istiyorum, "
            # He or she wants it (a parent's "kızım meslek öğrenmek istiyor").
            "meslek öğrenmek istiyor, bir meslek öğrenmek istiyor, ausbildung yapmak istiyor, "
            "çıraklık yapmak istiyor, çıraklık arıyor, ausbildung yeri arıyor, meslek "
            "eğitimi arıyor, meslek eğitimi almak istiyor, çırak olmak istiyor, meslek "
            "edinmek istiyor, "
            # In the fewest words ("ausbildung istiyorum": "I have no information page").
            "ausbildung istiyorum, ausbildung lazım, ausbildunga ihtiyacım var"
        ),
        "business": (
            # Not "azubi arıyorum" nor "arıyoruz" (a typo apart): a young person says it of
            # the apprenticeship too.
            "çırak arıyorum, çırak arıyoruz, çırak almak istiyorum, çırak yetiştirmek "
            "istiyorum, eğitim işletmesi olmak istiyorum, "
            "ausbildung vermek istiyorum, meslek eğitimi vermek istiyorum, azubi almak "
            "istiyorum, ausbildungsbetrieb olmak istiyorum, çırağa ihtiyacımız var, "
            # As a job advert says it ("çırak aranıyor": the page on becoming a training
            # business). "Is sought", never a young person's "I look for".
            "çırak aranıyor, çırak aranır, çırak alınacaktır, çırak alınır, azubi aranıyor, "
            "azubi aranır, "
            # "An apprentice is needed" ("Restoranım için çırak lazım": the page on becoming
            # a training business).
            "çırak lazım, çırağa ihtiyacım var, çırak gerekiyor, çırak lazim, "
            # "We give an apprenticeship" ("Leipzig'de aşçılık için çıraklık veriyoruz": the
            # offices page, by the town), also without the Turkish letters.
            "çıraklık veriyoruz, ciraklik veriyoruz, ausbildung veriyoruz, meslek eğitimi "
            "veriyoruz, meslek egitimi veriyoruz, çıraklık imkanı sunuyoruz"
        ),
        "callback": (
            "beni arayın, beni arar mısınız, beni arayabilir misiniz, geri arayın, randevu "
            "almak, randevu istiyorum, randevu alabilir"
        ),
    },
    "vi": {
        "young": (
            "tìm chỗ học nghề, tìm học nghề, tìm nơi học nghề, muốn học nghề, "
            "tìm ausbildung, tìm chỗ ausbildung, muốn học ausbildung, muốn đi học nghề, "
            # German's word alone after "want", "to do", "need" ("em muốn Ausbildung als
            # Koch ở Leipzig": the offices page, by the town).
            "muốn ausbildung, muốn làm ausbildung, cần ausbildung, "
            "cần tìm chỗ học nghề, đang tìm chỗ học nghề, cần học nghề"
        ),
        "business": (
            # "Azubi" and "học viên" also name the programme and the candidates of agencies
            # for studying abroad ("Trung tâm có tuyển học viên đi Đức không"): only with
            # a verb of the one who takes someone on.
            "cần tìm người học nghề, muốn nhận người học nghề, muốn tuyển người học nghề, "
            "cần tuyển người học nghề, muốn đào tạo người học nghề, muốn nhận azubi, "
            "muốn tuyển azubi, cần tuyển azubi, muốn đào tạo azubi, muốn nhận người học việc, "
            # Taking on "học viên" is the business's ("tuyển học viên" an agency's too).
            "muốn nhận học viên, cần nhận học viên, "
            # "An apprentice worker" ("thợ học việc"), whom a shop takes on.
            "cần tuyển người học việc, cần người học việc, cần thợ học việc, muốn nhận thợ "
            "học việc, cần tuyển thợ học việc, "
            # "Want to find", "am looking for" an apprentice ("tôi có tiệm nail, muốn tìm
            # người học nghề": "I have no information page on this").
            "muốn tìm người học nghề, đang tìm người học nghề, tìm người học nghề cho, "
            "muốn tìm người học việc, đang tìm người học việc, tìm người học việc cho, "
            "muốn tìm azubi, đang tìm azubi, cần người học nghề, "
            # "We have an apprenticeship place" ("chúng tôi có chỗ học nghề đầu bếp ở
            # Leipzig": the offices page, by the town).
            "chúng tôi có chỗ học nghề, chúng tôi có chỗ học việc, bên tôi có chỗ học nghề, "
            "tiệm tôi có chỗ học nghề, chúng tôi nhận người học nghề, "
            # As a shop's job advert says it ("cần tuyển học việc": the page on becoming
            # a training business).
            "cần tuyển học việc, tuyển học việc, tuyển thợ học việc, tuyển người học việc, "
            "cần tuyển thợ học nghề, tuyển thợ học nghề"
        ),
        "callback": (
            "gọi lại cho tôi, gọi cho tôi, gọi lại cho em, gọi cho em, gọi lại giúp, đặt lịch "
            "hẹn, lịch hẹn tư vấn, hẹn gặp tư vấn"
        ),
    },
    "uk": {
        "young": (
            # Dropped out and looking again ("Ich habe meine Ausbildung abgebrochen und suche
            # eine neue"): "I have no information page on this" before.
            "кинув навчання, кинула навчання, покинув навчання, покинула навчання, "
            "перервав навчання, перервала навчання, "
            "шукаю ausbildung, шукаю аусбільдунг, шукаю місце навчання, шукаю "
            "професійне навчання, шукаю навчання, шукаю місце для навчання, "
            # "for training" said with "на" ("Please tap" before).
            "шукаю місце на навчання, шукаю місце на профнавчання, шукаю місце для "
            "профнавчання, шукає місце на навчання, хочу "
            "пройти ausbildung, хочу професійне навчання, знайти ausbildung, "
            "знайти місце навчання, шукає ausbildung, шукає місце навчання, місце учня, "
            "стати учнем, учнівське місце, потрібне навчання, потрібен ausbildung, "
            "потрібен аусбільдунг, "
            # Russian, which many Ukrainians type.
            "ищу ausbildung, ищу аусбильдунг, ищу место учебы, ищу место для обучения, "
            "ищу обучение, ищу учебу, хочу ausbildung, хочу пройти ausbildung, "
            # He or she looks for (a parent's "мой сын ищет ausbildung").
            "ищет ausbildung, ищет аусбильдунг, ищет место учебы, ищет место для обучения, "
            "ищет обучение, ищет учебу, "
            # "I want to train as a cook", "to learn a profession" ("I have no information
            # page on this").
            "хочу навчатися на, хочу вчитися на, хочу здобути професію, хочу отримати "
            "професію, хочу вивчити професію, хочу учиться на, хочу получить профессию, "
            # He or she looks for it, wants it (a parent's "мій син шукає аусбільдунг").
            "шукає аусбільдунг, шукає навчання, шукає професійне навчання, шукає місце для "
            "навчання, хоче пройти ausbildung, хоче пройти аусбільдунг, хоче навчатися на, "
            "хоче вчитися на, хоче здобути професію, хоче отримати професію, хоче вивчити "
            "професію, хочет учиться на, хочет получить профессию"
        ),
        "business": (
            "шукаю учня, шукаємо учня, шукаю учнів, шукаємо учнів, хочу навчати учнів, "
            "хочу взяти учня, шукаю azubi, хочу стати навчальним підприємством, хочемо "
            "стати навчальним підприємством, хочемо взяти "
            "учня, хочемо навчати учнів, шукаємо азубі, шукаємо azubi, потрібен учень, "
            "хочу взяти азубі, ищу ученика, ищем ученика, ищем azubi, хочу взять ученика, "
            "хотим взять ученика, "
            # A girl apprentice (a nail or hair salon's): "ученицю", "учениця".
            "шукаю ученицю, шукаємо ученицю, хочу взяти ученицю, потрібна учениця, "
            # As a job advert says it ("потрібні учні": "I have no information page").
            "потрібні учні, потрібні учениці, требуется ученик, требуются ученики, "
            # "We offer an apprenticeship" ("Ми пропонуємо навчання на кухаря в Лейпцигу":
            # "I have no information page on this").
            "пропонуємо навчання, пропонуємо професійне навчання, пропонуємо місце для "
            "навчання, предлагаем обучение, пропонуємо місце навчання, пропонуємо місця "
            "навчання, маємо місце для навчання"
        ),
        "callback": (
            "зателефонуйте мені, передзвоніть мені, подзвоніть мені, передзвоніть, "
            "позвоните мне, перезвоните мне, записатися на консультацію, запис на "
            "консультацію, хочу консультацію"
        ),
    },
    "ar": {
        "young": (
            # Dropped out and looking again ("Ich habe meine Ausbildung abgebrochen und suche
            # eine neue"): "I have no information page on this" before.
            "تركت التدريب المهني, تركت التدريب, تركت الاوسبيلدونغ, "
            "أبحث عن تدريب مهني, أبحث عن تدريب, ابحث عن تدريب, أبحث عن أوسبيلدونغ, "
            "أبحث عن ausbildung, أريد تدريب مهني, أريد أن أصبح متدرب, اريد تدريب مهني, "
            "يبحث عن تدريب مهني, يبحث عن تدريب, أبحث عن مكان تدريب, أريد أن أكون متدرب, "
            # She is looking (a daughter): "ابنتي تبحث عن تدريب مهني".
            "تبحث عن تدريب مهني, تبحث عن تدريب, "
            # Levantine and Gulf "I want" ("بدي", "ابغى"), "to do" ("اعمل").
            "بدي اعمل اوسبيلدونغ, بدي اوسبيلدونغ, بدي تدريب مهني, بدي اعمل تدريب مهني, "
            # "I need" ("محتاج": "I have no information page on this").
            "محتاج اوسبيلدونغ, محتاج تدريب مهني, "
            # German's word among the Arabic ("أريد Ausbildung als Koch في Leipzig": the
            # offices page, by the town).
            "أريد ausbildung, اريد ausbildung, بدي ausbildung, ابغى ausbildung, "
            "محتاج ausbildung, ابحث عن ausbildung, بدي اعمل ausbildung, "
            "أريد أن أعمل ausbildung, اريد ان اعمل ausbildung, "
            "كيف أجد تدريب, كيف اجد تدريب, كيف ألاقي تدريب, وين بلاقي تدريب, "
            "ابغى تدريب مهني, ابغى اوسبيلدونغ, أريد أوسبيلدونغ, أريد أن أعمل أوسبيلدونغ, "
            # "I want to learn a trade", Levantine "مصلحة" ("I have no information page").
            "أريد أن أتعلم مهنة, اريد ان اتعلم مهنة, أريد تعلم مهنة, بدي اتعلم مصلحة, "
            "بدي اتعلم مهنة, بدي أتعلم مهنة, ابغى اتعلم مهنة, "
            # He or she wants it (a parent's "ابني بدو يتعلم مهنة", "ابنتي تريد أن تتعلم مهنة").
            "يريد أن يتعلم مهنة, يريد ان يتعلم مهنة, يريد تعلم مهنة, تريد أن تتعلم مهنة, "
            "تريد ان تتعلم مهنة, تريد تعلم مهنة, يريد تدريب مهني, تريد تدريب مهني, "
            "بدو يتعلم مهنة, بدو يتعلم مصلحة, بدها تتعلم مهنة, بدها تتعلم مصلحة, "
            "بدو تدريب مهني, بدها تدريب مهني, بدو اوسبيلدونغ, بدها اوسبيلدونغ, "
            # Without "vocational" ("بنتي بدها تدريب": only the parent was taken).
            "بدو تدريب, بدها تدريب, "
            # Levantine "looking for" ("عم دور على تدريب", a parent's "عم يدور على تدريب"):
            # "Please tap one of the buttons below" at the child's situation.
            "دور على تدريب, بدور على تدريب, يدور على تدريب, بيدور على تدريب, تدور على "
            "تدريب, بتدور على تدريب, دور على اوسبيلدونغ, بدور على اوسبيلدونغ, يدور على "
            "اوسبيلدونغ, تدور على اوسبيلدونغ, "
            # "على" written short, as chats write it ("عم دور ع اوسبيلدونغ").
            "دور ع تدريب, بدور ع تدريب, يدور ع تدريب, تدور ع تدريب, دور ع اوسبيلدونغ, "
            "بدور ع اوسبيلدونغ, يدور ع اوسبيلدونغ, تدور ع اوسبيلدونغ"
        ),
        "business": (
            "أبحث عن متدرب, نبحث عن متدرب, أريد تدريب متدربين, أريد توظيف متدرب, "
            "أريد أن أدرب متدربين, نبحث عن متدربين, ابحث عن متدربين, نحتاج متدرب, "
            "نحتاج الى متدرب, احتاج متدرب, "
            # "We want" ("نريد", "بدنا"), as a business speaks: "I have no information page" before.
            "نريد تدريب متدربين, نريد تدريب متدرب, نريد أن ندرب متدربين, نريد ان ندرب متدربين, "
            "نريد توظيف متدرب, نريد متدرب, نريد متدربين, بدنا ندرب متدربين, بدنا ندرب متدرب, "
            # Levantine and Gulf "I want" ("بدي", "ابغى"), "take" ("اخد").
            "بدي اخد متدرب, بدي متدرب, بدنا متدرب, بدي وظف متدرب, ابغى متدرب, أريد متدرب, "
            # "Take" as it is written too ("اخذ"), and "we take" ("ناخد").
            "بدي اخذ متدرب, بدي آخذ متدرب, بدنا ناخد متدرب, بدنا ناخذ متدرب, "
            # As a job advert says it ("مطلوب متدرب": "I have no information page on this").
            "مطلوب متدرب, مطلوب متدربين, مطلوب متدربة, مطلوب متدربات, "
            # Levantine "I need", "we need" ("محتاج متدرب": "I have no information page").
            "محتاج متدرب, محتاجين متدرب, محتاجة متدرب, بحاجة إلى متدرب, بحاجة لمتدرب, "
            # "We offer an apprenticeship" ("نحن نقدم تدريب مهني كطباخ في لايبزيغ": the offices
            # page, by the town).
            "نقدم تدريب مهني, نقدم تدريبا مهنيا, نقدم تدريب, نوفر تدريب مهني, نوفر تدريبا مهنيا, "
            # "We have a training place" ("عندنا مكان تدريب طباخ في لايبزيغ": the offices page).
            "عندنا مكان تدريب, عندنا فرصة تدريب, لدينا مكان تدريب, لدينا فرصة تدريب, عنا مكان "
            "تدريب, عندنا مكان للتدريب, لدينا مكان للتدريب"
        ),
        "callback": (
            "اتصلوا بي, اتصل بي, تتصلو فيني, تتصلوا بي, اتصلوا فيني, أريد مكالمة, أريد موعد, "
            "بدي موعد, حجز موعد, أريد استشارة"
        ),
    },
}

#: "I can't find an apprenticeship" ("Ich finde keine Ausbildung", "Ausbildung
#: bulamıyorum", "لا أجد تدريب مهني", "em không tìm được chỗ học nghề", "не можу знайти
#: навчання"), and a business's "we can't find an apprentice": a wish whose "not" does
#: not turn it round (WISHES' are: "Ich will keine Ausbildung machen"), so that it got
#: its dialogue in English only. Per language and flow, pairs of lists: each phrase of the
#: first followed by each of the second is looked for, as WISHES' phrases are.
NOT_FOUND: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "de": {
        "young": (
            (
                "finde, findet",
                "keine ausbildung, keinen ausbildungsplatz, keine ausbildungsstelle, "
                "keine lehrstelle, keine lehre",
            ),
            (
                "keine ausbildung, keinen ausbildungsplatz, keine ausbildungsstelle, "
                "keine lehrstelle, keine lehre",
                "finden, gefunden",
            ),
        ),
        "business": (
            ("finde, finden", "keinen azubi, keine azubis, keinen lehrling, keine lehrlinge"),
            ("keinen azubi, keine azubis, keinen lehrling, keine lehrlinge", "finden, gefunden"),
        ),
    },
    "en": {
        # "can't", "haven't" are cut into "can", "t" and "haven", "t".
        "young": (
            (
                "t find, not find, t found, not found",
                "an apprenticeship, a apprenticeship, apprenticeship, any apprenticeship, "
                "a training place, an ausbildung, a place for an apprenticeship",
            ),
        ),
        "business": (
            (
                "t find, not find, t found, not found",
                "an apprentice, apprentices, any apprentices, a trainee, an azubi",
            ),
        ),
    },
    "tr": {
        "young": (
            (
                "ausbildung, ausbildung yeri, ausbildungsplatz, staj yeri, çıraklık, "
                "çıraklık yeri, çırak yeri, meslek eğitimi, meslek eğitimi yeri, "
                "mesleki eğitim yeri",
                "bulamıyorum, bulamıyor, bulamadım",
            ),
        ),
        "business": (("çırak, çıraklar", "bulamıyoruz, bulamıyorum, bulamadık"),),
    },
    "vi": {
        "young": (
            (
                "không tìm được, chưa tìm được, ko tìm được, k tìm được, không tìm thấy, "
                "chưa tìm thấy, không kiếm được, chưa kiếm được",
                "chỗ học nghề, nơi học nghề, ausbildung, chỗ ausbildung, chỗ làm ausbildung",
            ),
        ),
        "business": (
            (
                "không tìm được, chưa tìm được, không tuyển được, chưa tuyển được",
                "người học nghề, azubi",
            ),
        ),
    },
    "uk": {
        "young": (
            (
                "не можу знайти, не може знайти, не можемо знайти, не знайшов, не знайшла, "
                "не знайшли, не знайду, не вдається знайти",
                "навчання, ausbildung, аусбільдунг, місце навчання, місце для навчання, "
                "професійне навчання, учнівське місце",
            ),
        ),
        "business": (
            (
                "не можу знайти, не можемо знайти, не знайшли",
                "учня, учнів, азубі, azubi",
            ),
        ),
    },
    "ar": {
        "young": (
            (
                "لا أجد, لم أجد, ما لقيت, ما لاقي, مش لاقي, لا يجد, لم يجد, ما لقى, "
                "لم أعثر على, لا أستطيع إيجاد, "
                # "I (he, she) cannot find", and a daughter's "she does not find".
                "لا أستطيع أن أجد, لا يستطيع أن يجد, لا تستطيع أن تجد, لا يستطيع إيجاد, "
                "لا تستطيع إيجاد, لا أستطيع العثور على, لا يستطيع العثور على, "
                "لا تستطيع العثور على, لا تجد, لم تجد, لم يعثر على, لم تعثر على",
                "تدريب, أوسبيلدونغ, ausbildung, مكان تدريب, فرصة تدريب",
            ),
        ),
        "business": (
            (
                "لا نجد, لم نجد, ما لقينا, لا أجد, لم أجد, ما لقيت",
                "متدرب, متدربا, متدربين",
            ),
        ),
    },
}

#: What an apprentice in trouble types: problems with the training company or the boss,
#: or the wish to change the training company ("Kann ich den Ausbildungsbetrieb
#: wechseln?", which got the page for businesses). They lead to the dialogue for young
#: people, as WISHES' "young" do, but are not turned round by a negation: trouble is
#: said with one ("er zahlt nicht", "maaş ödemiyor"). Phrases only, as in WISHES.
TROUBLE: dict[str, str] = {
    "de": (
        "probleme in der ausbildung, problem in der ausbildung, probleme mit meinem chef, "
        "problem mit meinem chef, probleme mit dem chef, ärger mit meinem chef, "
        "stress mit meinem chef, probleme mit meinem ausbilder, problem mit meinem "
        "ausbilder, probleme im ausbildungsbetrieb, hilfe in der ausbildung, "
        "hilfe bei meiner ausbildung, ärger in der ausbildung, ausbildung abbrechen, "
        "chef zahlt nicht, chef zahlt mir nicht, chef zahlt kein, chef zahlt mir kein, "
        "bezahlt mich nicht, bekomme kein geld, bekomme keinen lohn, bekomme keine "
        "vergütung, bekomme kein gehalt, hat mich nicht bezahlt, mich nicht bezahlt, "
        "kein gehalt bekommen, keinen lohn bekommen, kein geld bekommen, "
        # "seit zwei Monaten nicht bezahlt": not alone ("Wird das Praktikum nicht bezahlt?").
        "monaten nicht bezahlt, monaten kein gehalt, monaten keinen lohn, monat nicht "
        "bezahlt, monat kein gehalt, wochen nicht bezahlt, wochen kein gehalt, "
        "monaten kein geld, monat kein geld, wochen kein geld, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "zahlt zu spät, zahlt immer zu spät, zahlt nie pünktlich, zahlt nicht pünktlich, "
        "lohn kommt zu spät, gehalt kommt zu spät, "
        "ausbildungsbetrieb wechseln, den betrieb wechseln, betrieb wechseln, "
        "ausbildungsplatz wechseln, ausbildungsstelle wechseln, ausbildung wechseln, "
        "anderen ausbildungsbetrieb, neuen ausbildungsbetrieb, wechsel des "
        "ausbildungsbetriebs, ausbildungsbetrieb verlassen, "
        # An apprentice's own master or trainer ("Mein Meister behandelt mich schlecht"):
        # "Meister" alone finds the page on becoming a training company.
        "mein meister, meinem meister, mein ausbilder, meinem ausbilder, meine ausbilderin, "
        "meiner ausbilderin, "
        # An exam failed, the vocational school too hard: help during the training, not the
        # page on dual training ("ich habe die prüfung nicht bestanden").
        "die prüfung nicht bestanden, meine prüfung nicht bestanden, die prüfung nicht "
        "geschafft, durch die prüfung gefallen, abschlussprüfung nicht bestanden, "
        "zwischenprüfung nicht bestanden, gesellenprüfung nicht bestanden, "
        "berufsschule ist zu schwer, berufsschule zu schwer, probleme in der berufsschule, "
        "probleme mit der berufsschule, schaffe die berufsschule nicht, "
        # Shouted at, stress with the boss ("chef schreit mich immer an", "bin azubi und
        # hab stress mit chef": no information page).
        "schreit mich an, schreit mich immer an, brüllt mich an, stress mit chef, stress "
        "mit dem chef, ärger mit chef, ärger mit dem chef, probleme mit chef, probleme mit "
        "dem chef"
    ),
    "en": (
        "problem in my ausbildung, problems in my ausbildung, problem in my apprenticeship, "
        "problems in my apprenticeship, problems with my employer, problem with my "
        "employer, problems with my boss, problem with my boss, trouble with my boss, "
        "problems with my trainer, help with my apprenticeship, help with my ausbildung, "
        "boss does not pay, boss doesn't pay, boss is not paying, employer does not pay, "
        "does not pay me, doesn't pay me, not paying me, hasn't paid me, has not paid me, "
        "didn't pay me, did not pay me, haven't been paid, have not been paid, "
        "didn't get my salary, did not get my salary, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "pays late, pays me late, paid late, pay late, salary is late, salary comes late, "
        "change my training company, change training company, change my apprenticeship, "
        "switch my training company, switch training company, change my employer, "
        "leave my training company, another training company, quit my apprenticeship, "
        "my trainer, my supervisor, change my ausbildung, switch my ausbildung, quit my "
        "ausbildung, leave my ausbildung, "
        # An exam failed, the vocational school too hard: help during the training.
        "failed my exam, failed the exam, failed my final exam, failed my intermediate "
        "exam, vocational school is too hard, berufsschule is too hard, problems at "
        "vocational school, problems in berufsschule, "
        # Shouted at by the boss.
        "shouts at me, yells at me, screams at me"
    ),
    "tr": (
        "ustamla sorun, ustamla sorunum, işverenimle sorun, işverenimle sorunum, "
        "patronumla sorun, patronumla sorunum, şefimle sorun, ausbildungda sorun, "
        "meslek eğitimimde sorun, maaş ödemiyor, maaşımı ödemiyor, maaşımı vermiyor, "
        # The master's pay not given ("ustam maaş vermiyor": the pay page).
        "maaş vermiyor, maaş vermedi, maaş ödemedi, "
        "maaşımı vermedi, maaşımı ödemedi, maaş alamıyorum, maaşımı alamıyorum, "
        "para vermiyor, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "geç ödüyor, geç ödüyorlar, maaşımı geç, maaşı geç, maaşımı hep geç, maaşı hep geç, "
        "işletmeyi değiştirmek, işletmeyi değiştirebilir, "
        "işyerimi değiştirmek, işyerimi değiştirebilir, ustamı değiştirmek, "
        "eğitim yerimi değiştirmek, ausbildung yerimi değiştirmek, ausbildungsbetrieb "
        "değiştirmek, başka işletmeye geçmek, başka bir işletmeye geçmek, "
        "ausbildungu bırakmak, "
        # An exam failed, the vocational school too hard: help during the training.
        "sınavı geçemedim, sınavdan kaldım, sınavı geçemedi, sınavdan kaldı, "
        "meslek okulu çok zor, meslek okulu zor, meslek okulunda zorlanıyorum, "
        "berufsschule çok zor, "
        # Shouted at by the master ("ustam bağırıyor": no information page).
        "ustam bağırıyor, ustam bana bağırıyor, patronum bağırıyor, patronum bana bağırıyor, "
        "şefim bağırıyor, şefim bana bağırıyor"
    ),
    "vi": (
        "vấn đề với chủ, vấn đề với ông chủ, gặp vấn đề khi học nghề, chủ không trả lương, "
        "chủ chưa trả lương, không trả lương cho em, chưa trả lương cho em, không được trả "
        "lương, chưa được trả lương, chủ nợ lương, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "trả lương chậm, trả lương muộn, trả lương trễ, chậm lương, chậm trả lương, "
        "đổi chỗ học nghề, đổi nơi học nghề, chuyển chỗ học nghề, chuyển nơi học nghề, "
        "đổi công ty đào tạo, đổi chỗ ausbildung, muốn đổi nhà hàng, muốn đổi công ty, "
        "muốn đổi tiệm, bỏ học nghề, "
        # The boss named "sếp", and "still" not paying ("sếp em vẫn không trả lương").
        "sếp không trả lương, sếp em không trả lương, vẫn không trả lương, vẫn chưa trả lương, "
        # An exam failed, the vocational school too hard: help during the training.
        "thi trượt, thi rớt, trượt kỳ thi, rớt kỳ thi, không đậu kỳ thi, "
        "trường nghề khó quá, trường nghề quá khó, học trường nghề khó, berufsschule khó quá, "
        # Shouted at, scolded by the boss ("sếp chửi em").
        "sếp chửi em, sếp mắng em, chủ chửi em, chủ mắng em, sếp la em, chủ la em"
    ),
    "uk": (
        "проблеми на навчанні, проблеми з роботодавцем, проблема з роботодавцем, "
        "проблеми з начальником, проблема з начальником, проблеми з керівником, "
        "роботодавець не платить, не платять зарплату, не платить зарплату, "
        "шеф не платить, начальник не платить, керівник не платить, мені не платять, "
        "не виплачує зарплату, не виплачують зарплату, не отримую зарплату, "
        "не заплатив мені, не заплатили мені, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "затримує зарплату, затримують зарплату, платить із запізненням, платить з "
        "запізненням, зарплату із запізненням, зарплату з запізненням, "
        "змінити навчальне підприємство, змінити підприємство, "
        "змінити роботодавця, поміняти навчальне підприємство, поміняти підприємство, "
        "перейти на інше підприємство, інше навчальне підприємство, "
        "змінити місце навчання, поміняти місце навчання, "
        # An exam failed, the vocational school too hard: help during the training.
        "не склав іспит, не склала іспит, не здав іспит, не здала іспит, провалив іспит, "
        "провалила іспит, у профшколі дуже важко, у профшколі важко, профшкола дуже "
        "важка, "
        # Shouted at by the boss ("керівник кричить на мене").
        "кричить на мене, кричать на мене"
    ),
    "ar": (
        "مشكلة في التدريب, مشاكل في التدريب, مشكلة مع صاحب العمل, مشاكل مع صاحب العمل, "
        "مشكلة مع المدير, مشاكل مع المدير, صاحب العمل لا يدفع, تغيير الشركة, "
        "المدير لا يدفع, مديري لا يدفع, لا يدفع لي, لا يدفع راتبي, لم يدفع راتبي, "
        "لم يدفع لي, لا يعطيني راتبي, ما دفع لي, ما عم يدفع, لم أحصل على راتبي, "
        # Gulf and Levantine "does not pay me" ("ما يدفع لي", "ما بيدفع لي").
        "ما يدفع لي, ما بيدفع لي, ما يعطيني راتبي, ما بيعطيني راتبي, "
        # Paid late: an advisor's matter too, not the minimum pay's table.
        "يتأخر بالراتب, بيتأخر بالراتب, يتأخر في دفع, تأخير الراتب, متأخر بالراتب, "
        # Said as Syrians and Iraqis speak ("مديري ما بيدفعلي").
        "ما بيدفعلي, ما بيدفع, ما يدفعلي, ما عم يدفعلي, "
        "تغيير شركة التدريب, تغيير مكان التدريب, أغير الشركة, أغير مكان التدريب, "
        "الانتقال إلى شركة أخرى, أنتقل إلى شركة أخرى, تغيير صاحب العمل, "
        # A parent's of the son or daughter ("his boss does not pay him").
        "مديره لا يدفع, مديرها لا يدفع, لا يدفع له, لا يدفع لها, لا يعطونه راتبه, "
        "لا يعطونها راتبها, لم يدفع له, لم يدفع لها, مشكلة مع مديره, مشكلة مع مديرها, "
        # An exam failed, the vocational school too hard: help during the training.
        "رسبت في الامتحان, رسبت بالامتحان, ما نجحت بالامتحان, لم أنجح في الامتحان, "
        "المدرسة المهنية صعبة, المدرسة المهنية صعبة كتير, المدرسة المهنية صعبة جدا, "
        # Shouted at by the boss ("المدير بيصرخ علي", "المعلم بيعيط علي").
        "بيصرخ علي, يصرخ علي, يصرخ علي دائما, بيعيط علي, يعيط علي"
    ),
}

#: How a business owner names their own business: a young people's wish said of it ("Mein
#: Restaurant will Ausbildung machen", "I'm looking for an apprenticeship for my
#: restaurant") is the business's. Per language: words that own, the things owned (each
#: pair is looked for as two words in a row), and whole phrases. One's own apprentice
#: (OWN_APPRENTICE) counts too.
OWN_BUSINESS: dict[str, tuple[str, str, str]] = {
    "de": (
        "mein, meine, meinem, meinen, meiner, unser, unsere, unserem, unseren, unserer, "
        "habe ein, habe einen, habe eine, haben ein, haben einen, haben eine",
        "restaurant, betrieb, firma, laden, geschäft, imbiss, salon, friseursalon, "
        "pizzeria, unternehmen, werkstatt, café, cafe, kiosk, bäckerei, mitarbeiter, "
        "mitarbeiterin",
        "",
    ),
    "en": (
        "my, our, i have a, we have a, i own a, i run a, we run a",
        # Not "employee": a typo away from an apprentice's "my employer".
        "restaurant, business, company, shop, store, salon, firm, bakery, workshop, cafe, staff",
        "",
    ),
    "tr": (
        "",
        "",
        "restoranım, restoranımda, restoranımız, işletmem, işletmemde, işletmemiz, "
        "dükkanım, dükkanımda, dükkanımız, firmam, firmamda, firmamız, şirketim, "
        "şirketimde, şirketimiz, işyerim, işyerimde, işyerimiz",
    ),
    "vi": (
        "",
        "",
        "nhà hàng của tôi, tiệm của tôi, tiệm nail của tôi, công ty của tôi, cửa hàng của "
        "tôi, tôi có nhà hàng, tôi có tiệm, tôi có công ty, tôi có cửa hàng",
    ),
    "uk": (
        "мій, моя, моє, мого, моєї, моєму, моїй, наш, наша, наше, нашого, нашої, нашому, нашій",
        "ресторан, ресторану, ресторані, бізнес, бізнесу, фірма, фірми, фірмі, "
        "підприємство, підприємства, підприємстві, магазин, магазину, магазині, "
        "перукарня, перукарні, пекарня, пекарні, кафе, салон, салону",
        "",
    ),
    # Not "محلي": it is also the word for "local".
    "ar": ("", "", "مطعمي, مطعمنا, شركتي, شركتنا, متجري, متجرنا, مخبزي, صالوني, ورشتي"),
}

#: How a business owner names their own apprentice: the apprentices, each after one of
#: OWN_BUSINESS's words that own ("Unser Azubi"), and whole phrases. "Unser Azubi will den
#: Betrieb wechseln" is the business's, and so is what APPRENTICE_LEAVES says of one.
OWN_APPRENTICE: dict[str, tuple[str, str]] = {
    "de": (
        "azubi, azubis, azubine, auszubildender, auszubildende, auszubildenden, lehrling, "
        "lehrlinge",
        "",
    ),
    "en": ("apprentice, apprentices, trainee, trainees, azubi", ""),
    "tr": (
        "",
        "çırağım, çırağımız, çırağımızın, çırağımın, çıraklarımız, çıraklarımızdan, azubim, "
        "azubimiz, stajyerimiz",
    ),
    "vi": (
        "",
        "người học nghề của tôi, azubi của tôi, học viên của tôi, người học nghề của chúng "
        "tôi, azubi của chúng tôi, học viên của chúng tôi, azubi nhà tôi, azubi ở tiệm tôi",
    ),
    "uk": ("учень, учениця, учня, учні, учнів, азубі, azubi", ""),
    "ar": (
        "",
        "متدربنا, متدربي, متدربتنا, المتدرب عندي, المتدرب عندنا, المتدرب لدينا, "
        "المتدربة عندي, المتدربة عندنا, المتدربين عندنا",
    ),
}

#: What a business owner says of their own apprentice (OWN_APPRENTICE) who wants to change
#: the training company, to leave or quit, or has trouble ("Unser Azubi will wechseln",
#: "Our apprentice wants to switch", "Çırağımız ayrılmak istiyor"): the business's
#: dialogue, whose help includes "Support during training" (it opened none). Said without
#: one's apprentice they tell too little ("Ich will wechseln": the language, a school?).
#: A word counts as in APPRENTICESHIP: whole, a typo away, or from five letters as the
#: start or end of a longer one ("değiştirmek" for "değiştir"). Phrases of whole words.
APPRENTICE_LEAVES: dict[str, str] = {
    # Not "help" and not "gehen": "Wie kann ich meinem Azubi beim Deutsch helfen?" and
    # "Wann geht mein Azubi zur Berufsschule?" ask for their page.
    "de": (
        "wechseln, wechselt, kündigen, kündigt, gekündigt, kündigung, aufhören, hört auf, "
        "abbrechen, bricht ab, abgebrochen, verlassen, verlässt, probleme, problem, ärger, "
        "schwierigkeiten, kommt nicht mehr"
    ),
    "en": (
        "switch, switching, wants to change, change company, change companies, change "
        "employer, leave, leaving, quit, quits, quitting, drop out, dropping out, resign, "
        "problem, problems, trouble, struggling"
    ),
    "tr": (
        "değiştir, ayrılmak, ayrılıyor, ayrılacak, bırakmak, bırakıyor, bırakacak, istifa, "
        "başka işletmeye, başka yere, sorun, sorunu, sorunlar, problem, gelmiyor"
    ),
    "vi": (
        "đổi chỗ, đổi công ty, đổi tiệm, đổi nhà hàng, chuyển chỗ, chuyển công ty, chuyển "
        "sang, muốn nghỉ, nghỉ việc, nghỉ làm, bỏ việc, bỏ học, bỏ ngang, vấn đề, khó khăn"
    ),
    "uk": (
        "змінити, поміняти, перейти, хоче піти, звільнитися, звільняється, кинути, кидає, "
        "проблеми, проблема, проблему, проблемами"
    ),
    "ar": "تغيير, يغير, يترك, ترك, الانتقال, ينتقل, يستقيل, الاستقاله, مشكله, مشاكل",
}

#: The words of APPRENTICE_LEAVES that say leaving the training company whatever else is
#: named beside them ("Mein Azubi hat die Prüfung nicht bestanden und will aufhören", "My
#: apprentice failed the exam and wants to quit"): the business's dialogue. The others
#: ("wechselt", "leave", "Problem") only where the rest of the text finds no page.
APPRENTICE_QUITS: dict[str, str] = {
    "de": ("kündigen, kündigt, gekündigt, aufhören, hört auf, abbrechen, bricht ab, abgebrochen"),
    "en": "quit, quits, quitting, drop out, dropping out, resign",
    "tr": "ayrılmak, ayrılıyor, ayrılacak, bırakmak, bırakıyor, bırakacak, istifa",
    "vi": "muốn nghỉ, nghỉ việc, nghỉ làm, bỏ việc, bỏ học, bỏ ngang",
    "uk": "хоче піти, звільнитися, звільняється, кинути, кидає",
    "ar": "يترك, يستقيل",
}

#: Time off said with a word of APPRENTICE_LEAVES ("My apprentice needs leave for the
#: exam", "wants to leave early on Fridays", "Çırağım cuma günleri erken ayrılmak
#: istiyor"): no wish to quit the training company (it was in English only).
#: Phrases of whole words.
TIME_OFF: dict[str, str] = {
    "en": (
        "leave early, leave earlier, needs leave, need leave, leave for, on leave, sick leave, "
        "annual leave, days of leave, day of leave"
    ),
    # Each with its word of leaving: the two are compared word by word.
    "de": "früher aufhören, eher aufhören, früh aufhören, früher verlassen, eher verlassen",
    "tr": (
        "erken ayrılmak, erken ayrılıyor, erken ayrılacak, erken bırakmak, erken bırakıyor, "
        "erken bırakacak, izne ayrılmak, izne ayrılıyor, izne ayrılacak"
    ),
    "vi": (
        "muốn nghỉ sớm, muốn nghỉ phép, muốn nghỉ ốm, muốn nghỉ một ngày, muốn nghỉ hôm, "
        "muốn nghỉ ngày, muốn nghỉ thứ, nghỉ làm sớm, muốn nghỉ làm sớm"
    ),
    "uk": (
        "хоче піти раніше, хоче піти у відпустку, хоче піти в відпустку, хоче піти на лікарняний"
    ),
    "ar": "يترك العمل مبكرا, يترك العمل باكرا, يترك مبكرا, يترك العمل بدري, يترك بدري",
}

#: Still at school, in a pupil's (or a parent's) words: the young people's dialogue with
#: "Still at school" taken, as a wish begins it ("I'm still in school" found the page on
#: dual training, "я ще в школі", "okula gidiyorum" no page at all).
AT_SCHOOL: dict[str, str] = {
    "de": (
        "bin noch in der schule, gehe noch zur schule, gehe noch in die schule, ich gehe zur "
        "schule, bin schüler, bin schülerin, ist noch in der schule, geht noch zur schule, "
        # "gehe" as typed in chat.
        "geh noch zur schule, geh noch in die schule, ich geh zur schule, bin noch schüler, "
        "bin noch schülerin, "
        # At Saxony's Oberschule or a Gymnasium now ("bin in der Oberschule": a note at the
        # certificate question, and "Please tap one of the buttons below").
        "bin in der oberschule, bin auf der oberschule, gehe auf die oberschule, geht auf "
        "die oberschule, ist auf der oberschule, bin auf dem gymnasium, gehe aufs gymnasium, "
        "geht aufs gymnasium, ist auf dem gymnasium"
    ),
    "en": (
        # ("still" is left out of the words read: "i'm still in school" is "i'm in school").
        "i'm in school, im in school, i am in school, i'm at school, im at school, i am at "
        "school, i go to school, i am a pupil, i'm a pupil, is at school, is in school, "
        # Without "I'm" (read with its "still": _at_school_with_still).
        "still in school, still at school"
    ),
    "tr": (
        "okula gidiyorum, hala okula gidiyorum, hala okuldayım, okula gidiyor, lise "
        "öğrencisiyim, ortaokul öğrencisiyim, okuldayım, okula gidiyom, "
        # In a grade, at a school ("10. sınıftayım", "lisedeyim").
        "sınıftayım, lisedeyim, ortaokuldayım, "
        # Said of a son or a daughter ("o hâlâ okulda"); not "okulda" alone, a letter
        # from "okuldan sonra" (after school), nor "lisede" from "liseden mezun" (left).
        "hala okulda, hala lisede, hala ortaokulda, lise öğrencisi, ortaokul öğrencisi, "
        # Studying at a school, in a grade ("lisede okuyor", "lise 2. sınıfta": "A
        # certificate from abroad" was taken for the "lise").
        "lisede okuyor, lisede okuyorum, ortaokulda okuyor, ortaokulda okuyorum, okulda "
        "okuyor, okulda okuyorum, sınıfta okuyor, sınıfta"
    ),
    "uk": (
        "я ще в школі, ще навчаюся в школі, ходжу до школи, ходжу в школу, я школяр, я "
        "школярка, ще ходить до школи, "
        # "Studying at school" with the verb a pupil uses ("ще вчуся в школі": the
        # certificate question said "Please tap one of the buttons below").
        "вчуся в школі, ще вчуся в школі, я вчуся в школі, я ще вчуся в школі, навчаюся в "
        "школі, я навчаюся в школі, "
        # Said of a son or a daughter ("він ще в школі", "син ще навчається в школі").
        "ще в школі, ще навчається в школі, ходить до школи, ходить у школу, ходить в школу"
    ),
    "ar": (
        "انا بالمدرسة, أنا بالمدرسة, انا في المدرسة, أنا في المدرسة, ما زلت في المدرسة, "
        "لسا بالمدرسة, لسا في المدرسة, بروح عالمدرسة, لسه بالمدرسة, لسه في المدرسة, "
        # Levantine "I am still" ("بعدني بالمدرسة").
        "بعدني بالمدرسة, بعدني في المدرسة, بعدني عم روح عالمدرسة, "
        # In a grade ("انا بالصف العاشر").
        "انا بالصف, أنا بالصف, انا في الصف, أنا في الصف"
    ),
    "vi": (
        "em đang học lớp, tôi đang học lớp, em còn đi học, em đang đi học, em là học sinh, "
        "tôi là học sinh, con đang học lớp, "
        # "Still" said with "vẫn" ("em vẫn đang đi học": "Please tap one of the buttons").
        "em vẫn đang đi học, em vẫn đi học, em vẫn còn đi học, tôi vẫn đang đi học, tôi vẫn "
        "đi học, con vẫn đang đi học, con vẫn đi học, con vẫn còn đi học, con còn đi học, "
        "con đang đi học, "
        # A parent's "he, she" ("nó còn đi học": "I have no information page on this").
        "nó còn đi học, nó đang đi học, nó vẫn đi học, nó vẫn còn đi học, nó đang học lớp, "
        "nó là học sinh"
    ),
}

#: Words of their own a letter or two from a keyword, never read as a slip of it: Arabic
#: "ماستر" (a university's master's degree) is one letter from "مايستر" (the Meister), and
#: offered the page on becoming a training business beside the recognition page.
NOT_SLIPS: dict[str, str] = {
    "ar": "ماستر, الماستر, بالماستر, وماستر",
}

#: State benefits on which the bot has no facts (domain.md names BAB, on the support page,
#: and the minimum training pay, not these): a question that names one ("Bekomme ich
#: Kindergeld während der Ausbildung?") found the pay page, which does not answer it; an
#: advisor does. German and English are read in every language (people type "Kindergeld").
#: Not "Unterhalt": "Unterhaltung" (a conversation) begins with it.
OTHER_BENEFITS: dict[str, str] = {
    "de": (
        "kindergeld, kinderzuschlag, bürgergeld, buergergeld, wohngeld, elterngeld, "
        "sozialhilfe, hartz, arbeitslosengeld, bafög, bafoeg, grundsicherung"
    ),
    "en": (
        "child benefit, child allowance, housing benefit, citizen's income, citizens income, "
        "unemployment benefit, social welfare, social assistance, parental allowance"
    ),
    "tr": (
        "çocuk parası, çocuk yardımı, cocuk parasi, konut yardımı, kira yardımı, "
        "sosyal yardım, işsizlik parası, işsizlik maaşı"
    ),
    "vi": (
        "tiền con, tiền trẻ em, trợ cấp con, trợ cấp trẻ em, trợ cấp nhà ở, tiền nhà ở, "
        "trợ cấp xã hội, trợ cấp thất nghiệp, tiền thất nghiệp"
    ),
    "uk": (
        "допомога на дитину, допомогу на дитину, допомоги на дитину, дитячі гроші, "
        "житлова допомога, житлову допомогу, житлової допомоги, соціальна допомога, "
        "соціальну допомогу, допомога з безробіття, допомогу з безробіття"
    ),
    "ar": (
        "إعانة الأطفال, اعانة الاطفال, مساعدة الأطفال, بدل الأطفال, إعانة السكن, بدل السكن, "
        "مساعدة السكن, إعانة البطالة, المساعدة الاجتماعية, مساعدات اجتماعية"
    ),
}

#: The wish to delete in everyday words, whatever the order and the words between ("Löschen
#: Sie bitte alle meine Daten", "verilerimi silmek istiyorum", "хочу видалити свої дані",
#: "بدي امسح معلوماتي"): a word that begins with a verb's stem, beside one's own data
#: (the possessive said, or in the word's ending: "verilerimi", "بياناتي"). Checked after
#: the phrases of PRIVACY_WISHES, never with a "not" ("… meine Daten nicht").
ERASE_STEMS: dict[str, str] = {
    "de": "lösch, entfern",
    "en": "delet, eras, remov, wipe",
    "tr": "sil",
    "vi": "xóa, xoá",
    "uk": "видал, стер, знищ",
    "ar": "حذف, احذف, تحذف, يحذف, مسح, امسح, تمسح, يمسح, ازال, ازيل, شيل",
}
#: "Delete everything" in a few words, not a question ("lösch alles", "xóa hết đi",
#: "видаліть усе", "امسحوا كل شي"): said to this chat, it means one's data here (/delete's
#: question follows, which asks first). A verb to delete as a wish says it (ERASE_VERBS,
#: whole words: "I deleted everything" tells, "deleted" is not listed) beside a word for
#: all (ALL_WORDS); or the deletion named alone, a word beside at most (ERASURE_NOUNS:
#: "Datenlöschung bitte"). A question keeps them: "Muss ich alles löschen?", "чи треба
#: все видалити?" (ASKING_WORDS, or a question mark).
ERASE_VERBS: dict[str, str] = {
    "de": "lösch, lösche, löscht, löschen",
    "en": "delete, erase, remove, wipe",
    "tr": "sil, silin, siliniz, silmek, silebilirsiniz, silermisiniz",
    "vi": "xóa, xoá",
    "uk": "видаліть, видали, видалити, зітріть, зітри, стеріть, знищіть",
    "ar": "احذفوا, احذفو, احذف, امسحوا, امسحو, امسح, حذف, مسح, شيلوا",
}
ALL_WORDS: dict[str, str] = {
    "de": "alles, alle",
    "en": "everything, all",
    "tr": "hepsini, hepsi, her şeyi, herşeyi, tümünü, tamamını",
    "vi": "hết, tất cả",
    "uk": "усе, все, всі, усі, всё",
    "ar": "كل, كلشي, الكل, كله",
}
ERASURE_NOUNS: dict[str, str] = {
    "de": "datenlöschung, löschung",
    "en": "data deletion, deletion",
    "tr": "veri silme, verilerin silinmesi",
    "vi": "xóa dữ liệu",
    "uk": "видалення даних, видалення",
    "ar": "حذف البيانات, مسح البيانات",
}
ASKING_WORDS: dict[str, str] = {
    "de": "muss, müssen, soll, sollen, sollte, darf, wie, warum, wann, wo, ob",
    "en": "do, does, must, should, how, why, when, where, what, have to",
    "tr": "mi, mı, mu, mü, miyim, mıyım, gerekiyor, gerekir, nasıl, neden",
    "vi": "phải, sao, thế nào, chưa",
    "uk": "чи, треба, потрібно, як, чому, коли",
    "ar": "هل, ليش, كيف, لماذا, متى",
}
#: "Delete everything" asked as a polite request, a question in form and a wish in meaning
#: ("Können Sie alles löschen?", "Can you delete everything?", "Her şeyi silebilir
#: misiniz?", "Bạn có thể xóa hết không?", "Можете все видалити?", "هل يمكنكم حذف كل
#: شيء؟"): one of these beside a word beginning with ERASE_STEMS and ALL_WORDS, and no
#: ASKING_WORDS but the request's own ("Können Sie mir sagen, ob ich alles löschen muss?"
#: asks whether). /delete's question follows, which asks first.
REQUESTING_WORDS: dict[str, str] = {
    "de": "können sie, könnten sie, kannst du, könntest du, könnt ihr, würden sie",
    "en": "can you, could you, would you, will you",
    "tr": "misiniz, musunuz, misin",
    "vi": "có thể",
    "uk": "чи можете, можете, чи могли б, могли б",
    "ar": "هل يمكنكم, يمكنكم, هل يمكنك, يمكنك, هل ممكن, ممكن, بتقدروا",
}
#: The word that ends such a request as a question and is no "not" there: Vietnamese
#: "có thể … không?" ("Bạn có thể xóa hết không?" asks that it be done).
REQUEST_ENDS: dict[str, str] = {"vi": "không"}
#: Consent withdrawn (a right the privacy notice names): a word beginning with a verb of
#: withdrawing beside one's own consent, each word as a word's start ("Ich widerrufe meine
#: Einwilligung", "I withdraw my consent", "onayımı geri çekiyorum", "відкликаю свою
#: згоду", "rút lại sự đồng ý", "بدي اسحب موافقتي"); not another's ("Die Kammer hat die
#: Zustimmung zurückgezogen"), nor "I agree" ("موافق", "đồng ý", "згоден"). /delete's
#: question follows, which says what withdrawing means here and asks first.
WITHDRAW_STEMS: dict[str, str] = {
    "de": "widerruf, zurückzieh, zurück",
    "en": "withdr, revok, retract, cancel",
    "tr": "geri",
    "vi": "rút lại, hủy",
    "uk": "відклик, скасов",
    "ar": "اسحب, سحب, نسحب, الغاء, الغي",
}
CONSENT_WORDS: dict[str, str] = {
    "de": "meine einwilligung, meiner einwilligung, meine zustimmung, mein einverständnis",
    "en": "my consent",
    "tr": "onayımı, rızamı",
    "vi": "sự đồng ý",
    "uk": "мою згоду, свою згоду, моя згода",
    "ar": "موافقتي, موافقتنا, الموافقة",
}
#: The wish to see one's data in everyday words: a verb of showing beside one's own data
#: ("Zeigen Sie mir meine Daten", "покажіть мої дані", "اريد رؤية بياناتي"), or data
#: "about me" ("які дані ви маєте про мене", "benim hakkımda hangi bilgiler var").
SHOW_STEMS: dict[str, str] = {
    "de": "zeig, seh, anzeig, auskunft",
    "en": "show, see, view",
    "tr": "gör, göster",
    "vi": "xem",
    "uk": "покаж, подив, побач",
    "ar": "رؤية, اعرض, عرض, شوف, اشوف, اطلع",
}
DATA_WORDS: dict[str, str] = {
    "de": "daten, informationen, angaben",
    "en": "data, info, information, details",
    "tr": "veri, bilgi",
    "vi": "dữ liệu, thông tin",
    "uk": "дані, даних, інформац",
    "ar": "بيانات, البيانات, معلومات, المعلومات",
}
ABOUT_ME: dict[str, str] = {
    "de": "über mich",
    "en": "about me, on me",
    "tr": "hakkımda",
    "vi": "về tôi, về mình, về em",
    "uk": "про мене",
    "ar": "عني",
}
#: What is held or known about me, asked without a word for data ("was wisst ihr über
#: mich", "شو بتعرفوا عني"): a verb of having, knowing or storing beside ABOUT_ME; or with
#: DATA_WORDS beside FROM_ME ("Welche Daten haben Sie von mir?"). "Welche Daten brauchen
#: Sie von mir?" asks what the request needs: no verb of holding, no wish. The verbs said
#: to the bot ("habt", "wisst"), not of oneself or another ("Ich habe eine Frage über mich",
#: "Was hat mein Chef über mich gesagt?").
HOLD_STEMS: dict[str, str] = {
    "de": "habt, hast, haben, wisst, wissen, weißt, weisst, kennt, kennen, gespeichert, speicher",
    "en": "know, stor, saved, hold",
    "tr": "biliyorsun, bilirsin, tutuyorsun, saklıyorsun, kayıtlı, kaydettiniz",
    "vi": "biết, lưu, giữ",
    "uk": "знаєте, знаєш, маєте, маєш, зберігаєте, зберегли",
    "ar": "تعرف, بتعرف, عندكم, عندك, لديكم, تحفظ, محفوظ",
}
FROM_ME: dict[str, str] = {
    "de": "von mir",
    "en": "from me, of me",
    "tr": "benden",
    "vi": "từ tôi, của tôi",
    "uk": "від мене",
    "ar": "مني",
}
OWN_DATA: dict[str, str] = {
    "de": "meine daten, meiner daten, meine angaben, meine informationen",
    "en": "my data, my information, my details, my personal data",
    "tr": "verilerimi, verilerim, bilgilerimi, bilgilerim, kişisel verilerimi",
    "vi": (
        "dữ liệu của tôi, thông tin của tôi, dữ liệu của mình, thông tin của mình, "
        "dữ liệu của em, thông tin của em"
    ),
    "uk": "мої дані, свої дані, моїх даних, своїх даних, мою інформацію, мої данні",
    "ar": "بياناتي, معلوماتي",
}
#: One's account here, which is one's data here: beside a verb of ERASE_STEMS it is the
#: wish for /delete ("delete my account", "hesabımı silin", "احذفوا حسابي" got "I have no
#: information page on this", QA 2026-12-05); /delete's question asks first.
OWN_ACCOUNT: dict[str, str] = {
    "de": "mein konto, meinen account, mein account, mein profil, mein benutzerkonto",
    "en": "my account, my profile",
    "tr": "hesabımı, hesabım, profilimi",
    "vi": "tài khoản của tôi, tài khoản của mình, tài khoản của em",
    "uk": "мій акаунт, мій обліковий запис, мій профіль, свій акаунт, свій профіль",
    "ar": "حسابي, بروفايلي",
}
#: Whether, how long or how safely one's own data (OWN_DATA) are kept, or whether they are
#: passed on, asked in everyday words ("Speichern Sie meine Daten?", "is my data safe?",
#: "Geben Sie meine Daten weiter?", "ви зберігаєте мої дані?",
#: "هل تحفظون بياناتي؟"): the privacy notice answers it (/privacy; "I have no information
#: page on this" before). Each as a word's start; after the wishes for /delete and /mydata
#: ("Welche Daten haben Sie über mich gespeichert?" asks for the copy). "sicher", "weiter"
#: and "teilen" only as the question says them: "Ich bin nicht sicher, ob meine Daten
#: richtig sind" doubts the data, "meine Daten weiter ergänzen" adds to them (QA, 2026-12-05).
DATA_CARE: dict[str, str] = {
    "de": (
        "speicher, gespeichert, aufbewahr, passiert, daten sicher, datensicherheit, geschützt, "
        "weitergeb, sie meine daten weiter, ihr meine daten weiter, du meine daten weiter, "
        "teilen sie, teilt ihr, teilst du, geteilt"
    ),
    "en": "stor, kept, save, happen, safe, secure, protected",
    "tr": ("sakl, kaydet, kayded, tutuyor, güvende, güvenli, korunuyor, ne oluyor, ne olacak"),
    "vi": "lưu, giữ, an toàn, bảo mật",
    "uk": "зберіга, зберег, зберіг, безпец, захищен, безпечн, що буде",
    "ar": ("تحفظ, بتحفظ, تخزن, بتخزن, تحتفظ, محفوظ, مخزن, آمن, امن, محمي, يحدث, بيصير"),
}
#: Whether one's data are kept or passed on, by verbs that also give or keep them up to
#: date ("I want to share my details with you", "verilerimi paylaşmak istiyorum", "I will
#: keep my data up to date" showed the notice): only in a question, like CORRECTION_ASKED.
#: German asks by the word order (DATA_CARE: "teilen sie", "sie meine daten weiter").
CARE_ASKED: dict[str, str] = {
    "de": "",
    "en": "keep, share, sell, pass on",
    "tr": "paylaş",
    "vi": "chia sẻ",
    "uk": "переда, ділит",
    "ar": "تشارك, بتشارك, تعطو, تبيع",
}
#: Who sees one's data or is responsible for them ("Wer sieht meine Daten?", "Wer ist für
#: meine Daten verantwortlich?"), beside OWN_DATA: the notice names the controller and who
#: gets the data ("I have no information page on this" before, QA 2026-12-05). Each as
#: words' starts, one after another.
DATA_WHO: dict[str, str] = {
    "de": "wer sieht, wer hat zugriff, wer bekommt, verantwortlich",
    "en": "who sees, who can see, who has access, who gets, responsible",
    "tr": "kim gör, kim eriş, kimler gör, sorumlu",
    "vi": "ai xem, ai có thể xem, ai được xem, chịu trách nhiệm",
    "uk": "хто бачить, хто може бачити, хто має доступ, хто отримує, відповіда",
    "ar": "من يرى, مين بيشوف, من يطلع, من يستطيع رؤية, المسؤول, مسؤول",
}
#: Whether one's data can be corrected, asked (a question mark): the notice names that
#: right. A wish without one ("I want to correct my data") is kept for an advisor, since
#: the notice does not say how.
CORRECTION_ASKED: dict[str, str] = {
    "de": "änder, korrigier, berichtig, aktualisier",
    "en": "chang, updat, fix, correct my, corrected",
    "tr": "değiştir, düzelt, güncelle",
    "vi": "sửa, thay đổi, cập nhật",
    "uk": "змін, виправ, онов",
    "ar": "تعديل, اعدل, عدل, تغيير, اغير, تصحيح, صحح",
}
#: The data of one's child, said by a parent who speaks for them in this chat (GDPR
#: Art. 8: under 16 the parent agrees and may go on in the same chat): what the chat
#: holds, as one's own data are ("Bitte löschen Sie die Daten meines Sohnes").
CHILD_DATA: dict[str, str] = {
    "de": (
        "daten meines sohnes, daten meines sohns, daten meiner tochter, daten meines kindes, "
        "daten von meinem sohn, daten von meiner tochter, daten von meinem kind"
    ),
    "en": (
        "my son's data, my daughter's data, my child's data, my son's details, "
        "my daughter's details, my child's details, data of my son, data of my daughter, "
        "data of my child"
    ),
    "tr": (
        "oğlumun verilerini, kızımın verilerini, çocuğumun verilerini, oğlumun bilgilerini, "
        "kızımın bilgilerini, çocuğumun bilgilerini"
    ),
    "vi": "dữ liệu của con, thông tin của con",
    "uk": (
        "дані мого сина, дані моєї доньки, дані моєї дочки, дані моєї дитини, дані сина, "
        "дані доньки, дані дитини"
    ),
    "ar": (
        "بيانات ابني, بيانات بنتي, بيانات ابنتي, بيانات ولدي, بيانات طفلي, معلومات ابني, "
        "معلومات بنتي, معلومات ابنتي, معلومات ولدي"
    ),
}

#: Someone else who holds the data ("Muss ich meine Daten auch beim Jobcenter löschen
#: lassen?", "Kann die Schule meine Daten löschen?"): a question about them, not a wish to
#: KAUSA; the advisor reads it. Matched as bot.faq.matcher._named_in matches (from five
#: letters also as a word's start or end: "Berufsschule", "okuldaki", "بالمدرسة").
OTHER_HOLDERS: dict[str, str] = {
    "de": (
        "jobcenter, arbeitsamt, arbeitsagentur, agentur für arbeit, schule, behörde, "
        "ausländerbehörde, krankenkasse, arbeitgeber, facebook, google, instagram, whatsapp, "
        "tiktok, beim"
    ),
    "en": (
        "jobcentre, jobcenter, job centre, job center, school, employer, government, "
        "authorities, immigration office, facebook, google, instagram, whatsapp, tiktok"
    ),
    "tr": (
        "iş ajansı, işkur, okul, okula, okulda, okuldaki, okulun, okuldan, işveren, patron, "
        "belediye, facebook, google, instagram"
    ),
    "vi": "trung tâm việc làm, trường học, ở trường, nhà trường, chủ lao động, facebook, google",
    "uk": "джобцентр, центр зайнятості, школа, школі, школу, роботодав, facebook, google",
    "ar": "الجوب سنتر, جوب سنتر, مكتب العمل, المدرسة, المدرسه, صاحب العمل, فيسبوك, جوجل",
}
#: The family, another holder of what it knows ("Was wissen meine Eltern über mich?" sent
#: the copy, QA 2026-12-05) unless it passes on the person's wish (PASSES_ON: "Meine
#: Mutter sagt, löschen Sie meine Daten" is the wish for the data held here).
FAMILY: dict[str, str] = {
    "de": "eltern, meine mutter, mein vater, meine familie, meine mama, mein papa",
    "en": "parents, my mother, my father, my mum, my mom, my dad, my family",
    "tr": "ailem, annem, babam",
    "vi": "bố mẹ, cha mẹ, ba mẹ, gia đình, mẹ em, bố em, mẹ tôi, bố tôi, mẹ mình, bố mình",
    "uk": "батьки, батьків, моя мама, мій тато, моя сім'я, мама, тато",
    "ar": "أهلي, اهلي, والدي, والداي, أمي, امي, أبي, ابي",
}
#: A verb by which the family passes on a wish ("my mum says …", "annem … diyor", "мама
#: каже …", "mẹ em bảo …", "أمي بتقول …"): the wish is then the person's, for their data.
PASSES_ON: dict[str, str] = {
    "de": "sagt, sagen, sagte, meint, fragt, fragen, will, wollen, möchte, möchten, bittet, bitten",
    "en": "says, say, said, wants, want, asks, asked, told, tells",
    "tr": "diyor, diyorlar, dedi, dediler, istiyor, istiyorlar, söyledi, söylüyor",
    "vi": "bảo, nói, muốn, yêu cầu",
    "uk": "каже, кажуть, сказала, сказав, сказали, хоче, хочуть, просить, просять",
    "ar": "بتقول, تقول, قالت, بيقول, يقول, قال, بدها, بده, بدهم, تريد, يريد, يريدون",
}
#: All is fine with one's data, said after it ("I see, my data is ok", "meine Daten sind
#: richtig"): a statement, not a wish for the copy. Not in a question ("… ok?"), nor
#: beside a wish to delete ("Löschen Sie meine Daten, ok").
DATA_FINE: dict[str, str] = {
    "de": "ok, okay, richtig, korrekt, stimmt, stimmen, passt, gut, in ordnung",
    "en": "ok, okay, fine, correct, good, alright, all right",
    "tr": "tamam, doğru, iyi, sorun yok",
    "vi": "ổn, đúng rồi, ok, được rồi, không sao",
    "uk": "добре, правильні, правильно, гаразд, ок, в порядку, норм",
    "ar": "تمام, صحيحة, صحيح, مزبوطة, مزبوط, سليمة",
}

#: The privacy notice by its own name: asked for in any question ("Wo finde ich die
#: Datenschutzerklärung?" found the offices page by "wo finde"), unlike "Datenschutz" alone
#: (PRIVACY_WISHES: "Do I need data protection training?" is another question).
NOTICE_NAMES: dict[str, str] = {
    "de": "datenschutzerklärung, datenschutzhinweise, datenschutzhinweis",
    "en": "privacy policy, privacy notice, privacy statement",
    "tr": "gizlilik politikası, gizlilik politikanız, aydınlatma metni",
    "vi": "chính sách quyền riêng tư, chính sách bảo mật",
    "uk": "політика конфіденційності, політику конфіденційності",
    "ar": "سياسة الخصوصية, سياسة الخصوصيه",
}

#: What people type when they want one of their privacy rights rather than a page: the
#: command that serves it (/delete asks before it deletes anything, /mydata shows the
#: copy, /privacy the notice). Checked in this order: "delete my data" names "my data" too.
#: Answered "I have no information page on this" before (QA, 2026-12-04).
PRIVACY_WISHES: dict[str, dict[str, str]] = {
    # One's own data, said so: "Kann mein Azubi seine Daten löschen lassen?", "Muss ich
    # alles löschen?", "Wo kann ich meine Daten eingeben?" are questions, not wishes.
    "de": {
        "delete": (
            "meine daten löschen, lösch meine daten, löschen sie meine daten, löscht meine "
            "daten, meine daten entfernen, löscht mich, lösch mich, löschen sie mich, "
            "entfernen sie mich, entfernt mich"
        ),
        "mydata": (
            "welche daten speichern sie, welche daten haben sie über mich, meine daten sehen, "
            "was speichern sie über mich, was wird über mich gespeichert"
        ),
        "privacy": "datenschutz, datenschutzerklärung, dsgvo",
    },
    "en": {
        "delete": (
            "delete my data, erase my data, remove my data, delete my information, delete me, "
            "erase me, remove me, forget me"
        ),
        "mydata": (
            "what data do you store, what data do you have about me, what do you store about "
            "me, see my data, show me my data"
        ),
        "privacy": "privacy, data protection, privacy policy, gdpr",
    },
    "tr": {
        "delete": (
            "verilerimi sil, verilerimi silin, bilgilerimi sil, bilgilerimi silin, beni silin, "
            "beni sil"
        ),
        "mydata": (
            "hangi verilerimi saklıyorsunuz, verilerimi görmek, kayıtlı verilerim, "
            "hangi bilgilerimi"
        ),
        "privacy": "gizlilik, veri koruma",
    },
    "vi": {
        "delete": (
            "xóa dữ liệu của tôi, xoá dữ liệu của tôi, xóa thông tin của tôi, xóa tôi, xoá tôi, "
            "xóa em, xoá em, xóa mình"
        ),
        "mydata": "lưu dữ liệu gì về tôi, xem dữ liệu của tôi",
        "privacy": "quyền riêng tư, bảo vệ dữ liệu",
    },
    "uk": {
        "delete": "видаліть мої дані, видалити мої дані, видаліть мене, видали мене, забудьте мене",
        "mydata": "які дані ви зберігаєте, які дані про мене, які мої дані",
        "privacy": "конфіденційність, захист даних",
    },
    "ar": {
        "delete": (
            "احذفوا بياناتي, احذف بياناتي, حذف بياناتي, امسحوا بياناتي, مسح بياناتي, احذفوني, "
            "امسحوني, احذفني, امسحني"
        ),
        "mydata": "ما البيانات التي تحفظونها, ما هي بياناتي المحفوظة, شو بياناتي, ما هي بياناتي",
        "privacy": "الخصوصية, حماية البيانات",
    },
}
