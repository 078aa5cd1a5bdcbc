using Storyline.Lab.Training.Ner;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Tests.Annotate.Entities;

public sealed class WordEmbeddingsTests
{
    [Fact]
    public void Values_beyond_the_mean_of_their_sign_fire_and_the_middle_stays_silent()
    {
        // Dimension 0: positives 1, 3 (mean 2), negatives −2, −4 (mean −3). Dimension 1: only positives 2, 2, 2, 6 (mean 3).
        double[] values =
        [
            1, 2,
            3, 2,
            -2, 2,
            -4, 6,
        ];

        var codes = WordEmbeddings.Binarize(values, rows: 4, dims: 2);

        Assert.Equal(new ushort[] { }, codes[0]);          // 1 < 2; 2 < 3
        Assert.Equal(new ushort[] { 0 }, codes[1]);        // 3 ≥ 2 → 0+
        Assert.Equal(new ushort[] { }, codes[2]);          // −2 > −3
        Assert.Equal(new ushort[] { 1, 2 }, codes[3]);     // −4 ≤ −3 → 0−; 6 ≥ 3 → 1+
    }

    [Fact]
    public void Zero_never_fires()
    {
        var codes = WordEmbeddings.Binarize([0.0, 0.0, 1.0, -1.0], rows: 2, dims: 2);

        Assert.Empty(codes[0]);
        Assert.Equal(new ushort[] { 0, 3 }, codes[1]);
    }

    [Fact]
    public void A_cap_on_active_codes_keeps_those_furthest_beyond_their_threshold()
    {
        // Thresholds: dim 0 positive mean 2, dim 1 negative mean −4/3, dim 2 positive mean 1. Row 0 fires all three,
        // at 1.5×, 2.25× and 1× their thresholds.
        double[] values =
        [
            3, -3, 1,
            1, -0.5, 1,
            0, -0.5, 1,
            0, 0, 1,
        ];

        var codes = WordEmbeddings.Binarize(values, rows: 4, dims: 3, maxActive: 2);

        Assert.Equal(new ushort[] { 0, 3 }, codes[0]);
    }

    // Invented sentences: people, towns and clubs in a few frames, enough repetition for a small vocabulary.
    private static (ImmutableArray<ConllDocument> Docs, string[] Text) Corpus()
    {
        string[] people = ["Ada Brennan", "Tomas Velk", "Nora Quill", "Ivo Marsh"];
        string[] towns = ["Lisdale", "Ormsby", "Kettering", "Whitby"];
        var conll = new System.Text.StringBuilder();
        var text = new List<string>();
        for (int d = 0; d < 12; d++)
        {
            conll.AppendLine("-DOCSTART- O").AppendLine();
            foreach (var (w, i) in people[d % 4].Split(' ').Select((w, i) => (w, i))) conll.AppendLine($"{w} {(i == 0 ? "B" : "I")}-PER");
            conll.AppendLine("visited O").AppendLine($"{towns[(d + 1) % 4]} B-LOC").AppendLine(". O").AppendLine();
            text.Add($"{people[d % 4]} visited {towns[(d + 1) % 4]} on Monday . {people[(d + 1) % 4]} left {towns[d % 4]} .");
        }
        return (ConllReader.Read(new StringReader(conll.ToString())), [.. text]);
    }

    private static EntityTagger Train(WordEmbeddingOptions options)
    {
        var (docs, text) = Corpus();
        return NerTraining.Train(docs, docs, text, maxEpochs: 2, runs: 2, embeddings: options);
    }

    private static byte[] Bytes(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        NerTraining.Save(tagger, stream);
        return stream.ToArray();
    }

    [Fact]
    public void A_model_with_embeddings_saves_reads_back_and_tags_identically()
    {
        var tagger = Train(new WordEmbeddingOptions { Dimensions = 4, Neighbours = true, CapitalisedOnly = true });
        Assert.Equal(4, tagger.Model.Embeddings.Dimensions);
        Assert.True(tagger.Model.Embeddings.Count > 0);

        var copy = EntityTagger.Load(new MemoryStream(Bytes(tagger)));

        Assert.Equal(4, copy.Model.Embeddings.Dimensions);
        Assert.True(copy.Model.Embeddings.Neighbours);
        Assert.True(copy.Model.Embeddings.CapitalisedOnly);
        foreach (var (word, codes) in tagger.Model.Embeddings.Active.Where(kv => kv.Value.Length > 0))
            Assert.Equal(codes, copy.Model.Embeddings.Find(word));
        string[][] doc = [["Nora", "Quill", "visited", "Whitby", "."], ["Ivo", "left", "Lisdale", "."]];
        Assert.Equal(tagger.TagIob(doc), copy.TagIob(doc));
        Assert.Equal(Bytes(tagger), Bytes(copy));
    }

    [Fact]
    public void Training_with_embeddings_twice_gives_the_same_model_bytes()
    {
        var options = new WordEmbeddingOptions { Dimensions = 3 };

        Assert.Equal(Bytes(Train(options)), Bytes(Train(options)));
    }

    [Fact]
    public void Embedding_features_change_the_model_only_when_switched_on()
    {
        var off = Train(new WordEmbeddingOptions());
        var on = Train(new WordEmbeddingOptions { Dimensions = 4 });

        Assert.Equal(0, off.Model.Embeddings.Dimensions);
        Assert.True(on.FeatureCount > off.FeatureCount);
    }

    [Fact]
    public void The_shipped_settings_and_model_have_no_embedding_features()
    {
        Assert.Equal(0, NerTrainingSettings.Embeddings.Dimensions);
        Assert.Equal(0, EntityTagger.Default.Model.Embeddings.Dimensions);
    }
}
