using Storyline.Text;

namespace Storyline.Tests.Text;

public sealed class AccentsTests
{
    [Theory]
    [InlineData("Guaidó", "Guaido")]
    [InlineData("Łódź and Žižek", "Lodz and Zizek")]
    [InlineData("cafe\u0301", "cafe")]
    [InlineData("plain words", "plain words")]
    public void Latin_letters_lose_their_accents(string text, string bare) => Assert.Equal(bare, Accents.Strip(text));

    [Fact]
    public void Folding_treats_an_accented_name_as_the_bare_one() => Assert.Equal(ContentTerms.Fold("Guaido"), ContentTerms.Fold("GUAIDÓ"));
}
