using NewsReader.Ingestion.Text;
using NewsReader.Tests.Shared;

namespace NewsReader.Ingestion.Tests.Text;

/// <summary>The headline finder passes over a candidate on a bound of its merit: the bound must never be below it.</summary>
public sealed class HeadlineFinderTests
{
    [Theory]
    [InlineData("page.w3m.txt")]
    [InlineData("page.innertext.txt")]
    public void MeritBound_EveryCorpusLine_IsAtLeastItsMerit(string dump)
    {
        var candidates = 0;
        foreach (var page in Directory.GetDirectories(Path.Combine(TestCorpus.RequireDirectory(), "pages")))
        {
            var lines = DumpLines.Split(File.ReadAllText(Path.Combine(page, dump)), int.MaxValue, out _);
            var repeats = new HeadlineFinder.Repeats(lines, 0, lines.Count);
            foreach (var line in lines)
            {
                var merit = HeadlineFinder.Merit(line, repeats);

                Assert.True(HeadlineFinder.MeritBound(line) >= merit, $"{page}: \"{line.Text}\" merit {merit}, bound {HeadlineFinder.MeritBound(line)}");
                candidates += merit > 0 ? 1 : 0;
            }
        }

        Assert.True(candidates > 1000, $"only {candidates} lines had a merit");
    }
}
