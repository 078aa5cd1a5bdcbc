using Storyline.Lab.Training.Roles;
using Storyline.Language;

namespace Storyline.Lab.Tests.Training.Roles;

/// <summary>The role-noun miner on CoNLL lines written for this test.</summary>
public sealed class RoleNounMinerTests
{
    private static readonly string[] Lines =
    [
        "-DOCSTART- -X- O O", "",
        "Town NNP I-NP I-ORG", "signed VBD I-VP O", "winger NN I-NP O", "Ada NNP I-NP I-PER", "Moss NNP I-NP I-PER", ". . O O", "",
        "winger NN I-NP O", "Ben NNP I-NP I-PER", "Ray NNP I-NP I-PER", "scored VBD I-VP O", "", 
        "winger JJ I-NP O", "Cal NNP I-NP I-PER", "Dee NNP I-NP I-PER", "ran VBD I-VP O", "",
        "they PRP I-NP O", "beat VBD I-VP O", "Ada NNP I-NP I-PER", "and CC O O", "beat VBD I-VP O", "Ben NNP I-NP I-PER", "", 
        "fans NNS I-NP O", "beat VB I-VP O", "Cal NNP I-NP I-PER", "", 
        "Jan NNP I-NP I-PER", "van NNP I-NP I-PER", "Dijk NNP I-NP I-PER", "", 
        "with IN I-PP O", "van NNP I-NP O", "Els NNP I-NP I-PER", "", "with IN I-PP O", "van NNP I-NP O", "Oor NNP I-NP I-PER", "", 
        "with IN I-PP O", "van NNP I-NP O", "Aart NNP I-NP I-PER", "",
    ];

    [Fact]
    public void A_noun_before_several_names_is_mined_and_a_verb_or_name_particle_is_not()
    {
        var english = LanguagePacks.English;
        var counts = RoleNounMiner.Count(RoleNounMiner.ReadConll(Lines), english.Framing, english.FunctionWords);
        var winger = Assert.Single(counts, c => c.Word == "winger");
        Assert.Equal((3, 3, 3), (winger.BeforePerson, winger.DistinctNames, winger.Total));
        var chosen = RoleNounMiner.Select(counts, new RoleNounThresholds()).Select(c => c.Word);
        Assert.Equal(["winger"], chosen);
        Assert.Contains(counts, c => c.Word == "beat" && c.MostlyVerb);
        Assert.Contains(counts, c => c.Word == "van" && c.InsideName);
    }
}
