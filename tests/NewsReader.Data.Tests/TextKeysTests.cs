using NewsReader.Data.Ingest;

namespace NewsReader.Data.Tests;

public sealed class TextKeysTests
{
    [Theory]
    [InlineData("Trump’s lawyer — “Fraud” claims", "Trump's Lawyer - \"fraud\"   claims.")]
    [InlineData("Cease-fire may improve relations", "Ceasefire may improve relations")]
    [InlineData("Café owners ‘relieved’", "cafe owners 'relieved'")]
    public void Key_TitlesDifferingOnlyInStyle_AreEqual(string left, string right) =>
        Assert.Equal(TextKeys.Key(left), TextKeys.Key(right));

    [Fact]
    public void Key_DifferentWords_AreDifferent() =>
        Assert.NotEqual(TextKeys.Key("Markets rally"), TextKeys.Key("Markets fall"));

    [Theory]
    [InlineData("Azerbaijani leader: Cease-fire may improve Armenia relations", "azerbaijani-leader-cease-fire-may-improve-armenia-relations")]
    [InlineData("  “Quoted” — and dashed  ", "quoted-and-dashed")]
    [InlineData("?!", "article")]
    [InlineData("ここから本文です", "ここから本文です")]
    [InlineData("Zprávy z České republiky", "zpravy-z-ceske-republiky")]
    public void Slug_Headline_IsLowerCaseWordsJoinedByHyphens(string headline, string expected) =>
        Assert.Equal(expected, TextKeys.Slug(headline, "article"));

    [Fact]
    public void Slug_LongHeadline_IsCutAtAWordWithin80Characters()
    {
        var slug = TextKeys.Slug(string.Join(' ', Enumerable.Repeat("word", 40)), "article");
        Assert.True(slug.Length <= 80, slug);
        Assert.EndsWith("word", slug, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MOSCOW", "Moscow")]
    [InlineData("HANOI, Vietnam", "HANOI, Vietnam")]
    [InlineData("NEW YORK", "New York")]
    public void DisplayName_CapitalisedPlace_IsTitleCased(string name, string expected) =>
        Assert.Equal(expected, TextKeys.DisplayName(name));
}
