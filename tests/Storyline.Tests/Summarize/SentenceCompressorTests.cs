using Storyline.Summarize;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Summarize;

/// <summary>Every sentence here was invented for these tests.</summary>
public sealed class SentenceCompressorTests
{
    private static readonly SummarizerSettings AllRules = SummarizerSettings.Default with
    {
        Compress = true, DropTrailingAttribution = true, DropMidAttribution = true, DropAges = true,
        DropParentheticals = true, DropAppositives = true, DropTrailingParticiple = true, MaxDroppedLeadWords = 6,
    };

    /// <summary>The sentence as the summarizer would show it with every cut the rules find, or null when nothing is cut.</summary>
    private static string? Compress(string sentence, SummarizerSettings? settings = null)
    {
        var shown = new TextSpan(0, sentence.Length);
        var cuts = SentenceCompressor.FindCuts(sentence, shown, settings ?? AllRules, LanguagePacks.English.Summary);
        if (cuts.Count == 0) return null;
        var parts = SentenceCompressor.Keep(sentence, shown, cuts);
        return parts.IsEmpty ? null : SentenceCompressor.Show(sentence, parts);
    }

    private static IReadOnlyList<CompressionRule> Rules(string sentence) =>
        SentenceCompressor.FindCuts(sentence, new TextSpan(0, sentence.Length), AllRules, LanguagePacks.English.Summary).Select(c => c.Rule).ToList();

    [Theory]
    [InlineData("The harbour board approved the new dock fees on Monday, officials said.", "The harbour board approved the new dock fees on Monday.")]
    [InlineData("The ferry service between Varn and Olen will resume next week, the regional transport office said on Tuesday.", "The ferry service between Varn and Olen will resume next week.")]
    [InlineData("The council voted to close the old mine, said Mara Lind, a spokeswoman for the mayor.", "The council voted to close the old mine.")]
    [InlineData("Flood water reached the second floor of the station, according to the fire service.", "Flood water reached the second floor of the station.")]
    [InlineData("The rebels withdrew from the port overnight, he told reporters.", "The rebels withdrew from the port overnight.")]
    [InlineData("the rebels withdrew from the port overnight, the army said in a statement.", null)] // lower-case start: never re-capitalised
    public void Drops_a_trailing_attribution(string sentence, string? expected)
    {
        Assert.Equal(expected, Compress(sentence));
        Assert.Contains(CompressionRule.TrailingAttribution, Rules(sentence));
    }

    [Theory]
    [InlineData("The Maren bridge was closed to traffic, police said the driver fled.")] // what follows "said" is a claim
    [InlineData("\"We will rebuild the bridge,\" the minister said.")] // a quotation keeps its speaker
    [InlineData("The minister called the report \"a disgrace\", officials said.")] // a quoted phrase keeps its speaker
    [InlineData("The mine will reopen, said he would resign.")] // not a speaker
    [InlineData("The army retook the port, and the mayor said.")] // a clause, not an attribution
    [InlineData("The vote was delayed, officials said on 12 May.")] // a number is never dropped
    [InlineData("The vote went ahead, officials who did not attend said.")] // a negation is never dropped
    public void Keeps_attributions_that_are_not_droppable(string sentence) =>
        Assert.DoesNotContain(CompressionRule.TrailingAttribution, Rules(sentence));

    [Theory]
    [InlineData("The new dock, the harbour master said, would cost less than the old one.", "The new dock would cost less than the old one.")]
    [InlineData("The ferry, according to the operator, runs twice a week in winter.", "The ferry runs twice a week in winter.")]
    [InlineData("The driver was unhurt, police said, adding that the road was icy.", "The driver was unhurt, adding that the road was icy.")]
    [InlineData("The ferry sank near Varn, the coast guard said, and the crew swam ashore.", "The ferry sank near Varn, and the crew swam ashore.")]
    public void Drops_a_mid_sentence_attribution(string sentence, string expected) =>
        Assert.Equal(expected, Compress(sentence, AllRules with { DropTrailingParticiple = false }));

    [Theory]
    [InlineData("The dock, the harbour master said, \"would cost less than the old one.\"")] // a quotation: the speaker stays
    [InlineData("The dock, he did not say, would cost less.")]
    public void Keeps_mid_sentence_attributions_of_quotations_and_negations(string sentence) =>
        Assert.DoesNotContain(CompressionRule.MidAttribution, Rules(sentence));

    [Theory]
    [InlineData("Olen Varga, 45, was elected mayor of Portville on Sunday.", "Olen Varga was elected mayor of Portville on Sunday.")]
    [InlineData("mara lind, 61, of portville, was named head of the harbour board.", null)] // lower-case start (Multi-News style) is not shown
    [InlineData("Mara Lind, 61, of Portville, was named head of the harbour board.", "Mara Lind was named head of the harbour board.")]
    public void Drops_an_age_after_a_name(string sentence, string? expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("The ferry carried 12, 15, and 20 passengers on its three runs.")] // a list of numbers
    [InlineData("The final score was 3, 2, after extra time was played.")] // no name before the number
    [InlineData("The fund paid Varga, 200, and Lind, 300, for the repairs.")] // not an age (over 120, and a list)
    public void Keeps_numbers_that_are_not_ages(string sentence) => Assert.DoesNotContain(CompressionRule.Age, Rules(sentence));

    [Theory]
    [InlineData("The Harbour Workers Union (HWU) called a strike at the port of Varn.", "The Harbour Workers Union called a strike at the port of Varn.")]
    [InlineData("Senator Lind (D-Portville), who chairs the committee, opposed the plan.", "Senator Lind, who chairs the committee, opposed the plan.")]
    [InlineData("The strike was called by the dock workers (HWU).", "The strike was called by the dock workers.")]
    public void Drops_a_short_parenthetical(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("The repairs will cost the city more (about 40 million crowns) than planned.")] // numbers stay
    [InlineData("The union (which has not struck since the war) called a strike.")] // a negation stays
    [InlineData("The union called \"a strike (for now) and nothing more\" at the port.")] // inside a quotation
    public void Keeps_parentheticals_with_numbers_negations_or_quotes(string sentence) =>
        Assert.DoesNotContain(CompressionRule.Parenthetical, Rules(sentence));

    [Theory]
    [InlineData("Mara Lind, a spokeswoman for the harbour board, confirmed the closure of the dock.", "Mara Lind confirmed the closure of the dock.")]
    [InlineData("Varn Shipping, the largest operator on the river, cancelled all sailings for the week.", "Varn Shipping cancelled all sailings for the week.")]
    public void Drops_a_short_appositive(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("The port hired cooks, the drivers, and the dock workers for the festival.")] // a list
    [InlineData("On Monday, the rebels attacked, the harbour was shelled and the ferry sank.")] // clauses, not appositives
    [InlineData("Mara Lind, the woman who was not elected, spoke at the rally.")] // a negation and a clause
    [InlineData("After the storm, the harbour closed, the ferries stopped and the town waited.")] // an opening phrase then clauses
    public void Keeps_phrases_that_are_not_appositives(string sentence) =>
        Assert.DoesNotContain(CompressionRule.Appositive, Rules(sentence));

    [Theory]
    [InlineData("The harbour board approved the new dock fees, adding that the old pier would close.", "The harbour board approved the new dock fees.")]
    [InlineData("Dock workers walked out, saying the new shifts were unsafe.", "Dock workers walked out.")]
    public void Drops_a_trailing_participle_phrase(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("Dock workers walked out, saying the new shifts were not safe.")] // a negation stays
    [InlineData("Dock workers walked out, saying 40 shifts were cut.")] // a number stays
    public void Keeps_trailing_participle_phrases_with_negations_or_numbers(string sentence) =>
        Assert.DoesNotContain(CompressionRule.TrailingParticiple, Rules(sentence));

    [Theory]
    [InlineData("The harbour board approved the dock fees on Tuesday.", "The harbour board approved the dock fees.")]
    [InlineData("The ferry sank late Friday night near the port of Varn.", "The ferry sank near the port of Varn.")]
    public void Drops_the_weekday_of_an_event(string sentence, string expected) =>
        Assert.Equal(expected, Compress(sentence, AllRules with { DropDayPhrases = true }));

    [Fact]
    public void Keeps_a_weekday_that_names_something()
    {
        const string sentence = "The mayor spoke on Tuesday's evening news about the port.";
        Assert.Empty(SentenceCompressor.FindCuts(sentence, new TextSpan(0, sentence.Length), AllRules with { DropDayPhrases = true }, LanguagePacks.English.Summary));
    }

    [Fact]
    public void Drops_an_opening_phrase_only_when_the_rest_starts_with_a_capital()
    {
        Assert.Equal("Aldorian rebels took the port of Varn.", Compress("On Tuesday, Aldorian rebels took the port of Varn."));
        Assert.Null(Compress("On Tuesday, the rebels took the port of Varn."));
    }

    [Fact]
    public void Rules_switched_off_find_nothing()
    {
        const string sentence = "Olen Varga, 45, a former judge, won the vote (narrowly), officials said.";
        Assert.NotEmpty(Rules(sentence));
        Assert.Empty(SentenceCompressor.FindCuts(sentence, new TextSpan(0, sentence.Length), AllRules with { Compress = false, MaxDroppedLeadWords = 0 }, LanguagePacks.English.Summary));
    }

    [Theory]
    [InlineData("Olen Varga, 45, a former judge, won the vote (narrowly), officials said.", "Olen Varga won the vote.")]
    [InlineData("Rescue teams (RTA) pulled 9 survivors from the Maren River, the fire service said.", "Rescue teams pulled 9 survivors from the Maren River.")]
    public void Several_cuts_combine(string sentence, string expected) => Assert.Equal(expected, Compress(sentence));

    [Theory]
    [InlineData("Olen Varga, 45, a former judge, did not win the vote (narrowly), officials said on Friday.")]
    [InlineData("The ferry (which never ran on Sundays) carried 1,200 people in 2025, the operator said.")]
    [InlineData("Mara Lind, 61, said the port would not reopen before 2027, according to the board.")]
    [InlineData("Nobody, police said, was hurt when 3 cranes (HWU) fell, said Olen Varga, a dock worker.")]
    public void Negations_and_numbers_other_than_ages_are_never_dropped(string sentence)
    {
        var shown = new TextSpan(0, sentence.Length);
        foreach (var cut in SentenceCompressor.FindCuts(sentence, shown, AllRules, LanguagePacks.English.Summary))
        {
            var removed = sentence.AsSpan(cut.Span.Start, cut.Span.Length);
            Assert.False(SentenceCompressor.HasNegation(removed, LanguagePacks.English.Summary), $"{cut.Rule} removed a negation: '{removed}'");
            if (cut.Rule != CompressionRule.Age) Assert.True(removed.IndexOfAnyInRange('0', '9') < 0, $"{cut.Rule} removed a number: '{removed}'");
        }
    }

    [Theory]
    [InlineData("Olen Varga, 45, a former judge, won the vote (narrowly), officials said.")]
    [InlineData("The new dock, the harbour master said, would cost less than the old one.")]
    [InlineData("Senator Lind (D-Portville), who chairs the committee,\n  opposed the plan.")]
    public void Shown_text_is_the_concatenation_of_its_kept_spans(string sentence)
    {
        var shown = new TextSpan(0, sentence.Length);
        var parts = SentenceCompressor.Keep(sentence, shown, SentenceCompressor.FindCuts(sentence, shown, AllRules, LanguagePacks.English.Summary));
        Assert.True(parts.Length >= 2);
        for (int i = 1; i < parts.Length; i++) Assert.True(parts[i].Start > parts[i - 1].End, "parts are in order and apart");
        var expected = string.Join("", parts.Select((p, i) =>
        {
            var piece = string.Join(' ', sentence.Substring(p.Start, p.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
            return i == 0 || ",.;:!?".Contains(piece[0]) ? piece : " " + piece;
        }));
        Assert.Equal(expected, SentenceCompressor.Show(sentence, parts));
    }
}
