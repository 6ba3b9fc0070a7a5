using System.Collections.Frozen;

namespace Commerce.Application.Understanding;

/// <summary>
/// Frequent German and English words with no shop meaning of their own. Knowing them matters twice: they are never
/// "corrected" into a cue word, and they do not count as an unknown (possibly product) word.
/// </summary>
internal static class CommonWords
{
    public static FrozenSet<string> All { get; } = Vocabulary.Split("""
        denn einfach gucken gucke guck schauen schau schaue sehen seh sieht ansehen anschauen angucken kucken
        machen mache mach macht gemacht tun getan gehen geht gehe ging kommen komme komm kam sagen sag sagt gesagt
        wissen weiss weisst glauben glaube denke denken finde findest meinst meine sollen soll sollte muss musst muessen
        darf duerfen koennte wuerdest waere waeren wurde wurden worden werden wird wirst war waren gewesen sein seid
        aber sondern weil wenn falls ob dass damit obwohl also sonst trotzdem deshalb darum
        ganz sehr zu ziemlich total wirklich echt voll mega super ultra krass eher etwa ungefaehr fast kaum
        schon immer nie niemals oft manchmal bald spaeter vorher nachher gleich sofort endlich nochmal wieder
        heute gestern jetzt gerade momentan bisher seit noch erst letzte letzten naechste naechsten
        gut gute guten besser beste besten bester bestes schlecht richtig falsch wichtig moeglich egal klar sicher genau
        viel viele wenig wenige mehr weniger andere anderen anderes alle jeder jede jedes man jemand niemand
        dies diese dieser diesen dieses jene solche sowas etwas nichts irgendwas alles
        hier da dort drin draussen oben unten links rechts vorne hinten weg
        ding dinge sache teil teile zeit tag tage woche jahr mal leute mensch welt frage fragen antwort problem
        okay danke bitte sorry entschuldigung achso aha hm hmm oh ah ach naja tja
        but because if then than so very really quite pretty just only even still already again also too
        get got gets getting go goes going went gone come comes came make makes made do doing done say said
        know think see look looks want wants like likes need needs give gives tell use try let lets
        good bad better best great nice fine ok sure right wrong little big small large few lot lots
        thing things something someone anyone everyone nobody time day week year way people man woman world
        now then today later soon ever never always sometimes maybe probably actually basically
        here there where everywhere somewhere about around into over under after before between without
        owe owed pay paid
        """).ToFrozenSet(StringComparer.Ordinal);
}
