using NewsReader.Ingestion.Rules;
using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The split's one-pass check of a line (plain or not, and its words) decides as the separate checks it replaced.</summary>
public sealed class DumpLinesTests
{
    [Fact]
    public void IsUnplain_EveryCharacter_IsWhitespaceControlOrDroppedButNotASpace()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            var expected = c != ' ' && (char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD');

            Assert.True(expected == DumpLines.IsUnplain(c), $"U+{(int)c:X4}");
        }
    }

    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void PlainWords_EveryCorpusLine_CountsThePlainLinesWordsAndRefusesTheOthers(string dump)
    {
        var lines = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            foreach (var line in File.ReadLines(Path.Combine(page, dump)))
            {
                var text = line.Trim();
                var plain = !text.Contains("  ", StringComparison.Ordinal) && !text.Any(DumpLines.IsUnplain);

                Assert.True(DumpLines.PlainWords(text) == (plain ? WordCount.Weighted(text) : -1), $"\"{text}\"");
                lines++;
            }
        }

        Assert.True(lines > 1000, $"only {lines} lines were read");
    }

    [Theory]
    [InlineData("Two  spaces inside a line that is long enough for a block", -1)]
    [InlineData("A tab\tinside", -1)]
    [InlineData("A no\u00A0break space", -1)]
    [InlineData("Curly “quotes” and an ellipsis… in a line of some length", 11)]
    [InlineData("Sixteen letters!", 2)]
    public void PlainWords_Lines_AreCountedOrRefused(string text, int expected)
    {
        Assert.Equal(expected, DumpLines.PlainWords(text));
    }
}
