using Storyline.Annotate.Entities;
using Storyline.Compare.Entities.Merging;
using Storyline.Articles;
using Storyline.Text;
using Storyline.Language;

namespace Storyline.Tests.Annotate.Entities;

public sealed class EntityMergerTests
{
    private static int _offset;

    private static NamedMention M(string article, string surface, EntityType type = EntityType.Person) =>
        new(new Citation(article, new TextSpan(_offset += 10, surface.Length)), surface, type);

    [Fact]
    public void Accented_and_plain_spellings_across_articles_are_one_entity()
    {
        var entities = EntityMerger.Merge([M("a1", "Juan Guaidó"), M("a2", "Juan Guaido"), M("a2", "Guaido"), M("a1", "Guaidó")], LanguagePacks.English.Names);
        var e = Assert.Single(entities);
        Assert.Equal("Juan Guaidó", e.Name);
        Assert.Contains("Guaido", e.Aliases);
        Assert.Equal(4, e.Mentions.Length);
    }

    [Fact]
    public void Surname_and_title_forms_join_the_full_name()
    {
        var entities = EntityMerger.Merge([M("a1", "Col. Ana Rita Duarte"), M("a1", "Duarte"), M("a2", "Colonel Duarte")], LanguagePacks.English.Names);
        var e = Assert.Single(entities);
        Assert.Equal("Ana Rita Duarte", e.Name);
    }

    [Fact]
    public void A_surname_shared_by_two_people_is_not_guessed()
    {
        var entities = EntityMerger.Merge([M("a1", "Raul Castro"), M("a1", "Fidel Castro"), M("a1", "Castro")], LanguagePacks.English.Names);
        Assert.Equal(3, entities.Length);
    }

    [Fact]
    public void A_surname_joins_the_fuller_name_that_dominates_the_story()
    {
        var entities = EntityMerger.Merge([M("a1", "Ana Duarte"), M("a1", "Ana Duarte"), M("a2", "Ana Duarte"), M("a2", "Vote Duarte"), M("a3", "Duarte")], LanguagePacks.English.Names);
        Assert.Equal(4, entities.Single(e => e.Name == "Ana Duarte").Mentions.Length);
    }

    [Fact]
    public void Organisation_names_keep_words_that_are_titles_for_people()
    {
        var entities = EntityMerger.Merge([M("a1", "Foreign Ministry", EntityType.Organization), M("a1", "Defense Ministry", EntityType.Organization)], LanguagePacks.English.Names);
        Assert.Equal(2, entities.Length);
    }

    [Fact]
    public void Acronyms_join_their_long_form_and_possessives_are_ignored()
    {
        var entities = EntityMerger.Merge([
            M("a1", "Organization of American States", EntityType.Organization),
            M("a2", "OAS", EntityType.Organization),
            M("a2", "OAS's", EntityType.Organization),
            M("a1", "United States", EntityType.Place),
            M("a3", "U.S.", EntityType.Place)], LanguagePacks.English.Names);
        Assert.Equal(2, entities.Length);
        var oas = entities.Single(e => e.Type == EntityType.Organization);
        Assert.Equal("Organization of American States", oas.Name);
        Assert.Equal(3, oas.Mentions.Length);
        Assert.Equal("United States", entities.Single(e => e.Type == EntityType.Place).Name);
    }

    [Fact]
    public void Entities_are_numbered_by_mention_count_and_the_type_is_the_majority()
    {
        var entities = EntityMerger.Merge([M("a1", "Lund", EntityType.Place), M("a1", "Oslo", EntityType.Place),
            M("a1", "Oslo", EntityType.Organization), M("a2", "Oslo", EntityType.Place)], LanguagePacks.English.Names);
        Assert.Equal("e1", entities[0].Id);
        Assert.Equal("Oslo", entities[0].Name);
        Assert.Equal(EntityType.Place, entities[0].Type);
        Assert.Equal("e2", entities[1].Id);
    }
}
