using Storyline.Lab.Training.Ner;
using Storyline.Lab.Training.Summarizer;
using Storyline.Lab.Evaluation.Rouge;
using Storyline.Summarize;
using Storyline.Tests.Support;

namespace Storyline.Tests.Summarize;

public sealed class FunctionWordTableTests
{
    // Invented reference summaries, written for this test.
    private static readonly string[] References =
    [
        "The mayor said the bridge will reopen in the spring.",
        "Officials said a storm closed the harbour.",
        "Farmers sold apples at the market and said prices rose.",
        "A new library opened downtown.",
    ];

    // stands in for ROUGE's stemmer: the irregular form maps to its base, as WordNet's exception list does
    private static string Stem(string token) => token == "said" ? "say" : token;

    private static FunctionWordTable Build(double minShare = 0) =>
        FunctionWordTableBuilder.Build(References, Stem, [5, 20], minShare, minFormCount: 1);

    private static double[] Curve(FunctionWordTable table, string key, int words) =>
        table.AtLeast(words)[table.Entries.IndexOf(table.Entries.Single(e => e.Key == key))];

    [Fact]
    public void Tabulates_the_share_of_references_using_a_word_at_least_k_times()
    {
        var the = Curve(Build(), "the", 20);
        // "the" three times in one reference, once in two others, never in the fourth
        Assert.Equal([0.75, 0.25, 0.25], the);
    }

    [Fact]
    public void Counts_only_the_first_n_words_of_each_reference()
    {
        // within 5 words: "The mayor said the bridge" (two), "Officials said a storm closed" (none), "Farmers sold apples at the" (one)
        Assert.Equal([0.5, 0.25], Curve(Build(), "the", 5));
    }

    [Fact]
    public void Forms_that_ROUGE_stems_alike_are_one_word()
    {
        var table = Build();
        var say = table.Entries.Single(e => e.Key == "say");
        Assert.Contains("said", say.Forms);
        Assert.Equal(0.75, Curve(table, "say", 20)[0]);
    }

    [Fact]
    public void Content_words_are_left_out_unless_enough_references_use_them()
    {
        Assert.DoesNotContain(Build().Entries, e => e.Key == "bridge");
        Assert.DoesNotContain(Build(minShare: 0.5).Entries, e => e.Key == "bridge");
        Assert.Contains(Build(minShare: 0.25).Entries, e => e.Key == "bridge");
    }

    [Fact]
    public void Between_tabulated_lengths_the_probabilities_are_interpolated()
    {
        var table = Build();
        var at5 = Curve(table, "the", 5);
        var at20 = Curve(table, "the", 20);
        var mid = Curve(table, "the", 10); // a third of the way from 5 to 20
        Assert.Equal(at5[0] + (at20[0] - at5[0]) / 3, mid[0], 9);
        Assert.Equal(at20, Curve(table, "the", 500));
        Assert.Equal(at5, Curve(table, "the", 1));
    }

    [Fact]
    public void Counts_words_as_ROUGE_tokenises_them()
    {
        var table = Build();
        var text = "THE U.S.-led talks, said the envoy, ended—the Day after (the) vote.";
        var rouge = new RougeTokenizer(RougeOptions.Duc2004 with { Stem = false }, RougeResources.Empty).TokenizeSentence(text);
        var expected = table.Entries.Select((e, k) => (k, n: rouge.Count(t => e.Forms.Contains(t)))).Where(x => x.n > 0)
            .Select(x => new FunctionWordCount(x.k, x.n)).ToArray();
        Assert.Equal(expected, table.CountIn(text));
        Assert.Equal(4, table.CountIn(text).Single(c => table.Entries[c.Key].Key == "the").Count);
    }

    [Fact]
    public void Counts_only_the_first_words_when_a_limit_is_given()
    {
        var table = Build();
        var counts = table.CountIn("The envoy said the\ttalks ended at the border.", wordLimit: 4);
        Assert.Equal(2, counts.Single(c => table.Entries[c.Key].Key == "the").Count);
        Assert.Equal(1, counts.Single(c => table.Entries[c.Key].Key == "say").Count);
        Assert.DoesNotContain(counts, c => table.Entries[c.Key].Key == "at");
    }

    [Fact]
    public void Expected_gain_of_an_occurrence_is_the_chance_the_reference_has_that_many()
    {
        var table = Build();
        var curves = table.AtLeast(20);
        int the = table.Entries.IndexOf(table.Entries.Single(e => e.Key == "the"));
        var once = new FunctionWordCount[] { new(the, 1) };
        var twice = new FunctionWordCount[] { new(the, 2) };
        var four = new FunctionWordCount[] { new(the, 4) };
        var none = Array.Empty<int>();
        var summaryHasOne = new int[table.Count];
        summaryHasOne[the] = 1;
        Assert.Equal(0.75, FunctionWordTable.ExpectedGain(curves, none, once), 9);
        Assert.Equal(1.0, FunctionWordTable.ExpectedGain(curves, none, twice), 9);
        // no reference has four: the fourth earns nothing (clipping)
        Assert.Equal(1.25, FunctionWordTable.ExpectedGain(curves, none, four), 9);
        // the summary already has one: a new one is the second
        Assert.Equal(0.25, FunctionWordTable.ExpectedGain(curves, summaryHasOne, once), 9);
    }

    [Fact]
    public void Saved_table_loads_back_the_same()
    {
        var table = FunctionWordTableBuilder.Build(References, Stem, [5, 20], minFormCount: 1);
        using var stream = new MemoryStream();
        table.Save(stream);
        stream.Position = 0;
        var loaded = FunctionWordTable.Load(stream);
        Assert.Equal(table.Lengths.ToArray(), loaded.Lengths.ToArray());
        Assert.Equal(table.Entries.Select(e => e.Key), loaded.Entries.Select(e => e.Key));
        Assert.Equal(table.Entries.Select(e => string.Join(' ', e.Forms)), loaded.Entries.Select(e => string.Join(' ', e.Forms)));
        for (int k = 0; k < table.Count; k++)
            for (int n = 0; n < table.Lengths.Length; n++)
                Assert.Equal(table.Entries[k].AtLeast[n].ToArray(), loaded.Entries[k].AtLeast[n].ToArray());
    }

    [Fact]
    public void A_file_that_is_not_a_table_is_rejected_with_a_message()
    {
        using var stream = Gzipped.Text("storyline-concepts 1\n");
        var ex = Assert.Throws<InvalidDataException>(() => FunctionWordTable.Load(stream));
        Assert.Contains("function-word table", ex.Message);
    }

    [Fact]
    public void The_shipped_table_loads_and_its_probabilities_fall_with_k()
    {
        var table = TestModels.Summarizer.FunctionWords;
        Assert.NotNull(table);
        Assert.Contains(table.Entries, e => e.Key == "the");
        foreach (var e in table.Entries)
            foreach (var row in e.AtLeast)
                for (int k = 1; k < row.Length; k++) Assert.True(row[k] <= row[k - 1], $"{e.Key}: P(count ≥ k) rises");
    }
}
