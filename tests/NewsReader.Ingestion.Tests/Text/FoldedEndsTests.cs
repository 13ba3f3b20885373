using NewsReader.Ingestion.Rules;
using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The ends read from a line's two sides are the ends of its folded key: lines with equal keys are never told apart.</summary>
public sealed class FoldedEndsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("— · —")]
    [InlineData("A")]
    [InlineData("“A”")]
    [InlineData("Ab")]
    [InlineData("a-b-c")]
    [InlineData("U.S. Attacks")]
    [InlineData("ÉLYSÉE Palace, Paris.")]
    [InlineData("相关新闻")]
    [InlineData("(AP Photo/Sergei Grits)")]
    public void Of_ALine_IsTheEndsOfItsFoldedKey(string text)
    {
        Assert.Equal(FoldedEnds.OfKey(HeadlineKeys.Fold(text)), FoldedEnds.Of(text));
    }

    [Theory]
    [InlineData("The ferry docked.", "Two ferries docked.")]
    [InlineData("Tide: docked", "The ferry docked")]
    [InlineData("Aid", "Ad")]
    public void Of_LinesThatShareOnlyTheirFirstAndLastCharacters_AreToldApart(string one, string other)
    {
        Assert.NotEqual(FoldedEnds.Of(one), FoldedEnds.Of(other));
    }

    [Fact]
    public void Of_EveryCharacterAloneAndBetweenLetters_IsTheEndsOfItsFoldedKey()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            foreach (var text in (string[])[c.ToString(), $"a{c}", $"{c}b", $"ab{c}cd"])
            {
                Assert.True(FoldedEnds.OfKey(HeadlineKeys.Fold(text)) == FoldedEnds.Of(text), $"U+{(int)c:X4} in \"{text}\"");
            }
        }
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void Of_EveryCorpusLine_IsTheEndsOfItsFoldedKey(string dump)
    {
        var lines = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in File.ReadLines(Path.Combine(page, dump)))
            {
                Assert.True(FoldedEnds.OfKey(HeadlineKeys.Fold(line)) == FoldedEnds.Of(line), $"\"{line}\"");
                lines++;
            }
        }

        Assert.True(lines > 1000, $"only {lines} lines were read");
    }
}
