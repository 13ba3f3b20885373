using NewsReader.Ingestion.Rules;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The headings of related-story lists, in the languages of the corpus pages.</summary>
public sealed class RelatedHeadingsTests
{
    [Theory]
    [InlineData("Latest Stories", "Latest Stories")]
    [InlineData("Most Read Business Stories", "Most Read Business Stories")]
    [InlineData("Most Read World", "Most Read World")]
    [InlineData("Artículos Relacionados", "Artículos Relacionados")]
    [InlineData("Leia também", "Leia também")]
    [InlineData("A voir aussi", "A voir aussi")]
    [InlineData("À voir aussi", "À voir aussi")]
    [InlineData("Sur le même sujet", "Sur le même sujet")]
    [InlineData("Direct", "Direct")]
    [InlineData("En direct", "En direct")]
    [InlineData("À lire aussi :", "À lire aussi")]
    [InlineData("Mehr zum Thema Mac OS X Passwort", "Mehr zum Thema Mac OS X Passwort")]
    [InlineData("Související", "Související")]
    [InlineData("Další zprávy", "Další zprávy")]
    [InlineData("相关新闻", "相关新闻")]
    [InlineData("【関連記事】", "関連記事")]
    [InlineData("【 関連記事 】", "関連記事")]
    [InlineData("アクセスランキング（IT総合）", "アクセスランキング（IT総合）")]
    [InlineData("雑誌アクセスランキング （IT・科学）", "雑誌アクセスランキング （IT・科学）")]
    public void TryMatch_RelatedListHeading_ReturnsTheHeadingAsWritten(string line, string expected)
    {
        Assert.True(RelatedHeadings.TryMatch(line, out var heading));
        Assert.Equal(expected, heading);
    }

    [Theory]
    [InlineData("Lire aussi : Les critiques de la CNIL contre le projet de loi sur le renseignement")]
    [InlineData("Leia Mais")]
    [InlineData("Directeur de la publication")]
    [InlineData("Most people go to hotels for the pleasure of sleeping in a giant bed.")]
    [InlineData("Související zprávy z domova a ze světa dnes večer")]
    [InlineData("【速報】関連記事を読む")]
    [InlineData("More about badges | Request a badge")] // a row of links
    [InlineData("Mehr zum Thema | Abo")]
    public void TryMatch_ArticleLineOrButton_IsNoHeading(string line) =>
        Assert.False(RelatedHeadings.TryMatch(line, out _));
}
