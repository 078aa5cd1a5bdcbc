using Storyline.Annotate.Entities.Tagging;
using Storyline.Language;
using Storyline.Tests.Support;

namespace Storyline.Tests.Annotate.Entities;

/// <summary>Issue 17, point 5 (part): platforms, titles that mark a person, geographic heads.</summary>
public sealed class EntityPostRulesTests
{
    private static string[] Tokens(string sentence) => sentence.Split(' ');

    /// <summary>The rules applied to tags given as (start, end, CoNLL type) phrases, returned as IOB2.</summary>
    private static string[] Apply(string sentence, params (int Start, int End, string Type)[] phrases)
    {
        var tokens = Tokens(sentence);
        var tags = NerTags.FromPhrases(tokens.Length, phrases.Select(p => (p.Start, p.End, NerTags.TypeIndex(p.Type))));
        EntityPostRules.Apply(tokens, tags, Storyline.Language.LanguagePacks.English.Names);
        return NerTags.ToIob(tags);
    }

    [Fact]
    public void A_platform_read_as_a_place_is_an_organisation()
    {
        var iob = Apply("He wrote on Twitter that talks had failed .", (3, 4, "LOC"));
        Assert.Equal("B-ORG", iob[3]);
    }

    [Fact]
    public void The_name_after_a_title_inside_an_organisation_phrase_is_a_person()
    {
        var iob = Apply("National Security Adviser John Bolton said talks had failed .", (0, 5, "ORG"));
        Assert.Equal(["O", "O", "O", "B-PER", "I-PER", "O"], iob[..6]);
    }

    [Fact]
    public void A_name_right_after_a_lower_case_title_is_a_person()
    {
        var iob = Apply("The national security adviser John Bolton said talks had failed .", (4, 6, "ORG"));
        Assert.Equal(["B-PER", "I-PER"], iob[4..6]);
    }

    [Fact]
    public void A_name_ending_in_a_geographic_head_is_a_place()
    {
        var iob = Apply("Water flooded the streets of Marlow Bay on Tuesday .", (5, 7, "ORG"));
        Assert.Equal(["B-LOC", "I-LOC"], iob[5..7]);
        // the model with the name lists reads it as a miscellaneous name in some sentences of samples/
        Assert.Equal(["B-LOC", "I-LOC"], Apply("Water flooded the streets of Marlow Bay on Tuesday .", (5, 7, "MISC"))[5..7]);
    }

    [Fact]
    public void A_street_read_as_an_organisation_is_a_place_but_a_person_named_street_stays_a_person()
    {
        Assert.Equal(["B-LOC", "I-LOC"], Apply("She runs a bakery on Harbour Street .", (4, 6, "ORG"))[4..6]);
        Assert.Equal(["B-PER", "I-PER"], Apply("Picabo Street won the downhill .", (0, 2, "PER"))[..2]);
    }

    [Fact]
    public void A_team_in_a_results_line_stays_an_organisation_and_companies_are_left_alone()
    {
        Assert.Equal(["B-ORG", "I-ORG"], Apply("Tampa Bay 2 Boston 1", (0, 2, "ORG"))[..2]);
        Assert.Equal(["B-ORG", "I-ORG"], Apply("General Motors said sales rose .", (0, 2, "ORG"))[..2]);
        Assert.Equal(["B-ORG", "I-ORG", "I-ORG"], Apply("President Bush met Bank of England officials .", (3, 6, "ORG"))[3..6]);
    }

    [Fact]
    public void A_name_after_an_abbreviated_title_is_a_person()
    {
        Assert.Equal(["B-PER", "I-PER"], Apply("Sen. Maria Ortiz voted against the bill .", (1, 3, "ORG"))[1..3]);
        Assert.Equal(["B-PER"], Apply("Gov. Hallam signed the order .", (1, 2, "LOC"))[1..2]);
    }

    [Fact]
    public void A_listed_city_read_as_a_miscellaneous_name_is_a_place()
    {
        Assert.Equal(["B-LOC"], Apply("Flights to Curitiba resumed on Monday .", (2, 3, "MISC"))[2..3]);
        Assert.Equal(["B-LOC", "I-LOC"], Apply("Flights to Sao Paulo resumed on Monday .", (2, 4, "MISC"))[2..4]);
    }

    [Fact]
    public void A_listed_city_as_a_team_or_a_surname_and_a_nationality_keep_their_types()
    {
        // a town's team in a results line, a town that is also a surname, a demonym
        Assert.Equal(["B-ORG"], Apply("Bolton 2 Reading 1", (0, 1, "ORG"))[..1]);
        Assert.Equal(["B-PER"], Apply("Bolton said talks had failed .", (0, 1, "PER"))[..1]);
        Assert.Equal(["B-MISC"], Apply("The Venezuelan envoy arrived .", (1, 2, "MISC"))[1..2]);
    }

    [Fact]
    public void The_name_lists_know_platforms_as_organisations_never_as_places()
    {
        var names = Storyline.Language.LanguagePacks.English.Names;
        const NameKinds places = NameKinds.City | NameKinds.Country | NameKinds.State;
        Assert.Equal(NameKinds.Platform, names.KnownNames["Twitter"]);
        Assert.True(names.Organisations.Contains("YouTube"));
        Assert.All(names.KnownNames.Where(kv => (kv.Value & (NameKinds.Platform | NameKinds.Organisation)) != 0),
            kv => Assert.Equal(NameKinds.None, kv.Value & places));
        Assert.Equal(NameKinds.Country | NameKinds.State, names.KnownNames["Georgia"]);
        Assert.Equal(NameKinds.City, names.KnownNames["Curitiba"]);
        Assert.Equal(NameKinds.Nationality, names.KnownNames["Venezuelans"]);
    }

    [Fact]
    public void The_shipped_tagger_types_the_issue_examples()
    {
        var iob = TestModels.Tagger.TagIob([
            Tokens("National Security Adviser John Bolton said on Twitter that the talks had failed ."),
            Tokens("A section of the tidal barrier protecting Marlow Bay gave way late on Tuesday ."),
        ]);
        Assert.Equal(["B-PER", "I-PER"], iob[0][3..5]);
        Assert.Equal("B-ORG", iob[0][7]);
        Assert.Equal(["B-LOC", "I-LOC"], iob[1][7..9]);
    }

    [Fact]
    public void The_shipped_tagger_types_listed_cities_it_never_saw_in_training_as_places()
    {
        // none of these cities is in CoNLL-2003's eng.train; all are in the name lists (GeoNames, population >= 50,000).
        // The model before the lists read Tabriz as a person and Barquisimeto as an organisation here
        var iob = TestModels.Tagger.TagIob([
            Tokens("Trains to Tabriz were cancelled ."),
            Tokens("Hermosillo , Culiacan and Barquisimeto were hit hardest ."),
        ]);
        Assert.Equal("B-LOC", iob[0][2]);
        Assert.Equal("B-LOC", iob[1][4]);
    }
}
