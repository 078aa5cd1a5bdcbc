using Storyline.Compare.Entities.Merging;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Entities;

public sealed class NameRulesTests
{
    [Theory]
    [InlineData("Guaidó", "Guaido")]
    [InlineData("Nicolás Maduro", "Nicolas Maduro")]
    [InlineData("Zoë Łukasz Ñúñez", "Zoe Lukasz Nunez")]
    [InlineData("Plain Name", "Plain Name")]
    public void Accents_fold_to_plain_letters_keeping_case(string written, string expected) =>
        Assert.Equal(expected, NameRules.RemoveAccents(written));

    [Theory]
    [InlineData("Maduro's", "Maduro")]
    [InlineData("Venezuela’s", "Venezuela")]
    [InlineData("the Reyes'", "the Reyes")]
    [InlineData("Paris", "Paris")]
    public void Possessives_are_stripped(string written, string expected) =>
        Assert.Equal(expected, NameRules.StripPossessive(written));

    [Theory]
    [InlineData("President Maduro", "Maduro")]
    [InlineData("Col. Ana Rita Duarte", "Ana Rita Duarte")]
    [InlineData("Secretary of State Ada Byrne", "Ada Byrne")]
    [InlineData("President", "President")]
    public void Leading_titles_are_stripped_but_never_to_nothing(string written, string expected) =>
        Assert.Equal(expected, NameRules.StripTitles(written, LanguagePacks.English.Names));

    [Fact]
    public void Keys_ignore_accents_case_titles_possessives_and_dots()
    {
        Assert.Equal(NameRules.Key("Guaidó", LanguagePacks.English.Names), NameRules.Key("GUAIDO's", LanguagePacks.English.Names));
        Assert.Equal(NameRules.Key("President Nicolás Maduro", LanguagePacks.English.Names), NameRules.Key("Nicolas Maduro", LanguagePacks.English.Names));
        Assert.Equal("us", NameRules.Key("U.S.", LanguagePacks.English.Names));
        Assert.NotEqual(NameRules.Key("Maduro", LanguagePacks.English.Names), NameRules.Key("Nicolas Maduro", LanguagePacks.English.Names));
    }

    [Theory]
    [InlineData("OAS", "Organization of American States", true)]
    [InlineData("U.S.", "United States", true)]
    [InlineData("UN", "United Nations", true)]
    [InlineData("NATO", "Organization of American States", false)]
    [InlineData("Oas", "Organization of American States", false)]
    public void Acronyms_match_the_initials_of_the_long_form(string acronym, string longForm, bool expected) =>
        Assert.Equal(expected, NameRules.IsAcronymOf(acronym, longForm, LanguagePacks.English.Names));

    [Theory]
    [InlineData("silva", "jose luis silva", true)]
    [InlineData("juan guaido", "juan gerardo guaido", true)]
    [InlineData("jose", "jose luis silva", false)]   // a first name alone is too ambiguous
    [InlineData("maria silva", "jose luis silva", false)]
    [InlineData("jose luis silva", "silva", false)]
    public void Short_forms_of_a_person_are_surnames_or_first_and_last_names(string shortKey, string longKey, bool expected) =>
        Assert.Equal(expected, NameRules.IsShortFormOf(shortKey, longKey));

    [Fact]
    public void Canonical_name_is_the_fullest_well_formed_form_preferring_the_native_spelling()
    {
        Assert.Equal("Nicolás Maduro", NameRules.CanonicalName(["Maduro", "President Maduro", "Nicolas Maduro", "Nicolás Maduro", "Maduro's"], LanguagePacks.English.Names));
        Assert.Equal("Organization of American States", NameRules.CanonicalName(["OAS", "OAS", "Organization of\u00A0American States"], LanguagePacks.English.Names, person: false));
    }

    [Fact]
    public void Canonical_name_skips_shouted_and_one_off_garbled_forms()
    {
        Assert.Equal("Ana Duarte", NameRules.CanonicalName(["ANA DUARTE", "Ana Duarte", "Ana Duarte", "Ana Duarte Today"], LanguagePacks.English.Names));
    }
}
