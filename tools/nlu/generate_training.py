#!/usr/bin/env python3
"""Writes src/Commerce.Application/Understanding/Data/training.generated.tsv from templates x slot values x chat noise.

Reproducible: a fixed seed, so the same script gives the same file. Product slots deliberately span several trades
(clothing, bicycles, cosmetics, home, electronics, food) so the classifier learns the shape of a request, not one
shop's goods. Run: python3 tools/nlu/generate_training.py
"""
import random, os

R = random.Random(20261129)
OUT = os.path.join(os.path.dirname(__file__), "..", "..", "src", "Commerce.Application", "Understanding", "Data", "training.generated.tsv")

P_DE = ["jacke", "regenjacke", "hoodie", "pulli", "t-shirt", "hemd", "jeans", "hose", "kleid", "rock", "schal", "mütze", "socken", "sneaker",
        "stiefel", "sandalen", "rucksack", "tasche", "gürtel", "sonnenbrille", "uhr", "regenschirm", "becher", "kaffee", "tee", "espressobohnen",
        "fahrrad", "e-bike", "rennrad", "fahrradhelm", "fahrradschloss", "sattel", "schlauch", "reifen", "lenker", "fahrradlicht", "klingel",
        "lippenstift", "wimperntusche", "gesichtscreme", "shampoo", "duschgel", "parfum", "nagellack", "sonnencreme", "serum", "bodylotion",
        "kopfhörer", "ladekabel", "handyhülle", "powerbank", "lautsprecher", "lampe", "kissen", "decke", "kerze", "vase", "pfanne", "topf",
        "müsli", "schokolade", "honig", "olivenöl", "wein", "yogamatte", "hantel", "trinkflasche", "bettwäsche", "handtuch", "jackn", "mützn", "schuah"]
P_EN = ["jacket", "rain jacket", "hoodie", "sweater", "t-shirt", "shirt", "jeans", "pants", "dress", "skirt", "scarf", "beanie", "socks", "sneakers",
        "boots", "sandals", "backpack", "bag", "belt", "sunglasses", "watch", "umbrella", "mug", "coffee", "tea", "espresso beans",
        "bike", "e-bike", "road bike", "bike helmet", "bike lock", "saddle", "inner tube", "tyre", "handlebar", "bike light", "bell",
        "lipstick", "mascara", "face cream", "shampoo", "shower gel", "perfume", "nail polish", "sunscreen", "serum", "body lotion",
        "headphones", "charger", "phone case", "power bank", "speaker", "lamp", "pillow", "blanket", "candle", "vase", "pan", "pot",
        "granola", "chocolate", "honey", "olive oil", "wine", "yoga mat", "dumbbell", "water bottle", "bedding", "towel", "cap", "hat"]
ADJ_DE = ["rote", "blaue", "schwarze", "weiße", "graue", "grüne", "gelbe", "braune", "beige", "große", "kleine", "warme", "leichte", "neue", "günstige", ""]
ADJ_EN = ["red", "blue", "black", "white", "grey", "green", "yellow", "brown", "beige", "large", "small", "warm", "light", "new", "cheap", ""]
SIZE_DE = ["in größe m", "in l", "in 42", "in xl", "größe s", "in 38", ""]
SIZE_EN = ["in medium", "in size l", "in 42", "in xl", "size s", "in small", ""]
NUM_DE = ["2", "3", "zwei", "drei", "vier", "1", "ein", "5", "zwei mal", "2x"]
NUM_EN = ["2", "3", "two", "three", "four", "1", "one", "5", "a couple of", "2x"]

def prod(lang):
    if lang == "de":
        a, p = R.choice(ADJ_DE), R.choice(P_DE)
    else:
        a, p = R.choice(ADJ_EN), R.choice(P_EN)
    s = (a + " " + p).strip() if R.random() < 0.5 else p
    if R.random() < 0.2:
        s += " " + R.choice(SIZE_DE if lang == "de" else SIZE_EN)
    return s.strip()

def det(lang):
    return R.choice(["den", "die", "das", "einen", "eine", ""]) if lang == "de" else R.choice(["the", "a", "some", "", "that"])

def order_no():
    return str(R.randint(10000, 99999)) if R.random() < 0.9 else str(R.randint(1000, 9999))

GREET_DE = ["hallo", "hi", "hey", "moin", "servus", "guten morgen", "grüezi", "hoi", "na", "tach", "huhu", "hallöchen", "moinsen", "gude", "heyy", "nabend", "hallo zusammen"]
GREET_EN = ["hi", "hello", "hey", "good morning", "hiya", "yo", "morning", "hi there", "good evening", "howdy", "heyy", "sup", "hello again", "hey guys"]

T = {}
def add(intent, lang, *templates):
    T.setdefault((intent, lang), []).extend(templates)

add("greeting", "de", "{g}", "{g}!", "{g} zusammen", "{g} 👋", "{g} ihr lieben", "{g}, wie gehts", "{g} na alles klar", "grüessech",
    "servus miteinand", "guten abend", "schönen guten tag", "{g} ist jemand da", "{g} 😊", "na du", "hallihallo", "tagchen", "{g} leute",
    "einen wunderschönen guten morgen", "grüß euch", "{g} shop team", "hallo? jemand da?", "servas", "heyho", "{g} wie läufts")
add("greeting", "en", "{g}", "{g}!", "{g} everyone", "{g} 👋", "{g} how are you", "{g} how r u", "{g} whats up", "good afternoon", "greetings",
    "{g} anyone there", "{g} 😊", "hey hey", "{g} folks", "hiii", "good day", "{g} hope ur well", "{g} team", "wassup", "{g} how's it going")

add("help", "de", "hilfe", "ich brauche hilfe", "wie funktioniert das hier", "was kannst du", "was kann ich hier machen", "wie geht das",
    "kannst du mir helfen", "wie bestelle ich", "wie benutze ich den bot", "was kann der bot", "ich versteh das nicht", "erklär mir mal wie das läuft",
    "welche möglichkeiten hab ich", "was kann ich dich fragen", "wie läuft das hier ab", "bin verwirrt", "hä wie geht des", "was für befehle gibts",
    "gibts ein menü", "zeig mir die optionen", "wie kann ich bei euch was kaufen", "ich komm nicht klar", "keine ahnung was ich hier schreiben soll",
    "wofür ist dieser chat", "was machst du eigentlich", "anleitung bitte", "wie funktioniert des bestellen", "was mach i do", "hilf mir mal",
    "wie funktioniert der chat", "was kann ma hier tun", "ich check das nicht", "wie nutze ich das")
add("help", "en", "help", "i need help", "how does this work", "what can you do", "what can i do here", "how do i use this", "can you help me",
    "how do i order", "how do i use this bot", "what can the bot do", "i dont understand", "explain how this works", "what are my options",
    "what can i ask you", "how does ordering work", "im confused", "what commands are there", "is there a menu", "show me the options",
    "how can i buy something here", "idk what to do", "no clue what to type", "whats this chat for", "what do you do", "instructions pls",
    "how do i get started", "help pls", "need some help here", "how am i supposed to use this", "what r u able to do", "what kind of questions can u answer")

add("browse_catalog", "de", "was habt ihr", "was verkauft ihr", "was gibts bei euch", "zeig mir euer sortiment", "welche kategorien gibt es",
    "was habt ihr im angebot", "ich will mich umschauen", "zeig mir alles", "was führt ihr", "welche produkte habt ihr",
    "katalog zeigen", "was kann man bei euch kaufen", "zeig ma was ihr so habt", "was habt ihr so da", "überblick über eure produkte",
    "was gibts alles", "ich schau mich mal um", "was für sachen habt ihr", "zeig mir die kategorien", "welche artikel gibts", "komplettes sortiment bitte",
    "was gibts neues im shop", "eure produkte bitte", "wat habt ihr so", "was hobts ihr", "was hend ihr alles")
add("browse_catalog", "en", "what do you have", "what do you sell", "show me your catalog", "what categories are there", "show me everything",
    "i want to browse", "just browsing", "what kind of stuff do u sell", "show me your products", "can i see the catalog",
    "what have you got", "show me what u got", "what can i buy here", "give me an overview", "lets see the range", "show categories",
    "what products do you carry", "what's in the shop", "i wanna look around", "what's available", "show me all your items",
    "full catalog pls", "what do u guys sell", "anything new in the shop", "lemme see what you have", "what is on offer")

add("search_products", "de", "habt ihr {p}", "gibt es {p}", "ich suche {d} {p}", "suche {p}", "zeig mir {p}", "haben sie {p}", "gibts {p}",
    "was kostet {d} {p}", "wie teuer ist {d} {p}", "ist {d} {p} verfügbar", "habt ihr {d} {p} noch", "ich brauche {d} {p}", "brauch {p}",
    "hast du {p}", "{p}?", "{p} habt ihr die", "gibts {d} {p} auch in schwarz", "ich hätte gern infos zu {p}", "welche {p} habt ihr",
    "zeig ma {p}", "hobts ihr {p}", "gits bi öich {p}", "hend ihr {p}", "hamma {p}", "is {d} {p} auf lager", "wie viel kostet {d} {p}",
    "habt ihr was in richtung {p}", "ich bin auf der suche nach {p}", "führt ihr {p}", "gibts bei euch {p}", "{p} vorrätig?", "zeigt mir mal {p}",
    "suche nach {p}", "sind {p} lieferbar", "ich such {p} für meinen bruder", "welche farben hat {d} {p}")
add("search_products", "en", "do you have {p}", "do u have {p}", "got any {p}", "i'm looking for {p}", "looking for {p}", "show me {p}", "search {p}",
    "how much is the {p}", "how much are {p}", "is the {p} available", "is the {p} in stock", "i need {p}", "need a {p}", "any {p}?", "{p}?",
    "do you sell {p}", "do you carry {p}", "do you stock {p}", "have you got {p}", "what {p} do you have", "i want to see {p}", "find me {p}",
    "looking 4 {p}", "u got {p}", "got {p} in stock?", "price of the {p}", "what does the {p} cost", "i was wondering if you have {p}",
    "searching for {p}", "can i see the {p}", "is there a {p} in black", "which colors does the {p} come in", "do u guys sell {p}")

add("add_to_cart", "de", "{n} {p} in den warenkorb", "leg {d} {p} in den warenkorb", "pack {d} {p} rein", "ich nehme {d} {p}", "nehm {d} {p}",
    "füge {n} {p} hinzu", "{p} in den korb", "{d} {p} hätte ich gern", "ich will {d} {p} haben", "ich möchte {n} {p} kaufen", "kauf {d} {p}",
    "tu {n} {p} dazu", "noch {n} {p} bitte", "{n} mal {p}", "{n} {p} bitte", "{p} in den warenkorb legen", "packst du mir {d} {p} ein",
    "{d} {p} nehm ich", "i nimm {d} {p}", "den {p} will i", "leg mir {n} {p} rein", "gib mir {n} {p}", "ich bestelle {n} {p}",
    "{d} {p} kaufen", "einmal {p} bitte", "bitte {n} {p} hinzufügen", "{p} hinzufügen", "ich hätte gerne {n} {p}", "her mit {d} {p}")
add("add_to_cart", "en", "add {n} {p} to my cart", "add the {p}", "put {d} {p} in my cart", "i'll take {d} {p}", "ill take {n} {p}",
    "add {p} to cart", "{n} {p} please", "i want to buy {d} {p}", "buy {d} {p}", "gimme {n} {p}", "throw {d} {p} in", "i'll have {n} {p}",
    "add {n} {p}", "put {n} {p} in the basket", "i'd like {n} {p}", "one more {p} pls", "add another {p}", "{p} in my cart pls",
    "get me {n} {p}", "i want {n} {p} in my basket", "i'll buy the {p}", "add to cart: {p}", "can you add {d} {p} to my cart",
    "i'd like to order {n} {p}", "take {n} {p}", "pop {d} {p} in my bag", "let me get {n} {p}")

add("view_cart", "de", "was ist in meinem warenkorb", "zeig mir den warenkorb", "mein warenkorb", "was hab ich im korb",
    "was hab ich bisher drin", "wie viel kostet alles zusammen", "was macht das insgesamt", "was ist die summe", "zeig den korb", "korb?",
    "was liegt im warenkorb", "welche sachen hab ich ausgewählt", "was hab ich schon ausgesucht", "kurz den warenkorb checken",
    "bevor ich zahle, was ist drin", "wie hoch ist der betrag bis jetzt", "was is in meim korb", "was schulde ich", "inhalt vom warenkorb",
    "zeig ma mei warenkorb", "was ist schon im einkaufswagen", "was kostet mein warenkorb", "gesamtsumme bitte", "was hab i im korb")
add("view_cart", "en", "what's in my cart", "show my cart", "my cart", "view cart", "what's in my basket", "what did i add so far",
    "how much is it all together", "what's the total", "show me the basket", "cart?", "what have i got in my cart", "what items did i pick",
    "let me see my cart", "before i pay show me the cart", "how much do i owe", "whats my total rn", "check my basket", "show basket pls",
    "whats in the bag so far", "review my cart", "list my items", "how much is my cart", "cart total?", "what did i put in the cart")

add("remove_from_cart", "de", "entferne {d} {p}", "{d} {p} raus", "nimm {d} {p} raus", "{d} {p} aus dem warenkorb", "lösch {d} {p}",
    "{d} {p} will ich doch nicht", "{d} {p} brauch ich nicht mehr", "{d} {p} bitte wieder raus", "{p} entfernen", "{p} aus dem korb löschen",
    "schmeiß {d} {p} raus", "{d} {p} wieder rausnehmen", "kein {p} mehr", "{d} {p} streichen", "hau {d} {p} raus", "{d} {p} möcht i nimmer",
    "ohne {d} {p} bitte", "{p} weg", "bitte {d} {p} aus dem warenkorb entfernen")
add("remove_from_cart", "en", "remove the {p}", "take the {p} out", "delete the {p} from my cart", "i don't want the {p} anymore",
    "dont need the {p}", "drop the {p}", "remove {p} from cart", "get rid of the {p}", "take out the {p}", "no {p} after all", "kick the {p} out",
    "remove {n} {p}", "the {p} can go", "scrap the {p}", "lose the {p}", "pls remove the {p} from my basket", "without the {p} pls")

add("clear_cart", "de", "warenkorb leeren", "alles raus", "leere den warenkorb", "korb leeren", "alles löschen", "warenkorb komplett leeren",
    "mach den korb leer", "alles aus dem warenkorb entfernen", "nochmal von vorne anfangen", "alles weg aus dem korb",
    "den ganzen warenkorb löschen", "warenkorb ausräumen", "korb komplett löschen", "alles raus aus dem korb bitte", "neu anfangen mit dem warenkorb",
    "lösch alles im warenkorb", "den korb ausleeren")
add("clear_cart", "en", "clear the cart", "clear everything", "start over", "reset my cart",
    "wipe my basket", "delete all items", "empty the basket", "clear my basket", "remove all items", "start from scratch", "nuke the cart",
    "get rid of everything in my cart", "empty cart pls", "clear cart", "throw everything out of the cart")

add("checkout", "de", "zur kasse", "ich will bezahlen", "bezahlen", "kasse bitte", "ich möchte bestellen", "bestellung abschließen",
    "ich bin fertig, zahlen bitte", "wie kann ich bezahlen", "bezahlen mit paypal", "kann ich mit karte zahlen", "auschecken",
    "zahlen bitte", "passt so, bestellen", "das wars, ich zahle", "dann bestell ich jetzt", "ich möcht zahlen", "bestellung aufgeben",
    "kauf abschließen", "jetzt kaufen", "bezahl link bitte", "ich will payen", "kasse", "fertig eingekauft", "so, und jetzt bezahlen", "ich zahl jetzt",
    "schick mir den zahlungslink", "go zur kasse", "checkout bitte", "alles klar, abschicken")
add("checkout", "en", "checkout", "check out", "i want to pay", "pay now", "lets pay", "how do i pay", "i'm ready to order",
    "place my order", "complete my order", "i'm done shopping", "pay with paypal", "can i pay by card", "finish my purchase", "take me to checkout",
    "im done, checkout pls", "ready to pay", "send me the payment link", "lets wrap it up and pay", "buy everything in my cart", "finalize order",
    "ok pay", "where do i pay", "time to pay", "i'll pay now", "checkout time", "complete purchase", "that's all, i'll pay")

add("order_status", "de", "wo ist meine bestellung", "wann kommt meine bestellung", "status meiner bestellung",
    "bestellung {o}", "wo ist bestellung {o}", "status von {o}", "ist {o} schon unterwegs", "wann kommt {o}", "sendungsverfolgung",
    "ist mein paket schon verschickt", "wann wird geliefert", "meine lieferung ist noch nicht da", "paket nie angekommen",
    "wann kommt mei zeug", "ist es schon raus", "hab vor einer woche bestellt, wann kommts", "ich warte noch auf meine sachen",
    "wo is mei päckli", "isch mis paket scho unterwegs", "trackingnummer bitte", "wie lange dauert die lieferung noch", "wann kommen die {p}",
    "hab {d} {p} bestellt, wann kommt das", "sind meine {p} schon verschickt", "wurde {o} schon versendet", "was ist mit meiner bestellung {o}",
    "infos zu {o}", "kannst du {o} nachschauen", "lieferstatus {o}", "#{o} wo ist das", "meine sachen sind immer noch nicht da",
    "wann krieg ich mein zeug", "ist mein packerl schon unterwegs", "gibts neuigkeiten zu meinem paket")
add("order_status", "en", "where is my order", "where's my package", "when will my order arrive", "order status", "order {o}", "where is order {o}",
    "status of {o}", "is {o} shipped", "when does {o} arrive", "track my order", "has my parcel shipped", "when will it be delivered",
    "my delivery hasn't arrived", "did it ship yet", "ordered last week, when will it come",
    "still waiting for my things", "tracking number pls", "how long until delivery", "when will the {p} arrive", "bought the {p} monday, is it shipped",
    "has my {p} been sent", "any update on {o}", "what's up with order {o}", "can you look up {o}", "check on {o} for me", "#{o} status?",
    "my stuff still isn't here", "when do i get my stuff", "where's my stuff", "is my parcel on its way", "any news on my delivery")

add("cancel_order", "de", "bestellung stornieren", "ich will meine bestellung stornieren", "storniere {o}", "bestellung {o} stornieren",
    "bitte {o} canceln", "storno für {o}", "kann ich die bestellung zurückziehen", "bestellung rückgängig machen", "bestellung abbrechen",
    "ich will das doch nicht, bestellung stornieren", "{o} bitte stornieren", "cancel meine bestellung", "bestellung widerrufen",
    "kann ich noch stornieren", "stornier mal die bestellung", "hab mich umentschieden, bestellung stornieren", "bitte nicht verschicken, storno")
add("cancel_order", "en", "cancel my order", "cancel order {o}", "please cancel {o}", "i want to cancel my order", "cancel {o}",
    "can i still cancel", "call off my order", "undo my order", "cancel the purchase",
    "is it too late to cancel", "kill order {o}", "i'd like to cancel order number {o}", "pls cancel the order i just made", "revoke my order")

add("talk_to_human", "de", "ich will mit einem menschen sprechen", "mitarbeiter bitte", "kann ich mit jemandem reden", "echter mensch bitte",
    "verbinde mich mit dem kundenservice", "gibts einen ansprechpartner", "ich möchte einen berater", "mensch", "support bitte", "kundendienst",
    "hol mir einen mitarbeiter", "der bot nervt, echten menschen bitte",
    "keinen bot bitte", "mit einer person chatten", "live chat bitte", "ruf mich an", "chef sprechen", "gibts hier echte leute")
add("talk_to_human", "en", "talk to a human", "real person please", "can i speak to someone", "customer service",
    "i want to talk to an agent", "connect me to support", "is there a real person", "agent", "human please", "speak to a manager",
    "i need to talk to staff", "let me chat with a person", "stop bot, human pls", "can someone from the team help",
    "operator", "put me through to a person")

add("subscribe", "de", "ich will den newsletter", "meldet mich an", "informiert mich über neuheiten",
    "ich will angebote bekommen", "für den newsletter anmelden", "schickt mir rabatte", "ich möchte news erhalten",
    "benachrichtigt mich bei neuen produkten", "trag mich in den verteiler ein", "abo bitte", "ja, angebote will ich", "schickt mir deals",
    "ich will infos über sales", "gutscheine per nachricht gerne", "meld mich für die aktionen an", "angebote zuschicken bitte")
add("subscribe", "en", "subscribe", "sign me up", "i want your newsletter", "keep me updated", "notify me about new products",
    "add me to your mailing list", "i want to get promos", "subscribe me to news", "keep me posted on sales",
    "let me know about new arrivals", "yes send me offers", "i'd like to receive discounts", "put me on the list", "opt in", "count me in for updates")

add("unsubscribe", "de", "newsletter abbestellen", "abmelden", "keine werbung mehr",
    "ich will keine angebote mehr", "stop", "stopp", "austragen bitte", "trag mich aus dem verteiler aus", "keine nachrichten mehr bitte",
    "schickt mir nichts mehr", "lösch mich aus dem newsletter", "abo kündigen", "keine mails mehr", "ich möchte keine werbung erhalten",
    "hört auf mit den angeboten", "will nix mehr bekommen", "nimm mich von der liste", "keine rabatte mehr schicken")
add("unsubscribe", "en", "unsubscribe", "stop sending me offers", "no more promos", "take me off your list", "opt out", "stop", "unsub",
    "remove me from your mailing list", "stop the newsletter", "i don't want any more messages", "cancel my subscription", "no more offers please",
    "stop messaging me", "i no longer want your emails", "quit sending deals", "enough promo spam",
    "stop texting me ads", "remove me from the newsletter")

add("thanks", "de", "danke", "vielen dank", "dankeschön", "merci", "danke für die hilfe",
    "herzlichen dank", "danke vielmals", "danggschön", "vergelts gott", "dankeee", "top danke", "lieben dank", "tausend dank", "perfekt, danke")
add("thanks", "en", "thanks", "thank you", "thx", "ty", "thanks a lot", "cheers", "thank u so much", "thanks for the help",
    "great thanks", "tysm", "thx mate", "thanks a bunch", "much appreciated", "perfect thank you", "awesome thx", "tnx", "thank you kindly")

add("unknown", "de", "lol", "ok", "hmm", "wie wird das wetter", "mein hund ist krank", "wer bist du", "wie alt bist du", "erzähl mir einen witz",
    "was ist der sinn des lebens", "ich hab hunger", "blabla", "test", "asdf", "was läuft im fernsehen", "wer hat gestern gewonnen",
    "billige follower zu verkaufen", "verdiene geld von zuhause, klick hier", "gewinne ein iphone", "kauf likes günstig, dm", "krypto investment, schreib mir",
    "ich bin müde", "wie spät ist es", "was ist die hauptstadt von italien", "kennst du einen guten film",
    "ich mag pizza", "hab keinen bock auf arbeit", "ja", "nein", "vielleicht", "aha", "cool", "haha", "egal", "wo wohnst du", "bist du ein roboter",
    "welcher tag ist heute", "rechne 5 mal 7", "mein freund hat schluss gemacht", "heute ist schönes wetter", "wer ist der präsident",
    "folge meinem kanal", "gratis gutschein hier klicken", "schöner tag heute", "was geht bei dir so ab", "magst du katzen", "ich geh jetzt schlafen",
    "öffnungszeiten vom laden in der stadt", "habt ihr jobs frei", "ich will bei euch arbeiten", "kooperation anfrage influencer")
add("unknown", "en", "lol", "ok", "hmm", "what's the weather like", "my dog is sick", "who are you", "how old are you",
    "what's the meaning of life", "i'm hungry", "blah blah", "test", "asdf", "what's on tv", "who won yesterday", "buy cheap followers",
    "make money from home click here", "win a free iphone", "cheap likes dm me", "crypto investment opportunity message me", "my car broke down",
    "i'm tired", "what time is it", "what's the capital of spain", "recommend a movie", "yes", "no", "maybe", "cool", "haha",
    "whatever", "where do you live", "are you a robot", "what day is it", "what's 5 times 7", "my girlfriend left me", "nice weather today",
    "who is the president", "follow my channel", "free voucher click this link", "what's up with you", "do you like cats", "going to sleep now",
    "are you hiring", "collab request from an influencer", "k", "ya", "sure", "brb", "omg", "random question, do aliens exist")


# --- second round: more ways to say each thing (voice dictation, run-on requests, bare nouns, plural "show me X") ---
add("search_products", "de", "zeig mir alle {p}", "welche {p} habt ihr", "was für {p} habt ihr", "{p}", "{p} in schwarz", "{p} bitte",
    "hallo ich wollte fragen ob ihr {p} habt", "ich wollte mal fragen ob es {p} gibt", "kurze frage habt ihr {p}", "{p} vorhanden?",
    "gibt es {p} in größe m", "welche {p} gibts", "zeig mir günstige {p}", "habt ihr {p} unter 50 euro", "ich interessiere mich für {p}",
    "ist {d} {p} noch da", "sind {p} auf lager", "{p} noch zu haben?", "wie teuer sind eure {p}", "preis für {d} {p}", "was kosten {p}",
    "könnt ihr mir {p} zeigen", "ich hätte gern {p} gesehen", "mich interessieren {p}", "habt ihr auch {p} für kinder", "{p} aus leder?",
    "ich suche was für meine freundin, vielleicht {p}", "gibt's {p} in blau", "hend ihr {p} in rot", "zeigt her eure {p}", "wo finde ich {p}")
add("search_products", "en", "show me all {p}", "which {p} do you have", "what kind of {p} do you have", "{p}", "{p} in black", "{p} please",
    "hi i wanted to ask if you have {p}", "quick question do you have {p}", "{p} available?", "do you have {p} in size m", "show me cheap {p}",
    "any {p} under 50 euros", "i'm interested in {p}", "is the {p} still available", "are {p} in stock", "how much do the {p} cost",
    "what's the price of the {p}", "can you show me {p}", "got {p} for kids", "{p} in leather?", "looking for something for my gf maybe {p}",
    "do u have the {p} in blue", "where can i find {p}", "i wonder whether you stock {p}", "would you happen to have {p}", "hey do you guys carry {p}",
    "im after some {p}", "need new {p}", "lookin for {p} in medium", "whats ur cheapest {p}")
add("add_to_cart", "de", "ich nehm {d} {p}", "ja {d} {p} nehm ich", "ok dann {d} {p} bitte", "leg {n} {p} in den korb", "{n} {p} in korb",
    "{p} {n}x in den warenkorb", "hau mir {n} {p} rein", "kauf ich: {p}", "füg {d} {p} hinzu", "{d} {p} in den einkaufswagen", "ich hätt gern {n} {p}",
    "für mich {n} {p} bitte", "bitte {n} stück {p}", "ich kauf {d} {p}", "gern {d} {p} in den warenkorb", "nimm {n} {p} für mich", "{n} {p} dazu bitte",
    "i hätt gern {d} {p}", "packs ein: {p}", "{d} {p} kaufe ich", "zweimal {p}", "dreimal {p} bitte")
add("add_to_cart", "en", "i'll take the {p}", "i will take the {p}", "i'll have the {p}", "yes the {p} please", "ok then {n} {p}", "{n} {p} in my cart",
    "{p} {n}x to cart", "add {d} {p} pls", "i want {n} of the {p}", "put {n} {p} into the cart", "buying the {p}", "i'll get the {p}",
    "grab me {n} {p}", "i'd like to buy {n} {p}", "add {p} x{n}", "sure add the {p}", "yes please add {n} {p}", "cart the {p}", "{n} x {p} to basket")
add("remove_from_cart", "de", "entfern bitte {d} {p}", "{p} aus dem korb raus", "bitte {p} löschen", "{d} {p} muss raus", "{d} {p} doch nicht",
    "{p} streichen bitte", "ich will {d} {p} nicht mehr", "nimm {n} {p} wieder raus", "weg mit {d} {p}", "{d} {p} aus dem einkaufswagen nehmen")
add("remove_from_cart", "en", "remove {d} {p} pls", "take {d} {p} off my cart", "i changed my mind about the {p}", "delete {p}", "{p} out pls",
    "remove one {p}", "the {p} has to go", "never mind the {p}", "i dont need the {p} after all", "cancel the {p} from my cart")
add("view_cart", "de", "warenkorb zeigen", "einkaufswagen zeigen", "warenkorb", "korb zeigen", "zeig mir den einkaufswagen", "was liegt im einkaufskorb",
    "einkaufswagen", "was ist alles im korb", "was hab ich gekauft bis jetzt", "übersicht warenkorb", "was kostet das alles", "wieviel muss ich zahlen",
    "was ist mein aktueller stand", "zeig mal was im warenkorb liegt", "wie viel ist im korb", "mein korb bitte", "zwischensumme bitte")
add("view_cart", "en", "basket please", "cart pls", "show me my basket", "what's in the cart", "my basket", "open my cart", "see cart", "view my basket",
    "how much so far", "running total?", "subtotal pls", "what am i buying", "what's in there so far", "before checkout show me the cart",
    "whats the damage so far", "let me see the basket before i pay")
add("clear_cart", "de", "alles im einkaufswagen weg bitte", "korb leer machen", "warenkorb löschen", "alles wieder raus", "mach alles weg im korb",
    "ich will von vorne anfangen", "einkaufswagen leeren", "alles aus dem korb")
add("clear_cart", "en", "clear my cart please", "empty it all", "delete everything in my basket", "trash the whole cart", "remove all of it",
    "i want to start again with an empty cart", "clear all items")
add("checkout", "de", "ich möchte die bestellung abschließen", "bestellung abschicken", "ich bin fertig mit einkaufen", "zahlen jetzt", "zahlung starten",
    "weiter zur bezahlung", "zahlen pls", "ich will das jetzt kaufen", "kaufen jetzt", "so jetzt bezahlen", "dann zahl ich mal", "ok zahlen",
    "gehts zur kasse", "bestellen bitte", "das ist alles, bezahlen", "kann ich bezahlen", "zahle mit kreditkarte", "apple pay geht?", "ich will auschecken",
    "passt alles, kaufen", "dann bestellen wir das", "bestellung fertig machen", "ich möchte zahlen", "möchte jetzt bestellen")
add("checkout", "en", "i'd like to check out now", "i want to complete the order", "paying now", "chekout pls", "lets checkout", "go to payment",
    "pay pls", "buy now", "that's everything, checkout", "i'm finished, let's pay", "can i pay now", "i'll pay by card", "apple pay ok?",
    "i'm ready to buy", "wrap it up", "proceed to payment", "finish checkout", "place the order please", "order now", "lets do the payment")
add("order_status", "de", "wo bleibt mein zeug, dauert ewig", "lieferung verfolgen", "lieferstatus meiner bestellung", "wo ist mein paket",
    "ist mein paket schon da", "wann kommt mein paket", "ist die bestellung raus", "wann liefert ihr", "hab noch nix bekommen", "meine sachen sind nicht da",
    "wurde schon versendet?", "wie ist der stand bei meiner bestellung", "wann ist mein paket da", "wann kommt des packerl", "wo bleibt die lieferung",
    "paket immer noch nicht da", "ich hab vor 5 tagen bestellt", "habt ihr mein zeug schon verschickt", "sendungsnummer?", "wann kann ich mit der lieferung rechnen")
add("order_status", "en", "whre is my ordr", "where's my parcel", "delivery status", "has it shipped", "when will my stuff arrive", "my order hasn't come",
    "still no package", "when is it coming", "did you send it yet", "how long does shipping take for my order", "i ordered days ago where is it",
    "is my order on the way", "what's the eta on my order", "have you shipped my things", "tracking?", "where is my delivery", "the {p} i ordered hasn't arrived",
    "ordered {d} {p} last week still waiting", "when will i get my {p}")
add("cancel_order", "de", "storniert bitte meine bestellung {o}", "ich möchte nichts mehr bestellen, bitte stornieren", "bitte die bestellung canceln",
    "bestellung zurücknehmen", "ich will die bestellung rückgängig machen", "bitte {o} nicht verschicken sondern stornieren", "kann ich {o} noch canceln",
    "ich will vom kauf zurücktreten", "bestellung löschen bitte")
add("cancel_order", "en", "cancel it please, the order", "i need to cancel order {o}", "stop my order", "please don't send my order, cancel it",
    "can you cancel what i ordered", "i want my order cancelled", "cancel the whole order", "abort order {o}", "scrap my order")
add("talk_to_human", "de", "mit wem kann ich sprechen", "gibts einen menschen hier", "ich will mit dem chef reden", "kann mich jemand anrufen",
    "ich brauche einen echten berater", "bitte an einen mitarbeiter weiterleiten", "mensch bitte", "ich will keinen bot")
add("talk_to_human", "en", "can i talk to a real human", "i want a person not a bot", "please connect me with someone", "can somebody call me",
    "let me speak to your boss", "pass me to an agent", "is anyone real there", "no bot please")
add("subscribe", "de", "newsletter bitte", "ich möchte euren newsletter bekommen", "newsletter bitte abonnieren", "angebote will ich bekommen",
    "sagt mir bescheid wenn es sale gibt", "meldet mich beim newsletter an", "ich will über rabatte informiert werden", "schickt mir news",
    "neuheiten per nachricht bitte", "ich will nichts verpassen, abonnieren")
add("subscribe", "en", "newsletter please", "i'd like to get your newsletter", "tell me when there's a sale", "sign me up for your emails",
    "i want to hear about discounts", "subscribe me", "send me news", "i want updates on new stuff", "yes to promos")
add("unsubscribe", "de", "keine angebote mehr", "ich will das nicht mehr bekommen", "hört auf mit der werbung", "bitte abmelden", "newsletter kündigen",
    "keine newsletter mehr bitte", "schluss mit den nachrichten", "ich möchte mich abmelden", "nehmt mich aus der liste", "nie wieder werbung")
add("unsubscribe", "en", "no more newsletters", "stop sending me stuff", "unsubscribe me", "remove me from the list", "i want out of the newsletter",
    "no more marketing messages", "please stop the offers", "opt me out", "leave me alone with the ads", "i'm done with the promos")
add("help", "de", "wie bestelle ich bei euch", "brauche hilfe beim bestellen", "was geht mit dem bot so", "was kann ich hier fragen",
    "wie funktioniert das mit dem bestellen", "was muss ich schreiben", "wie geht einkaufen hier", "ich bin neu hier, wie läuft das")
add("help", "en", "how do i place an order", "what should i type", "how does shopping here work", "i'm new here how does this work",
    "what can you help with", "help me out", "how do i buy stuff here", "what do i do now")
add("greeting", "de", "guten tag, ich hätte da mal eine frage", "moin! bin neu hier", "hallo ich hab eine frage", "hi, kurze frage")
add("greeting", "en", "hello i have a question", "hi quick question", "hey, got a minute?", "yo what's good")
add("browse_catalog", "de", "was hat der laden so im sortiment", "ich möchte ein bisschen stöbern", "welche sachen kann ich kaufen",
    "was habt ihr denn so", "zeig mir euren katalog", "eure kategorien bitte", "was gibts im shop")
add("browse_catalog", "en", "what kind of stuff do you have", "what do you offer", "list your categories", "what's on sale in the shop",
    "browse products", "show me around the store", "what do you guys have")
add("unknown", "de", "kannst du meine hausaufgaben machen", "meine oma strickt gern", "ich hasse montage", "kannst du singen", "wie heißt du eigentlich",
    "ich fahre morgen nach {city}", "spielst du gern schach", "nö", "qwertz", "wann habt ihr geöffnet", "wo bekomme ich meine rechnung",
    "kannst du mir ein rezept geben", "was ist 2 plus 2", "erzähl mir was lustiges", "wie geht es deiner mutter", "ich hab kopfschmerzen",
    "schreib mir ein gedicht", "wer ist der beste fußballer", "kannst du mir einen flug buchen", "spiel musik", "ich bin gelangweilt",
    "wie wird das wetter in {city}", "was kostet ein flug nach {city}", "mein handy ist kaputt", "ich war gestern im kino",
    "hast du freunde", "magst du hunde", "welche sprache sprichst du", "ich mag dich", "du bist doof", "gute nacht", "bis morgen",
    "mach mal schneller", "wie funktioniert ein motor", "was hältst du von politik", "wer hat das internet erfunden", "kannst du deutsch",
    "follower kaufen günstig", "dm für zusammenarbeit", "verdiene 500€ am tag", "gewinnspiel! klick den link", "schöne grüße an alle")
add("unknown", "en", "can you do my homework", "my grandma likes knitting", "i hate mondays", "can you sing", "what's your name",
    "i'm going to {city} tomorrow", "do you play chess", "nope", "zxcv", "when are you open", "where do i get my invoice", "how do returns work",
    "give me a recipe", "what is 2 plus 2", "say something funny", "i have a headache", "write me a poem", "who is the best footballer",
    "can you book me a flight", "play some music", "i'm bored", "weather in {city}", "how much is a flight to {city}", "my phone broke",
    "i went to the cinema", "do you have friends", "do you like dogs", "what languages do you speak", "i like you", "you are dumb", "good night",
    "see you tomorrow", "how does an engine work", "what do you think about politics", "who invented the internet", "my cat is sleeping",
    "my boss is annoying", "how tall is the eiffel tower", "who won the world cup", "i just burned my toast", "i like trains",
    "whats your favorite color", "grow your followers fast", "dm for collab", "earn $500 a day", "giveaway click the link", "sending love to everyone")

BRANDS = ["nike", "puma", "levis", "canyon", "cube", "nivea", "loreal", "bosch", "sony", "ikea", "lego", "vans", "jack wolfskin", "shimano", "weleda"]
add("search_products", "de", "habt ihr was von {b}", "gibts was von {b}", "führt ihr {b}", "{b} {p}?", "habt ihr {p} von {b}", "suche {b} sachen",
    "{d} {p} bitte", "ich hätte gern infos über {d} {p}", "was habt ihr von {b}", "{d} {p} bitte zeigen", "{d} {p} mal bitte",
    "und {d} {p}?", "{d} {p} in grau bitte", "{d} {p} gibts die", "habt ihr was von {b} da", "gibts {b} bei euch")
add("search_products", "en", "anything from {b}", "do you have {b}", "got any {b} stuff", "{b} {p}?", "do you carry {p} by {b}", "looking for {b}",
    "the {p} please, what does it cost", "what do you have from {b}")
add("view_cart", "de", "warenkorb zeigen bitte", "warenkorb anzeigen lassen", "den warenkorb ansehen", "korb anschauen", "einkaufswagen anzeigen")
add("view_cart", "en", "show cart please", "display my cart", "open the basket", "look at my cart")

# References to what was shown last ("das zweite", "the first one"): no goods word, still a cart edit.
add("add_to_cart", "de", "leg {rde} in den korb", "{rde} bitte in den warenkorb", "ich nehm {rde}", "{rde} nehm ich", "gib mir {rde}",
    "{rde} in den einkaufswagen", "pack mir {rde} ein", "{rde} hätte ich gern", "{n} mal {rde} bitte", "{rde} kaufen")
add("add_to_cart", "en", "add {ren} to my cart", "i'll take {ren}", "{ren} please", "put {ren} in the basket", "gimme {ren}", "i want {ren}",
    "{ren} into my cart", "buy {ren}", "{n} of {ren} pls")
add("remove_from_cart", "de", "{rde} wieder raus", "nimm {rde} raus", "{rde} aus dem korb löschen", "{rde} will ich nicht mehr")
add("remove_from_cart", "en", "remove {ren}", "take {ren} out", "delete {ren} from my cart", "i don't want {ren} anymore")
REF_DE = ["das erste", "das zweite", "das dritte", "den ersten", "den zweiten", "die dritte", "nummer 2", "nr 3", "das letzte", "das da", "den da", "die obere"]
REF_EN = ["the first one", "the second one", "the third one", "number 2", "no 3", "the last one", "that one", "this one", "the top one", "the 2nd one"]

# --- third round: everyday greetings in all registers, opt-in/out phrasing, phrasal verbs, southern negation ---
add("greeting", "de", "guten tag", "grüß gott", "grüß sie", "grüß euch gott", "griaß eich", "servus", "servus und hallo", "einen schönen guten abend",
    "schönen abend", "guten morgen", "morgen!", "mahlzeit", "hallo und servus", "ei gude", "moin moin", "moin zusammen", "gude laune grüße",
    "hallo allerseits", "hallo liebes team", "grüezi", "grüessech mitenand", "tschau zäme", "hallo hallo", "hey leute", "na, ihr da", "{g}, schönen tag")
add("greeting", "en", "good morning", "morning", "morning!", "gm", "good evening", "evening all", "good afternoon all", "hello there", "hey there",
    "hi everyone", "hey guys", "hi all", "hiya folks", "yo yo", "heya", "howdy partner", "greetings and salutations", "top of the morning",
    "hello hello", "hi again", "hey again", "{g}, nice to meet you", "{g}, lovely day")
add("subscribe", "de", "haltet mich auf dem laufenden", "hältst du mich auf dem laufenden", "sagt mir bescheid wenn was neues kommt",
    "ich will neuigkeiten bekommen", "schickt mir neuigkeiten", "neuigkeiten bitte", "informiert mich über neue sachen", "gebt mir bescheid bei angeboten",
    "ich möchte informiert werden", "benachrichtigung bei neuen produkten bitte", "ich will auf dem laufenden bleiben", "tragt mich für den newsletter ein")
add("subscribe", "en", "keep me in the loop", "let me know when new stuff arrives", "tell me about new products", "i want news",
    "send me updates", "notify me when there are new products", "i want to stay updated", "let me know about deals", "inform me about offers")
add("unsubscribe", "de", "tragt mich aus dem verteiler aus", "trag mich aus dem newsletter aus", "tragen sie mich aus", "bitte austragen",
    "ich will aus der liste raus", "nehmt mich raus aus dem newsletter", "ich möchte nicht mehr informiert werden", "keine neuigkeiten mehr",
    "will nimmer angebote", "schickt ma nix mehr", "i mog koa werbung mehr", "ned mehr schreiben bitte")
add("unsubscribe", "en", "take me off the mailing list", "remove me from your list please", "i don't want updates anymore", "stop notifying me",
    "no more news please", "unsubscribe from updates", "stop the deals messages", "i want to stop getting offers", "quit messaging me offers")
add("remove_from_cart", "de", "{d} {p} brauch i net", "{d} {p} mag i doch net", "{d} {p} will i nimmer", "{d} {p} mog i ned", "{d} {p} doch net")
add("remove_from_cart", "en", "take off the {p}", "take the {p} off", "take {d} {p} off my list", "knock the {p} off", "strike the {p}",
    "the {p} is not needed", "i'm not getting the {p} after all")
add("view_cart", "de", "wie hoch ist die summe", "was ist die gesamtsumme", "was schulde ich euch", "was ist im einkaufskorb",
    "zeig mir meine ausgewählten sachen", "welche artikel habe ich hinzugefügt", "was habe ich ausgewählt", "wie viel zahl ich insgesamt")
add("view_cart", "en", "how much do i owe", "what do i owe you", "show my bag", "what's in my bag", "which items have i added",
    "what items are in my bag", "what have i got so far", "sum of my cart", "whats the total amount", "what's in my basket before i order")
add("help", "de", "welche befehle verstehst du", "welche funktionen gibt es", "was sind deine funktionen", "anleitung zum bot", "wie bediene ich das",
    "hilfe zur bedienung", "ich brauche eine erklärung")
add("help", "en", "can you give me some guidance", "what features are there", "what commands do you understand", "hlp", "guide me pls",
    "how do i navigate this", "explain the options")
add("talk_to_human", "de", "kann mich jemand anrufen", "kann mi wer anrufen", "ist ein mitarbeiter erreichbar", "gibts jemanden vom personal",
    "ich brauch ne echte person", "weiterleiten an einen menschen")
add("talk_to_human", "en", "is a staff member available", "can someone call me", "is anyone from the staff around", "i need an actual person",
    "escalate to a human", "get me someone who works there")
add("checkout", "de", "das wars, ich schließe ab", "ich schließe die bestellung ab", "abschließen bitte", "fertig, abschicken", "bestellung absenden",
    "kaufen und bezahlen", "nimm mein geld", "her mit der rechnung, ich zahl")
add("checkout", "en", "take my money", "shut up and take my money", "how do i complete the purchase", "complete checkout", "submit my order",
    "send the order", "i want to finish and pay", "let's close the order and pay")
add("browse_catalog", "de", "was kann man bei euch kriegen", "was bekommt man bei euch", "was gibts zu kaufen", "ich schau nur", "nur mal gucken",
    "was habt ihr auf lager", "was liegt bei euch im regal")
add("browse_catalog", "en", "whatcha got", "what you got", "just looking around", "just lookin", "what do you have in stock", "what's on the shelves",
    "what can i get here")

EMOJI = ["😊", "🙏", "👍", "😅", "😂", "❤️", "🔥", "👀", "🙌", "😍", "🤔", "✨", "💳", "📦", "🛒"]
ABBR_EN = [(" you ", " u "), (" your ", " ur "), (" please", " pls"), (" thanks", " thx"), (" are ", " r "), (" for ", " 4 "), (" before ", " b4 "),
           (" right now", " rn"), (" want to ", " wanna "), (" going to ", " gonna "), (" let me ", " lemme "), (" week", " wk"), (" because", " bc")]
ABBR_DE = [(" bitte", " pls"), (" ich ", " i "), (" nicht", " net"), (" mein ", " mei "), (" meine ", " mei "), (" einen ", " an "), (" eine ", " ne "),
           (" ist ", " is "), (" habe ", " hab "), (" was ", " wat "), (" das ", " des "), (" mal ", " ma "), (" haben ", " ham "), (" danke", " merci")]

def typo(w):
    if len(w) < 4 or not w.isalpha():
        return w
    i = R.randrange(1, len(w) - 1)
    k = R.random()
    if k < 0.33:
        return w[:i] + w[i + 1:]
    if k < 0.66:
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    return w[:i] + w[i] + w[i:]

def noise(text, lang, intent):
    t = text
    if R.random() < 0.5:
        t = t.lower()
    if R.random() < 0.35:
        t = t.replace(",", "").replace("?", "").replace("!", "").replace(".", "")
    if R.random() < 0.3:
        s = " " + t + " "
        for a, b in (ABBR_EN if lang == "en" else ABBR_DE):
            if R.random() < 0.6:
                s = s.replace(a, b)
        t = s.strip()
    if lang == "de" and R.random() < 0.15:
        t = t.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    for _ in range(2):
        if R.random() < 0.2:
            ws = t.split(" ")
            j = R.randrange(len(ws))
            ws[j] = typo(ws[j])
            t = " ".join(ws)
    if intent not in ("greeting", "thanks") and R.random() < 0.25:
        g = R.choice(GREET_DE if lang == "de" else GREET_EN)
        t = g + R.choice([", ", " ", "! ", " :) ", " 👋 "]) + t
    if intent != "thanks" and intent != "unknown" and R.random() < 0.06:
        t = t + R.choice([" danke", " thx", " merci"] if lang == "de" else [" thanks", " thx", " ty"])
    if R.random() < 0.2:
        t = t + " " + R.choice(EMOJI)
    if R.random() < 0.1:
        t = t + R.choice(["??", "!!", "?", "..."])
    return " ".join(t.split())

CITIES = ["berlin", "wien", "zürich", "hamburg", "london", "paris", "rome", "new york", "münchen", "basel"]

def fill(template, lang):
    template = template.replace("{city}", R.choice(CITIES)).replace("{b}", R.choice(BRANDS)).replace("{rde}", R.choice(REF_DE)).replace("{ren}", R.choice(REF_EN))
    g = R.choice(GREET_DE if lang == "de" else GREET_EN)
    return (template.replace("{g}", g).replace("{p}", prod(lang)).replace("{d}", det(lang))
            .replace("{n}", R.choice(NUM_DE if lang == "de" else NUM_EN)).replace("{o}", order_no()))

# Lines written before shop_info existed that ask about the shop (opening hours, returns, which cards are taken).
# They are generated exactly as before, so the random stream and every other line stay the same, and relabelled
# when the file is written.
ASKS_ABOUT_SHOP = {
    ("unknown", "wann habt ihr geöffnet"), ("unknown", "öffnungszeiten vom laden in der stadt"),
    ("unknown", "when are you open"), ("unknown", "how do returns work"),
    ("checkout", "kann ich mit karte zahlen"), ("checkout", "can i pay by card"), ("checkout", "apple pay geht?"), ("checkout", "apple pay ok?"),
}
relabel = {}

PER_INTENT = 260  # per language
rows = set()
for (intent, lang), templates in sorted(T.items()):
    n = PER_INTENT if intent not in ("unknown", "search_products", "add_to_cart") else 380
    made, tries = 0, 0
    while made < n and tries < n * 20:
        tries += 1
        template = R.choice(templates)
        base = fill(template, lang)
        line = (lang, noise(base, lang, intent) if R.random() < 0.8 else base, intent)
        if line not in rows and "\t" not in line[1]:
            rows.add(line)
            made += 1
            if (intent, template) in ASKS_ABOUT_SHOP:
                relabel[line] = "shop_info"

# Privacy requests (erase_data, link_channel) came after the lines above were fixed; they draw from their own random
# generator so that adding them left every earlier line as it was.
PRIVACY = {
    ("erase_data", "de"): ["lösche meine daten", "bitte alle meine daten löschen", "vergiss mich", "ich will dass ihr meine daten löscht",
                           "{g} löscht bitte alles was ihr über mich gespeichert habt", "daten löschen bitte", "meine infos entfernen",
                           "ich möchte meine daten gelöscht haben", "kannst du meine persönlichen daten löschen", "löscht mein konto und meine daten",
                           "dsgvo löschung bitte", "alles über mich löschen", "entfernt meine daten aus eurem system", "i wui dass ihr meine daten löscht"],
    ("erase_data", "en"): ["delete my data", "please erase my data", "forget me", "remove all my personal data", "{g} can you delete everything you have on me",
                           "wipe my data", "i want my data deleted", "erase everything about me", "gdpr delete request", "delete my info pls",
                           "remove my details from your system", "pls wipe all my data", "i'd like you to delete my personal information"],
    ("link_channel", "de"): ["auf whatsapp weiter", "können wir auf whatsapp weitermachen", "auf anderem kanal weiter", "ich will im messenger weiterschreiben",
                             "{g} kann ich auf telegram weitermachen", "chat auf anderen kanal übertragen", "lieber per whatsapp weiter",
                             "gib mir einen code für whatsapp", "meinen warenkorb auf instagram mitnehmen", "auf dem handy weiter chatten",
                             "wechseln wir zu telegram", "weiter auf einem anderen kanal bitte"],
    ("link_channel", "en"): ["continue on whatsapp", "can we continue on another channel", "move this chat to telegram", "switch to messenger",
                             "{g} i want to continue on whatsapp", "give me a code to continue elsewhere", "carry on in instagram",
                             "take my cart over to whatsapp", "continue on my phone", "lets move to telegram", "switch channel please",
                             "can i keep chatting on another app"],
}
R2 = random.Random(20261129)
for (intent, lang), templates in sorted(PRIVACY.items()):
    made, tries = 0, 0
    while made < 120 and tries < 4000:
        tries += 1
        base = R2.choice(templates).replace("{g}", R2.choice(GREET_DE if lang == "de" else GREET_EN))
        line = (lang, noise(base, lang, intent) if R2.random() < 0.7 else base, intent)
        if line not in rows and "\t" not in line[1]:
            rows.add(line)
            made += 1

# Questions about the shop (shop_info: shipping, delivery times, returns, payment methods, contact) came after the
# privacy lines; like them they draw from their own random generator, so every earlier line stays as it was.
COUNTRY_DE = ["österreich", "die schweiz", "italien", "frankreich", "holland", "england", "die usa", "polen", "dänemark", "luxemburg", "belgien"]
COUNTRY_EN = ["austria", "switzerland", "the uk", "italy", "france", "the netherlands", "the us", "poland", "denmark", "canada", "ireland"]
METHOD_DE = ["paypal", "kreditkarte", "karte", "klarna", "apple pay", "google pay", "rechnung", "visa", "mastercard", "überweisung", "sofortüberweisung", "lastschrift", "giropay", "twint", "amex"]
METHOD_EN = ["paypal", "credit card", "card", "klarna", "apple pay", "google pay", "visa", "mastercard", "bank transfer", "debit card", "amex", "invoice", "twint"]
SHOP = {
    ("shop_info", "de"): [
        # shipping
        "was kostet der versand", "wie teuer ist der versand", "versandkosten", "was kostet versand nach {cde}", "liefert ihr nach {cde}",
        "versendet ihr auch nach {cde}", "schickt ihr auch ins ausland", "ist der versand kostenlos", "ab wann ist der versand gratis",
        "wie hoch sind die versandkosten", "was zahl ich für den versand", "gibts gratis versand", "versand nach {cde} möglich?",
        "was kostet porto", "liefert ihr auch ins ausland", "verschickt ihr nach {cde}", "versandkosten nach {cde}?",
        "muss ich versand zahlen", "kommen noch versandkosten dazu", "wie viel kostet die lieferung", "ab welchem betrag versandkostenfrei",
        # delivery
        "wie lange dauert der versand", "wie lange dauert die lieferung", "wie lang braucht das paket", "lieferzeit", "wie ist die lieferzeit",
        "wie schnell seid ihr mit der lieferung", "wie lange dauert es bis die ware da ist", "wie viele tage dauert der versand",
        "wie lange braucht der versand nach {cde}", "gibt es expressversand", "kann ich express bestellen", "wann ist die ware normalerweise da",
        "wie lange sind die lieferzeiten", "wie lang dauert der versand nach {cde}", "wann kommt die ware wenn ich heute bestelle",
        "wie schnell liefert ihr nach {cde}", "liefert ihr am nächsten tag",
        # returns
        "kann ich zurückgeben", "kann ich sachen zurückschicken", "wie funktioniert die rückgabe", "rückgabe", "rückgaberecht",
        "wie lange kann ich zurückgeben", "ist die rücksendung kostenlos", "kann ich umtauschen", "umtausch möglich", "wie läuft der umtausch",
        "was ist wenn {d} {p} nicht passt", "kann ich {d} {p} zurückgeben", "kann ich {d} {p} umtauschen", "wie schick ich was zurück",
        "gibts ein retourenlabel", "retoure wie", "wie lange habe ich zeit für die rückgabe", "kriege ich mein geld zurück wenn es nicht passt",
        "widerrufsrecht", "kann ich in einer anderen größe umtauschen", "rücksendung kostenlos?",
        # payment
        "welche zahlungsarten habt ihr", "wie kann man bei euch bezahlen", "kann ich mit {mde} zahlen", "kann ich mit {mde} bezahlen",
        "geht {mde}", "nehmt ihr {mde}", "akzeptiert ihr {mde}", "ist {mde} möglich", "welche zahlungsmöglichkeiten gibt es", "zahlungsmethoden",
        "kann man auf rechnung kaufen", "gibts ratenzahlung", "kann ich auf rechnung bestellen", "bezahlen mit {mde} möglich?", "{mde} geht auch?",
        "welche bezahlmethoden gehen", "kann ich bar zahlen", "geht auch {mde} oder nur {mde}",
        # contact
        "wie kann ich euch erreichen", "wie erreiche ich den shop", "habt ihr eine telefonnummer", "wie ist eure email", "kontakt",
        "wie kann ich euch kontaktieren", "eure kontaktdaten bitte", "telefonnummer vom shop", "wann seid ihr erreichbar",
        "öffnungszeiten", "wie sind die öffnungszeiten vom kundenservice", "kann ich euch anrufen", "an welche mail kann ich schreiben",
        "wo sitzt ihr", "habt ihr eine adresse", "wann habt ihr offen", "wie komm ich an euch ran", "kontaktmöglichkeiten?",
    ],
    ("shop_info", "en"): [
        # shipping
        "how much is shipping", "what does shipping cost", "shipping costs", "do you ship to {cen}", "can you ship to {cen}",
        "do you deliver to {cen}", "is shipping free", "free shipping?", "when is shipping free", "what are the shipping fees",
        "how much for postage", "do you ship internationally", "do you ship abroad", "shipping to {cen}?", "whats the delivery charge",
        "is there a shipping fee", "how much do you charge for delivery", "minimum order for free shipping", "do u ship worldwide",
        # delivery
        "how long does shipping take", "how long is delivery", "delivery time?", "what's the delivery time", "how fast is delivery",
        "how many days does delivery take", "how long to {cen}", "how long does it take to arrive", "do you have express shipping",
        "next day delivery?", "how quickly do you deliver", "when would it arrive if i order now", "how long does shipping to {cen} take",
        "what are your delivery times", "how soon can i get it", "how long does it usually take",
        # returns
        "can i return it", "what's your return policy", "how do returns work", "return policy?", "can i send it back",
        "how do i return something", "is returning free", "can i exchange {d} {p}", "what if the {p} doesn't fit", "can i return the {p}",
        "how long do i have to return", "do you do exchanges", "do you offer refunds", "can i get my money back", "returns free?",
        "how do i send stuff back", "can i swap for another size", "exchange policy?",
        # payment
        "which payment methods do you accept", "how can i pay", "can i pay with {men}", "do you take {men}", "do you accept {men}",
        "is {men} possible", "{men} ok?", "what payment options do you have", "payment methods", "can i pay later", "do you do installments",
        "can i pay by {men}", "ways to pay?", "do you take {men} or just {men}", "is paying by {men} possible", "what cards do you accept",
        # contact
        "how can i reach you", "how do i contact you", "what's your phone number", "what's your email", "contact",
        "contact details?", "how can i get in touch", "do you have a phone number", "when are you available", "what are your opening hours",
        "business hours?", "can i call you", "where can i email you", "what's your address", "where are you located", "how do i get hold of you",
    ],
}
R3 = random.Random(20261201)
texts = {text for _, text, _ in rows}
for (intent, lang), templates in sorted(SHOP.items()):
    made, tries = 0, 0
    while made < 320 and tries < 8000:
        tries += 1
        template = R3.choice(templates)
        base = (template.replace("{cde}", R3.choice(COUNTRY_DE)).replace("{cen}", R3.choice(COUNTRY_EN))
                .replace("{mde}", R3.choice(METHOD_DE)).replace("{men}", R3.choice(METHOD_EN)).replace("{g}", R3.choice(GREET_DE if lang == "de" else GREET_EN)))
        if "{p}" in base or "{d}" in base:
            base = base.replace("{p}", R3.choice(P_DE if lang == "de" else P_EN)).replace("{d}", R3.choice(["den", "die", "das", ""]) if lang == "de" else "the")
        text = noise(base, lang, intent) if R3.random() < 0.75 else base
        text = " ".join(text.split())
        if text not in texts and "\t" not in text:
            rows.add((lang, text, intent))
            texts.add(text)
            made += 1

# Borders seen later (linking a named channel, erasing stored details, not knowing what to ask, looking before paying,
# paying said casually, staying informed, dropping an item, emptying everything, Bavarian browsing). Their own random
# generator again, so every earlier line stays as it was.
CHANNEL = ["whatsapp", "telegram", "messenger", "instagram", "facebook messenger", "insta"]
BORDERS = {
    ("link_channel", "de"): ["verbinde den chat mit {ch}", "kannst du das mit meinem {ch} verbinden", "verknüpf mich mit {ch}", "mit {ch} verknüpfen bitte",
                             "den chat an {ch} koppeln", "{g} ich will das mit {ch} verbinden", "geht das auch verknüpft mit {ch}", "bitte mit {ch} synchronisieren",
                             "kann i des mit {ch} verbinden", "meinen {ch} account verknüpfen"],
    ("link_channel", "en"): ["connect this chat with {ch}", "link this to my {ch}", "sync this with {ch}", "can you link my {ch} account",
                             "{g} connect me on {ch} too", "hook this chat up to {ch}", "link up with my {ch} pls", "connect my {ch} acc",
                             "i want this linked to {ch}", "sync w my {ch}"],
    ("erase_data", "de"): ["entfernt meine adresse aus eurem system", "bitte meine telefonnummer löschen", "löscht die gespeicherten informationen über mich",
                           "ich will dass meine persönlichen informationen entfernt werden", "{g} bitte löscht alles was ihr gespeichert habt",
                           "meine adresse und nummer bitte entfernen", "was ihr über mich gespeichert habt bitte löschen"],
    ("erase_data", "en"): ["remove my address from your records", "delete my phone number from your system", "erase the personal information you hold on me",
                           "{g} i want my stored details deleted", "please remove my personal details", "wipe my address and number",
                           "delete all information you stored about me", "i'd like my personal info erased"],
    ("help", "de"): ["keine ahnung was ich hier fragen soll", "was kann ich dich alles fragen", "welche fragen kannst du beantworten",
                     "{g} was kann man dich so fragen", "weiß nicht was ich fragen soll", "was darf ich dich fragen"],
    ("help", "en"): ["not sure what to ask", "what sort of questions can you answer", "which questions can i ask", "{g} what can i ask about here",
                     "no clue what to ask tbh", "what am i allowed to ask you"],
    ("view_cart", "de"): ["bevor ich zahle zeig mir nochmal den korb", "erst den warenkorb sehen dann zahlen", "bevor ich bezahle will ich den korb sehen",
                          "vor dem bezahlen nochmal den warenkorb zeigen", "{g} bevor ich zur kasse geh was ist im korb"],
    ("view_cart", "en"): ["show me my cart before i check out", "let me check the cart first before paying", "before paying show me what's in my basket",
                          "before i pay what's in the cart", "{g} quick look at my cart before checkout"],
    ("checkout", "de"): ["das wars abrechnen bitte", "passt so, das ist alles, zahlen", "das wars dann, ich zahl jetzt", "{g} fertig, bitte abrechnen"],
    ("checkout", "en"): ["that's it, ring it up", "ring up my order", "ok done, bill me", "that's all i need, let's pay", "thats everything, checkout pls"],
    ("subscribe", "de"): ["haltet mich auf dem laufenden", "halt mich über neue sachen auf dem laufenden", "bitte auf dem laufenden halten was neues kommt",
                          "{g} ich will über angebote auf dem laufenden bleiben"],
    ("subscribe", "en"): ["keep me in the loop on new stuff", "keep me posted about new arrivals", "keep me in the loop pls", "{g} loop me in on deals"],
    ("remove_from_cart", "de"): ["{p} brauch ich nimmer", "{d} {p} brauche ich nicht mehr im korb", "{p} will i ned, nimm raus"],
    ("remove_from_cart", "en"): ["no longer need the {p}", "i don't need the {p} anymore", "the {p} can go, no longer want it"],
    ("clear_cart", "de"): ["alle artikel aus dem warenkorb löschen", "alle sachen im korb entfernen", "bitte alle produkte aus dem korb nehmen"],
    ("clear_cart", "en"): ["remove all items from my cart", "delete every item in the basket", "take all items out of my cart"],
    ("browse_catalog", "de"): ["i mog schaun wos ihr habts", "zeigts amoi wos es gibt", "wos habts ihr so", "i schau amoi wos es gibt"],
}
R4 = random.Random(20261203)
for (intent, lang), templates in sorted(BORDERS.items()):
    made, tries = 0, 0
    while made < 25 and tries < 3000:
        tries += 1
        base = (R4.choice(templates).replace("{ch}", R4.choice(CHANNEL)).replace("{g}", R4.choice(GREET_DE if lang == "de" else GREET_EN))
                .replace("{p}", R4.choice(P_DE if lang == "de" else P_EN)).replace("{d}", R4.choice(["den", "die", "das"]) if lang == "de" else "the"))
        text = " ".join((noise(base, lang, intent) if R4.random() < 0.7 else base).split())
        if text not in texts and "\t" not in text:
            rows.add((lang, text, intent))
            texts.add(text)
            made += 1

with open(OUT, "w", encoding="utf-8") as f:
    f.write("lang\ttext\tintent\n")
    for lang, text, intent in sorted(rows):
        f.write(f"{lang}\t{text}\t{relabel.get((lang, text, intent), intent)}\n")
# The product words the templates used: while training, the classifier sees them marked as goods the way a
# shop's own catalog words are marked at run time, so it learns the shape of a request rather than the goods.
# Brands stay unmarked: a shop's catalog often lacks the brand a shopper names ("habt ihr was von <brand>").
words = sorted({w for p in P_DE + P_EN + ADJ_DE + ADJ_EN for w in p.split() if w})
with open(os.path.join(os.path.dirname(OUT), "training-products.txt"), "w", encoding="utf-8") as f:
    f.write("\n".join(words) + "\n")
print(len(rows), "lines ->", os.path.normpath(OUT))
