using Storyline.Lab.Training.Ner;
using System.Collections.Immutable;
using Storyline.Annotate.Entities;
using Storyline.Annotate.Entities.Tagging;
using Storyline.Lab.Evaluation.Ner;

namespace Storyline.Tests.Annotate.Entities;

public sealed class NerTrainerTests
{
    // A tiny invented corpus: each document one sentence about a person, a club and a town.
    private static ImmutableArray<ConllDocument> Corpus()
    {
        string[] people = ["Ada Brennan", "Tomas Velk", "Nora Quill", "Ivo Marsh"];
        string[] clubs = ["Harlow Rovers", "Dunmore United", "Fenwick Athletic", "Carrow City"];
        string[] towns = ["Lisdale", "Ormsby", "Kettering", "Whitby"];
        var text = new System.Text.StringBuilder();
        for (int d = 0; d < 12; d++)
        {
            text.AppendLine("-DOCSTART- O").AppendLine();
            void Phrase(string phrase, string type)
            {
                var words = phrase.Split(' ');
                for (int i = 0; i < words.Length; i++) text.AppendLine($"{words[i]} {(i == 0 ? "B" : "I")}-{type}");
            }
            Phrase(people[d % 4], "PER");
            text.AppendLine("joined O");
            Phrase(clubs[(d + 1) % 4], "ORG");
            text.AppendLine("in O");
            Phrase(towns[(d + 2) % 4], "LOC");
            text.AppendLine(". O").AppendLine();
            text.AppendLine($"{towns[d % 4]} B-LOC").AppendLine($"{d + 1} O").AppendLine($"{towns[(d + 1) % 4]} B-LOC").AppendLine($"{d % 3} O").AppendLine();
        }
        return ConllReader.Read(new StringReader(text.ToString()));
    }

    private static readonly NerLearnerOptions PassiveAggressive = new() { Update = NerUpdateRule.PassiveAggressive, Aggressiveness = 0.02 };

    private static byte[] TrainBytes(NerLearnerOptions? learner = null) => Bytes(Train(learner));

    private static EntityTagger Train(NerLearnerOptions? learner)
    {
        var docs = Corpus();
        return NerTraining.Train(docs, docs, [], maxEpochs: 2, runs: 2, learner: learner);
    }

    private static byte[] Bytes(EntityTagger tagger)
    {
        using var stream = new MemoryStream();
        NerTraining.Save(tagger, stream);
        return stream.ToArray();
    }

    [Fact]
    public void Training_twice_on_the_same_data_gives_the_same_model_bytes()
    {
        Assert.Equal(TrainBytes(), TrainBytes());
    }

    [Fact]
    public void Passive_aggressive_training_is_deterministic_and_differs_from_the_perceptron()
    {
        var pa = TrainBytes(PassiveAggressive);

        Assert.Equal(pa, TrainBytes(PassiveAggressive));
        Assert.NotEqual(TrainBytes(), pa);
    }

    [Fact]
    public void Passive_aggressive_training_learns_the_invented_corpus()
    {
        var tagger = Train(PassiveAggressive);

        var tags = tagger.TagIob([["Nora", "Quill", "joined", "Harlow", "Rovers", "in", "Lisdale", "."]]);

        Assert.Equal(["B-PER", "I-PER", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O"], tags[0]);
    }

    [Fact]
    public void Loss_augmented_training_is_deterministic_and_changes_the_model()
    {
        var augmented = PassiveAggressive with { CostAugmented = true };
        var bytes = TrainBytes(augmented);

        Assert.Equal(bytes, TrainBytes(augmented));
        Assert.NotEqual(TrainBytes(PassiveAggressive), bytes);
    }

    [Fact]
    public void A_feature_cut_off_drops_rare_features()
    {
        var all = Train(null);
        var frequent = Train(new NerLearnerOptions { MinFeatureCount = 3 });

        Assert.True(frequent.FeatureCount < all.FeatureCount, $"{frequent.FeatureCount} features with the cut-off, {all.FeatureCount} without");
    }

    [Theory]
    [InlineData("Harlow 3 Ormsby 1", true)]
    [InlineData("Essex 372 and 133-5 , Kent 108-3 .", true)]
    [InlineData("The club said on Monday it had sold 3 players for 12 million .", false)]
    [InlineData("Harlow won the cup .", false)]
    public void Result_lines_are_told_from_prose(string line, bool table)
    {
        Assert.Equal(table, NerFeatures.IsTableLine(line.Split(' ')));
    }
}
