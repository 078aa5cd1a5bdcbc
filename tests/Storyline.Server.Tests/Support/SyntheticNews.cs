namespace Storyline.Server.Tests.Support;

/// <summary>
/// Articles written for these tests (invented towns, people and events): a few events, each reported by several
/// outlets in their own words, so the grouper has stories to find. Deterministic: article n is always the same.
/// </summary>
public static class SyntheticNews
{
    private sealed record Event(string Slug, string Title, string[] Sentences);

    private static readonly Event[] Events =
    [
        new("bridge", "Kessel river bridge closed after cracks found", [
            "Engineers closed the Kessel river bridge in Dunmore on Tuesday after inspectors found cracks in two steel girders.",
            "Traffic between Dunmore and Alsby was diverted through the Norrow ring road, adding about forty minutes to the trip.",
            "Transport minister Ilse Varga said the bridge would stay shut until a full structural survey was complete.",
            "The bridge, opened in 1974, carries about 22,000 vehicles a day according to the regional roads agency.",
            "Varga said repairs could cost up to 12 million euros and that a temporary ferry would run from Thursday.",
            "Local hauliers warned the Kessel bridge closure would delay deliveries to the Alsby port for weeks.",
        ]),
        new("strike", "Teachers in Corvale walk out over pay", [
            "Teachers across Corvale province walked out on Monday in the first strike over pay in eleven years.",
            "The Corvale Teachers Union said 9,000 members joined the strike and that 400 schools were closed.",
            "Union leader Tomas Brandt demanded a pay rise of 8 percent and smaller classes.",
            "Education secretary Mara Lindqvist called the walkout irresponsible and offered 3 percent.",
            "Parents in Corvale scrambled to find childcare as the strike entered its second day.",
            "Brandt said the Corvale teachers would strike again next week if talks with Lindqvist failed.",
        ]),
        new("orchard", "Frost destroys apple harvest in the Venn valley", [
            "A late frost destroyed most of the apple blossom in the Venn valley overnight on Friday, growers said.",
            "The Venn Growers Cooperative estimated that 70 percent of this year's apple harvest was lost.",
            "Cooperative chairwoman Hanne Okonkwo said orchards had lit fires and run sprinklers but temperatures fell to minus six.",
            "Apple prices at the Venn wholesale market rose by a fifth on Saturday morning.",
            "Okonkwo asked the agriculture ministry for emergency aid for the valley's 300 orchard families.",
            "Growers in the Venn valley said it was the worst frost damage to apple trees since 1991.",
        ]),
        new("satellite", "Pellmar launches first weather satellite", [
            "The Pellmar space agency launched its first weather satellite from the Estoril coast launch site on Wednesday.",
            "The satellite, named Aurel-1, reached its orbit about 35 minutes after lift-off, the agency said.",
            "Agency director Yusuf Demir said Aurel-1 would improve storm forecasts for Pellmar's fishing fleet.",
            "The Aurel-1 satellite cost 140 million dollars and was built with help from two foreign partners.",
            "Demir said a second Pellmar weather satellite would follow within three years.",
            "Meteorologists welcomed the Aurel-1 launch, saying forecasts for the Estoril coast had long been poor.",
        ]),
    ];

    private static readonly string[] Outlets = ["Dunmore Herald", "Coast Radio", "The Provincial", "Morning Post", "Valley Times", "Metro Wire"];

    /// <summary>Article <paramref name="n"/> as a POST record: event n % 4, outlet and sentence choice from n.</summary>
    public static object Record(int n)
    {
        var e = Events[n % Events.Length];
        int k = n / Events.Length;
        var outlet = Outlets[(n + k) % Outlets.Length];
        var sentences = Enumerable.Range(0, 5).Select(i => e.Sentences[(k + i * (1 + k % 2)) % e.Sentences.Length]).Distinct().ToList();
        var text = string.Join("\n\n", sentences) + $"\n\nThis report was updated at {8 + k % 12}:{(k * 7) % 60:00} with comments from residents (report {n}).";
        var published = new DateTimeOffset(2026, 4, 6, 8, 0, 0, TimeSpan.Zero).AddMinutes(n * 17);
        return new { text, title = e.Title + (k % 3 == 0 ? "" : $", {outlet} reports"), outlet, url = $"https://{outlet.ToLowerInvariant().Replace(' ', '-')}.example/{e.Slug}/{n}", published = published.ToString("o") };
    }

    public static int EventCount => Events.Length;
}
