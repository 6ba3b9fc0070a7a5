using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>Function words and language markers (folded form).</summary>
internal static class Vocabulary
{
    public static FrozenSet<string> CartWords { get; } = Set(
        "warenkorb warenkorbs warenkrob korb einkaufswagen einkaufskorb cart basket trolley shoppingcart");

    public static FrozenSet<string> German { get; } = Set("""
        ich du er sie es wir ihr mir mich dir dich uns euch mein meine meinen meinem meiner dein deine euer eure euren
        der die das den dem des ein eine einen einem einer nen ne und oder im ins am auf aus von vom zu zum zur mit fuer bei
        als auch noch mal bitte doch nicht ja nein dann jetzt schon nur sehr gerne gern mehr alle alles was wie wo wann welche
        welchen ist sind hat habe hab haben habt hast kann kannst koennen moechte will wollen wuerde haette gibt gibts
        hier damit wieder raus rein zeig zeige zeigen suche brauche danke hallo moin servus bestellung warenkorb korb kasse
        bezahlen zahlen stornieren mitarbeiter leeren loeschen entferne hinzufuegen pack nehme neuen stueck paar zusammen
        wer heute morgen gestern wetter spiel hund oma arbeit keine lust erzaehl witz spaet hilfe funktioniert eigentlich
        sortiment angebot kategorien verkauft produkte umschauen einkaufswagen lieferung paket bleibt kommt verschickt
        """);

    public static FrozenSet<string> English { get; } = Set("""
        i you he she it we they me my mine your our us them the a an and or of in on at to from with for by is are was
        were be do does did have has had can could would should will want need please thanks thank thx hello hi
        what whats which where when how who why this that these those some any anything everything all just also
        show search looking find add put take buy remove delete empty clear cart basket checkout pay order track cancel
        talk speak human agent person subscribe unsubscribe stop sending offers joke weather tell today tomorrow
        yet still nothing already last week so far total open view much many more another im ill dont cant its
        sell stuff kind products browse categories catalog help work does shipped package arrive update
        """);

    /// <summary>Chat spellings and dialect forms with the plain words they stand for.</summary>
    public static FrozenDictionary<string, string[]> Colloquial { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["wat"] = ["was"], ["wattn"] = ["was"], ["watt"] = ["was"], ["wie'n"] = ["wie"], ["isses"] = ["ist", "es"], ["issn"] = ["ist"],
        ["hamma"] = ["haben", "wir"], ["hammer"] = ["haben", "wir"], ["hamse"] = ["haben", "sie"], ["habter"] = ["habt", "ihr"], ["habta"] = ["habt", "ihr"],
        ["gibbet"] = ["gibt", "es"], ["gibbets"] = ["gibt", "es"], ["gibt's"] = ["gibt", "es"], ["nix"] = ["nichts"],
        ["u"] = ["you"], ["ya"] = ["you"], ["ur"] = ["your"], ["r"] = ["are"], ["wanna"] = ["want"], ["gotta"] = ["got"], ["lemme"] = ["let", "me"],
        ["pls"] = ["please"], ["plz"] = ["please"], ["thnx"] = ["thanks"], ["thnks"] = ["thanks"], ["teh"] = ["the"],
        // Bavarian and Austrian: "hobts ihr", "wos gibts", "amoi schaun", "des mog i ned".
        ["hobts"] = ["habt"], ["habts"] = ["habt"], ["hobt"] = ["habt"], ["hend"] = ["habt"], ["haend"] = ["habt"], ["wos"] = ["was"], ["amoi"] = ["mal"], ["schaun"] = ["schauen"],
        ["mog"] = ["mag"], ["ned"] = ["nicht"], ["net"] = ["nicht"], ["des"] = ["das"], ["de"] = ["die"],
        // Diminutives for the parcel and the cart: "mei packl", "is des packerl scho do", "s päckli", "im wagerl".
        ["packl"] = ["paket"], ["packerl"] = ["paket"], ["paeckli"] = ["paket"], ["paeckle"] = ["paket"], ["packerle"] = ["paket"],
        ["wagerl"] = ["warenkorb"], ["waegeli"] = ["warenkorb"], ["koerbli"] = ["warenkorb"], ["koerbchen"] = ["warenkorb"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static FrozenSet<string> QueryFillers { get; } = Set("""
        ich du er sie es wir ihr mir mich dir dich uns euch mein meine meinen meinem meiner dein deine euer eure euren
        der die das den dem des ein eine einen einem einer eines nen ne n und oder in im ins an am auf aus von vom zu zum zur
        mit fuer bei als auch noch mal bitte pls plz doch nicht ja nein ok okay dann jetzt gleich schon nur so sehr gerne gern
        mehr alle alles was wie wo welche welchen welcher welches ist sind hat habe hab haben habt hast kann kannst
        koennt koennen koenntest moechte moechten will wollen wuerde haette gibt gibts es geben sowas etwas irgendwas da
        hier dort damit davon wieder raus rein bisschen neu neue neuen neuer neues schoen schoene schoenen tolle tollen
        geschenk stueck stk x paar couple pair pairs packung packungen lager groesse gr size of
        the a an some any for to on with and or me my i im ill id you your we us it them they this that these those
        is are do does did have has got get can could would like want wanna need please just also too really new nice
        cool one gift present stock available how much what whats which show looking search find from out there here
        yes yeah yep sure alright jo klar nee noe nope nah love about regarding wegen first second third erste ersten zweite zweiten dritte dritten
        bin bist sein war nach ueber halt eben echt grad gerade vielleicht evtl irgendwie
        maybe hey hi hallo guys leute folks ihr euch auch mal ma bissl per u ya throw into onto kostet kosten cost costs price preis eigentlich nochmal lieber
        wieviel teuer vorhanden carry erhaeltlich lieferbar
        ihn ihm longer wollte fragen ob umentschieden gewusst wissen wondering whether if
        """);

    /// <summary>
    /// Everyday words and places with no shop meaning. Known words are never "corrected", so listing them keeps
    /// "muenchen" from becoming "menschen" or "wetter" from becoming a cue.
    /// </summary>
    public static FrozenSet<string> Everyday { get; } = Set("""
        berlin hamburg muenchen koeln frankfurt stuttgart leipzig dresden wien zuerich paris london rom rome madrid
        new york amerika italien spanien frankreich deutschland urlaub reise flug fliegen zug bahn auto fahrrad
        wetter regen regnet sonne schnee kalt warm heiss morgen uebermorgen wochenende montag dienstag mittwoch
        donnerstag freitag samstag sonntag weather rain sunny snow cold hot weekend monday friday
        witz witze lustig joke jokes funny story geschichte gedicht poem song lied singen sing tanzen dance
        fussball spiel tor football soccer game match team verein bundesliga
        katze hund katzen hunde cat cats dog dogs pferd vogel baby kinder kind freundin freund frau mann
        essen kochen pizza pasta burger hunger hungrig food eat cook dinner lunch breakfast fruehstueck mittag
        film filme serie netflix movie movies music musik buch buecher book books lesen read
        mathe hausaufgaben schule uni studium homework school math plus minus mal times geteilt
        politik praesident kanzler president election wahl hauptstadt capital land country
        langweilig boring muede tired traurig sad gluecklich happy liebe love single verheiratet married
        versand versandkosten shipping offen geoeffnet oeffnungszeiten weisst weiss kaputt broken computer handy laptop keyboard tastatur internet wlan
        rechnung rechnungen invoice receipt quittung rabatt rabattcode gutscheincode discount coupon code
        oesterreich schweiz austria switzerland ausland abroad zoll customs
        """);

    private static FrozenSet<string> Set(string words) =>
        Split(words).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The words of a word list written as text (spaces and line breaks between them).</summary>
    internal static IEnumerable<string> Split(string list) =>
        list.Split([' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries);
}
